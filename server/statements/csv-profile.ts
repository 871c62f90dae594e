import "server-only";

import {
  type AmountCell,
  type DecimalSeparator,
  readAmountCell,
  sniffDecimalSeparator,
} from "@/server/statements/amounts";
import {
  directionOf,
  isNeutralDirection,
  isPlaceholderCell,
  type StatusWord,
  statusOf,
} from "@/server/statements/csv-cell-words";
import { hintFor, type Role } from "@/server/statements/csv-header-names";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { isCurrencyCode } from "@/server/statements/currency-codes";
import { DATE_FORMATS, type DateFormat, parseDateCell } from "@/server/statements/dates";

// What each column of a table holds, measured over its body rows: how many cells read as dates (in each
// format), as amounts (and with which signs and marks), as words, as debit/credit or status words, as
// currency codes. Detection assigns roles from these figures; header names only add hints.

export type ColumnProfile = {
  index: number;
  name: string;
  hint: Role | null;
  rows: number;
  /** The cells as written, one per body row. */
  values: string[];
  /** Cells that are not blank. */
  filled: number;
  distinct: number;
  /** The first filled cell. */
  sample: string;
  dateFormat: DateFormat | null;
  /** Cells read as dates in dateFormat. */
  dates: number;
  /** Every format that reads as many cells as dateFormat ("03/04/2024" is both March 4 and 3 April). */
  tiedDateFormats: DateFormat[];
  separator: DecimalSeparator;
  /** Cells read as amounts with that separator, and their parsed form (null where a cell is not one). */
  amounts: number;
  cells: (AmountCell | null)[];
  nonZero: number;
  minus: number;
  plus: number;
  credits: number;
  debits: number;
  /** Cells of nine or more digits without separators: account numbers and ids, not money. */
  longNumbers: number;
  /** Cells that are UUIDs ("0acaccd4-7fdf-4a34-b462-9ed0c0e44d4c"): a transaction's id, not its text. */
  uuids: number;
  /** Cells that are IBANs ("BE21 1548 2315 1548"): the other party's account, not its name. */
  ibans: number;
  /** Cells with letters, and their average length. */
  words: number;
  averageLength: number;
  /** Direction words in the cells; neutral counts words that say neither (Alipay's 不计收支). */
  directions: { debit: number; credit: number; singleLetters: number; neutral: number };
  statuses: Record<StatusWord, number>;
  currencies: number;
  /** A currency written in the amount cells themselves ("-12,50 €", "76.77 EUR"), when all agree. */
  cellCurrency: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Two letters, two check digits and 11–30 letters or digits, printed whole or in groups of four.
const IBAN = /^\s*[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\s*$/;

/** A cell that is an IBAN, whole or in groups of four ("BE21 1548 2315 1548"). */
export function isIban(value: string): boolean {
  return IBAN.test(value);
}

export function profileColumns(rows: CsvRow[], header: string[], bodyRows: number[]): ColumnProfile[] {
  const width = Math.max(header.length, ...bodyRows.map((i) => rows[i]?.cells.length ?? 0));
  const profiles: ColumnProfile[] = [];
  for (let index = 0; index < width; index++) {
    const values = bodyRows.map((i) => rows[i]?.cells[index] ?? "");
    profiles.push(profileColumn(index, header[index] ?? "", values));
  }
  return profiles;
}

function profileColumn(index: number, name: string, values: string[]): ColumnProfile {
  const filledValues = values.filter((value) => value !== "" && !isPlaceholderCell(value));
  const separator = sniffDecimalSeparator(filledValues);
  const cells = values.map((value) => (value === "" ? null : readAmountCell(value, separator)));
  const amounts = cells.filter((cell) => cell !== null);
  let bestFormat: DateFormat | null = null;
  let bestDates = 0;
  let tied: DateFormat[] = [];
  if (filledValues.some((value) => /\d/.test(value))) {
    for (const format of DATE_FORMATS) {
      const count = filledValues.filter((value) => parseDateCell(value, format) !== null).length;
      if (count > bestDates) {
        bestFormat = format;
        bestDates = count;
        tied = [format];
      } else if (count === bestDates && count > 0) {
        tied.push(format);
      }
    }
  }
  const statuses: Record<StatusWord, number> = { pending: 0, posted: 0, void: 0, yes: 0, no: 0 };
  const directions = { debit: 0, credit: 0, singleLetters: 0, neutral: 0 };
  let words = 0;
  let length = 0;
  let currencies = 0;
  for (const value of filledValues) {
    if (/\p{L}/u.test(value)) {
      words++;
      length += textWidth(value);
    }
    const status = statusOf(value);
    if (status) statuses[status]++;
    if (isNeutralDirection(value)) directions.neutral++;
    const direction = directionOf(value);
    if (direction) {
      directions[direction]++;
      if (value.trim().length === 1) directions.singleLetters++;
    }
    if (isCurrencyCode(value)) currencies++;
  }
  const currenciesInCells = new Set(amounts.map((cell) => cell.currency));
  return {
    index,
    name,
    hint: hintFor(name),
    rows: values.length,
    values,
    filled: filledValues.length,
    distinct: new Set(filledValues).size,
    sample: filledValues[0] ?? "",
    dateFormat: bestFormat,
    dates: bestDates,
    tiedDateFormats: tied,
    separator,
    amounts: amounts.length,
    cells,
    nonZero: amounts.filter((cell) => cell.magnitude !== 0).length,
    minus: amounts.filter((cell) => cell.sign === "-").length,
    plus: amounts.filter((cell) => cell.sign === "+").length,
    credits: amounts.filter((cell) => cell.mark === "credit").length,
    debits: amounts.filter((cell) => cell.mark === "debit").length,
    longNumbers: filledValues.filter((value) => /^\d{9,}$/.test(value)).length,
    uuids: filledValues.filter((value) => UUID.test(value)).length,
    ibans: filledValues.filter(isIban).length,
    words,
    averageLength: words === 0 ? 0 : length / words,
    directions,
    statuses,
    currencies,
    cellCurrency: currenciesInCells.size === 1 ? ([...currenciesInCells][0] ?? null) : null,
  };
}

/** Most filled cells read as a date. */
export function isDateColumn(profile: ColumnProfile): boolean {
  return profile.dates > 0 && profile.dates >= profile.filled * 0.75 && profile.dates >= profile.rows * 0.4;
}

/** Nearly every filled cell is an amount, and they are not ids or account numbers. */
export function isAmountColumn(profile: ColumnProfile): boolean {
  return (
    profile.amounts > 0 &&
    profile.amounts >= profile.filled * 0.9 &&
    profile.longNumbers * 2 < profile.filled &&
    !isDateColumn(profile)
  );
}

/** The value a cell holds as written, or null: "-5.00" is -500, "5.00 CR" is 500, "5.00 DR" is -500. */
export function writtenValue(cell: AmountCell | null): number | null {
  if (!cell) return null;
  const negative = cell.mark ? cell.mark === "debit" : cell.sign === "-";
  return negative && cell.magnitude !== 0 ? -cell.magnitude : cell.magnitude;
}

// A Chinese, Japanese or Korean character says as much as a couple of Latin letters: a seller's name of four
// ("滴滴出行") is as long, for telling names from codes, as "Uber Eats".
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

function textWidth(value: string): number {
  return value.length + (value.match(WIDE)?.length ?? 0);
}
