// Calendar months as "YYYY-MM" strings and days as "YYYY-MM-DD". Pure: safe in client components.
// "Now" is always read in a time zone (UTC unless the user has one): it decides which month is current.

import { z } from "zod";

// Years 1900–2999: a real month a bank statement can hold. "0000-01" is no month (Postgres has no year 0).
export const MONTH_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

export const monthParam = z
  .string("must be a month like 2026-03")
  .regex(MONTH_PATTERN, "must be a month like 2026-03");

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date (YYYY-MM-DD) in a time zone: the one place that turns the clock into a calendar day. */
export function localDate(now = new Date(), timeZone = "UTC"): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** The current month in a time zone (UTC by default). */
export const currentMonth = (now = new Date(), timeZone = "UTC") => localDate(now, timeZone).slice(0, 7);

/** "2026-03" → "March 2026". */
export function monthLabel(month: string, locale = "en-US"): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "2026-03" → "March". */
export function monthName(month: string, locale = "en-US"): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString(locale, {
    month: "long",
    timeZone: "UTC",
  });
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
