import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { connectionDailyBucket, connections, users } from "@/db/schema";
import { syncThrottleKey } from "@/server/accounts/institutions";

// Only people who have used Tally recently are synced every day: 30 days covers monthly visitors, and the rest
// are synced again the next time they sign in and press "Refresh now".
const ACTIVE_WITHIN_DAYS = 30;

export type DueConnection = {
  connectionId: string;
  userId: string;
  institutionId: string;
  /** The bank server's throttle key (syncThrottleKey). */
  throttleKey: string;
};

/** Where a page of the daily refresh stopped: the last connection's primary key. */
export type DailyCursor = { userId: string; connectionId: string };

/** How many chains of pages the daily refresh runs side by side (buckets of connections). */
export const DAILY_BUCKETS = 16;

/**
 * Connections the daily refresh should sync on `day` (YYYY-MM-DD, UTC): their owner was active in the past
 * 30 days, they are not waiting for the user to fix something, and they have not synced yet that day.
 * One page of one bucket, in primary-key order after `after`, so the fan-out never loads every connection at
 * once. Buckets split connections by the last byte of their owner's id, which is random in UUIDv4 and UUIDv7
 * alike (a v7 id's leading digits are its creation time, so ranges of ids would put every new user in one
 * bucket); connections_daily_bucket_idx walks a bucket in key order.
 */
export async function dueConnections(
  db: Database,
  input: {
    day: string;
    now?: Date;
    bucket?: number;
    after?: DailyCursor | null;
    limit?: number;
  },
): Promise<DueConnection[]> {
  const now = input.now ?? new Date();
  const activeSince = new Date(now.getTime() - ACTIVE_WITHIN_DAYS * 86_400_000);
  const dayStart = new Date(`${input.day}T00:00:00Z`);
  const due = await db
    .select({
      connectionId: connections.id,
      userId: connections.userId,
      institutionId: connections.institutionId,
      ofxUrl: connections.ofxUrl,
    })
    .from(connections)
    .innerJoin(users, eq(users.id, connections.userId))
    .where(
      and(
        gt(users.lastActiveAt, activeSince),
        eq(connections.status, "active"),
        or(isNull(connections.lastSyncedAt), lt(connections.lastSyncedAt, dayStart)),
        input.bucket === undefined ? sql`true` : sql`${connectionDailyBucket} = ${input.bucket}`,
        input.after
          ? sql`(${connections.userId}, ${connections.id}) > (${input.after.userId}::uuid, ${input.after.connectionId}::uuid)`
          : sql`true`,
      ),
    )
    .orderBy(connections.userId, connections.id)
    .limit(input.limit ?? 1000);
  return due.map(({ ofxUrl, ...connection }) => ({
    ...connection,
    throttleKey: syncThrottleKey({
      id: connection.connectionId,
      institutionId: connection.institutionId,
      ofxUrl,
    }),
  }));
}

/** The daily event id: sending it twice on one day (a retried fan-out, the operator command) syncs once. */
export const dailySyncEventId = (connectionId: string, day: string) => `sync:${connectionId}:${day}`;

/** The buckets of the daily refresh, one self-continuing chain of pages each. */
export const dailyBuckets = (): number[] => Array.from({ length: DAILY_BUCKETS }, (_, bucket) => bucket);

/**
 * When in the day (seconds after 00:00 UTC, below `spreadSeconds`) a connection's daily sync starts: the same
 * time every day, spread evenly over connections (the ids' last digits are random in v4 and v7 alike), so banks
 * see a steady trickle instead of every Tally user at once.
 */
export function dailySlotSeconds(connectionId: string, spreadSeconds: number): number {
  if (spreadSeconds <= 0) return 0;
  const tail = connectionId.replace(/-/g, "").slice(-8);
  return Number.parseInt(tail, 16) % spreadSeconds;
}
