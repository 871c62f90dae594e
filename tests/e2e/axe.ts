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

/**
 * Axe on the page as it is now, once in each theme. The theme is CSS alone (prefers-color-scheme), so switching
 * the system's setting re-styles the same page exactly as loading it in that theme would; the colour
 * transitions that the switch starts (buttons fade their colours) finish before axe measures contrast.
 */
export async function expectAccessibleInBothThemes(page: Page, what: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
    await expectAccessible(page, `${what} (${scheme})`);
  }
}
