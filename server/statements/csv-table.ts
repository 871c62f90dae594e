import "server-only";

import { parseAmountText } from "@/server/statements/amounts";
import { isSummaryText } from "@/server/statements/csv-cell-words";
import { type CsvRow, isBlankRow } from "@/server/statements/csv-tokenize";
import { currencyCode } from "@/server/statements/currency-codes";
import { DATE_FORMATS, parseDateCell } from "@/server/statements/dates";

// Where the transactions are in a CSV file. Banks put titles, key/value blocks ("Von:";"07.02.2012"), rows of
// commas, section labels and even a second table around them, so the table is found by its rows: a data row
// holds a date and an amount, and the header is the text-only row that starts the run with the most of them.

/** Rows read to find the table and profile its columns; the whole file is read later with the result. */
export const SCAN_ROWS = 2000;

export type TableShape = {
  /** 0-based index of the header row in the file's rows; null for a file without one. */
  headerRow: number | null;
  /** Where the table ends (exclusive): the next table's header, or the end of the file. */
  endRow: number;
  /** Rows where other tables with dated amounts start (a second account's table, say): not read. */
  otherTables: number[];
  /** Indexes of the rows that hold a date and an amount, in file order (at most SCAN_ROWS). */
  dataRows: number[];
  /** Indexes of every row of the table's body that has two or more cells filled (data rows included). */
  bodyRows: number[];
};

export function isDateCell(cell: string): boolean {
  return (
    cell !== "" && /\d/.test(cell) && DATE_FORMATS.some((format) => parseDateCell(cell, format) !== null)
  );
}

export function isAmountCell(cell: string): boolean {
  return cell !== "" && (parseAmountText(cell, ".") !== null || parseAmountText(cell, ",") !== null);
}

const filledCells = (row: CsvRow) => row.cells.filter((cell) => cell !== "");

/** A date in one cell and an amount in another. */
export function isDataRow(row: CsvRow): boolean {
  const dateAt = row.cells.findIndex(isDateCell);
  if (dateAt === -1) return false;
  return row.cells.some((cell, i) => i !== dateAt && !isDateCell(cell) && isAmountCell(cell));
}

/** "-30", "+1,50", "2 052,20", "12.5": a number no column name holds, unlike a year ("Amount 2024"). */
function isWrittenAmount(cell: string): boolean {
  return isAmountCell(cell) && /^[-+(]|\d[.,]\d{1,2}\)?$/.test(cell.trim());
}

/**
 * A number in a header row: not three letters that name no currency before a figure (GLS Bank's columns "VWZ1" …
 * "VWZ14" read as amounts would make its header look like a row of figures).
 */
function readsAsNumber(cell: string): boolean {
  if (!isAmountCell(cell)) return false;
  const lettered = /^([A-Za-z]{3})\s*[\d(+-]|[\d)]\s*([A-Za-z]{3})$/.exec(cell.trim());
  return !lettered || currencyCode(lettered[1] ?? lettered[2] ?? "") !== null;
}

/** Column names: two or more cells, mostly words, no date, at most one number ("Amount 2024" happens). */
export function isHeaderLike(row: CsvRow): boolean {
  const filled = filledCells(row);
  if (filled.length < 2) return false;
  if (filled.some(isDateCell)) return false;
  const numbers = filled.filter(readsAsNumber).length;
  const words = filled.filter((cell) => /\p{L}/u.test(cell)).length;
  return words * 2 >= filled.length && numbers <= Math.max(0, Math.floor(filled.length / 5));
}

// A header is taken only when data follows it closely (a "Pending Transactions" label or a total may sit
// between them), so a title or key/value line in a preamble does not cut a table in two.
const HEADER_LOOKAHEAD = 4;

