// Accuracy of the dictionary on a labelled set of bank descriptions (tests/categorize-eval/descriptions.csv).
// Shared by scripts/eval-categorize.ts and the unit test, so both judge the same way. No
// `import "server-only"`: the eval script imports it through tsx.

import type { SellerDictionary } from "@/server/categorize/dictionary";
import { categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { isCategorySlug } from "@/server/categorize/taxonomy";

export type EvalRow = {
  description: string;
  /** The category slug a person would file it under, or null for a seller no dictionary can know. */
  expected: string | null;
  /** 1-based line in the CSV, for error messages. */
  line: number;
};

export type EvalMiss = {
  description: string;
  expected: string | null;
  actual: string | null;
  sellerKey: string;
  line: number;
};

export type EvalReport = {
  known: { total: number; correct: number; accuracy: number };
  /** Unknown sellers must stay uncategorized: `wrong` counts those that got any category. */
  unknown: { total: number; wrong: number };
  misses: EvalMiss[];
};

/** Known-seller accuracy the eval script and the unit test require. */
export const MIN_KNOWN_ACCURACY = 0.9;

/** One CSV field, honouring double quotes ("a, b" and "" for a quote inside). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Parses `description,expected` with a header row; `#` lines are comments. Throws on unknown slugs. */
export function parseEvalCsv(text: string): EvalRow[] {
  const rows: EvalRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const [description, expectedField] = splitCsvLine(raw);
    if (description === undefined || expectedField === undefined) {
      throw new Error(`descriptions.csv line ${i + 1}: expected "description,expected"`);
    }
    const expected = expectedField.trim() === "" ? null : expectedField.trim();
    if (expected !== null && !isCategorySlug(expected)) {
      throw new Error(`descriptions.csv line ${i + 1}: unknown category "${expected}"`);
    }
    rows.push({ description, expected, line: i + 1 });
  }
  return rows;
}

/** Dictionary and keywords only: no user rules and no crowd, which the eval set cannot know about. */
export function evaluateCategorizer(rows: readonly EvalRow[], dictionary: SellerDictionary): EvalReport {
  const ctx = {
    dictionary,
    userRules: new Map<string, string>(),
    crowdTop: () => null,
    slugToCategoryId: slugAsId,
  };
  let knownTotal = 0;
  let knownCorrect = 0;
  let unknownTotal = 0;
  let unknownWrong = 0;
  const misses: EvalMiss[] = [];
  for (const row of rows) {
    const result = categorizeTransaction(row, ctx);
    const actual = result.categoryId;
    const ok = actual === row.expected;
    if (row.expected === null) {
      unknownTotal++;
      if (!ok) unknownWrong++;
    } else {
      knownTotal++;
      if (ok) knownCorrect++;
    }
    if (!ok) {
      misses.push({
        description: row.description,
        expected: row.expected,
        actual,
        sellerKey: result.sellerKey,
        line: row.line,
      });
    }
  }
  return {
    known: {
      total: knownTotal,
      correct: knownCorrect,
      accuracy: knownTotal === 0 ? 0 : knownCorrect / knownTotal,
    },
    unknown: { total: unknownTotal, wrong: unknownWrong },
    misses,
  };
}

export function evaluationPasses(report: EvalReport): boolean {
  return report.known.accuracy >= MIN_KNOWN_ACCURACY && report.unknown.wrong === 0;
}
