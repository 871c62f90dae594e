// axe-core run inside the page (its own axe.min.js injected: the @axe-core/playwright versions that wrap it need
// Node 22), against WCAG 2.2 A/AA and axe's best practices, reporting the serious and critical violations only.

import path from "node:path";
import { expect, type Page } from "@playwright/test";

// Playwright runs from the project root.
const axeScript = path.resolve("node_modules/axe-core/axe.min.js");

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

/** The page's serious and critical violations as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per document: a second check of the same page (the other theme) reuses the script already there.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeScript });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines.
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
      resultTypes: ["violations"],
    });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
}

/** Fails on any serious or critical violation on the page as it is now, listing each one. */
export async function expectAccessible(page: Page, what: string) {
  const serious = await seriousAxeViolations(page);
  const report = serious
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(" ")} — ${node.failureSummary?.split("\n").join(" ")}`)
          .join("\n"),
    )
    .join("\n");
  expect(serious, `${what}:\n${report}`).toEqual([]);
}
