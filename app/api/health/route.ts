// GET /api/health — is the app up, can it reach its database, is its schema current, how is it deployed,
// how are jobs run and how far behind are they.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDatabaseHandle } from "@/db";
import { schemaStatus } from "@/db/migrate";
import { env, jobsMode, postgresPoolSettings, serverless } from "@/env";
import { type JobHealth, jobHealth } from "@/inngest/health";
import { log } from "@/server/log";
import { latestAggregateCheck } from "@/server/spending/drift";

export const dynamic = "force-dynamic";

/** What this deployment is configured to use (names only, never a URL or a key). */
function deployment() {
  const pool = postgresPoolSettings();
  return {
    mode: serverless ? "serverless" : "server",
    database: env.DATABASE_URL
      ? { driver: "postgres", pooler: pool.pooler, pool_max: pool.max, prepared_statements: pool.prepare }
      : { driver: "pglite" },
    storage: env.S3_BUCKET ? "s3" : "filesystem",
    rate_limits: env.REDIS_URL ? "redis" : "memory",
    email: env.SMTP_URL ? "smtp" : serverless ? "off" : "outbox",
  };
}

export async function GET() {
  let database: "ok" | "down" = "ok";
  let jobs: JobHealth | null = null;
  let schema: { current: boolean; applied: number; expected: number; pending: string[] } | null = null;
  // The nightly aggregation check's drift (rows of monthly totals it found wrong): must be 0.
  let aggregate: { drift_rows: number; checked_at: string } | null = null;
  try {
    const handle = await getDatabaseHandle();
    const { db } = handle;
    await db.execute(sql`select 1`);
    schema = await schemaStatus(handle);
    // The queries below read tables a pending migration may not have made yet.
    if (schema.current) {
      jobs = await jobHealth(db, jobsMode);
      const check = await latestAggregateCheck(db);
      if (check) aggregate = { drift_rows: check.driftRows, checked_at: check.startedAt.toISOString() };
    }
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    database = "down";
  }
  const ok = database === "ok" && schema?.current === true;
  return NextResponse.json(
    {
      status: ok ? "ok" : "degraded",
      database,
      schema,
      deployment: deployment(),
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
