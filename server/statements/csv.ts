import "server-only";

import { type AlignedRows, alignRows, type RowProblem } from "@/server/statements/csv-align";
import {
  type CsvDetection,
  type DetectContext,
  detectCsv,
  EMPTY_EXPORT,
  type SignQuestion,
} from "@/server/statements/csv-detect";
import { normalizeName } from "@/server/statements/csv-header-names";
import { layoutName } from "@/server/statements/csv-layouts";
import {
  applyPatch,
  type CsvMapping,
  csvMappingSchema,
  mappedColumns,
} from "@/server/statements/csv-mapping";
import { guessAccountType, readAccounts } from "@/server/statements/csv-rows";
import { type CsvDelimiter, type CsvRow, isBlankRow, tokenizeCsv } from "@/server/statements/csv-tokenize";
import {
  type ParsedStatement,
  type ParseWarning,
  StatementNeedsAnswerError,
  StatementParseError,
} from "@/server/statements/types";

export type { SignQuestion } from "@/server/statements/csv-detect";
export type { CsvMapping } from "@/server/statements/csv-mapping";
export { csvMappingSchema } from "@/server/statements/csv-mapping";

/** A mapping saved for an account: used again when the next file has the same columns. */
export type RememberedMapping = {
  /** The normalized header names, or null for a file without a header (then only the width must match). */
  columns: string[] | null;
  width: number;
  mapping: CsvMapping;
};

export type CsvOptions = DetectContext & {
  /** The caller's mapping: whole, or corrections to what Tally detected ({"signConvention": …}). */
  mapping?: unknown;
  remembered?: RememberedMapping | null;
};

/** How the file will be read, and where that came from. */
export type CsvResolution = {
  /** The file's rows, with rows split at an unquoted comma put back together where that is unambiguous. */
  rows: CsvRow[];
  /** Rows that look like transactions but do not fit the header and could not be put back together. */
  rowProblems: RowProblem[];
  delimiter: CsvDelimiter;
  detection: CsvDetection;
  mapping: CsvMapping | null;
  source: "given" | "remembered" | "detected" | null;
  /** Still to be answered before the file can be imported (only for a detected mapping). */
  question: SignQuestion | null;
};

export function resolveCsv(text: string, options: CsvOptions = {}): CsvResolution {
  const table = tokenizeCsv(text);
  // Columns are told from rows put back together, so that an amount split at its thousands separator does
  // not pass for two columns or tip the sign decision; the mapping read from the rows as split says where
  // the amounts are to begin with.
  let detection = detectCsv(table.rows, options);
  let first: AlignedRows | null = null;
  if (detection.mapping) {
    first = alignRows(text, table, detection.mapping, detection.endRow);
    if (first.rows !== table.rows) {
      detection = detectCsv(first.rows, options);
      first = null;
    }
  }
  const remembered = options.remembered ? relocate(options.remembered, table.rows, detection) : null;
  let mapping: CsvMapping | null;
  let source: CsvResolution["source"];
  let question: SignQuestion | null = null;
  if (options.mapping !== undefined) {
    mapping = validateMapping(options.mapping, remembered ?? detection.mapping, table.rows);
    source = "given";
  } else if (remembered) {
    mapping = remembered;
    source = "remembered";
  } else {
    mapping = detection.mapping;
    source = detection.mapping ? "detected" : null;
    question = detection.question;
  }
  // The rows are put back together again under the mapping in force: it may be the user's, not the one found.
  const endRow = mapping && mapping.headerRow === detection.headerRow ? detection.endRow : table.rows.length;
  const aligned =
    first && mapping === detection.mapping
      ? first
      : mapping
        ? alignRows(text, table, mapping, endRow)
        : { rows: table.rows, problems: [] };
  return {
    rows: aligned.rows,
    rowProblems: aligned.problems,
    delimiter: table.delimiter,
    detection,
    mapping,
    source,
    question,
  };
}

export type CsvPreview = {
  /** 0-based row index of the header; null when the file has none. */
  headerRow: number | null;
  /** Header names, or "Column 1", "Column 2"… for a file without a header. */
  columns: string[];
  sampleRows: string[][];
  /** A known export's id ("chase-checking") and name, or null. */
  detectedLayout: string | null;
  layoutName: string | null;
  /** The mapping in force: the caller's, the account's remembered one, or the detected one. */
  mapping: CsvMapping | null;
  source: CsvResolution["source"];
  question: SignQuestion | null;
  /** How the sign convention was told ("the balance goes down by each negative amount"). */
  signReason: string | null;
  /** Why no mapping could be found. */
  problem: string | null;
  delimiter: CsvDelimiter;
};

const SAMPLE_ROWS = 10;

export function previewCsv(text: string, options: CsvOptions = {}): CsvPreview {
  const resolution = resolveCsv(text, options);
  const { rows, detection, mapping } = resolution;
  const headerRow = mapping?.headerRow ?? detection.headerRow;
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const header = headerRow === null ? [] : (rows[headerRow]?.cells ?? []);
  const columns = Array.from(
    { length: Math.max(width, header.length) },
    (_, i) => header[i] || `Column ${i + 1}`,
  );
  const body = rows.slice(headerRow === null ? 0 : headerRow + 1).filter((row) => !isBlankRow(row.cells));
  return {
    headerRow,
    columns,
    sampleRows: body.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    detectedLayout: detection.layoutId,
    layoutName: detection.layoutId ? layoutName(detection.layoutId) : null,
    mapping,
    source: resolution.source,
    question: resolution.question,
    signReason: resolution.source === "detected" ? detection.signReason : null,
    problem: detection.mapping ? null : detection.problem,
    delimiter: resolution.delimiter,
  };
}

