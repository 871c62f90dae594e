import "server-only";

import Papa from "papaparse";
import { recordsAsRows } from "@/server/statements/text-records";

// A PDF statement, or the text a PDF reader or pdftotext gives of one, is not something Tally can import: the
// page's columns are gone, amounts run into descriptions and page furniture sits between the rows, so any
// reading of it would be a guess. Such a file is told apart so the user is sent to the export that works,
// instead of being asked to map the columns of a file that has none.

/** The whole refusal, in the user's words. */
export const PDF_STATEMENT_MESSAGE =
  "This is a PDF statement, or text copied out of one, and a PDF statement cannot be imported. " +
  "Download a CSV, OFX, QFX or QIF export of your transactions from your bank's website instead.";

// PDF readers may put a little junk before the header; the specification allows it within the first kilobyte.
const PDF_HEADER = /%PDF-\d\.\d/;

/** A PDF file: its header, whatever the bytes after it decoded to. */
export function isPdf(text: string): boolean {
  return PDF_HEADER.test(text.slice(0, 1024));
}

// An amount as a page shows it: 1,246.05, 4.35, -30,00, 1.234,56, 1 234,56 (not a date such as 02.03.24).
const MONEY = /(?<![\w.,/-])[-−]?\d{1,3}(?:[,.' \u00a0]\d{3})*[.,]\d{2}(?![\w.,/]|\d)/;
// A date standing alone on its line, or an amount alone: pdftotext without -layout writes one cell a line.
const LONE_DATE = /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?$|^\d{1,2} \p{L}{3,9}(?: \d{2,4})?$/u;
const LONE_MONEY = new RegExp(`^${MONEY.source}$`);
// Columns laid out with runs of spaces (pdftotext -layout, a copy from a PDF viewer).
const LAYOUT_GAP = /\S {3,}\S/;
const PAGE =
  /\b(page|seite|pagina|página|pagină|side|sida|strona|sivu|stránka)\s+\d+\s*(of|von|de|di|van|av|z|\/)\s*\d+\b/i;

const SAMPLE_LINES = 300;

/**
 * Text that reads like a PDF statement turned into text: no delimiter it is consistently split by, but lines of
 * free text with amounts in them, set out in space-aligned columns, one value a line, or with page breaks.
 */
export function looksLikePdfText(text: string): boolean {
  if (isPdf(text)) return true;
  // Every upload passes here: its first lines settle it, without splitting the whole file.
  const head = text.slice(0, 64 * 1024);
  const lines = head
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "")
    .slice(0, SAMPLE_LINES);
  if (lines.length < 5) return false;
  const withMoney = lines.filter((line) => MONEY.test(line)).length;
  if (withMoney < 3) return false;
  const laidOut = lines.filter((line) => LAYOUT_GAP.test(line.trim())).length;
  const lone = lines.filter((line) => LONE_DATE.test(line.trim()) || LONE_MONEY.test(line.trim())).length;
  const pageBreaks = head.includes("\f") || lines.some((line) => PAGE.test(line));
  if (laidOut < 3 && lone < 6 && !pageBreaks) return false;
  // A CSV padded with spaces, or Santander UK's "Key: value" download: free text with amounts too, and readable.
  return !isConsistentlyDelimited(lines) && recordsAsRows(lines.join("\n")) === null;
}

/**
 * Most lines split into the same number of cells (two or more) by one of the delimiters a CSV uses. The commas
 * of amounts ("1,246.05", "-4,35") are not counted as delimiters, or every page of amounts would look like a CSV.
 */
function isConsistentlyDelimited(lines: string[]): boolean {
  const moneyAnywhere = new RegExp(MONEY.source, "g");
  for (const delimiter of [",", ";", "\t"]) {
    const widths = new Map<number, number>();
    for (const line of lines) {
      const text = delimiter === "," ? line.replace(moneyAnywhere, "0") : line;
      const width = Papa.parse<string[]>(text, { delimiter, newline: "\n" }).data[0]?.length ?? 1;
      if (width >= 2) widths.set(width, (widths.get(width) ?? 0) + 1);
    }
    if (Math.max(0, ...widths.values()) >= lines.length * 0.5) return true;
  }
  return false;
}
