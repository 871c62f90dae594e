// The zod building blocks every input schema uses for text, money and calendar values, so that no input can
// reach the database in a form it refuses (a NUL byte, an amount past numeric(14,2), the year 0) and come back
// as a 500. Pure: the same rules run in a client component's form and on the server.

import { z } from "zod";
import { formatDecimal, hasDigitsBelowCent, MAX_AMOUNT_CENTS, parseCents } from "./money";

/** C0 control characters and DEL. Postgres refuses NUL in text outright; the rest have no place in a name. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, with tab and line breaks allowed.
const CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A text field: a string without control characters (a multi-line field may keep line breaks and tabs).
 * Chain on it as on z.string(): `text().trim().min(1).max(100)`.
 */
export function text(options: { multiline?: boolean; required?: string } = {}) {
  const pattern = options.multiline ? CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS : CONTROL_CHARACTERS;
  return z
    .string(options.required ?? "must be text")
    .refine((value) => !pattern.test(value), "must not contain control characters");
}

/**
 * A money amount as the API writes it ("4200.00") or a plain number, normalized to "4200.00".
 * Zero or more by default; `{ signed: true }` allows negative amounts. Always within numeric(14,2); a figure
 * below the cent ("4200.005") is refused rather than rounded ("4200.000" is exact and fine).
 */
export function moneyAmount(options: { signed?: boolean } = {}) {
  const example = options.signed ? "an amount" : "an amount of zero or more";
  return z.union([z.string(), z.number()], 'must be an amount like "4200.00"').transform((value, ctx) => {
    const written = String(value).trim();
    if (hasDigitsBelowCent(written)) {
      ctx.addIssue({ code: "custom", message: "must have at most two decimal places" });
      return z.NEVER;
    }
    const cents = parseCents(written);
    if (cents === null || (!options.signed && cents < 0)) {
      ctx.addIssue({ code: "custom", message: `must be ${example}, like "4200.00"` });
      return z.NEVER;
    }
    if (Math.abs(cents) > MAX_AMOUNT_CENTS) {
      ctx.addIssue({ code: "custom", message: `must be at most ${formatDecimal(MAX_AMOUNT_CENTS)}` });
      return z.NEVER;
    }
    return formatDecimal(cents);
  });
}

/** A calendar month "YYYY-MM" between 1900 and 2999 (lib/months.ts holds the pattern). */
export { monthParam as calendarMonth } from "./months";

/** A real calendar date "YYYY-MM-DD" between 1900 and 2999 (2026-02-30 is refused). */
export const calendarDate = z
  .string("must be a date like 2026-03-31")
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, "must be a date like 2026-03-31")
  .refine((value) => {
    const [year, month, day] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, "must be a real date like 2026-03-31");

/** The path of the first string anywhere in `value` holding a NUL byte, or null: a last line of defence. */
export function findNulByte(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulByte(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return [...path, "_"].join(".");
      const found = findNulByte(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
