import "server-only";

import Papa from "papaparse";
import { recordsAsRows } from "@/server/statements/text-records";

export type CsvRow = {
  /** 1-based line of the file where the row starts, for error messages. */
  line: number;
  /** Cells with surrounding spaces removed: banks pad both names (" ID") and values (" 12/01/2021"). */
  cells: string[];
};

export type CsvDelimiter = "," | ";" | "\t" | "|" | "~";

export type CsvTable = {
  delimiter: CsvDelimiter;
  rows: CsvRow[];
  /** Rows made from "Key: value" records (Santander's text download), not split at a delimiter. */
  records?: true;
};

// "|" is only a last resort: easybank uses it inside fields as a sub-separator, while some banks (Maybank,
// exports from core banking systems) separate every field with it.
const DELIMITERS: CsvDelimiter[] = [",", ";", "\t"];

// Papaparse's own guess picks "," for "12345;Text;-1.001,00;EUR" (the decimal comma yields a steady two
// fields per line), so the delimiter is the one giving the widest row shape shared by most lines.
function sniffDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  let bestShare = 0;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const shape = commonShape(text, delimiter);
    if (shape.score > bestScore) {
      best = delimiter;
      bestScore = shape.score;
      bestShare = shape.share;
      bestWidth = shape.width;
    }
  }
  // No usual delimiter gives most lines the same columns, and "|" gives nearly all of them three or more; or a
  // comma only splits the decimal amounts inside some texts ("POS 6,49 AT"), two fields on some lines, where
  // "|" gives nearly every line the same wider shape (an Austrian Raiffeisen ELBA export).
  const piped = bestShare < 0.8 ? commonShape(text, "|") : null;
  if (piped && piped.width >= 3 && piped.share >= 0.8) {
    if (bestShare < 0.5 || (piped.width > bestWidth && piped.share >= bestShare + 0.15)) return "|";
  }
  // HDFC Bank's "delimited" download separates every field with "~", its summary lines ("Name~…") and its table
  // alike: a character no bank writes in its text, on most lines, that splits them wider than the others do.
  if (bestShare < 0.8 && tildeOnMostLines(text) && commonShape(text, "~").score > bestScore) return "~";
  return best;
}

function tildeOnMostLines(text: string): boolean {
  const lines = text.split("\n", 60).filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.filter((line) => line.includes("~")).length >= lines.length * 0.8;
}

/** The widest row shape shared by most lines under this delimiter: its score, width and share of lines. */
function commonShape(text: string, delimiter: CsvDelimiter): { score: number; width: number; share: number } {
  const sample = Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    preview: 50,
    skipEmptyLines: true,
  });
  const widths = new Map<number, number>();
  for (const row of sample.data) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
  let best = { score: 0, width: 0, share: 0 };
  for (const [width, count] of widths) {
    const score = width < 2 ? 0 : (width * count) / sample.data.length;
    if (score > best.score) best = { score, width, share: count / sample.data.length };
  }
  return best;
}

/**
 * Splits the text into rows, keeping blank lines as empty rows so a row's index matches what the
 * column-mapping screen shows. Papaparse handles quoting.
 */
export function tokenizeCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records = recordsAsRows(text);
  if (records) return { delimiter: ",", rows: records, records: true };
  const rows: CsvRow[] = [];
  let line = 1;
  let start = 0;
  let quoteError = false;
  const delimiter = sniffDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    step: (step) => {
      if (step.errors.some((e) => e.type === "Quotes")) quoteError = true;
      rows.push({ line, cells: step.data.map(cleanCell) });
      const end = step.meta.cursor;
      line += countNewlines(text, start, end);
      start = end;
    },
  });
  // A stray quote (Fidelity's `"Date downloaded" 12/31/2021, 9:11 AM`) makes papaparse swallow the rest of
  // the file into one cell. Reading line by line then keeps every later row, at the cost of multi-line
  // quoted cells, which such a file evidently does not use consistently anyway.
  if (quoteError) return { delimiter, rows: withoutApostropheGuards(tokenizeLines(text, delimiter)) };
  return { delimiter, rows: withoutApostropheGuards(dropTrailingBlank(rows, text)) };
}

