import "server-only";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { connections, users } from "@/db/schema";

// Only people who have used Tally recently are synced every day: 30 days covers monthly visitors, and the rest
// are synced again the next time they sign in and press "Refresh now".
const ACTIVE_WITHIN_DAYS = 30;

export type DueConnection = { connectionId: string; userId: string };

/**
 * Connections the daily refresh should sync on `day` (YYYY-MM-DD, UTC): their owner was active in the past
 * 30 days, they are not waiting for the user to fix something, and they have not synced yet that day.
 * Paged by connection id so the fan-out never loads every connection at once.
 */
export function dueConnections(
  db: Database,
  input: { day: string; now?: Date; after?: string | null; limit?: number },
): Promise<DueConnection[]> {
  const now = input.now ?? new Date();
  const activeSince = new Date(now.getTime() - ACTIVE_WITHIN_DAYS * 86_400_000);
  const dayStart = new Date(`${input.day}T00:00:00Z`);
  return db
    .select({ connectionId: connections.id, userId: connections.userId })
    .from(connections)
    .innerJoin(users, eq(users.id, connections.userId))
    .where(
      and(
        gt(users.lastActiveAt, activeSince),
        eq(connections.status, "active"),
        or(isNull(connections.lastSyncedAt), lt(connections.lastSyncedAt, dayStart)),
        input.after ? gt(connections.id, input.after) : sql`true`,
      ),
    )
    .orderBy(connections.id)
    .limit(input.limit ?? 1000);
}

/** The daily event id: sending it twice on one day (a retried fan-out, the operator command) syncs once. */
export const dailySyncEventId = (connectionId: string, day: string) => `sync:${connectionId}:${day}`;
