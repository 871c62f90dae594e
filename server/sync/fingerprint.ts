import "server-only";
import { createHash } from "node:crypto";
import type { ParsedTransaction } from "@/server/statements/types";

/**
 * The id a transaction is deduplicated by: the bank's FITID when it gives one, else a fingerprint of what the
 * row says plus its occurrence among identical rows of that day (two identical coffees on one day are two
 * transactions, and the same file imported twice yields the same fingerprints). FITIDs repeated inside one
 * statement (seen in the wild) are disambiguated the same way.
 */
export function assignExternalIds(rows: readonly ParsedTransaction[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = row.externalId?.trim()
      ? `fitid:${row.externalId.trim()}`
      : `fp:${fingerprint(row.postedOn, row.amount, row.description)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return occurrence === 0 ? base : `${base}#${occurrence}`;
  });
}

function fingerprint(postedOn: string, amountCents: number, description: string): string {
  const normalized = description.toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${postedOn}|${amountCents}|${normalized}`)
    .digest("base64url")
    .slice(0, 22);
}