/**
 * Excel's other text guard, a leading apostrophe ("'4321 01SEP26 TESCO STORES", "'600000-12345678", NatWest):
 * dropped before a figure, and from a column whose cells nearly all carry it. A name that starts with an
 * apostrophe ("'s-Hertogenbosch") is left as it is.
 */
function withoutApostropheGuards(rows: CsvRow[]): CsvRow[] {
  const guarded = new Map<number, number>();
  const filled = new Map<number, number>();
  for (const row of rows)
    row.cells.forEach((cell, column) => {
      if (cell === "") return;
      filled.set(column, (filled.get(column) ?? 0) + 1);
      if (isApostropheGuarded(cell)) guarded.set(column, (guarded.get(column) ?? 0) + 1);
    });
  const columns = [...guarded].filter(
    ([column, count]) => count >= 2 && count >= (filled.get(column) ?? 0) * 0.6,
  );
  const everyCell = new Set(columns.map(([column]) => column));
  for (const row of rows)
    row.cells.forEach((cell, column) => {
      // Before a figure the apostrophe is always Excel's guard: no name starts "'4321".
      if (isApostropheGuarded(cell) && (everyCell.has(column) || /^'[\d+\-=]/.test(cell)))
        row.cells[column] = cell.slice(1).trim();
    });
  return rows;
}

/** A leading apostrophe without a closing one: a text written in single quotes ('Salaris maart', ASN) is not it. */
function isApostropheGuarded(cell: string): boolean {
  return cell.length > 1 && cell.startsWith("'") && !cell.endsWith("'");
}

function tokenizeLines(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((raw, i) => {
    const parsed = Papa.parse<string[]>(raw, { delimiter, newline: "\n" });
    const broken = parsed.errors.some((e) => e.type === "Quotes");
    const cells = broken ? splitLenient(raw, delimiter) : (parsed.data[0] ?? [""]);
    return { line: i + 1, cells: cells.map(cleanCell) };
  });
}

/**
 * Splits one line whose quotes are not escaped: Swedbank writes `"UAB "Naktida""` for the name UAB "Naktida",
 * which papaparse reads as one cell running into the next. Inside a quoted cell a quote ends the cell only
 * when a delimiter or the end of the line follows it (a doubled quote there is a quote, then the end);
 * any other quote is part of the text.
 */
export function splitLenient(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let i = 0;
  const endsAt = (at: number) => at >= line.length || line[at] === delimiter;
  while (i <= line.length) {
    let cell = "";
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        const char = line[i];
        if (char !== '"') {
          cell += char;
          i++;
        } else if (endsAt(i + 1)) {
          i++;
          break;
        } else if (line[i + 1] === '"') {
          cell += '"';
          i += 2;
          if (endsAt(i)) break;
        } else {
          cell += '"';
          i++;
        }
      }
      // Text after a closing quote and before the delimiter (`"a"b,`) stays with the cell.
      while (!endsAt(i)) cell += line[i++];
    } else {
      while (!endsAt(i)) cell += line[i++];
    }
    cells.push(cell);
    i++;
  }
  return cells;
}

/**
 * Surrounding spaces go (banks pad both names and values), and so does Excel's text guard: Hong Leong writes
 * every cell as ="05-05-2026" so that a spreadsheet keeps it as typed.
 */
export function cleanCell(cell: string): string {
  const trimmed = cell.trim();
  const guarded = /^=\s*"(.*)"$/s.exec(trimmed);
  return guarded ? (guarded[1] ?? "").replaceAll('""', '"').trim() : trimmed;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

// The final newline of a file is not a row of its own.
function dropTrailingBlank(rows: CsvRow[], text: string): CsvRow[] {
  const last = rows.at(-1);
  if (text.endsWith("\n") && last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  return rows;
}

export function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell === "");
}
