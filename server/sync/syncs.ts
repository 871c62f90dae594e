import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import { v7 } from "uuid";
import type { Database } from "@/db";
import { queryPreparedRows } from "@/db/client";
import { type Sync, syncAccounts, syncs } from "@/db/schema";
import { notFound } from "@/server/errors";
import { emptyImportResult, type ImportResult } from "./import-transactions";

type NewSync = {
  /** Chosen by the caller when something (an object key) must carry the id before the row exists. */
  id?: string;
  userId: string;
  kind: Sync["kind"];
  reason: string;
  connectionId?: string | null;
  accountId?: string | null;
  objectKey?: string | null;
  fileName?: string | null;
  parseOptions?: unknown;
};

export async function createSync(db: Database, input: NewSync): Promise<Sync> {
  const [sync] = await db.insert(syncs).values(input).returning();
  return sync!;
}

/** The user's sync, or 404. */
export async function getSync(db: Database, userId: string, syncId: string): Promise<Sync> {
  const [sync] = await db
    .select()
    .from(syncs)
    .where(and(eq(syncs.userId, userId), eq(syncs.id, syncId)))
    .limit(1);
  if (!sync) throw notFound("That sync");
  return sync;
}

/** The sync a job was handed; null when it is gone. The event carries its owner, as every key needs it. */
export async function getSyncForJob(db: Database, userId: string, syncId: string): Promise<Sync | null> {
  const [sync] = await db
    .select()
    .from(syncs)
    .where(and(eq(syncs.userId, userId), eq(syncs.id, syncId)))
    .limit(1);
  return sync ?? null;
}

/** A sync already queued or running for the connection: "Refresh now" twice should not fetch twice. */
export async function activeSyncForConnection(
  db: Database,
  userId: string,
  connectionId: string,
): Promise<Sync | null> {
  const [sync] = await db
    .select()
    .from(syncs)
    .where(
      and(
        eq(syncs.userId, userId),
        eq(syncs.connectionId, connectionId),
        inArray(syncs.status, ["queued", "running"]),
      ),
    )
    .orderBy(desc(syncs.createdAt))
    .limit(1);
  return sync ?? null;
}

/**
 * The id of the sync a job creates for an event, the same on every attempt at that event: a UUIDv7 dated by
 * the event's time (rows still append to the right edge of the index), the rest a hash of the event's id.
 */
export function syncIdForEvent(event: { id: string; ts: number }): string {
  const random = createHash("sha256").update(`sync:${event.id}`).digest().subarray(0, 16);
  return v7({ msecs: event.ts, random });
}

// A sync still queued after this long was lost on its way to the job runner (the runner restarted, the event
// never arrived): it no longer blocks a new one. A running sync is never replaced.
const QUEUED_SYNC_EXPIRES_MINUTES = 30;

/**
 * A new connection sync, or the one already queued or running: the database allows one per connection
 * (syncs_one_active_per_connection), so concurrent requests all get the same sync and only one is created.
 */
export async function startConnectionSync(
  db: Database,
  input: { userId: string; connectionId: string; reason: string },
  /** True when the caller runs the sync at once (the daily refresh's job): it is created running. */
  runNow = false,
  /**
   * The id to create it with, derived by the caller from what it was asked (syncIdForEvent): asked again after
   * an attempt that created it and then failed, it gets that sync back (`created`, still to be run) instead of
   * being told another sync is active and leaving its own running for ever.
   */
  id?: string,
): Promise<{ sync: Sync; created: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await db
      .update(syncs)
      .set({
        status: "failed",
        error: "This sync never started. A new one replaced it.",
        finishedAt: sql`now()`,
      })
      .where(
        and(
          eq(syncs.userId, input.userId),
          eq(syncs.connectionId, input.connectionId),
          eq(syncs.status, "queued"),
          lt(syncs.createdAt, sql`now() - make_interval(mins => ${QUEUED_SYNC_EXPIRES_MINUTES})`),
        ),
      );
    const insert = db.insert(syncs).values({
      ...input,
      ...(id ? { id } : {}),
      kind: "connection",
      ...(runNow ? { status: "running" as const, startedAt: sql`now()` } : {}),
    });
    const [created] = await (id
      ? // Also nothing when the id exists: this caller's own sync, from an earlier attempt.
        insert.onConflictDoNothing()
      : insert.onConflictDoNothing({
          target: [syncs.userId, syncs.connectionId],
          where: sql`status in ('queued', 'running')`,
        })
    ).returning();
    if (created) return { sync: created, created: true };
    if (id) {
      const own = await getSyncForJob(db, input.userId, id);
      // Unfinished: the earlier attempt's, to be run now. Finished: asked again after it was done.
      if (own) return { sync: own, created: own.status === "queued" || own.status === "running" };
    }
    const active = await activeSyncForConnection(db, input.userId, input.connectionId);
    if (active) return { sync: active, created: false };
    // The active one finished between the two statements: try again.
  }
  throw new Error(`Could not start a sync of connection ${input.connectionId}`);
}

