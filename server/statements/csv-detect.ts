import "server-only";

import { parseAmountText, sniffDecimalSeparator } from "@/server/statements/amounts";
import { balanceRelation, type Money } from "@/server/statements/csv-balance";
import { isWellsFargoShape, type LayoutMatch, matchLayout } from "@/server/statements/csv-layouts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import {
  type ColumnProfile,
  isAmountColumn,
  isDateColumn,
  profileColumns,
} from "@/server/statements/csv-profile";
import { decideSign, type SignDecision, type SignQuestion } from "@/server/statements/csv-sign";
import { locateTable } from "@/server/statements/csv-table";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import {
  currencyInName,
  hintFor,
  mentionsCard,
  normalizeName,
  type Role,
} from "@/server/statements/csv-vocabulary";
import { DATE_FORMATS, type DateFormat, parseDateCell } from "@/server/statements/dates";
import type { AccountType } from "@/server/statements/types";

// Reads an unknown CSV layout from its contents: which column is the date, the amount (or a debit/credit
// pair), the description, a balance, a status, a currency; then how to read the amount's sign. The result
// is a complete mapping, or a mapping plus the one question the file cannot answer, or nothing when the file
// has no dated amounts at all.

export type DetectContext = {
  /** The account the file goes into: a card's file is read with the card's sign habits. */
  accountType?: AccountType | null;
};

export type CsvDetection = {
  headerRow: number | null;
  /** Where the table ends (exclusive) and where other tables start, as file rows. */
  endRow: number;
  otherTables: number[];
  /** Null when Tally found no date and amount columns; `problem` says why. */
  mapping: CsvMapping | null;
  layoutId: string | null;
  /** Set when the file cannot say how to read its signs: the preview asks, and the import waits. */
  question: SignQuestion | null;
  /** How the sign convention was told, in words for the preview. */
  signReason: string | null;
  problem: string | null;
  /** A balance stated above the table ("Saldo:";"-76.77 EUR"), with its date when one is given there. */
  statedBalance: StatedBalance | null;
};

export type StatedBalance = { balance: number; asOf: string | null };

export type { SignQuestion } from "@/server/statements/csv-sign";

