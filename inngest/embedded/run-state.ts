// The embedded runner's durable queue, part 2: what becomes of a claimed run. Its steps' results, its lease,
// and its outcome (completed, queued again for a retry, failed with its onFailure run in the same
// transaction), each write conditional on this instance still holding the run.

import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { jobSteps } from "@/db/schema";
import type { EmbeddedSpec } from "@/inngest/define";
import { at, insertEvents, insertRuns, list, type RunEvent, runRow } from "@/inngest/embedded/queue";
import type { ErrorDescription } from "@/inngest/errors";

export async function loadSteps(db: Database, runId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ stepId: jobSteps.stepId, result: jobSteps.result })
    .from(jobSteps)
    .where(sql`${jobSteps.runId} = ${runId}`);
  return new Map(rows.map((row) => [row.stepId, row.result]));
}

/**
 * Stores a step's result, and in the same transaction starts the runs for the events it sent. If the step was
 * already stored (a lease lost to another instance that got there first), returns the stored result instead.
 */
export async function saveStep(
  db: Database,
  step: { runId: string; stepId: string; result: string },
  sent?: { specs: readonly EmbeddedSpec[]; events: RunEvent[]; now: Date },
): Promise<string> {
  // Most steps send nothing: one statement then, not begin, insert and commit. Every connection sync stores
  // six or more steps, so these round trips were a large share of the daily refresh's statements.
  if (!sent) return (await insertStep(db, step)) ?? (await storedStep(db, step));
  return db.transaction(async (tx) => {
    const inserted = await insertStep(tx, step);
    if (inserted === null) return storedStep(tx, step);
    await insertEvents(tx, sent.specs, sent.events, sent.now);
    return inserted;
  });
}

/** The step's result as inserted now, or null when it was already stored. */
async function insertStep(
  db: Database,
  step: { runId: string; stepId: string; result: string },
): Promise<string | null> {
  const inserted = await db
    .insert(jobSteps)
    .values(step)
    .onConflictDoNothing()
    .returning({ result: jobSteps.result });
  return inserted[0]?.result ?? null;
}

async function storedStep(db: Database, step: { runId: string; stepId: string }): Promise<string> {
  const [existing] = await queryRows<{ result: string }>(
    db,
    sql`select result from job_steps where run_id = ${step.runId} and step_id = ${step.stepId}`,
  );
  return existing!.result;
}

/** Extends the leases of the runs this instance is executing. */
export async function renewLeases(db: Database, owner: string, ids: string[], until: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`update job_runs set lease_until = ${at(until)}
        where status = 'running' and lease_owner = ${owner} and id in (${list(ids)})`,
  );
}

/** Ends a run this instance holds. False when its lease had passed to another instance meanwhile. */
export async function completeRun(
  db: Database,
  run: { id: string; owner: string },
  output: string,
  now: Date,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`update job_runs
        set status = 'completed', output = ${output}, finished_at = ${at(now)}, lease_owner = null,
            lease_until = null, debounce_key = null
        where id = ${run.id} and status = 'running' and lease_owner = ${run.owner}
        returning id`,
  );
  return rows.length === 1;
}

export async function scheduleRetry(
  db: Database,
  run: { id: string; owner: string },
  error: ErrorDescription,
  runAt: Date,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`update job_runs
        set status = 'queued', run_at = ${at(runAt)}, error = ${JSON.stringify(error)}::jsonb,
            lease_owner = null, lease_until = null, debounce_key = null
        where id = ${run.id} and status = 'running' and lease_owner = ${run.owner}
        returning id`,
  );
  return rows.length === 1;
}

/** Marks a run failed and, in the same transaction, queues its onFailure run (Inngest's function.failed). */
export async function failRun(
  db: Database,
  run: { id: string; owner: string },
  error: ErrorDescription,
  now: Date,
  onFailure?: { spec: EmbeddedSpec; event: RunEvent },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await queryRows(
      tx,
      sql`update job_runs
          set status = 'failed', error = ${JSON.stringify(error)}::jsonb, finished_at = ${at(now)},
              lease_owner = null, lease_until = null, debounce_key = null
          where id = ${run.id} and status = 'running' and lease_owner = ${run.owner}
          returning id`,
    );
    if (rows.length === 0) return false;
    if (onFailure) await insertRuns(tx, [runRow(onFailure.spec, onFailure.event, now, run.id)]);
    return true;
  });
}

/**
 * Returns to the queue the runs whose instance stopped without finishing them: those whose lease ran out or,
 * on PGlite (one process only), every run left "running" by a previous process, except those of runners
 * alive in this process (`liveOwners`). Returns how many.
 */
export async function recoverRuns(
  db: Database,
  now: Date,
  options: { all: boolean; liveOwners: string[] },
): Promise<number> {
  const rows = await queryRows(
    db,
    sql`update job_runs set status = 'queued', run_at = ${at(now)}, lease_owner = null, lease_until = null
        where status = 'running'
          ${options.liveOwners.length > 0 ? sql`and lease_owner not in (${list(options.liveOwners)})` : sql``}
          ${options.all ? sql`` : sql`and lease_until < ${at(now)}`}
        returning id`,
  );
  return rows.length;
}
