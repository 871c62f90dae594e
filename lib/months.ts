// Calendar months as "YYYY-MM" strings, in UTC. Pure: safe in client components.

import { z } from "zod";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const monthParam = z.string().regex(MONTH_PATTERN, "must be a month like 2026-03");

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
