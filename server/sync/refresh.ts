import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { connections, type Sync } from "@/db/schema";
import { connectionSyncRequested, statementImportRequested, type TallyEvent } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { getConnection, updateConnectionPassword } from "@/server/accounts/connections";
import { syncThrottleKey } from "@/server/accounts/institutions";
import { startConnectionSync, unfinishedSyncs } from "./syncs";

/**
 * "Refresh now": queues a sync of the user's connection, or returns the one already under way (the database
 * keeps one active sync per connection, so simultaneous clicks all get the same one).
 */
export async function refreshConnection(db: Database, userId: string, connectionId: string): Promise<Sync> {
  const connection = await getConnection(db, userId, connectionId);
  return db.transaction(async (tx) => {
    const { sync, created } = await startConnectionSync(tx, {
      userId,
      connectionId: connection.id,
      reason: "manual",
    });
    // The sync's event commits with it; a sync already under way has its own.
    if (created) {
      await enqueueEvents(
        tx,
        connectionSyncRequested(
          {
            connectionId: connection.id,
            userId,
            institutionId: connection.institutionId,
            throttleKey: syncThrottleKey(connection),
            syncId: sync.id,
            reason: "manual",
          },
          { id: `sync:${sync.id}` },
        ),
      );
    }
    return sync;
  });
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
 * How old an unfinished sync must be to count as stranded. A run finishes or fails, retries included, well
 * within an hour (the embedded runner's longest backoff is a minute; a bank's throttle holds back at most a
 * burst), so a sync still unfinished after six hours has lost its run: its failure handler failed too, or the
 * job engine lost its queue. Until it is finished or failed, the connection's "Refresh now" answers with it and
 * the daily refresh steps aside for it, so without this the connection would never sync again.
 */
export const STRANDED_SYNC_AGE_MS = 6 * 60 * 60 * 1000;

/**
 * Hands out again syncs still queued or running that were created before `startedBefore`. A sync's event is
 * written with the sync (the outbox) and its run is durable, so this is a safety net for syncs older than any
 * run could take (the caller picks the age): run when the app starts and every hour (recover-stranded-syncs).
 * Each is idempotent, so redoing one finishes it with nothing lost or doubled.
 */
export async function resumeUnfinishedSyncs(
  db: Database,
  startedBefore: Date,
  now = new Date(),
): Promise<number> {
  // Once a day at most per sync: a recovery that itself gets lost is tried again the next day, not every hour.
  const day = now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const stranded = await unfinishedSyncs(tx, startedBefore);
    // A recovery scan across users; each connection is still looked up by its whole key (user, id).
    const connectionKeys = stranded.flatMap((sync) =>
      sync.connectionId ? [sql`(${sync.userId}::uuid, ${sync.connectionId}::uuid)`] : [],
    );
    const banks = new Map(
      connectionKeys.length === 0
        ? []
        : (
            await tx
              .select({
                id: connections.id,
                institutionId: connections.institutionId,
                ofxUrl: connections.ofxUrl,
              })
              .from(connections)
              .where(
                sql`(${connections.userId}, ${connections.id}) in (${sql.join(connectionKeys, sql`, `)})`,
              )
          ).map((row) => [row.id, row]),
    );
    const events = stranded.flatMap((sync): TallyEvent[] => {
      const connection = sync.connectionId ? banks.get(sync.connectionId) : undefined;
      if (sync.kind === "connection" && sync.connectionId && connection) {
        return [
          connectionSyncRequested(
            {
              connectionId: sync.connectionId,
              userId: sync.userId,
              institutionId: connection.institutionId,
              throttleKey: syncThrottleKey(connection),
              syncId: sync.id,
              reason: "recovery",
            },
            { id: `recover:${sync.id}:${day}` },
          ),
        ];
      }
      if (sync.kind === "statement" && sync.accountId) {
        return [
          statementImportRequested(
            { syncId: sync.id, userId: sync.userId, accountId: sync.accountId },
            { id: `recover:${sync.id}:${day}` },
          ),
        ];
      }
      return [];
    });
    await enqueueEvents(tx, events);
    return events.length;
  });
}
