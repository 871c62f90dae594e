// Job figures for GET /api/health: what is waiting and what failed, without reading any event's data.

import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { type QueueFigures, queueFigures } from "@/inngest/embedded/maintenance";

export type JobHealth = {
  /** Events written but not yet handed to the engine, and how long the oldest has waited. */
  outbox: { pending: number; oldestPendingSeconds: number | null };
  /** The embedded runner's queue; null with an Inngest server, which keeps its own (see its dashboard). */
  queue: QueueFigures | null;
};

export async function jobHealth(
  db: Database,
  mode: "inngest" | "embedded",
  now = new Date(),
): Promise<JobHealth> {
  const [outbox] = await queryRows<{ pending: number; oldest: Date | string | null }>(
    db,
    sql`select count(*)::int as pending, min(created_at) as oldest from job_outbox where sent_at is null`,
  );
  const oldest = outbox?.oldest ? new Date(outbox.oldest).getTime() : null;
  return {
    outbox: {
      pending: outbox?.pending ?? 0,
      oldestPendingSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
    },
    queue: mode === "embedded" ? await queueFigures(db, now) : null,
  };
}
