import "server-only";

import { parseAmountText, sniffDecimalSeparator } from "@/server/statements/amounts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import { type CsvRow, isBlankRow } from "@/server/statements/csv-tokenize";
import { DATE_FORMATS, parseDateCell, sniffDateFormat } from "@/server/statements/dates";

// A first guess at the mapping of an unknown CSV, only to pre-fill the column-mapping screen; the user
// confirms it (above all the sign convention, which no header reveals) before anything is imported.

const DATE_NAME = /date|datum|fecha|dátum|buchungstag/i;
const AMOUNT_NAME = /amount|betrag|montant|importe|bedrag|összeg|^sum$|^value$/i;
const DEBIT_NAME = /^(debit|withdrawal|soll|money out|paid out)/i;
const CREDIT_NAME = /^(credit|deposit|haben|money in|paid in)/i;
// In priority order: "Auftraggebername" is a name column, but "Text" beside it is the better description.
const DESCRIPTION_NAMES = [
  /description|beschreibung/i,
  /payee|narrative|details|buchungstext/i,
  /^text$/i,
  /memo|note|verwendungszweck/i,
  /name/i,
];

const HEADER_SEARCH_ROWS = 40;

export function guessMapping(rows: CsvRow[]): CsvMapping | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const mapping = fromHeader(rows, index);
    if (mapping) return mapping;
  }
  return fromFirstRow(rows);
}

function fromHeader(rows: CsvRow[], headerRow: number): CsvMapping | null {
  const names = rows[headerRow]?.cells ?? [];
  // A header names things; a data row ("12/01/2021", "-5.00") is mostly digits.
  if (names.filter((name) => /\d/.test(name)).length > names.length / 2) return null;
  const find = (pattern: RegExp) => {
    const index = names.findIndex((name) => pattern.test(name));
    return index === -1 ? undefined : index;
  };
  const date = find(DATE_NAME);
  const amount = find(AMOUNT_NAME);
  const debit = find(DEBIT_NAME);
  const credit = find(CREDIT_NAME);
  if (date === undefined || (amount === undefined && debit === undefined && credit === undefined))
    return null;
  const description =
    DESCRIPTION_NAMES.map(find).find((index) => index !== undefined) ??
    names.findIndex((_, i) => i !== date && i !== amount);
  const body = rows.slice(headerRow + 1);
  return finish(body, {
    headerRow,
    date,
    description: Math.max(description, 0),
    ...(amount !== undefined ? { amount } : { debit, credit }),
  });
}

function fromFirstRow(rows: CsvRow[]): CsvMapping | null {
  const first = rows.find((row) => !isBlankRow(row.cells));
  if (!first) return null;
  const cells = first.cells;
  const isDate = (cell: string) => DATE_FORMATS.some((format) => parseDateCell(cell, format) !== null);
  const date = cells.findIndex(isDate);
  const amount = cells.findIndex(
    (cell, i) =>
      i !== date &&
      !isDate(cell) &&
      /[.,]\d{2}\)?$/.test(cell) &&
      parseAmountText(cell, cell.includes(",") ? "," : ".") !== null,
  );
  if (date === -1 || amount === -1) return null;
  let description = -1;
  cells.forEach((cell, i) => {
    if (i !== date && i !== amount && /[a-z]/i.test(cell) && cell.length > (cells[description]?.length ?? 0))
      description = i;
  });
  return finish(rows, { headerRow: null, date, amount, description: Math.max(description, 0) });
}

function finish(
  body: CsvRow[],
  columns: Pick<CsvMapping, "headerRow" | "date" | "description" | "amount" | "debit" | "credit">,
): CsvMapping {
  const dateCells = body.map((row) => row.cells[columns.date] ?? "");
  const amountColumns = [columns.amount, columns.debit, columns.credit].filter((c) => c !== undefined);
  const amountCells = body.flatMap((row) => amountColumns.map((c) => row.cells[c] ?? ""));
  return {
    ...columns,
    dateFormat: sniffDateFormat(dateCells, DATE_FORMATS) ?? "MM/DD/YYYY",
    signConvention: "negative_is_out",
    decimalSeparator: sniffDecimalSeparator(amountCells),
  };
}
