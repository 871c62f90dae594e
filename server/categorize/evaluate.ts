// Accuracy of categorization on labelled sets of bank descriptions (tests/categorize-eval/*.csv). Shared by
// scripts/eval-categorize.ts and the unit test, so both judge the same way. No `import "server-only"`: the eval
// script imports it through tsx.
//
// A row is right when its category is in the expected group (Groceries for Food & Dining counts), wrong when
// it is in another group, uncategorized when nothing was sure enough. A row expected to stay uncategorized (a
// local business no list can know) is right only when it does.

import { parseCents } from "@/lib/money";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import type { SellerDictionary } from "@/server/categorize/dictionary";
import { type CategorizeVia, categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { categoryBySlug, isCategorySlug, TAXONOMY, UNCATEGORIZED_SLUG } from "@/server/categorize/taxonomy";

export type EvalRow = {
  description: string;
  /** The category slug a person would file it under, or null for a seller no dictionary can know. */
  expected: string | null;
  /** Where the text came from (a repository and file), for the per-source report; "" when not given. */
  source: string;
  bankCategory: string | null;
  /**
   * The account's currency ("NOK", "EUR"), or null when the file does not say: as in the app, it decides which
   * countries' sellers the row is read against (countriesForCurrency).
   */
  currency: string | null;
  /**
   * The amount in cents (negative is money out) when the file has an `amount` column, else null: as in an import,
   * its sign decides whether words for money in count (see readBankWord in engine.ts).
   */
  amount: number | null;
  /** 1-based line in the CSV, for error messages. */
  line: number;
};

export type Outcome = "right" | "wrong" | "uncategorized";

export type EvalMiss = {
  description: string;
  expected: string | null;
  actual: string | null;
  outcome: Outcome;
  via: CategorizeVia | null;
  sellerKey: string;
  source: string;
  line: number;
};

export type Tally = { total: number; right: number; wrong: number; uncategorized: number };

export type EvalReport = {
  overall: Tally;
  /** By expected group ("food-dining", "(uncategorized)"). */
  byGroup: Map<string, Tally>;
  /** By the row's source column. */
  bySource: Map<string, Tally>;
  /** By which categorizer decided ("osm_seller", "bank_words", …, "(none)"): right and wrong per source of answer. */
  byVia: Map<string, Tally>;
  misses: EvalMiss[];
};

/** The target on real bank text: at least 90% right by group, at most 3% wrong. */
export const MIN_RIGHT = 0.9;
export const MAX_WRONG = 0.03;

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

/**
 * Parses a CSV whose header names at least `description` and `expected` (in any order; `source`, `bank_category`,
 * `currency` and `amount` (a decimal, "-12.50") are optional); `#` lines are comments. Throws on an unknown category. `expected` may be a group or
 * a subcategory, by slug ("food-dining", "food-dining.groceries") or by name ("Food & Dining", "Groceries").
 */
export function parseEvalCsv(text: string, fileName = "descriptions.csv"): EvalRow[] {
  const rows: EvalRow[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const fields = splitCsvLine(raw);
    if (header === null) {
      header = fields.map((f) => HEADER_ALIASES[f.trim().toLowerCase()] ?? f.trim().toLowerCase());
      if (!header.includes("description") || !header.includes("expected"))
        throw new Error(`${fileName}: the header must name "description" and "expected"`);
      continue;
    }
    const at = (name: string) => {
      const index = header!.indexOf(name);
      return index < 0 ? undefined : fields[index];
    };
    const description = at("description");
    const expectedField = at("expected");
    if (description === undefined || expectedField === undefined)
      throw new Error(`${fileName} line ${i + 1}: expected "description,expected"`);
    const label = expectedField.trim();
    const expected = label === "" || label.toLowerCase() === UNCATEGORIZED_SLUG ? null : toSlug(label);
    if (expected === undefined)
      throw new Error(`${fileName} line ${i + 1}: unknown category "${expectedField.trim()}"`);
    rows.push({
      description,
      expected,
      source: (at("source") ?? "").trim(),
      bankCategory: at("bank_category")?.trim() || null,
      currency: at("currency")?.trim() || null,
      amount: amountOf(at("amount"), fileName, i + 1),
      line: i + 1,
    });
  }
  return rows;
}

/** The amount column's value in cents; null when the file has none or the cell is empty. */
function amountOf(cell: string | undefined, fileName: string, line: number): number | null {
  if (cell === undefined || cell.trim() === "") return null;
  const cents = parseCents(cell);
  if (cents === null) throw new Error(`${fileName} line ${line}: unreadable amount "${cell.trim()}"`);
  return cents;
}

/** Other names a labelled file may give its columns. */
const HEADER_ALIASES: Record<string, string> = {
  desc: "description",
  text: "description",
  category: "expected",
  expected_category: "expected",
  label: "expected",
  "bank category": "bank_category",
};

const byName = new Map(TAXONOMY.map((category) => [category.name.toLowerCase(), category.slug]));

/** A slug ("food-dining.groceries"), or a category's or group's name ("Groceries", "Food & Dining"). */
function toSlug(text: string): string | undefined {
  if (isCategorySlug(text)) return text;
  return byName.get(text.toLowerCase());
}

const groupOf = (slug: string | null): string | null =>
  slug === null ? null : (categoryBySlug(slug)?.parentSlug ?? slug);

const emptyTally = (): Tally => ({ total: 0, right: 0, wrong: 0, uncategorized: 0 });
function count(map: Map<string, Tally>, key: string, outcome: Outcome) {
  let tally = map.get(key);
  if (!tally) {
    tally = emptyTally();
    map.set(key, tally);
  }
  tally.total++;
  tally[outcome]++;
}

/**
 * Everything a new user's first import has: the dictionary, bank and business words and the bank's category.
 * No user rules, crowd or history, which the eval set cannot know about. Each row is read for the countries its
 * account's currency names, as the app reads an import.
 */
export function evaluateCategorizer(rows: readonly EvalRow[], dictionary: SellerDictionary): EvalReport {
  const ctx = {
    dictionary,
    userRules: new Map<string, string>(),
    crowdTop: () => null,
    slugToCategoryId: slugAsId,
  };
  const report: EvalReport = {
    overall: emptyTally(),
    byGroup: new Map(),
    bySource: new Map(),
    byVia: new Map(),
    misses: [],
  };
  for (const row of rows) {
    const result = categorizeTransaction(
      { description: row.description, bankCategory: row.bankCategory, amount: row.amount },
      { ...ctx, countries: countriesForCurrency(row.currency) },
    );
    const actual = result.categoryId;
    const outcome: Outcome =
      actual === null
        ? row.expected === null
          ? "right"
          : "uncategorized"
        : groupOf(actual) === groupOf(row.expected)
          ? "right"
          : "wrong";
    report.overall.total++;
    report.overall[outcome]++;
    count(report.byGroup, groupOf(row.expected) ?? "(uncategorized)", outcome);
    count(report.bySource, row.source || "(no source)", outcome);
    count(report.byVia, result.via ?? "(none)", outcome);
    if (outcome !== "right") {
      report.misses.push({
        description: row.description,
        expected: row.expected,
        actual,
        outcome,
        via: result.via,
        sellerKey: result.sellerKey,
        source: row.source,
        line: row.line,
      });
    }
  }
  return report;
}

export const rate = (tally: Tally, outcome: Outcome) =>
  tally.total === 0 ? 0 : tally[outcome] / tally.total;

export function evaluationPasses(report: EvalReport): boolean {
  return rate(report.overall, "right") >= MIN_RIGHT && rate(report.overall, "wrong") <= MAX_WRONG;
}
