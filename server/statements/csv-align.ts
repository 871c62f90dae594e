import "server-only";

import Papa from "papaparse";
import {
  type Column,
  describeColumns,
  filledWidth,
  fitsColumn,
  fixedColumns,
  isSplitNumber,
} from "@/server/statements/csv-align-columns";
import { isSummaryText } from "@/server/statements/csv-cell-words";
import { hintFor } from "@/server/statements/csv-header-names";
import { type CsvMapping, mappedColumns } from "@/server/statements/csv-mapping";
import {
  lostItsDate,
  missesItsMoney,
  onlyMarksBeyond,
  readsInPlaceWithWordsBeyond,
} from "@/server/statements/csv-row-fit";
import { isAmountCell, isDataRow, isDateCell, SCAN_ROWS } from "@/server/statements/csv-table";
import { type CsvRow, type CsvTable, cleanCell, isBlankRow } from "@/server/statements/csv-tokenize";

// A row with more values than the header was split somewhere it should not have been. In a comma file the
// usual culprit is an amount written with an unquoted thousands separator: "-2,150.00" arrives as "-2" and
// "150.00", and read as it stands the row would import -2.00 and drop the rest. An unquoted comma in a
// description ("AMAZON, INC") does the same to text. Such a row is put back together only when exactly one
// reading fits: the split amount rejoins in groups of three digits into a money column, or the split text
// rejoins into the description or the memo, and every other value then lands in a column that holds its kind of value.
// A row that cannot be put back together, or that can be in two ways that differ in money, refuses the file
// with its line: importing it as it stands would store a wrong amount without a word.
//
// Rows wider than the header on purpose still read as they always have: livebank lets its free text run on
// past the last column, and Chase ends every row with an empty field.

export type RowProblem = { line: number; message: string };

export type AlignedRows = {
  /** The table's rows with every repairable row put back together (the same array when none needed it). */
  rows: CsvRow[];
  /** Rows that look like transactions and could not be put back together, in file order. */
  problems: RowProblem[];
};

type Candidate = {
  cells: string[];
  /** The columns the header names read as they stand, extra values left after them (livebank's overflow). */
  identity: boolean;
};

const MAX_CANDIDATES = 32;

/**
 * How many columns the header names. A last column may be named with a blank (Volksbank's Soll/Haben column is
 * headed " "): it is a column still when most rows fill it, not an overflow of values after the table.
 */
function headerWidth(cells: string[], rows: CsvRow[], start: number, end: number): number {
  const named = filledWidth(cells);
  if (cells.length === named) return named;
  let filled = 0;
  let counted = 0;
  for (let index = start; index < end; index++) {
    const row = rows[index]!;
    if (isBlankRow(row.cells)) continue;
    counted++;
    if (filledWidth(row.cells) === cells.length) filled++;
  }
  return counted > 0 && filled * 2 > counted ? cells.length : named;
}

export function alignRows(text: string, table: CsvTable, mapping: CsvMapping, endRow: number): AlignedRows {
  const { rows } = table;
  if (table.records) return { rows, problems: [] };
  const start = mapping.headerRow === null ? 0 : mapping.headerRow + 1;
  const end = Math.min(endRow, rows.length);
  const header = mapping.headerRow === null ? null : rows[mapping.headerRow];
  const lines = lazySourceLines(text);
  if (header)
    return alignAt(
      table,
      mapping,
      start,
      end,
      headerWidth(header.cells, rows, start, end),
      "the header has",
      lines,
    );
  // Without a header the table's width is the narrowest at which every wider row can be put back together:
  // when most amounts pass a thousand, the rows split at a separator are the most common width.
  const widths = dataRowWidths(rows, start, end);
  for (const width of [...widths.keys()].sort((a, b) => a - b)) {
    const aligned = alignAt(table, mapping, start, end, width, "the other rows have", lines);
    if (aligned.problems.length === 0) return aligned;
  }
  return alignAt(table, mapping, start, end, usualWidth(widths), "the other rows have", lines);
}