export function detectCsv(rows: CsvRow[], context: DetectContext = {}): CsvDetection {
  const shape = locateTable(rows);
  const base = { headerRow: shape.headerRow, endRow: shape.endRow, otherTables: shape.otherTables };
  const fail = (problem: string): CsvDetection => ({
    ...base,
    mapping: null,
    layoutId: null,
    question: null,
    signReason: null,
    problem,
    statedBalance: null,
  });
  if (shape.dataRows.length === 0) return fail("No row in this file has both a date and an amount.");

  const header = shape.headerRow === null ? [] : (rows[shape.headerRow]?.cells ?? []);
  const profiles = profileColumns(rows, header, shape.bodyRows);
  const layout = header.length > 0 ? matchLayout(header) : null;
  const taken = new Set<number>();
  const take = (profile: ColumnProfile | undefined) => {
    if (profile) taken.add(profile.index);
    return profile?.index;
  };
  const byIndex = (index: number | undefined) => (index === undefined ? undefined : profiles[index]);
  const fromLayout = (key: keyof LayoutMatch["columns"], check: (p: ColumnProfile) => boolean) => {
    const profile = byIndex(layout?.columns[key]);
    return profile && check(profile) && !taken.has(profile.index) ? profile : undefined;
  };

  // Dates. A column named as a date may hold an unreadable cell: it is still the date column, and reading
  // it will name the line, where passing over it would take another column's dates without a word.
  const dates = profiles.filter(
    (p) => isDateColumn(p) || (DATE_HINTS.has(p.hint as Role) && p.dates > 0 && p.dates * 2 >= p.filled),
  );
  const posted =
    fromLayout("date", (p) => dates.includes(p)) ??
    firstWithHint(dates, ["postedDate", "date"]) ??
    firstWithHint(dates, [null]) ??
    firstWithHint(dates, ["valueDate"]) ??
    dates[0];
  if (!posted) return fail("Tally found no column of dates.");
  take(posted);
  const transacted =
    fromLayout("transactionDate", (p) => dates.includes(p)) ??
    dates.find((p) => p.hint === "transactionDate" && !taken.has(p.index));
  take(transacted);

  // Amounts: a debit/credit pair or one amount column, and a running balance.
  // A column named as money may hold an unreadable cell: it is still the amount, and reading it will say
  // which line is wrong instead of "no amount column".
  const amounts = profiles.filter(
    (p) =>
      !taken.has(p.index) &&
      !EXCLUDED_FROM_AMOUNTS.has(p.hint as Role) &&
      (isAmountColumn(p) || (MONEY_HINTS.has(p.hint as Role) && p.amounts > 0 && p.amounts * 2 >= p.filled)),
  );
  const money = chooseAmounts(amounts, layout);
  if (!money) return fail("Tally found no column of amounts.");
  for (const p of [money.amount, money.debit, money.credit, money.balance]) take(p);

  // Columns that say something about each row.
  const typeColumn = money.amount
    ? (fromLayout("typeColumn", () => true) ?? findTypeColumn(profiles, taken, money.amount))
    : undefined;
  take(typeColumn);
  const status = findStatusColumn(profiles, taken);
  take(status);
  const currencyColumn = profiles.find(
    (p) => !taken.has(p.index) && p.filled > 0 && p.currencies >= p.filled * 0.9,
  );
  take(currencyColumn);
  const externalId =
    fromLayout("externalId", () => true) ??
    profiles.find(
      (p) => !taken.has(p.index) && p.hint === "id" && p.distinct === p.filled && p.filled >= p.rows * 0.9,
    );
  take(externalId);
  const wellsFargo = header.length === 0 && isWellsFargoShape(rows);
  const checkNumber =
    fromLayout("checkNumber", () => true) ??
    (wellsFargo && !taken.has(3) ? profiles[3] : undefined) ??
    profiles.find((p) => !taken.has(p.index) && p.hint === "check");
  take(checkNumber);
  const category =
    fromLayout("category", () => true) ??
    profiles.find((p) => !taken.has(p.index) && p.hint === "category" && p.words > 0);
  take(category);
  const accounts = layout?.none.includes("account")
    ? {}
    : findAccountColumns(profiles, taken, header.length === 0, layout);
  take(accounts.number);
  take(accounts.name);
  const texts = describeColumns(profiles, taken, layout);
  if (texts.description === undefined) return fail("Tally found no column that describes the transactions.");

  const preambleRows = rows.slice(0, shape.headerRow ?? 0);
  const preamble = preambleRows.flatMap((row) => row.cells);
  const statedBalance = readStatedBalance(preambleRows, posted.dateFormat);
  const isCard =
    context.accountType === "credit_card" ||
    layout?.accountType === "credit_card" ||
    header.some((name) => mentionsCard(name)) ||
    preamble.some((cell) => mentionsCard(cell));
  const sign: SignDecision = decideSign({
    money,
    typeColumn,
    layoutConvention: layout?.signConvention,
    isCard,
    accountType: context.accountType ?? null,
    statedBalance: statedBalance?.balance ?? null,
  });

  const amountHeader = money.amount?.name ?? money.debit?.name ?? "";
  const currency =
    currencyColumn === undefined
      ? (currencyInName(amountHeader) ??
        (money.amount ?? money.debit)?.cellCurrency ??
        (money.balance ? currencyInName(money.balance.name) : null))
      : null;
  const mapping: CsvMapping = {
    headerRow: shape.headerRow,
    date: posted.index,
    ...(transacted ? { transactionDate: transacted.index } : {}),
    description: texts.description,
    ...(texts.memo !== undefined ? { memo: texts.memo } : {}),
    ...(money.amount ? { amount: money.amount.index } : {}),
    ...(money.debit ? { debit: money.debit.index } : {}),
    ...(money.credit ? { credit: money.credit.index } : {}),
    ...(typeColumn ? { typeColumn: typeColumn.index } : {}),
    ...(status ? { status: status.index } : {}),
    ...(money.balance ? { balance: money.balance.index } : {}),
    ...(currencyColumn ? { currencyColumn: currencyColumn.index } : {}),
    ...(externalId ? { externalId: externalId.index } : {}),
    ...(accounts.number ? { account: accounts.number.index } : {}),
    ...(accounts.name ? { accountName: accounts.name.index } : {}),
    ...(category ? { category: category.index } : {}),
    ...(checkNumber ? { checkNumber: checkNumber.index } : {}),
    dateFormat: chooseDateFormat(rows, shape.bodyRows, posted, money),
    signConvention: sign.convention,
    decimalSeparator: (money.amount ?? money.debit ?? money.credit)?.separator ?? ".",
    ...(isCard
      ? { accountType: "credit_card" as const }
      : layout?.accountType
        ? { accountType: layout.accountType }
        : {}),
    ...(currency ? { currency } : {}),
  };
  return {
    ...base,
    mapping: sign.swap ? { ...mapping, debit: mapping.credit, credit: mapping.debit } : mapping,
    layoutId: layout?.id ?? (wellsFargo ? "wells-fargo" : null),
    question: sign.question,
    signReason: sign.reason,
    problem: null,
    statedBalance,
  };
}

