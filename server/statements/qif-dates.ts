import "server-only";

import { expandYear, isoDate } from "@/server/statements/dates";
import { StatementParseError } from "@/server/statements/types";

// QIF dates never say whether they are month-first or day-first, so the whole file decides: any first
// number above 12 proves DMY, any second number above 12 proves MDY, and a file that proves neither is
// read the way Quicken writes it (MDY) unless the user says otherwise, or its dates are written with dots
// ("03.11.25"): that is the day-first way of Germany, Switzerland and their neighbours, never Quicken's.

export type QifDateOrder = "MDY" | "DMY";

type DateParts = { first: number; second: number; year: number; iso: boolean; dotted: boolean };

// "12/19/18", "01/23/2019", "1/ 1/89", "3/29' 0" (Quicken's apostrophe marks 2000 and later),
// "03/25/099Share Withdrawal" (a years-since-1900 year, then text that leaked from the next field).
const SLASHED = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*([/.-]|')\s*(\d{1,4})/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

function splitDate(text: string): DateParts | null {
  const iso = ISO.exec(text);
  if (iso)
    return { year: Number(iso[1]), first: Number(iso[2]), second: Number(iso[3]), iso: true, dotted: false };
  const match = SLASHED.exec(text);
  if (!match) return null;
  const [, first = "", second = "", separator, year = ""] = match;
  const value = Number(year);
  const fullYear = separator === "'" && year.length <= 2 ? 2000 + value : expandYear(value, year.length);
  const dotted = /^\d{1,2}\s*\.\s*\d{1,2}\s*\./.test(text);
  return { first: Number(first), second: Number(second), year: fullYear, iso: false, dotted };
}

export type DatedLine = { line: number; text: string };

/** Works out the day/month order from every D line of the file. */
export function detectDateOrder(dates: DatedLine[]): QifDateOrder {
  let dayFirst: DatedLine | null = null;
  let monthFirst: DatedLine | null = null;
  let dotted = 0;
  let written = 0;
  for (const date of dates) {
    const parts = splitDate(date.text);
    if (!parts || parts.iso) continue;
    written++;
    if (parts.dotted) dotted++;
    if (parts.first > 12 && parts.second <= 12) dayFirst ??= date;
    if (parts.second > 12 && parts.first <= 12) monthFirst ??= date;
  }
  if (dayFirst && monthFirst) {
    const later = dayFirst.line > monthFirst.line ? dayFirst : monthFirst;
    throw new StatementParseError(
      `Line ${later.line}: the date "${later.text}" contradicts the day/month order of the dates before it`,
      later.line,
      "date",
    );
  }
  if (monthFirst) return "MDY";
  return dayFirst || (written > 0 && dotted === written) ? "DMY" : "MDY";
}

/** YYYY-MM-DD, or null when the text is not a date in that order. */
export function parseQifDate(text: string, order: QifDateOrder): string | null {
  const parts = splitDate(text.trim());
  if (!parts) return null;
  if (parts.iso) return isoDate(parts.year, parts.first, parts.second);
  const [month, day] = order === "MDY" ? [parts.first, parts.second] : [parts.second, parts.first];
  return isoDate(parts.year, month, day);
}
