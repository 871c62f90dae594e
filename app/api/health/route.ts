// GET /api/health — is the app up, can it reach its database, is its schema current, how is it deployed,
// how are jobs run and how far behind are they. The database is asked on every request; the schema, job and
// aggregate figures are at most 5 s old (server/operations/health.ts says why).

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDatabaseHandle } from "@/db";
import { env, jobsMode, postgresPoolSettings, serverless } from "@/env";
import type { JobHealth } from "@/inngest/health";
import { log } from "@/server/log";
import { healthFigures } from "@/server/operations/health";

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
    await handle.db.execute(sql`select 1`);
    const figures = await healthFigures(handle);
    schema = figures.schema;
    jobs = figures.jobs;
    if (figures.aggregate)
      aggregate = {
        drift_rows: figures.aggregate.driftRows,
        checked_at: figures.aggregate.checkedAt.toISOString(),
      };
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