/** "Saldo:";"-76.77 EUR" and "Datum:";"04.02.2013" above the table; an available balance or limit is not it. */
function readStatedBalance(preamble: CsvRow[], format: DateFormat | null): StatedBalance | null {
  let balance: number | null = null;
  let asOf: string | null = null;
  for (const row of preamble) {
    const [key = "", value = ""] = row.cells.filter((cell) => cell !== "");
    const hint = hintFor(key);
    if (
      hint === "balance" &&
      balance === null &&
      !/availab|verfugbar|disponib|limit|dispo/.test(normalizeName(key))
    ) {
      balance = parseAmountText(value, sniffDecimalSeparator([value]));
    }
    if ((hint === "date" || hint === "postedDate") && asOf === null) {
      const formats = format ? [format, ...DATE_FORMATS] : DATE_FORMATS;
      for (const candidate of formats) {
        asOf = parseDateCell(value, candidate)?.postedOn ?? null;
        if (asOf) break;
      }
    }
  }
  return balance === null ? null : { balance, asOf };
}

const DATE_HINTS = new Set<Role>(["postedDate", "date", "valueDate", "transactionDate"]);
const MONEY_HINTS = new Set<Role>(["amount", "debit", "credit", "balance"]);

const EXCLUDED_FROM_AMOUNTS = new Set<Role>([
  "id",
  "account",
  "accountName",
  "check",
  "currency",
  "notAmount",
  "counterpartyAccount",
  "card",
  "status",
  "category",
]);

function firstWithHint(profiles: ColumnProfile[], hints: (Role | null)[]): ColumnProfile | undefined {
  return profiles.find((p) => hints.includes(p.hint));
}

/** The amount column(s) and the balance, by names where they tell and by contents where they do not. */
function chooseAmounts(candidates: ColumnProfile[], layout: LayoutMatch | null): Money | null {
  // Columns of nothing but zeros, or one repeated value, are not money (an exchange rate of 0, a statement number).
  const useful = candidates.filter(
    (p) =>
      p.nonZero > 0 &&
      (p.distinct > 1 || p.filled < 3 || ["amount", "debit", "credit"].includes(p.hint ?? "")),
  );
  const named = (role: Role) => useful.filter((p) => p.hint === role);
  const balanceNamed = byLayoutOr(useful, layout?.columns.balance) ?? named("balance")[0];
  const others = useful.filter((p) => p !== balanceNamed);
  const debit = named("debit").find((p) => p !== balanceNamed);
  const credit = named("credit").find((p) => p !== balanceNamed);
  if (debit && credit) return { debit, credit, balance: balanceNamed, pairNamed: true };
  const amountNamed = named("amount");
  if (amountNamed.length > 0) {
    const amount = amountNamed.reduce((a, b) => (b.nonZero > a.nonZero ? b : a));
    return { amount, balance: balanceNamed ?? findBalance(others, { amount }) };
  }
  const unnamed = others.filter((p) => p.hint === null || p.hint === "debit" || p.hint === "credit");
  // Two columns that are never both filled on one row: money out and money in, unnamed.
  for (const x of unnamed) {
    for (const y of unnamed) {
      if (x.index >= y.index || !complementary(x, y)) continue;
      return { debit: x, credit: y, balance: balanceNamed ?? findBalance(others, { debit: x, credit: y }) };
    }
  }
  if (unnamed.length === 0) return null;
  // One amount and perhaps a balance: the pair whose figures add up wins; otherwise the leftmost column.
  let best: Money | null = null;
  let bestMatches = -1;
  for (const amount of unnamed) {
    const balance = balanceNamed ?? findBalance(others, { amount });
    const matches = balance ? (balanceRelation({ amount }, balance)?.matches ?? 0) : 0;
    if (matches > bestMatches) {
      best = { amount, balance };
      bestMatches = matches;
    }
  }
  return best;
}

