// GET /api/health — is the app up, can it reach its database, and how are jobs run.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jobsMode } from "@/env";
import { log } from "@/server/log";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: "ok" | "down" = "ok";
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    database = "down";
  }
  const ok = database === "ok";
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database, jobs: jobsMode },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
