import "server-only";

import { parseOfxStatement } from "@/server/ofx/parse";
import { NotACamtStatementError, parseCamt } from "@/server/statements/camt";
import { decodeXmlBytes } from "@/server/statements/camt-xml";
import { type CsvMapping, type RememberedMapping, readCsv } from "@/server/statements/csv";
import { decodeStatementBytes, withoutTrailingNuls } from "@/server/statements/decode";
import { parseMt940 } from "@/server/statements/mt940";
import { looksLikePdfText, PDF_STATEMENT_MESSAGE } from "@/server/statements/pdf-text";
import { parseQif, type QifDateOrder } from "@/server/statements/qif";
import { type AccountType, type ParsedStatement, StatementParseError } from "@/server/statements/types";

export const MAX_STATEMENT_BYTES = 10 * 1024 * 1024;

/** A file in a format Tally does not read (a PDF, a spreadsheet, an XML message that is no statement). The API answers 415. */
export class UnsupportedStatementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedStatementError";
  }
}

export type StatementFileInput = {
  bytes: Uint8Array;
  filename: string;
  /** The user's column mapping, whole or as corrections to the detected one (validated here). */
  csvMapping?: unknown;
  qifDateOrder?: QifDateOrder;
  /** The type of the account the file goes into: a card's CSV is read with card habits. */
  accountType?: AccountType | null;
  /** The mapping the account used for its last CSV, applied when this file has the same columns. */
  rememberedCsv?: RememberedMapping | null;
};

export type StatementFileFormat = "ofx" | "qif" | "csv" | "camt" | "mt940" | "pdf" | "unknown";

/** A statement read from a file, with how a CSV was read (so the import job can read it the same way). */
export type ReadStatementFile = {
  statement: ParsedStatement;
  csv: { mapping: CsvMapping; source: "given" | "remembered" | "detected" } | null;
};

const FORMATS_WE_READ = "export OFX, QFX, QIF, CSV, CAMT.053 or MT940 from your bank instead";

export function parseStatementFile(input: StatementFileInput): ParsedStatement {
  return readStatementFile(input).statement;
}

/** Reads the whole file now: anything wrong with it is refused before it is accepted for import. */
export function readStatementFile(input: StatementFileInput): ReadStatementFile {
  if (input.bytes.length > MAX_STATEMENT_BYTES) {
    throw new StatementParseError(`The file is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB`);
  }
  const decoded = decodeStatementBytes(input.bytes).text;
  const format = detectStatementFormat(decoded, input.filename);
  // XML says its own encoding, and CAMT is read in it (camt-xml.ts says when the declaration is overruled).
  const text =
    format === "unknown" || format === "pdf"
      ? decoded
      : checkText(format === "camt" ? decodeXmlBytes(input.bytes, decoded) : decoded);
  switch (format) {
    case "ofx":
      return { statement: parseOfxStatement(text), csv: null };
    case "qif":
      return { statement: parseQif(text, { dateOrder: input.qifDateOrder }), csv: null };
    case "csv": {
      const options = {
        mapping: input.csvMapping,
        accountType: input.accountType ?? null,
        remembered: input.rememberedCsv ?? null,
      };
      const { statement, mapping, source } = readCsv(text, options);
      return { statement, csv: { mapping, source } };
    }
    case "camt":
      try {
        return { statement: parseCamt(text), csv: null };
      } catch (error) {
        if (error instanceof NotACamtStatementError) {
          throw new UnsupportedStatementError(`${error.message.replace(/\.$/, "")}; ${FORMATS_WE_READ}.`);
        }
        throw error;
      }
    case "mt940":
      return { statement: parseMt940(text), csv: null };
    case "pdf":
      throw new UnsupportedStatementError(PDF_STATEMENT_MESSAGE);
    case "unknown":
      throw new UnsupportedStatementError(
        `This file is not a bank statement Tally can read; ${FORMATS_WE_READ}.`,
      );
  }
}

/**
 * The text must be storable: a NUL character cannot go into a database text column and never belongs in a
 * statement. Trailing NUL padding (some exports fill a block) is dropped; one inside the text refuses the file.
 */
function checkText(text: string): string {
  const trimmed = withoutTrailingNuls(text);
  const nul = trimmed.indexOf("\u0000");
  if (nul !== -1) {
    const line = trimmed.slice(0, nul).split(/\r\n|\r|\n/).length;
    throw new StatementParseError(
      `Line ${line}: the file contains a NUL character, which a bank statement never holds; it may be damaged or not a text file.`,
      line,
    );
  }
  return trimmed;
}

// How far into the text the OFX markers may appear: some files start with a dozen blank lines, one
// wraps its header in an SGML comment.
const OFX_WINDOW = 4096;

/** Content first (banks name files oddly: .qfx, .ofx, .txt, "download"), then the extension. */
export function detectStatementFormat(text: string, filename: string): StatementFileFormat {
  const head = text.slice(0, OFX_WINDOW);
  if (/OFXHEADER|<OFX[\s>]/i.test(head)) return "ofx";
  // "#" lines above a QIF header are notes some exporters write (Quiffen's samples): the header after them counts.
  const firstLine =
    text.split(/\r\n|\r|\n/).find((line) => line.trim() !== "" && !line.trimStart().startsWith("#")) ?? "";
  if (/^\s*!(Type|Account|Option|Clear)/i.test(firstLine)) return "qif";
  // ISO 20022 XML, its Document element with or without a namespace prefix.
  if (/<([\w.-]+:)?Document[\s>]/.test(head) && /camt\.\d{3}/i.test(head)) return "camt";
  // FinTS (HBCI) software saves MT940 and MT942 as the bank sent them, "@@" for each line break ("@@:20:STARTUMS@@:25:…").
  if (/^\s*(\{1:|:20:|@@:20:)/.test(firstLine) || (/^:20:/m.test(head) && /^:61:/m.test(text)))
    return "mt940";
  // A PDF, or the text of one: before the extension, since such text is often saved as .txt or .csv.
  if (looksLikePdfText(text)) return "pdf";
  if (looksBinary(head)) return "unknown";
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
  if (extension === "ofx" || extension === "qfx") return "ofx";
  if (extension === "qif") return "qif";
  if (extension === "csv" || extension === "txt" || looksDelimited(text)) return "csv";
  return "unknown";
}

// Zipped spreadsheets and other binaries decode to text full of control characters.
function looksBinary(head: string): boolean {
  if (head.startsWith("PK")) return true;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) controls++;
  }
  return controls > head.length / 20;
}

function looksDelimited(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 10);
  if (lines.length === 0) return false;
  return [",", ";", "\t", "|"].some(
    (d) => lines.filter((line) => line.includes(d)).length >= Math.ceil(lines.length / 2),
  );
}