/** Reads a CSV statement: with the caller's mapping, the account's remembered one, or a detected one. */
export function parseCsv(text: string, options: CsvOptions = {}): ParsedStatement {
  return readCsv(text, options).statement;
}

/** The statement, and the mapping it was read with (what the import job and the account should keep). */
export function readCsv(
  text: string,
  options: CsvOptions = {},
): { statement: ParsedStatement; mapping: CsvMapping; source: NonNullable<CsvResolution["source"]> } {
  const resolution = resolveCsv(text, options);
  const { mapping, detection, question } = resolution;
  if (!mapping && detection.problem === EMPTY_EXPORT) {
    throw new StatementParseError(
      `${EMPTY_EXPORT} Export it again from your bank for a period that has transactions.`,
    );
  }
  if (!mapping) {
    throw new StatementParseError(
      `Tally could not read the columns of this CSV file: ${detection.problem ?? "its layout is unclear"} Map its columns (date, description, amount) to import it.`,
    );
  }
  // A row that does not fit the header refuses the file before any question: the file must be exported again.
  const [problem] = resolution.rowProblems;
  if (problem) throw new StatementParseError(problem.message, problem.line);
  if (question) {
    throw new StatementNeedsAnswerError(
      `${question.reason} ${question.prompt} Answer it in the import form, or send the column mapping with your answer.`,
      question,
    );
  }
  // The table ends where the next one starts, whenever the mapping reads the table detection found.
  const endRow = mapping.headerRow === detection.headerRow ? detection.endRow : resolution.rows.length;
  const { accounts, warnings } = readAccounts(resolution.rows, mapping, endRow);
  // A balance stated above the table stands for the one account when no balance column does.
  const stated = detection.statedBalance;
  const [only] = accounts;
  if (stated && accounts.length === 1 && only && only.balance === null) {
    only.balance = stated.balance;
    only.balanceAsOf = stated.asOf ?? latestDate(only.transactions);
    // "Saldo,18'367.58 CHF" (Credit Suisse): the balance's currency is the account's.
    only.currency ??= stated.currency ?? null;
  }
  // So do its number and currency (Sabadell's "Cuenta:" and "Divisa:").
  const account = detection.statedAccount;
  if (account && accounts.length === 1 && only) {
    only.accountNumber ??= account.number;
    only.currency ??= account.currency;
    if (!only.name && account.name) {
      only.name = account.name;
      if (only.type === "other") only.type = guessAccountType(account.name);
    }
  }
  const notes: ParseWarning[] = [...warnings];
  if (mapping.headerRow === detection.headerRow) {
    for (const start of detection.otherTables) {
      const line = resolution.rows[start]?.line;
      notes.push({
        line,
        message: `Another table starts on line ${line}; only the table above it was read.`,
      });
    }
  }
  return {
    statement: { format: "csv", accounts, warnings: notes },
    mapping,
    source: resolution.source ?? "detected",
  };
}

function latestDate(transactions: { postedOn: string }[]): string | null {
  return transactions.reduce<string | null>(
    (latest, t) => (latest === null || t.postedOn > latest ? t.postedOn : latest),
    null,
  );
}

/** What to remember for an account after a CSV was accepted with this mapping. */
export function rememberMapping(text: string, mapping: CsvMapping): RememberedMapping {
  const { rows } = tokenizeCsv(text);
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const header = mapping.headerRow === null ? null : (rows[mapping.headerRow]?.cells ?? null);
  return { columns: header ? signature(header) : null, width, mapping };
}

function signature(cells: string[]): string[] {
  const names = cells.map(normalizeName);
  while (names.at(-1) === "") names.pop();
  return names;
}

/** The remembered mapping placed on this file's header row, or null when the file's columns differ. */
function relocate(remembered: RememberedMapping, rows: CsvRow[], detection: CsvDetection): CsvMapping | null {
  const parsed = csvMappingSchema.safeParse(remembered.mapping);
  if (!parsed.success) return null;
  if (remembered.columns === null) {
    const width = Math.max(0, ...rows.map((row) => row.cells.length));
    return detection.headerRow === null && width === remembered.width
      ? { ...parsed.data, headerRow: null }
      : null;
  }
  const wanted = remembered.columns.join("\u0000");
  const at = rows.slice(0, 100).findIndex((row) => signature(row.cells).join("\u0000") === wanted);
  return at === -1 ? null : { ...parsed.data, headerRow: at };
}

function validateMapping(input: unknown, detected: CsvMapping | null, rows: CsvRow[]): CsvMapping {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new StatementParseError("The column mapping is not valid: it must be an object of column numbers.");
  }
  const whole = csvMappingSchema.safeParse(input);
  const result = whole.success
    ? whole
    : csvMappingSchema.safeParse(applyPatch(detected ?? {}, input as Record<string, unknown>));
  if (!result.success) {
    const message = result.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
      .join("; ");
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
