import "server-only";

import { filledWidth } from "@/server/statements/csv-align-columns";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import { isAmountCell, isDataRow, isDateCell } from "@/server/statements/csv-table";
import type { CsvRow } from "@/server/statements/csv-tokenize";

// Rows that do not fit the header's width, told apart: a mark column the header left unnamed, and rows too
// short to be read as they stand.

/**
 * John Lewis's card export names three columns and ends each row with a comma, writing "CR" after a refund's
 * amount: a column of credit and debit marks the header left unnamed, not a row split in the wrong place.
 */
export function onlyMarksBeyond(cells: string[], width: number): boolean {
  const beyond = cells.slice(width).filter((cell) => cell !== "");
  return beyond.length > 0 && beyond.every((cell) => /^(cr|dr)$/i.test(cell.trim()));
}

/**
 * A row that reads in place, its date and amounts where the header says, with only words past the header's width
 * (Venmo's export resaved from a spreadsheet: "Venmo balance" moved a column or two to the right of its Funding
 * Source): what stands past the columns is left unread, and the row needs no putting back together.
 */
export function readsInPlaceWithWordsBeyond(row: CsvRow, mapping: CsvMapping, width: number): boolean {
  // The last named column empty: words past it do not go on from it (a description cut at an unquoted comma does).
  if ((row.cells[width - 1] ?? "").trim() !== "") return false;
  const beyond = row.cells.slice(width).filter((cell) => cell.trim() !== "");
  if (beyond.length === 0 || !beyond.every((cell) => /\p{L}/u.test(cell) && !/\d/.test(cell))) return false;
  if (!isDateCell(row.cells[mapping.date] ?? "")) return false;
  const money = [mapping.amount, mapping.debit, mapping.credit]
    .filter((at): at is number => at !== undefined)
    .map((at) => (row.cells[at] ?? "").trim())
    .filter((cell) => cell !== "");
  return money.length > 0 && money.every(isAmountCell);
}

/**
 * A row too short to reach every money column, with none of them filled but an amount elsewhere: read as it
 * stands it would pass for a footer and be dropped, though it holds a dated amount ("2026-01-02,-4.50" under
 * "Date,Description,Amount").
 */
export function missesItsMoney(row: CsvRow, mapping: CsvMapping): boolean {
  const money = [mapping.amount, mapping.debit, mapping.credit].filter((at) => at !== undefined);
  if (!money.some((at) => at >= row.cells.length)) return false;
  if (money.some((at) => (row.cells[at] ?? "") !== "")) return false;
  return row.cells.some((cell) => !isDateCell(cell) && isAmountCell(cell)) && isDataRow(row);
}

/**
 * A row short of the header by its first values (Commerzbank's "Lastschrift;…;-30;EUR" under
 * "Buchungstag;Wertstellung;Umsatzart;…"): no date where the date belongs, a signed or decimal amount where
 * no money is read, most of a row's values otherwise. Read as it stands it would be skipped without a word.
 */
export function lostItsDate(
  row: CsvRow,
  mapping: CsvMapping,
  width: number,
  balanceColumns: ReadonlySet<number>,
): boolean {
  const filled = filledWidth(row.cells);
  if (filled >= width || filled * 2 < width) return false;
  if (isDateCell(row.cells[mapping.date] ?? "") || row.cells.some(isDateCell)) return false;
  const money = new Set([mapping.amount, mapping.debit, mapping.credit]);
  if ([...money].some((at) => at !== undefined && isAmountCell(row.cells[at] ?? ""))) return false;
  // A figure under a balance's name only (Venmo's "Beginning Balance" row) is the balance, in its own place.
  return row.cells.some(
    (cell, i) =>
      !money.has(i) && !balanceColumns.has(i) && /^[-+]\d[\d.,' ]*$|\d[.,]\d{2}$/.test(cell.trim()),
  );
}
