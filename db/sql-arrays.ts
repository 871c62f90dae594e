// Bulk statements pass each column as one Postgres array literal (cast in SQL: `${pgArray(dates)}::date[]`).
// A single text parameter per column behaves the same on postgres.js and PGlite, whose native array
// serialization differs, and keeps a 1,000-row batch at a handful of parameters instead of thousands.

import { type SQL, sql } from "drizzle-orm";

const NEEDS_ESCAPE = /["\\]/;

function quote(value: string): string {
  // Most values (ids, dates, amounts, most text) hold neither character: skip the two scans that rewrite it.
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

export function pgArrayLiteral(values: ReadonlyArray<string | number | boolean | null>): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ",";
    const value = values[i];
    out += value === null || value === undefined ? "NULL" : quote(String(value));
  }
  return `${out}}`;
}

/** The array as one bound parameter; add the cast (`::uuid[]`, `::numeric[]`) at the use site. */
export const pgArray = (values: ReadonlyArray<string | number | boolean | null>): SQL =>
  sql`${pgArrayLiteral(values)}`;
