// Calendar months as "YYYY-MM" strings, in UTC. Pure: safe in client components.

import { z } from "zod";

// Years 1900–2999: a real month a bank statement can hold. "0000-01" is no month (Postgres has no year 0).
export const MONTH_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

export const monthParam = z
  .string("must be a month like 2026-03")
  .regex(MONTH_PATTERN, "must be a month like 2026-03");

export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

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
