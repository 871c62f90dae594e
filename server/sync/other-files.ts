import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { centsFromNumeric } from "@/lib/money";
import type { ParsedTransaction } from "@/server/statements/types";
import type { IngestTarget } from "./ingest";

/** A posted row the account already holds, as postedRowsInRangeSql reads it. */
export type StoredPostedRow = { external_id: string; posted_on: string; amount: string; description: string };

/**
 * The account's posted rows within the days of a statement's posted rows: what rowsFromOtherFiles matches the
 * statement's new rows against. Sent with the import's first statements, before its pending rows are
 * reconciled: a pending row that the statement turns posted takes the id of a statement row that the
 * reconciliation used up, so it could only ever have been recognized as that row's own, which changes
 * nothing. A plain range read on purpose: a join of the stored rows with the statement's (day, amount) pairs
 * was left to the planner, which on a prepared statement's generic plan (10 rows assumed per array) chose a
 * nested loop, and a 5,000-row file over an account's 5,000 rows of those days compared 25 million pairs,
 * seconds per upload. Null when the statement has no posted rows.
 */
export function postedRowsInRangeSql(
  target: IngestTarget,
  statement: readonly ParsedTransaction[],
): SQL | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const row of statement) {
    if (row.pending) continue;
    if (from === null || row.postedOn < from) from = row.postedOn;
    if (to === null || row.postedOn > to) to = row.postedOn;
  }
  if (from === null || to === null) return null;
  return sql`select external_id, posted_on::text as posted_on, amount::text as amount, description
    from transactions
    where user_id = ${target.userId}::uuid and account_id = ${target.accountId}::uuid
      and posted_on between ${from}::date and ${to}::date and not pending`;
}

/**
 * Rows of an uploaded file that another file already brought into the account, under another id.
 *
 * A row is recognized by its bank id (FITID) or, without one, by a fingerprint of its date, amount and text
 * (server/sync/fingerprint.ts). Neither survives a change of file: the same month exported as OFX and then as
 * CSV, or a CSV downloaded again after the bank reworded its descriptions, gives every row a new id, and each
 * would be imported a second time. So, for a file's rows whose id is new, this looks at the account's posted
 * rows of the same day and amount that the file does not list by id: each such stored row stands for one of
 * them. When the file has more new rows on that day and amount than there are such stored rows, the ones whose
 * text is closest to the stored rows' are taken as theirs and the rest are new.
 *
 * Bank connections do not use this: a bank's FITIDs are stable, and a new one on the day and amount of an
 * older row is a second purchase (two coffees), not the same one.
 *
 * `inRange` is what postedRowsInRangeSql read for the statement. Returns the indexes (into `statement`) of the
 * rows already stored.
 */
export function rowsFromOtherFiles(
  inRange: readonly StoredPostedRow[],
  statement: readonly ParsedTransaction[],
  externalIds: readonly string[],
  candidates: readonly number[],
): number[] {
  if (inRange.length === 0) return [];
  const posted = candidates.filter((index) => !statement[index]!.pending);
  if (posted.length === 0) return [];
  // The stored rows on a day and amount of one of these rows.
  const pairs = new Set<string>();
  for (const index of posted) pairs.add(key(statement[index]!.postedOn, statement[index]!.amount));
  const stored = inRange.filter((row) => pairs.has(key(row.posted_on, centsFromNumeric(row.amount))));
  if (stored.length === 0) return [];

  const listed = new Set(externalIds);
  const others = new Map<string, string[]>();
  const known = new Set<string>();
  for (const row of stored) {
    if (listed.has(row.external_id)) {
      known.add(row.external_id);
      continue;
    }
    const rowKey = key(row.posted_on, centsFromNumeric(row.amount));
    const texts = others.get(rowKey) ?? [];
    texts.push(row.description);
    others.set(rowKey, texts);
  }
  const fresh = new Map<string, number[]>();
  for (const index of posted) {
    // A row whose own id is stored is a duplicate already; it does not stand for another.
    if (known.has(externalIds[index]!)) continue;
    const rowKey = key(statement[index]!.postedOn, statement[index]!.amount);
    if (!others.has(rowKey)) continue;
    const indexes = fresh.get(rowKey) ?? [];
    indexes.push(index);
    fresh.set(rowKey, indexes);
  }

  const already: number[] = [];
  for (const [rowKey, indexes] of fresh) {
    const texts = others.get(rowKey)!;
    if (indexes.length <= texts.length) {
      already.push(...indexes);
      continue;
    }
    // More new rows than stored ones: pair the closest texts first, so that of "NETFLIX" and "HULU" on the same
    // day and amount, the one already stored as "Netflix.com" is the one left out.
    const pairs: Array<{ index: number; text: number; score: number }> = [];
    for (const index of indexes) {
      for (let text = 0; text < texts.length; text++)
        pairs.push({ index, text, score: similarity(statement[index]!.description, texts[text]!) });
    }
    pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.text - b.text);
    const usedRows = new Set<number>();
    const usedTexts = new Set<number>();
    for (const pair of pairs) {
      if (usedRows.has(pair.index) || usedTexts.has(pair.text)) continue;
      usedRows.add(pair.index);
      usedTexts.add(pair.text);
      already.push(pair.index);
    }
  }
  return already;
}

const key = (postedOn: string, amountCents: number) => `${postedOn}|${amountCents}`;

/** Shared words over all words (Jaccard), on lower-case letters and digits: 1 for the same words, 0 for none. */
function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
