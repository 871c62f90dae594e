import "server-only";

import { type DecimalSeparator, readAmountCell } from "@/server/statements/amounts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import { isDataRow, isDateCell, SCAN_ROWS } from "@/server/statements/csv-table";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { currencyCode } from "@/server/statements/currency-codes";
import { parseDateCell } from "@/server/statements/dates";

// What a value must look like to stand in a column, for putting a split row back together
// (server/statements/csv-align.ts): the kind of value the column holds in the rows that fit the header, and
// what the mapping reads from it.

type Kind =
  | { kind: "date" }
  | { kind: "amount"; fraction: number | null }
  | { kind: "text" }
  | { kind: "free" };

export type Column = {
  kind: Kind;
  money: boolean;
  date: boolean;
  currency: boolean;
  /** A text column a split value may be joined back into: the description or the memo. */
  absorbsText: boolean;
  /** Free text Tally does not read as money or a date: as the last column, it may run on past the header. */
  overflows: boolean;
};

/** Cells up to the last filled one: an empty field at the end of a row (Chase) is no value. */
export function filledWidth(cells: string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return n;
}

/** What each column holds in the rows of the usual width, and what the mapping reads from it. */
export function describeColumns(
  rows: CsvRow[],
  start: number,
  end: number,
  width: number,
  mapping: CsvMapping,
): Column[] {
  const samples: string[][] = Array.from({ length: width }, () => []);
  let seen = 0;
  for (let index = start; index < end && seen < SCAN_ROWS; index++) {
    const row = rows[index]!;
    if (filledWidth(row.cells) > width || !isDataRow(row)) continue;
    seen++;
    for (let i = 0; i < width; i++) {
      const cell = row.cells[i] ?? "";
      if (cell !== "") samples[i]!.push(cell);
    }
  }
  const money = new Set([mapping.amount, mapping.debit, mapping.credit, mapping.balance, mapping.fee]);
  const dates = new Set([mapping.date, mapping.transactionDate]);
  const texts = new Set([mapping.description, mapping.descriptionIn, mapping.memo]);
  const read = new Set(fixedColumns(mapping));
  return samples.map((cells, index) => {
    const kind = kindOf(cells, mapping.decimalSeparator);
    return {
      kind,
      money: money.has(index),
      date: dates.has(index),
      currency: mapping.currencyColumn === index,
      absorbsText: texts.has(index),
      overflows: texts.has(index) || (!read.has(index) && (kind.kind === "text" || kind.kind === "free")),
    };
  });
}

/** The columns the import reads other than free text: where two readings of a row must agree. */
export function fixedColumns(mapping: CsvMapping): number[] {
  return [
    mapping.amount,
    mapping.debit,
    mapping.credit,
    mapping.balance,
    mapping.fee,
    mapping.date,
    mapping.transactionDate,
    mapping.typeColumn,
    mapping.status,
    mapping.currencyColumn,
    mapping.externalId,
    mapping.account,
    mapping.accountName,
    mapping.category,
    mapping.checkNumber,
  ].filter((at): at is number => at !== undefined);
}

function kindOf(cells: string[], separator: DecimalSeparator): Kind {
  if (cells.length === 0) return { kind: "free" };
  if (cells.every(isDateCell)) return { kind: "date" };
  if (cells.every((cell) => readAmountCell(cell, separator) !== null)) {
    const fractions = new Set(cells.map((cell) => fractionDigits(cell, separator)));
    return { kind: "amount", fraction: fractions.size === 1 ? ([...fractions][0] ?? null) : null };
  }
  return { kind: "text" };
}

/** Digits after the decimal separator: 2 for "-4.50", 0 for "-2". */
function fractionDigits(cell: string, separator: DecimalSeparator): number {
  const at = cell.lastIndexOf(separator);
  if (at === -1) return 0;
  return /^\d*/.exec(cell.slice(at + 1))?.[0].length ?? 0;
}

/**
 * Pieces of one number split at its thousands separators: "-2" | "150.00", or "1" | "234" | "567.89". The
 * first holds one to three digits after any sign or symbol, every later one exactly three digits (the last
 * may carry the decimals and a mark such as " CR"), and no space stands at a join: "1, 234" is two values.
 */
export function isSplitNumber(parts: string[]): boolean {
  const [head, ...rest] = parts;
  if (head === undefined || rest.length === 0) return false;
  if (!/^\s*[^\d\s]{0,3}\s?\d{1,3}$/.test(head)) return false;
  return rest.every((part, i) =>
    i === rest.length - 1 ? /^\d{3}(?:\.\d+)?(?:[^\d.,][^\d,]*)?$/.test(part) : /^\d{3}$/.test(part),
  );
}

export function fitsColumn(
  value: string,
  column: Column,
  separator: DecimalSeparator,
  dateFormat: CsvMapping["dateFormat"],
): boolean {
  if (value === "") return true;
  // "Pending" and similar words stand where a date would be.
  const dateLike = (cell: string) =>
    parseDateCell(cell, dateFormat) !== null || !/\d/.test(cell) || isDateCell(cell);
  if (column.date && !dateLike(value)) return false;
  if (column.currency && currencyCode(value) === null) return false;
  const kind = column.kind;
  if (column.money || kind.kind === "amount") {
    if (readAmountCell(value, separator) === null) return false;
    if (
      kind.kind === "amount" &&
      kind.fraction !== null &&
      fractionDigits(value, separator) !== kind.fraction
    )
      return false;
  }
  if (kind.kind === "date" && !dateLike(value)) return false;
  return true;
}
