// GET /api/health — is the app up, can it reach its database, and how are jobs run.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jobsMode } from "@/env";
import { latestAggregateCheck } from "@/server/spending/drift";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: "ok" | "down" = "ok";
  // The nightly aggregation check's drift (rows of monthly totals it found wrong): must be 0.
  let aggregate: { drift_rows: number; checked_at: string } | null = null;
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    const check = await latestAggregateCheck(db);
    if (check) aggregate = { drift_rows: check.driftRows, checked_at: check.startedAt.toISOString() };
  } catch (error) {
    console.error("Health check: database unreachable:", error);
    database = "down";
  }
  const ok = database === "ok";
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database, jobs: jobsMode, aggregate },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
