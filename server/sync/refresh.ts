import "server-only";
import type { Database } from "@/db";
import type { Sync } from "@/db/schema";
import { sendEvents } from "@/inngest/client";
import { connectionSyncRequested, statementImportRequested, type TallyEvent } from "@/inngest/events";
import { getConnection, updateConnectionPassword } from "@/server/accounts/connections";
import { startConnectionSync, unfinishedSyncs } from "./syncs";

/**
 * "Refresh now": queues a sync of the user's connection, or returns the one already under way (the database
 * keeps one active sync per connection, so simultaneous clicks all get the same one).
 */
export async function refreshConnection(db: Database, userId: string, connectionId: string): Promise<Sync> {
  const connection = await getConnection(db, userId, connectionId);
  const { sync, created } = await startConnectionSync(db, {
    userId,
    connectionId: connection.id,
    reason: "manual",
  });
  if (!created) return sync;
  // Event for the write above (converted to the outbox at merge).
  await sendEvents(
    connectionSyncRequested(
      { connectionId: connection.id, userId, syncId: sync.id, reason: "manual" },
      { id: `sync:${sync.id}` },
    ),
  );
  return sync;
}

/** A new bank password for a connection, checked with the bank, then a sync with it right away. */
export async function reconnectWithPassword(
  db: Database,
  userId: string,
  connectionId: string,
  password: string,
): Promise<Sync> {
  await updateConnectionPassword(db, userId, connectionId, password);
  return refreshConnection(db, userId, connectionId);
}

/**
 * Hands out again the syncs a dead process left queued or running (the embedded runner keeps its queue in
 * memory). Each is idempotent, so redoing one finishes it with nothing lost or doubled.
 */
export async function resumeUnfinishedSyncs(db: Database, startedBefore: Date): Promise<number> {
  const stranded = await unfinishedSyncs(db, startedBefore);
  const events = stranded.flatMap((sync): TallyEvent[] => {
    if (sync.kind === "connection" && sync.connectionId) {
      return [
        connectionSyncRequested(
          { connectionId: sync.connectionId, userId: sync.userId, syncId: sync.id, reason: "recovery" },
          { id: `recover:${sync.id}` },
        ),
      ];
    }
    if (sync.kind === "statement" && sync.accountId) {
      return [statementImportRequested({ syncId: sync.id, userId: sync.userId, accountId: sync.accountId })];
    }
    return [];
  });
  if (events.length > 0) await sendEvents(events);
  return events.length;
}
