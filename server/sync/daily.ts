import "server-only";
import { and, eq, gt, gte, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { connections, users } from "@/db/schema";
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

/**
 * Connections the daily refresh should sync on `day` (YYYY-MM-DD, UTC): their owner was active in the past
 * 30 days, they are not waiting for the user to fix something, and they have not synced yet that day.
 * Paged by connection id (within the bucket `from` ≤ id < `to`) so the fan-out never loads every connection
 * at once.
 */
export async function dueConnections(
  db: Database,
  input: {
    day: string;
    now?: Date;
    from?: string;
    to?: string | null;
    after?: string | null;
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
        input.after ? gt(connections.id, input.after) : sql`true`,
        input.from ? gte(connections.id, input.from) : sql`true`,
        input.to ? lt(connections.id, input.to) : sql`true`,
      ),
    )
    .orderBy(connections.id)
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

/**
 * The daily refresh walks connections in 16 buckets of the id space, one self-continuing chain of pages each: no
 * run holds more than a page, whatever the number of users. Connections made before migration 0014 have random
 * (v4) ids and spread evenly; newer ones have time-ordered (v7) ids, which all start with the same few digits
 * and so fall in one or two buckets. Every connection is still found; only the buckets' sizes become uneven
 * (docs/scaling.md: bucketing on the ids' random tail instead is the follow-up).
 */
export function dailyBuckets(): Array<{ from: string; to: string | null }> {
  const digits = "0123456789abcdef";
  const bound = (digit: string) => `${digit}0000000-0000-0000-0000-000000000000`;
  return [...digits].map((digit, index) => ({
    from: bound(digit),
    to: index + 1 < digits.length ? bound(digits[index + 1]!) : null,
  }));
}

/**
 * When in the day (seconds after 00:00 UTC, below `spreadSeconds`) a connection's daily sync starts: the same
 * time every day, spread evenly over connections (the ids' last digits are random in v4 and v7 alike), so banks see a steady trickle instead of
 * every Tally user at once.
 */
export function dailySlotSeconds(connectionId: string, spreadSeconds: number): number {
  if (spreadSeconds <= 0) return 0;
  const tail = connectionId.replace(/-/g, "").slice(-8);
  return Number.parseInt(tail, 16) % spreadSeconds;
}
