import "server-only";

import { guessMapping } from "@/server/statements/csv-guess";
import { detectLayout } from "@/server/statements/csv-layouts";
import { type CsvMapping, csvMappingSchema, mappedColumns } from "@/server/statements/csv-mapping";
import { readAccounts } from "@/server/statements/csv-rows";
import { type CsvDelimiter, type CsvRow, isBlankRow, tokenizeCsv } from "@/server/statements/csv-tokenize";
import { type ParsedStatement, StatementParseError } from "@/server/statements/types";

export type { CsvMapping } from "@/server/statements/csv-mapping";
export { csvMappingSchema } from "@/server/statements/csv-mapping";

export type CsvPreview = {
  /** 0-based row index of the header; null when the file has none. */
  headerRow: number | null;
  /** Header names, or "Column 1", "Column 2"… for a file without a header. */
  columns: string[];
  sampleRows: string[][];
  /** A built-in bank layout's id ("chase-checking"), or null. */
  detectedLayout: string | null;
  /** The mapping in force: the caller's, the detected layout's, or a guess to pre-fill the mapping screen. */
  mapping: CsvMapping | null;
  delimiter: CsvDelimiter;
};

const SAMPLE_ROWS = 10;

export function previewCsv(text: string, options: { mapping?: unknown } = {}): CsvPreview {
  const table = tokenizeCsv(text);
  const detected = detectLayout(table.rows);
  const mapping =
    options.mapping === undefined
      ? (detected?.mapping ?? guessMapping(table.rows))
      : validateMapping(options.mapping, table.rows);
  const headerRow = mapping?.headerRow ?? null;
  const width = Math.max(0, ...table.rows.map((row) => row.cells.length));
  const header = headerRow === null ? [] : (table.rows[headerRow]?.cells ?? []);
  const columns = Array.from(
    { length: Math.max(width, header.length) },
    (_, i) => header[i] || `Column ${i + 1}`,
  );
  const body = table.rows
    .slice(headerRow === null ? 0 : headerRow + 1)
    .filter((row) => !isBlankRow(row.cells));
  return {
    headerRow,
    columns,
    sampleRows: body.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    detectedLayout: options.mapping === undefined ? (detected?.id ?? null) : null,
    mapping,
    delimiter: table.delimiter,
  };
}

/**
 * Reads a CSV statement. Without a mapping only a recognized bank layout is read: guessing the sign
 * convention of an unknown file would import every amount backwards without anyone noticing.
 */
export function parseCsv(text: string, mapping?: unknown): ParsedStatement {
  const table = tokenizeCsv(text);
  let effective: CsvMapping;
  if (mapping === undefined) {
    const detected = detectLayout(table.rows);
    if (!detected) {
      throw new StatementParseError(
        "This CSV layout was not recognized. Map its columns (date, description, amount) to import it.",
      );
    }
    effective = detected.mapping;
  } else {
    effective = validateMapping(mapping, table.rows);
  }
  return { format: "csv", accounts: readAccounts(table.rows, effective), warnings: [] };
}

function validateMapping(input: unknown, rows: CsvRow[]): CsvMapping {
  const result = csvMappingSchema.safeParse(input);
  if (!result.success) {
    const message = result.error.issues.map((issue) => issue.message).join("; ");
    throw new StatementParseError(`The column mapping is not valid: ${message}`);
  }
  const mapping = result.data;
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const widest = Math.max(...mappedColumns(mapping));
  if (widest >= width) {
    throw new StatementParseError(
      `The column mapping uses column ${widest + 1}, but the file has ${width} columns`,
    );
  }
  if (mapping.headerRow !== null && mapping.headerRow >= rows.length) {
    throw new StatementParseError(`The header row ${mapping.headerRow + 1} is past the end of the file`);
  }
  return mapping;
}
