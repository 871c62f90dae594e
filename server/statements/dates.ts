import "server-only";

import { monthNumber } from "@/server/statements/months";

// Calendar dates in statement files, always returned as YYYY-MM-DD exactly as written: a date is never
// turned into an instant, so no time zone can move it to the next or previous day.

export const DATE_FORMATS = [
  "MM/DD/YYYY",
  "DD/MM/YYYY",
  "YYYY-MM-DD",
  "DD.MM.YYYY",
  "YYYY.MM.DD",
  "YYYY/MM/DD",
  // Danske Bank's Lithuanian export writes "2012:03:01"; a four-digit year first keeps it from any time.
  "YYYY:MM:DD",
  "DD-MM-YYYY",
  "MM-DD-YYYY",
  "YYYYMMDD",
  // A month name in English, German, French, Dutch, Spanish or Italian: "06 May 2020", "28-Mar-20",
  // "3. Mär. 2024", "5 janv. 2024", and "May 6, 2020".
  "DD MMM YYYY",
  "MMM DD YYYY",
] as const;

export type DateFormat = (typeof DATE_FORMATS)[number];

type Part = "Y" | "M" | "D";
type NumericFormat = Exclude<DateFormat, "DD MMM YYYY" | "MMM DD YYYY">;

const SHAPES: Record<NumericFormat, { order: [Part, Part, Part]; separator: string }> = {
  "MM/DD/YYYY": { order: ["M", "D", "Y"], separator: "/" },
  "DD/MM/YYYY": { order: ["D", "M", "Y"], separator: "/" },
  "YYYY-MM-DD": { order: ["Y", "M", "D"], separator: "-" },
  "DD.MM.YYYY": { order: ["D", "M", "Y"], separator: "." },
  "YYYY.MM.DD": { order: ["Y", "M", "D"], separator: "." },
  "YYYY/MM/DD": { order: ["Y", "M", "D"], separator: "/" },
  "YYYY:MM:DD": { order: ["Y", "M", "D"], separator: ":" },
  "DD-MM-YYYY": { order: ["D", "M", "Y"], separator: "-" },
  "MM-DD-YYYY": { order: ["M", "D", "Y"], separator: "-" },
  YYYYMMDD: { order: ["Y", "M", "D"], separator: "" },
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function buildPattern(format: NumericFormat): RegExp {
  const { order, separator } = SHAPES[format];
  if (separator === "") return /^(\d{4})(\d{2})(\d{2})/;
  // A leading year must have four digits, or "12.03.2021" would also read as YYYY.MM.DD's prefix.
  const parts = order.map((part, i) =>
    part === "Y" ? (i === 0 ? "(\\d{4})" : "(\\d{4}|\\d{2})") : "(\\d{1,2})",
  );
  return new RegExp(`^${parts.join(`\\s*${escapeRegex(separator)}\\s*`)}`);
}

const PATTERNS = Object.fromEntries(
  (Object.keys(SHAPES) as NumericFormat[]).map((f) => [f, buildPattern(f)]),
) as Record<NumericFormat, RegExp>;

// An optional weekday first ("Mon, 06 May 2020", "Montag, 3. März 2024"); the month word is checked by
// monthNumber, so a weekday can never be taken for a month.
const WEEKDAY = "(?:\\p{L}{2,}\\.?,?\\s+)?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?";
const NAMED_PATTERNS = {
  // "15 de enero de 2024": Spanish and Portuguese put "de" between the parts.
  "DD MMM YYYY": new RegExp(
    `^${WEEKDAY}${DAY}[\\s./-]*(?:de\\s+)?(\\p{L}{3,})\\.?[\\s./,-]*(?:del?\\s+)?(\\d{4}|\\d{2})(?!\\d)`,
    "u",
  ),
  // Something between the day and the year: "September 2017" is a month, not 20 September 2017.
  "MMM DD YYYY": new RegExp(
    `^${WEEKDAY}(\\p{L}{3,})\\.?[\\s./-]*${DAY}(?:,\\s*|[\\s./-]+)(\\d{4}|\\d{2})(?!\\d)`,
    "u",
  ),
} as const;

function parseNamed(text: string, format: keyof typeof NAMED_PATTERNS): { iso: string; rest: string } | null {
  const match = NAMED_PATTERNS[format].exec(text);
  if (!match) return null;
  const [whole, first = "", second = "", year = ""] = match;
  const [dayText, monthText] = format === "DD MMM YYYY" ? [first, second] : [second, first];
  const month = monthNumber(monthText);
  if (month === null) return null;
  const iso = isoDate(expandYear(Number(year), year.length), month, Number(dayText));
  return iso ? { iso, rest: text.slice(whole.length) } : null;
}

/** Two-digit years follow POSIX strptime: 69–99 are 1900s, 00–68 are 2000s. */
export function expandYear(year: number, digits: number): number {
  if (digits > 2) return digits === 3 ? 1900 + year : year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2023-02-31" is not a date; returns null for it. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseLeading(text: string, format: DateFormat): { iso: string; rest: string } | null {
  if (format === "DD MMM YYYY" || format === "MMM DD YYYY") return parseNamed(text, format);
  const match = PATTERNS[format].exec(text);
  if (!match) return null;
  const { order } = SHAPES[format];
  const values: Record<Part, number> = { Y: 0, M: 0, D: 0 };
  let yearDigits = 4;
  order.forEach((part, i) => {
    const raw = match[i + 1] ?? "";
    values[part] = Number(raw);
    if (part === "Y") yearDigits = raw.length;
  });
  const iso = isoDate(expandYear(values.Y, yearDigits), values.M, values.D);
  return iso ? { iso, rest: text.slice(match[0].length) } : null;
}

// What may follow a date in one cell: a time ("T03:15:53", " 00:00:30:989", " 9:11 AM", the DB2-style
// "-08.21.36.47192"), or Schwab's "as of <effective date>". Anything else ("01.05.2024 - 07.06.2024", a
// period) is not a date cell.
const TIME_TAIL = /^(?:T\d|[.,]?\s+\d{1,2}[:.]\d{2}|-\d{2}\.\d{2})/;
const AS_OF = /^\s+as\s+of\s+(.+)$/i;

export type CellDate = { postedOn: string; transactedOn: string | null };

// "2024年1月15日" (Chinese, Japanese) and "2024년 1월 15일" (Korean): the year, month and day marked by
// characters, read as "2024-1-15".
const CJK_DATE = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;

function withoutCjkMarks(text: string): string {
  return text.replace(CJK_DATE, "$1-$2-$3");
}

/** Reads one date cell in the given format; null when the cell is not such a date. */
export function parseDateCell(cell: string, format: DateFormat): CellDate | null {
  const text = withoutCjkMarks(cell.trim());
  const lead = parseLeading(text, format);
  if (!lead) return null;
  if (lead.rest === "") return { postedOn: lead.iso, transactedOn: null };
  const asOf = AS_OF.exec(lead.rest);
  if (asOf) {
    const effective = parseLeading(asOf[1]?.trim() ?? "", format);
    if (effective?.rest.trim() !== "") return null;
    return { postedOn: lead.iso, transactedOn: effective?.iso ?? null };
  }
  if (TIME_TAIL.test(lead.rest)) return { postedOn: lead.iso, transactedOn: null };
  return namesItsWeekday(lead.rest, lead.iso) ? { postedOn: lead.iso, transactedOn: null } : null;
}

// A weekday after the date ("06/01/2019  Sat", American Express's older export): the date's own, which also tells
// a day-first reading from a month-first one (1 June 2019 was a Saturday, 6 January a Sunday).
const WEEKDAY_TAIL = /^[\s,(]+([a-z]{3,9})\.?\)?\s*$/i;
const WEEKDAYS = new Map(
  [
    ["sun", "sunday"],
    ["mon", "monday"],
    ["tue", "tues", "tuesday"],
    ["wed", "weds", "wednesday"],
    ["thu", "thur", "thurs", "thursday"],
    ["fri", "friday"],
    ["sat", "saturday"],
  ].flatMap((names, day) => names.map((name) => [name, day] as const)),
);

function namesItsWeekday(rest: string, iso: string): boolean {
  const day = WEEKDAYS.get(WEEKDAY_TAIL.exec(rest)?.[1]?.toLowerCase() ?? "");
  return day !== undefined && new Date(`${iso}T00:00:00Z`).getUTCDay() === day;
}

/**
 * The candidate that reads the most of the given cells, earlier candidates winning ties, so that a
 * US bank's "03/04/2023" stays March 4 unless some other row proves the file is day-first.
 */
export function sniffDateFormat(cells: string[], candidates: readonly DateFormat[]): DateFormat | null {
  let best: DateFormat | null = null;
  let bestCount = 0;
  for (const format of candidates) {
    const count = cells.filter((cell) => parseDateCell(cell, format) !== null).length;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}