export function locateTable(rows: CsvRow[]): TableShape {
  const limit = Math.min(rows.length, SCAN_ROWS * 2);
  const data = new Set<number>();
  for (let i = 0; i < limit; i++) if (isDataRow(rows[i]!)) data.add(i);

  const headers: number[] = [];
  const signatures = new Set<string>();
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    if (data.has(i) || !isHeaderLike(row)) continue;
    // A header repeated at a page break continues the same table.
    const signature = row.cells.join("\u0000");
    if (signatures.has(signature)) continue;
    let seen = 0;
    for (let j = i + 1; j < limit && seen < HEADER_LOOKAHEAD; j++) {
      if (isBlankRow(rows[j]!.cells)) continue;
      if (data.has(j)) {
        headers.push(i);
        signatures.add(signature);
        break;
      }
      seen++;
    }
  }

  // A later "header" far narrower than the first is a row's second line (Fintro's card export writes each
  // purchase's merchant on a line of its own under the dated amount), not another table's column names.
  const firstWidth = headers.length > 0 ? filledCells(rows[headers[0]!]!).length : 0;
  // Nor is one holding a signed or decimal amount ("-30", "2 052,20"): that is a transaction whose date went
  // missing, and it is refused with its line rather than cut the transactions below it from the file.
  for (let k = headers.length - 1; k > 0; k--) {
    const cells = filledCells(rows[headers[k]!]!);
    if (cells.length * 2 < firstWidth || cells.some(isWrittenAmount)) headers.splice(k, 1);
  }

  // Each candidate header starts a table that runs to the next one; the file's start is a headerless table.
  const starts: Array<number | null> = [null, ...headers];
  const segments = starts.map((start, k) => {
    const from = start === null ? 0 : start + 1;
    const to = k + 1 < starts.length ? (starts[k + 1] as number) : limit;
    let count = 0;
    // A dated line that opens with its label ("Disponibilità residua al:;27.12.2024;998.01", Intesa's card
    // statement above its table) is the preamble's, not a table's row.
    for (let i = from; i < to; i++) if (data.has(i) && !opensWithLabel(rows[i]!)) count++;
    return { headerRow: start, count };
  });
  const best = segments.reduce((a, b) => (b.count > a.count ? b : a));
  // A lone dated line above the first header is the preamble's ("BLZ:;29190024;;Datum:;24.06.2020", Volksbank),
  // not a table of its own.
  const otherTables = segments
    .filter((segment) => segment !== best && segment.count > (segment.headerRow === null ? 1 : 0))
    .map((segment) => segment.headerRow ?? 0);

  const from = best.headerRow === null ? 0 : best.headerRow + 1;
  const next = headers.find((h) => h > (best.headerRow ?? -1));
  const endRow = next ?? summaryTableAfter(rows, best.headerRow, limit, data) ?? rows.length;
  const dataRows: number[] = [];
  const bodyRows: number[] = [];
  const headerWidth = best.headerRow === null ? 0 : filledCells(rows[best.headerRow]!).length;
  for (let i = from; i < Math.min(endRow, limit) && bodyRows.length < SCAN_ROWS; i++) {
    if (data.has(i)) dataRows.push(i);
    // Totals and balance lines are not measured with the transactions ("Transactions Total", "$159.82"), nor
    // is an undated line a third as wide as the header (Alipay's "已支出:2笔,63.80元" footer under 12 columns).
    const filled = filledCells(rows[i]!);
    const narrow = filled.length * 3 < headerWidth && !filled.some(isDateCell);
    if (filled.length >= 2 && !narrow && !(isSummaryText(filled[0] ?? "") && !isDateCell(filled[0] ?? "")))
      bodyRows.push(i);
  }
  if (best.headerRow === null) dropTitleLines(rows, dataRows, bodyRows);
  return { headerRow: best.headerRow, endRow, otherTables, dataRows, bodyRows };
}

function opensWithLabel(row: CsvRow): boolean {
  return /:\s*$/.test(filledCells(row)[0] ?? "");
}

/**
 * Where a table of other figures starts below the transactions, after a blank line: column names of their own
 * and no dated row under them (HDFC Bank's card statement: "Opening Bal~Base + Bonus Reward Points Earned~…" and
 * its points, then its taxes). Its rows would be read as transactions whose dates do not read.
 */
function summaryTableAfter(
  rows: CsvRow[],
  headerRow: number | null,
  limit: number,
  data: Set<number>,
): number | undefined {
  if (headerRow === null) return undefined;
  const own = rows[headerRow]!.cells.join("\u0000");
  // Only below the last transaction: a table cut short would lose rows without a word.
  let lastData = -1;
  for (const i of data) if (i > lastData) lastData = i;
  if (lastData < 0) return undefined;
  for (let i = lastData + 1; i < limit; i++) {
    if (isBlankRow(rows[i - 1]!.cells) && isHeaderLike(rows[i]!) && rows[i]!.cells.join("\u0000") !== own)
      return i;
  }
  return undefined;
}

/**
 * A file without a header may still open with a title line (BNP Paribas: the account's name, a date and the
 * balance). When the rows start with their date, leading lines that start with words are no transactions and
 * would only blur what the columns hold.
 */
function dropTitleLines(rows: CsvRow[], dataRows: number[], bodyRows: number[]): void {
  const startsWithDate = (i: number) => isDateCell(rows[i]?.cells[0] ?? "");
  if (dataRows.filter(startsWithDate).length * 2 <= dataRows.length) return;
  while (bodyRows.length > 0 && /^\D+$/.test(rows[bodyRows[0]!]?.cells[0] ?? "")) {
    const title = bodyRows.shift();
    if (dataRows[0] === title) dataRows.shift();
  }
}
