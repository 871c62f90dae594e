// GET /api/health — is the app up, can it reach its database, and how are jobs run.

import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jobsMode } from "@/env";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: "ok" | "down" = "ok";
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
  } catch (error) {
    console.error("Health check: database unreachable:", error);
    database = "down";
  }
  const ok = database === "ok";
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", database, jobs: jobsMode },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
