import "server-only";
import type { DatabaseHandle } from "@/db/client";
import { type SchemaStatus, schemaStatus } from "@/db/migrate";
import { jobsMode } from "@/env";
import { type JobHealth, jobHealth } from "@/inngest/health";
import { latestAggregateCheck } from "@/server/spending/drift";

// What GET /api/health reports beyond "the database answers": the schema, the job queue and the nightly
// aggregate check. Reading them takes five queries; a load balancer, an uptime monitor and a benchmark's floor
// all ask many times a second, and none of these figures moves faster than seconds (a queue's oldest wait is
// counted in seconds, a migration or a nightly check lands once). So they are read at most once per
// FIGURES_MAX_AGE_MS per database and shared meanwhile; the route still asks the database itself on every
// request, so "database: down" is never late.

export const FIGURES_MAX_AGE_MS = 5_000;

export type HealthFigures = {
  schema: SchemaStatus;
  /** Null while the schema is behind: the tables they come from may not exist yet. */
  jobs: JobHealth | null;
  aggregate: { driftRows: number; checkedAt: Date } | null;
};

let recent = new WeakMap<DatabaseHandle, { readAt: number; figures: Promise<HealthFigures> }>();

async function readFigures(handle: DatabaseHandle): Promise<HealthFigures> {
  const schema = await schemaStatus(handle);
  if (!schema.current) return { schema, jobs: null, aggregate: null };
  const [jobs, check] = await Promise.all([jobHealth(handle.db, jobsMode), latestAggregateCheck(handle.db)]);
  return {
    schema,
    jobs,
    aggregate: check && { driftRows: check.driftRows, checkedAt: check.startedAt },
  };
}

/** The figures, read at most FIGURES_MAX_AGE_MS before `now`; concurrent requests share one read. */
export function healthFigures(handle: DatabaseHandle, now = Date.now()): Promise<HealthFigures> {
  const kept = recent.get(handle);
  if (kept && now - kept.readAt < FIGURES_MAX_AGE_MS && now >= kept.readAt) return kept.figures;
  const figures = readFigures(handle);
  recent.set(handle, { readAt: now, figures });
  // A failed read is not kept: the next request tries again.
  figures.catch(() => {
    if (recent.get(handle)?.figures === figures) recent.delete(handle);
  });
  return figures;
}

/** For tests that change what health reports and read it again at once. */
export function forgetHealthFigures(): void {
  recent = new WeakMap();
}
