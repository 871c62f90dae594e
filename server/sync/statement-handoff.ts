import "server-only";
import type { ParsedStatement } from "@/server/statements/types";

// An upload reads its file whole before it is accepted (an unreadable file is refused with its line while the
// user waits), and its import job then read the same file again from the object store: reading a large OFX
// file is most of an upload's CPU, so every file cost it twice. The upload now leaves what it read here, keyed
// by the stored object, and the import job in the same process takes it instead of reading the file again.
//
// Only a shortcut, never the record: the file stays in the object store, and a job that finds nothing here
// (it runs in another process, the process restarted, a retry after the first attempt took the entry, the
// entry expired or was crowded out) reads the stored file as before. Process-wide on globalThis, because the
// route that accepts the upload and the runner that imports it are separate bundles in a Next.js server.

/** Rows held at most, over all entries: a bound on the memory the shortcut can take (about 500 bytes a row). */
const MAX_ROWS = 200_000;
/** An entry no job took by then (its job runs elsewhere, or never) is dropped. */
const MAX_AGE_MS = 10 * 60_000;

type Entry = { statement: ParsedStatement; rows: number; leftAt: number };

const holder = globalThis as unknown as { __tallyStatementHandoff?: Map<string, Entry> };
const entries = () => {
  holder.__tallyStatementHandoff ??= new Map();
  return holder.__tallyStatementHandoff;
};

const rowsOf = (statement: ParsedStatement) =>
  statement.accounts.reduce((sum, account) => sum + account.transactions.length, 0);

/**
 * Leaves the statement read from the file stored under `objectKey` for its import job. The caller must only
 * leave what the job would read from that file itself (the same bytes, read with the same options), and must
 * not change the statement afterwards: the job imports it as it is.
 */
export function leaveReadStatement(objectKey: string, statement: ParsedStatement, now = Date.now()): void {
  const rows = rowsOf(statement);
  if (rows > MAX_ROWS) return;
  const map = entries();
  map.delete(objectKey);
  map.set(objectKey, { statement, rows, leftAt: now });
  let held = 0;
  for (const entry of map.values()) held += entry.rows;
  // Oldest first (a Map keeps insertion order): the expired, then as many as it takes to fit the bound.
  for (const [key, entry] of map) {
    if (now - entry.leftAt <= MAX_AGE_MS && held <= MAX_ROWS) break;
    map.delete(key);
    held -= entry.rows;
  }
}

/** The statement an upload left for the file under `objectKey`, once: undefined when the job must read the file. */
export function takeReadStatement(objectKey: string, now = Date.now()): ParsedStatement | undefined {
  const map = entries();
  const entry = map.get(objectKey);
  if (!entry) return undefined;
  map.delete(objectKey);
  return now - entry.leftAt <= MAX_AGE_MS ? entry.statement : undefined;
}

/** Forgets what was left for `objectKey` (the upload was not accepted after all). */
export function dropReadStatement(objectKey: string): void {
  entries().delete(objectKey);
}