function byLayoutOr(candidates: ColumnProfile[], index: number | undefined): ColumnProfile | undefined {
  return index === undefined ? undefined : candidates.find((p) => p.index === index);
}

function complementary(x: ColumnProfile, y: ColumnProfile): boolean {
  let either = 0;
  let both = 0;
  for (let i = 0; i < x.cells.length; i++) {
    const a = (x.cells[i]?.magnitude ?? 0) !== 0;
    const b = (y.cells[i]?.magnitude ?? 0) !== 0;
    if (a || b) either++;
    if (a && b) both++;
  }
  return x.nonZero > 0 && y.nonZero > 0 && either >= 2 && both <= either * 0.05;
}

function findBalance(candidates: ColumnProfile[], money: Money): ColumnProfile | undefined {
  const used = new Set([money.amount, money.debit, money.credit]);
  let best: { profile: ColumnProfile; matches: number } | null = null;
  for (const profile of candidates) {
    if (used.has(profile)) continue;
    const relation = balanceRelation(money, profile);
    if (relation && (!best || relation.matches > best.matches)) best = { profile, matches: relation.matches };
  }
  return best?.profile;
}

/** A column of debit/credit words or marks beside an amount column. */
function findTypeColumn(
  profiles: ColumnProfile[],
  taken: Set<number>,
  amount: ColumnProfile,
): ColumnProfile | undefined {
  return profiles.find((p) => {
    if (taken.has(p.index) || p === amount || p.filled === 0) return false;
    const { debit, credit, singleLetters } = p.directions;
    const worded = debit + credit;
    if (worded < p.filled * 0.9) return false;
    // Single letters (D/C, S/H) and bare +/- only in a column that holds nothing else.
    if (singleLetters > 0 && singleLetters < p.filled) return false;
    // A column of words for only one side counts when the other side is left blank ("CR" or nothing).
    return (debit > 0 && credit > 0) || p.filled < p.rows;
  });
}

function findStatusColumn(profiles: ColumnProfile[], taken: Set<number>): ColumnProfile | undefined {
  return profiles.find((p) => {
    if (taken.has(p.index) || p.filled === 0) return false;
    const { pending, posted, void: voided, yes, no } = p.statuses;
    const worded = pending + posted + voided;
    if (worded > 0 && worded + yes + no >= p.filled * 0.9) return true;
    return p.hint === "status" && yes + no >= p.filled * 0.9;
  });
}

function findAccountColumns(
  profiles: ColumnProfile[],
  taken: Set<number>,
  headerless: boolean,
  layout: LayoutMatch | null,
): { number?: ColumnProfile; name?: ColumnProfile } {
  const free = (p: ColumnProfile | undefined) => (p && !taken.has(p.index) ? p : undefined);
  const fewValues = (p: ColumnProfile) =>
    p.filled > 0 && p.distinct <= Math.max(3, p.filled / 3) && (p.distinct < p.filled || p.filled <= 2);
  const fromLayout = {
    number: free(layout?.columns.account === undefined ? undefined : profiles[layout.columns.account]),
    name: free(layout?.columns.accountName === undefined ? undefined : profiles[layout.columns.accountName]),
  };
  if (fromLayout.number || fromLayout.name) return fromLayout;
  const hinted = profiles.filter(
    (p) => free(p) && (p.hint === "account" || p.hint === "accountName") && fewValues(p),
  );
  const number = hinted.find((p) => p.words < p.filled || p.hint === "account");
  const name = hinted.find((p) => p !== number && p.words === p.filled);
  if (number || name) return { number, name };
  if (!headerless) return {};
  // A file without a header that repeats one account number (or IBAN) on every row.
  const repeated = profiles.find(
    (p) => free(p) && p.distinct === 1 && p.filled === p.rows && p.rows >= 2 && p.cells.length > 0,
  );
  return repeated && /^(\d[\d -]{5,}|[A-Z]{2}\d{2}[A-Z0-9]{10,30})$/.test(repeated.sample)
    ? { number: repeated }
    : {};
}

