// Accuracy of the seller dictionary on tests/categorize-eval/descriptions.csv.
// Usage: npx tsx scripts/eval-categorize.ts [path/to/descriptions.csv]
// Exits 1 when known-seller accuracy is under 90% or any unknown seller got a category, so CI can run it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import {
  evaluateCategorizer,
  evaluationPasses,
  MIN_KNOWN_ACCURACY,
  parseEvalCsv,
} from "@/server/categorize/evaluate";

const csvPath = process.argv[2] ?? path.join(process.cwd(), "tests/categorize-eval/descriptions.csv");
const rows = parseEvalCsv(readFileSync(csvPath, "utf8"));
const report = evaluateCategorizer(rows, defaultSellerDictionary());

const percent = (report.known.accuracy * 100).toFixed(1);
console.log(`Rows: ${rows.length} (${report.known.total} known sellers, ${report.unknown.total} unknown)`);
console.log(`Known sellers: ${report.known.correct}/${report.known.total} correct (${percent}%)`);
console.log(`Unknown sellers given a category (must be 0): ${report.unknown.wrong}`);

if (report.misses.length > 0) {
  console.log(`\nMisses (${report.misses.length}):`);
  for (const miss of report.misses) {
    const expected = miss.expected ?? "(uncategorized)";
    const actual = miss.actual ?? "(uncategorized)";
    console.log(
      `  line ${miss.line}: ${miss.description}\n    key "${miss.sellerKey}": got ${actual}, want ${expected}`,
    );
  }
}

if (!evaluationPasses(report)) {
  console.error(
    `\nFAIL: need known accuracy >= ${MIN_KNOWN_ACCURACY * 100}% and no category on unknown sellers.`,
  );
  process.exit(1);
}
console.log("\nPASS");
