// Calendar months as "YYYY-MM" strings. Pure: safe in client components. Which month it is "now" depends on
// where the user is (currentMonthFor); month arithmetic itself is calendar-only.

import { z } from "zod";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const monthParam = z.string().regex(MONTH_PATTERN, "must be a month like 2026-03");

/** The month it is now in UTC. For a person, use currentMonthFor(their time zone). */
export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

/** Whether `zone` is an IANA time zone this runtime knows ("America/Los_Angeles", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

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

/** "2026-03" → "March 2026". */
export function monthLabel(month: string, locale = "en-US"): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1)).toLocaleDateString(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** The month `offset` months from `month` (negative for earlier). */
export function shiftMonth(month: string, offset: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + offset, 1)).toISOString().slice(0, 7);
}
