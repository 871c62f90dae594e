// Calendar months as "YYYY-MM" strings. Pure: safe in client components. Which month it is "now" depends on
// where the user is (currentMonthFor); month arithmetic itself is calendar-only.

import { z } from "zod";

// Years 1900–2999: a real month a bank statement can hold. "0000-01" is no month (Postgres has no year 0).
export const MONTH_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

export const monthParam = z
  .string("must be a month like 2026-03")
  .regex(MONTH_PATTERN, "must be a month like 2026-03");

/** The month it is now in UTC. For a person, use currentMonthFor(their time zone). */
export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

// Building an Intl.DateTimeFormat costs far more than using one (tens of microseconds: a page that labels
// every month of a year's charts spent ~5% of its server time on it), so formatters are made once per
// zone or locale and kept. The sets of zones and locales in use are small.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA time zone this runtime knows ("America/Los_Angeles", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  if (dayFormatters.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Today's date (YYYY-MM-DD) for someone in `timeZone`; UTC for an unknown or missing zone. */
export function todayIn(timeZone: string | null | undefined, now = new Date()): string {
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC";
  let formatter = dayFormatters.get(zone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * "This month" for someone in `timeZone`: on the evening of the 31st in California it is still that month,
 * though it is already the 1st in UTC.
 */
export const currentMonthFor = (timeZone: string | null | undefined, now = new Date()) =>
  todayIn(timeZone, now).slice(0, 7);

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** The first of `month` (YYYY-MM) written by a kept formatter for `locale` with `options`, in UTC. */
function formatMonth(
  month: string,
  locale: string,
  name: string,
  options: Pick<Intl.DateTimeFormatOptions, "month" | "year">,
): string {
  const key = `${locale}|${name}`;
  let formatter = monthFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    monthFormatters.set(key, formatter);
  }
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return formatter.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** "2026-03" → "March 2026". */
export function monthLabel(month: string, locale = "en-US"): string {
  return formatMonth(month, locale, "long-year", { month: "long", year: "numeric" });
}

/** "2026-03" → "March". */
export function monthName(month: string, locale = "en-US"): string {
  return formatMonth(month, locale, "long", { month: "long" });
}

/** The month `offset` months from `month` (negative for earlier). Integer arithmetic: budgets call it a lot. */
export function shiftMonth(month: string, offset: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}

/** 28 to 31. */
export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** Every month from `first` to `last` inclusive, oldest first (empty when last is before first). */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/** The earlier of two months (YYYY-MM strings compare in calendar order). */
export const earlierMonth = (a: string, b: string) => (a <= b ? a : b);

/** The later of two months. */
export const laterMonth = (a: string, b: string) => (a >= b ? a : b);

/** "2026-03" → "Mar 2026" (or "Mar" without the year), for chart axes and compact labels. */
export function shortMonthLabel(month: string, withYear = true, locale = "en-US"): string {
  return withYear
    ? formatMonth(month, locale, "short-year", { month: "short", year: "numeric" })
    : formatMonth(month, locale, "short", { month: "short" });
}

/** The `count` months ending at `lastMonth`, oldest first. */
export function monthsEndingAt(lastMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftMonth(lastMonth, index - count + 1));
}

/** How many months from `from` to `to` ("2026-01" to "2026-03" is 2); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}