const TEXT_WEIGHTS: Partial<Record<Role | "none", number>> = {
  payee: 3,
  description: 2.5,
  memo: 1.5,
  none: 1,
  kind: 0.6,
  type: 0.3,
  accountName: 0.3,
};

/** The column that best names the seller, and a second one for the memo. */
function describeColumns(
  profiles: ColumnProfile[],
  taken: Set<number>,
  layout: LayoutMatch | null,
): { description?: number; memo?: number } {
  const scored = profiles
    .filter((p) => !taken.has(p.index) && p.words > 0 && p.words >= p.filled * 0.5)
    .map((p) => {
      const weight = TEXT_WEIGHTS[p.hint ?? "none"] ?? 0.2;
      const fill = p.filled / Math.max(1, p.rows);
      const variety = p.distinct / Math.max(1, p.filled);
      const length = Math.min(1, p.averageLength / 10);
      return { index: p.index, score: weight * fill * (0.4 + 0.6 * variety) * (0.3 + 0.7 * length) };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const layoutDescription = layout?.columns.description;
  const layoutMemo = layout?.columns.memo;
  const description =
    layoutDescription !== undefined && !taken.has(layoutDescription) ? layoutDescription : scored[0]?.index;
  const memo = layout?.none.includes("memo")
    ? undefined
    : layoutMemo !== undefined && !taken.has(layoutMemo) && layoutMemo !== description
      ? layoutMemo
      : scored.find((s) => s.index !== description && s.score >= 0.15)?.index;
  return { description, memo };
}

// "03/04/2024" reads both ways, so when every date fits both orders, the file decides: the order under which
// its rows are sorted; then the one under which its dates lie close together (a statement covers weeks, and
// "05/01 … 05/12" is twelve days in May, not a year of fifth days); then its other habits (a decimal comma,
// a European currency); and only then the US habit.
function chooseDateFormat(
  rows: CsvRow[],
  bodyRows: number[],
  posted: ColumnProfile,
  money: Money,
): DateFormat {
  const tied = posted.tiedDateFormats;
  const fallback = posted.dateFormat ?? "MM/DD/YYYY";
  if (tied.length < 2) return fallback;
  const cells = bodyRows.map((i) => rows[i]?.cells[posted.index] ?? "").filter((cell) => cell !== "");
  const read = (format: DateFormat) => cells.map((cell) => parseDateCell(cell, format)?.postedOn ?? "");
  const sorted = tied.filter((format) => isSorted(read(format)));
  let candidates = sorted.length > 0 ? sorted : tied;
  if (candidates.length > 1) {
    const spans = candidates.map((format) => ({ format, days: spanInDays(read(format)) }));
    const narrowest = spans.reduce((a, b) => (b.days < a.days ? b : a));
    if (spans.every((s) => s === narrowest || s.days >= narrowest.days * 3 + 7))
      candidates = [narrowest.format];
  }
  if (candidates.length === 1) return candidates[0]!;
  const amount = money.amount ?? money.debit ?? money.credit;
  const european =
    amount?.separator === "," || /^(EUR|GBP|CHF|AUD|NZD|INR|ZAR)$/.test(amount?.cellCurrency ?? "");
  const dayFirst = candidates.find((format) => format.startsWith("DD"));
  const monthFirst = candidates.find((format) => format.startsWith("MM"));
  if (european && dayFirst) return dayFirst;
  return monthFirst ?? candidates[0]!;
}

function spanInDays(dates: string[]): number {
  const times = dates.filter((d) => d !== "").map((d) => Date.parse(`${d}T00:00:00Z`));
  if (times.length < 2) return 0;
  return (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

function isSorted(dates: string[]): boolean {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]! < dates[i - 1]!) ascending = false;
    if (dates[i]! > dates[i - 1]!) descending = false;
  }
  return ascending || descending;
}