export async function latestSyncsForConnections(
  db: Database,
  userId: string,
  connectionIds: string[],
): Promise<Map<string, Sync>> {
  if (connectionIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([syncs.connectionId])
    .from(syncs)
    .where(and(eq(syncs.userId, userId), inArray(syncs.connectionId, connectionIds)))
    .orderBy(syncs.connectionId, desc(syncs.createdAt));
  return new Map(rows.map((row) => [row.connectionId!, row]));
}

/** Marks a sync running; null when it already finished (a re-delivered event has nothing left to do). */
export async function markSyncRunning(db: Database, userId: string, syncId: string): Promise<Sync | null> {
  const [sync] = await db
    .update(syncs)
    .set({ status: "running", startedAt: sql`coalesce(${syncs.startedAt}, now())` })
    .where(and(eq(syncs.userId, userId), eq(syncs.id, syncId), inArray(syncs.status, ["queued", "running"])))
    .returning();
  return sync ?? null;
}

/**
 * Claims the sync's import of one account's statement, inside the transaction that imports it (after
 * lockImportTarget, so a removal of the account cannot slip in between). "done" when this sync already
 * imported that account (a retried step, or a second runner): the caller stops there, with what the first
 * import recorded; a concurrent claim waits for the first one's transaction. "gone" when the sync was removed
 * (with its connection).
 */
export async function claimSyncAccount(
  tx: Database,
  key: SyncAccountKey,
): Promise<{ state: "claimed" } | { state: "done"; result: ImportResult } | { state: "gone" }> {
  // One statement: the sync row's key-share lock (it cannot be removed under the import) and the claim.
  const [claim] = await queryPreparedRows<{ sync: boolean; claimed: boolean }>(
    tx,
    sql`with sync as (
        select id from syncs where user_id = ${key.userId}::uuid and id = ${key.syncId}::uuid for key share
      ),
      claimed as (
        insert into sync_accounts (user_id, sync_id, account_id, imported, duplicates, pending, settled, removed)
        select ${key.userId}::uuid, id, ${key.accountId}::uuid, 0, 0, 0, 0, 0 from sync
        on conflict do nothing
        returning sync_id
      )
      select exists (select 1 from sync) as sync, exists (select 1 from claimed) as claimed`,
  );
  if (!claim?.sync) return { state: "gone" };
  if (claim.claimed) return { state: "claimed" };
  // Claimed by an import that committed (a concurrent one waited for it): a statement of its own sees it.
  const [done] = await tx.select().from(syncAccounts).where(syncAccountIs(key));
  return { state: "done", result: done ?? emptyImportResult() };
}

/** One account's import within one sync: sync_accounts' key. */
export type SyncAccountKey = { userId: string; syncId: string; accountId: string };

const syncAccountIs = (key: SyncAccountKey) =>
  and(
    eq(syncAccounts.userId, key.userId),
    eq(syncAccounts.syncId, key.syncId),
    eq(syncAccounts.accountId, key.accountId),
  );

/**
 * Records what the import did, in the transaction that claimed it. A statement, so that the caller can send it
 * together with the import's other last writes (queryPreparedPipeline).
 */
export function recordSyncAccountSql(tx: Database, key: SyncAccountKey, result: ImportResult): SQL {
  return tx
    .update(syncAccounts)
    .set({
      imported: result.imported,
      duplicates: result.duplicates,
      pending: result.pending,
      settled: result.settled,
      removed: result.removed,
    })
    .where(syncAccountIs(key))
    .getSQL();
}

export async function recordSyncAccount(
  tx: Database,
  key: SyncAccountKey,
  result: ImportResult,
): Promise<void> {
  await tx.execute(recordSyncAccountSql(tx, key, result));
}

// The sync's totals: the sum of what each of its account imports recorded (exact however often they ran).
const totalsFromAccounts = (userId: string, syncId: string) => {
  const sum = (column: string) =>
    sql<number>`(select coalesce(sum(${sql.raw(column)}), 0)::int from sync_accounts
      where user_id = ${userId}::uuid and sync_id = ${syncId}::uuid)`;
  return {
    imported: sum("imported"),
    duplicates: sum("duplicates"),
    pending: sum("pending"),
    settled: sum("settled"),
    removed: sum("removed"),
  };
};

/** Finishes a sync with the totals of its account imports. Null when the sync is gone (its connection removed). */
export async function markSyncSucceeded(db: Database, userId: string, syncId: string): Promise<Sync | null> {
  const [sync] = await db
    .update(syncs)
    .set({ status: "succeeded", ...totalsFromAccounts(userId, syncId), error: null, finishedAt: sql`now()` })
    .where(and(eq(syncs.userId, userId), eq(syncs.id, syncId)))
    .returning();
  return sync ?? null;
}

/** Fails a sync, keeping the totals of the account imports that did commit before the failure. */
export async function markSyncFailed(
  db: Database,
  userId: string,
  syncId: string,
  message: string,
): Promise<Sync | null> {
  const [sync] = await db
    .update(syncs)
    .set({ status: "failed", ...totalsFromAccounts(userId, syncId), error: message, finishedAt: sql`now()` })
    .where(and(eq(syncs.userId, userId), eq(syncs.id, syncId), inArray(syncs.status, ["queued", "running"])))
    .returning();
  return sync ?? null;
}

/**
 * What a sync did, in a sentence: "412 transactions imported, 3 already in Tally, 2 pending." Null while it runs or when
 * it failed before storing anything.
 */
export function describeSync(
  sync: Pick<Sync, "status" | "imported" | "duplicates" | "pending" | "settled" | "removed">,
): string | null {
  if (sync.status === "queued" || sync.status === "running") return null;
  const parts = [
    `${sync.imported.toLocaleString("en-US")} ${sync.imported === 1 ? "transaction" : "transactions"} imported`,
    sync.duplicates > 0 ? `${sync.duplicates.toLocaleString("en-US")} already in Tally` : "",
    sync.pending > 0 ? `${sync.pending.toLocaleString("en-US")} pending` : "",
    sync.settled > 0
      ? `${sync.settled.toLocaleString("en-US")} pending ${sync.settled === 1 ? "purchase" : "purchases"} posted`
      : "",
    sync.removed > 0
      ? `${sync.removed.toLocaleString("en-US")} pending ${sync.removed === 1 ? "purchase" : "purchases"} the bank dropped removed`
      : "",
  ].filter(Boolean);
  const stored = sync.imported + sync.duplicates + sync.pending + sync.settled + sync.removed;
  if (sync.status === "failed" && stored === 0) return null;
  return `${parts.join(", ")}.`;
}

/**
 * Syncs a dead process left queued or running. On start, the embedded job runner hands them out again; the
 * pipeline is idempotent, so redoing one finishes it without losing or doubling anything.
 */
export function unfinishedSyncs(db: Database, olderThan: Date): Promise<Sync[]> {
  return db
    .select()
    .from(syncs)
    .where(and(inArray(syncs.status, ["queued", "running"]), lt(syncs.createdAt, olderThan)))
    .orderBy(syncs.createdAt)
    .limit(1000);
}