function alignAt(
  table: CsvTable,
  mapping: CsvMapping,
  start: number,
  end: number,
  width: number,
  where: string,
  sourceLines: () => string[],
): AlignedRows {
  const { rows } = table;
  if (width < 2) return { rows, problems: [] };
  const header = mapping.headerRow === null ? [] : (rows[mapping.headerRow]?.cells ?? []);
  const balanceColumns = new Set(header.flatMap((name, i) => (hintFor(name) === "balance" ? [i] : [])));
  if (mapping.balance !== undefined) balanceColumns.add(mapping.balance);
  const wide: number[] = [];
  const short: number[] = [];
  const undated: number[] = [];
  for (let index = start; index < end; index++) {
    const row = rows[index]!;
    if (isBlankRow(row.cells)) continue;
    if (
      filledWidth(row.cells) > width &&
      !onlyMarksBeyond(row.cells, width) &&
      !readsInPlaceWithWordsBeyond(row, mapping, width)
    )
      wide.push(index);
    else if (missesItsMoney(row, mapping)) short.push(index);
    else if (lostItsDate(row, mapping, width, balanceColumns)) undated.push(index);
  }
  if (wide.length === 0 && short.length === 0 && undated.length === 0) return { rows, problems: [] };

  const columns = describeColumns(rows, start, end, width, mapping);
  const problems: RowProblem[] = [];
  const repaired = rows.slice();
  let changed = false;
  for (const index of wide) {
    const row = rows[index]!;
    const outcome = realign(
      row,
      () => rawCells(row, sourceLines(), table.delimiter),
      columns,
      width,
      mapping,
      table.delimiter,
    );
    if ("cells" in outcome) {
      if (outcome.cells !== row.cells) {
        repaired[index] = { line: row.line, cells: outcome.cells };
        changed = true;
      }
      continue;
    }
    if (!looksLikeTransaction(row)) continue;
    problems.push({
      line: row.line,
      message: `Line ${row.line} has ${filledWidth(row.cells)} values where ${where} ${width}${outcome.why} ${outcome.advice}`,
    });
  }
  for (const index of short) {
    const row = rows[index]!;
    if (!looksLikeTransaction(row)) continue;
    problems.push({
      line: row.line,
      message: `Line ${row.line} has ${row.cells.length} values where ${where} ${width}, so its amount is missing; a value may have been left out or moved. Check the line, or export the file again.`,
    });
  }
  for (const index of undated) {
    const row = rows[index]!;
    problems.push({
      line: row.line,
      message: `Line ${row.line} has ${filledWidth(row.cells)} values where ${where} ${width}, and no date: its first values seem to be missing, so its amount would be read from the wrong column. Check the line, or export the file again.`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows: changed ? repaired : rows, problems };
}

/** The file's lines, split once and only when a row needs them. */
function lazySourceLines(text: string): () => string[] {
  let lines: string[] | null = null;
  return () => {
    lines ??= text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .split("\n");
    return lines;
  };
}

function amountAdvice(delimiter: CsvTable["delimiter"], mapping: CsvMapping): string {
  if (delimiter === "," && mapping.decimalSeparator === ".")
    return "Export the file again with amounts in quotes, or without thousands separators.";
  const name = { ",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes", "~": "tildes" }[delimiter];
  return `Export the file again with values that contain ${name} in quotes.`;
}

/** How many rows that hold a date and an amount have each width. */
function dataRowWidths(rows: CsvRow[], start: number, end: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let index = start; index < end && index < start + SCAN_ROWS; index++) {
    const row = rows[index]!;
    if (!isDataRow(row)) continue;
    const n = filledWidth(row.cells);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/** The width most rows share (the narrower on a tie). */
function usualWidth(counts: Map<number, number>): number {
  let best = 0;
  let bestCount = 0;
  for (const [n, count] of counts) {
    if (count > bestCount || (count === bestCount && n < best)) {
      best = n;
      bestCount = count;
    }
  }
  return best;
}

/** A row that holds a date and an amount, and is not a total: it would have been imported. */
function looksLikeTransaction(row: CsvRow): boolean {
  const first = row.cells.find((cell) => cell !== "") ?? "";
  return isDataRow(row) && !(isSummaryText(first) && !isDateCell(first));
}

/**
 * The row's values as the file wrote them, spaces and all, so joined text reads as written ("AMAZON, INC").
 * Null when the row spans lines or reads differently on its own: then it is not put back together.
 */
function rawCells(row: CsvRow, lines: string[], delimiter: CsvTable["delimiter"]): string[] | null {
  const line = lines[row.line - 1];
  if (line === undefined) return null;
  const parsed = Papa.parse<string[]>(line, { delimiter, newline: "\n" });
  const cells = parsed.data[0];
  if (parsed.errors.length > 0 || parsed.data.length !== 1 || !cells) return null;
  if (cells.length !== row.cells.length || cells.some((cell, i) => cleanCell(cell) !== row.cells[i]))
    return null;
  return cells;
}

function realign(
  row: CsvRow,
  rawOf: () => string[] | null,
  columns: Column[],
  width: number,
  mapping: CsvMapping,
  delimiter: CsvTable["delimiter"],
): { cells: string[] } | { why: string; advice: string } {
  const n = filledWidth(row.cells);
  const cells = row.cells.slice(0, n);
  const candidates: Candidate[] = [];
  // Thousands separators can only have split an amount where they are the delimiter and not the decimal mark.
  const splitsNumbers = delimiter === "," && mapping.decimalSeparator === ".";
  const fixed = fixedColumns(mapping);
  const fixedPastHeader = fixed.some((i) => i >= width);
  const readsPastHeader = fixedPastHeader || mappedColumns(mapping).some((i) => i >= width);
  const fits = (value: string, column: Column) =>
    fitsColumn(value, column, mapping.decimalSeparator, mapping.dateFormat);
  // A value is tried in the same column along many paths: each single one is checked once.
  const single: (boolean | undefined)[] = [];
  const fitsAsIs = (col: number, at: number) => (single[col * n + at] ??= fits(cells[at]!, columns[col]!));
  // The row as written is split again only when values are to be joined.
  let raw: string[] | null | undefined;
  const joinAt = (at: number, size: number, column: Column): string | null => {
    if (size === 1) return cells[at]!;
    if (!(column.money && splitsNumbers) && !column.absorbsText) return null;
    raw = raw === undefined ? rawOf() : raw;
    if (raw === null) return null;
    const parts = raw.slice(at, at + size);
    if (column.money && splitsNumbers && isSplitNumber(parts)) return parts.join(",");
    // Text split at a comma goes on with words ("AMAZON, INC"); a piece that is a number is more likely an
    // amount's, and taking it into the text would leave the rest of that amount to pass for the whole.
    // An empty piece (",,") is a field of its own, not text.
    if (!column.absorbsText || parts.slice(1).some((part) => part.trim() === "" || isAmountCell(part.trim())))
      return null;
    return cleanCell(parts.join(delimiter));
  };
  const place = (col: number, at: number, taken: string[], joined: boolean): void => {
    const column = columns[col]!;
    const left = n - at;
    if (col === width - 1) {
      // The header's last column running on past its end, as livebank's free text does: the columns the
      // header names read as they stand. Where the mapping reads a column past the header, that is the
      // layout, and joining the rest into the last column would only re-split text read as it is.
      const runsOn = !joined && left > 1 && column.overflows && fitsAsIs(col, at);
      if (runsOn && readsPastHeader && !fixedPastHeader) {
        candidates.push({ cells: row.cells, identity: true });
        return;
      }
      // Otherwise a description split at a comma in the last column is joined back whole.
      const value = joinAt(at, left, column);
      const whole = value !== null && fits(value, column);
      if (whole) candidates.push({ cells: [...taken, value], identity: false });
      if (runsOn && (!whole || fixedPastHeader)) candidates.push({ cells: row.cells, identity: true });
      return;
    }
    // Every later column needs at least one value.
    for (let size = 1; size <= left - (width - 1 - col); size++) {
      if (candidates.length > MAX_CANDIDATES) return;
      const value = joinAt(at, size, column);
      if (value !== null && fits(value, column))
        place(col + 1, at + size, [...taken, value], joined || size > 1);
    }
  };
  place(0, 0, [], false);

  const advice = amountAdvice(delimiter, mapping);
  const quoted = (readings: string[]) => readings.map((r) => (r === "" ? "empty" : `"${r}"`)).join(" or ");
  if (candidates.length === 0) {
    const name = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", "~": "tilde" }[delimiter];
    return {
      why: splitsNumbers
        ? "; an amount may contain an unquoted comma."
        : `; a value may contain an unquoted ${name}.`,
      advice,
    };
  }
  if (candidates.length > MAX_CANDIDATES)
    return {
      why: ", and its values can be split among the columns in too many ways to tell which is meant.",
      advice,
    };

  const readAt = (candidate: Candidate, i: number) => candidate.cells[i] ?? "";
  const [first] = candidates;
  const differs = (indexes: number[]) =>
    indexes.find((i) => candidates.some((c) => readAt(c, i) !== readAt(first!, i)));
  const moneyDiffers = differs(fixed);
  if (moneyDiffers !== undefined) {
    const readings = [...new Set(candidates.map((c) => readAt(c, moneyDiffers)))].slice(0, 2);
    const what =
      moneyDiffers === mapping.balance
        ? "the balance"
        : columns[moneyDiffers]?.money
          ? "the amount"
          : columns[moneyDiffers]?.date
            ? "the date"
            : `column ${moneyDiffers + 1}`;
    return { why: `, and it can be read more than one way: ${what} could be ${quoted(readings)}.`, advice };
  }
  const identity = candidates.find((c) => c.identity);
  if (identity) return { cells: identity.cells };
  const textColumns = [mapping.description, mapping.descriptionIn, mapping.memo].filter(
    (i): i is number => i !== undefined,
  );
  const textDiffers = differs(textColumns);
  if (textDiffers !== undefined) {
    const readings = [...new Set(candidates.map((c) => readAt(c, textDiffers)))].slice(0, 2);
    const what = textDiffers === mapping.memo ? "the memo" : "the description";
    return {
      why: `, and its text can be split more than one way: ${what} could be ${quoted(readings)}.`,
      advice: "Export the file again with text that contains commas in quotes.",
    };
  }
  // Only columns Tally does not read differ: any reading imports the same.
  return { cells: [...first!.cells, ...row.cells.slice(n)] };
}
