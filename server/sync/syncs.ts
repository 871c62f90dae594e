import "server-only";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type Sync, syncs, transactions } from "@/db/schema";
import { notFound } from "@/server/errors";

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
    .where(and(eq(syncs.id, syncId), eq(syncs.userId, userId)))
    .limit(1);
  if (!sync) throw notFound("That sync");
  return sync;
}

export async function getSyncForJob(db: Database, syncId: string): Promise<Sync | null> {
  const [sync] = await db.select().from(syncs).where(eq(syncs.id, syncId)).limit(1);
  return sync ?? null;
}

/** A sync already queued or running for the connection: "Refresh now" twice should not fetch twice. */
export async function activeSyncForConnection(db: Database, connectionId: string): Promise<Sync | null> {
  const [sync] = await db
    .select()
    .from(syncs)
    .where(and(eq(syncs.connectionId, connectionId), inArray(syncs.status, ["queued", "running"])))
    .orderBy(desc(syncs.createdAt))
    .limit(1);
  return sync ?? null;
}

export async function latestSyncsForConnections(
  db: Database,
  connectionIds: string[],
): Promise<Map<string, Sync>> {
  if (connectionIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([syncs.connectionId])
    .from(syncs)
    .where(inArray(syncs.connectionId, connectionIds))
    .orderBy(syncs.connectionId, desc(syncs.createdAt));
  return new Map(rows.map((row) => [row.connectionId!, row]));
}

/** Marks a sync running; null when it already finished (a re-delivered event has nothing left to do). */
export async function markSyncRunning(db: Database, syncId: string): Promise<Sync | null> {
  const [sync] = await db
    .update(syncs)
    .set({ status: "running", startedAt: sql`coalesce(${syncs.startedAt}, now())` })
    .where(and(eq(syncs.id, syncId), inArray(syncs.status, ["queued", "running"])))
    .returning();
  return sync ?? null;
}

/**
 * Finishes a sync. "imported" is counted from the rows stamped with this sync, so it stays exact when a crashed
 * attempt had already stored part of the batch; everything else the bank sent was a duplicate.
 */
export async function markSyncSucceeded(
  db: Database,
  syncId: string,
  parsedCount: number,
  accountIds: string[],
): Promise<Sync> {
  // Scoped to the sync's accounts so the account index finds the rows (sync_id has no index of its own).
  const [{ imported } = { imported: 0 }] =
    accountIds.length === 0
      ? []
      : await db
          .select({ imported: sql<number>`count(*)::int` })
          .from(transactions)
          .where(and(inArray(transactions.accountId, accountIds), eq(transactions.syncId, syncId)));
  const [sync] = await db
    .update(syncs)
    .set({
      status: "succeeded",
      imported: Number(imported),
      duplicates: Math.max(0, parsedCount - Number(imported)),
      error: null,
      finishedAt: sql`now()`,
    })
    .where(eq(syncs.id, syncId))
    .returning();
  return sync!;
}

export async function markSyncFailed(db: Database, syncId: string, message: string): Promise<Sync | null> {
  const [sync] = await db
    .update(syncs)
    .set({ status: "failed", error: message, finishedAt: sql`now()` })
    .where(and(eq(syncs.id, syncId), inArray(syncs.status, ["queued", "running"])))
    .returning();
  return sync ?? null;
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
