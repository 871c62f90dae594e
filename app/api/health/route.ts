// GET /api/health — is the app up, can it reach its database, how are jobs run and how far behind are they.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jobsMode } from "@/env";
import { type JobHealth, jobHealth } from "@/inngest/health";
import { log } from "@/server/log";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: "ok" | "down" = "ok";
  let jobs: JobHealth | null = null;
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    jobs = await jobHealth(db, jobsMode);
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
