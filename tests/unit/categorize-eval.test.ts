import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { evaluateCategorizer, MIN_KNOWN_ACCURACY, parseEvalCsv } from "@/server/categorize/evaluate";

// The same evaluation scripts/eval-categorize.ts prints, as a gate.
describe("categorization eval set", () => {
  const rows = parseEvalCsv(
    readFileSync(path.join(__dirname, "..", "categorize-eval", "descriptions.csv"), "utf8"),
  );
  const report = evaluateCategorizer(rows, defaultSellerDictionary());

  it("is big enough to mean something", () => {
    expect(rows.length).toBeGreaterThanOrEqual(500);
    expect(report.unknown.total).toBeGreaterThanOrEqual(60);
  });

  it(`gets at least ${MIN_KNOWN_ACCURACY * 100}% of known sellers right`, () => {
    expect(report.known.accuracy).toBeGreaterThanOrEqual(MIN_KNOWN_ACCURACY);
  });

  it("leaves every unknown seller uncategorized", () => {
    const wrong = report.misses.filter((miss) => miss.expected === null);
    expect(wrong).toEqual([]);
  });
});
