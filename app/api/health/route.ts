// GET /api/health — is the app up, can it reach its database, how are jobs run and how far behind are they.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jobsMode } from "@/env";
import { type JobHealth, jobHealth } from "@/inngest/health";
import { log } from "@/server/log";
import { latestAggregateCheck } from "@/server/spending/drift";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: "ok" | "down" = "ok";
  let jobs: JobHealth | null = null;
  // The nightly aggregation check's drift (rows of monthly totals it found wrong): must be 0.
  let aggregate: { drift_rows: number; checked_at: string } | null = null;
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    jobs = await jobHealth(db, jobsMode);
    const check = await latestAggregateCheck(db);
    if (check) aggregate = { drift_rows: check.driftRows, checked_at: check.startedAt.toISOString() };
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    database = "down";
  }
  const ok = database === "ok";
  return NextResponse.json(
    {
      status: ok ? "ok" : "degraded",
      database,
      jobs: jobsMode,
      aggregate,
      ...(jobs && {
        queue: jobs.queue && {
          depth: jobs.queue.waiting,
          running: jobs.queue.running,
          scheduled: jobs.queue.scheduled,
          oldest_waiting_seconds: jobs.queue.oldestWaitingSeconds,
          failed_last_24h: jobs.queue.failedLast24h,
        },
        outbox: {
          pending: jobs.outbox.pending,
          oldest_pending_seconds: jobs.outbox.oldestPendingSeconds,
        },
      }),
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
