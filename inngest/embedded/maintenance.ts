// The embedded runner's schedule and upkeep: cron ticks (one fire per tick across instances, a missed tick
// once), pruning, and the figures /api/health and drain() read.

import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import type { EmbeddedSpec } from "@/inngest/define";
import { at, DEDUPE_WINDOW_MS, insertEvents, iso, list, type RunEvent } from "@/inngest/embedded/queue";

/**
 * Records `tick` as the cron function's last tick and starts its run, unless this or another instance already
 * did: the conditional update is the lock, so each tick fires once across instances. The first time a cron is
 * seen, its latest tick is recorded without firing (a fresh install has missed nothing).
 */
export async function fireCronTick(
  db: Database,
  spec: EmbeddedSpec & { trigger: { cron: string } },
  tick: Date,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const seen = await queryRows(
      tx,
      sql`insert into job_crons (function_id, last_tick) values (${spec.id}, ${at(tick)})
          on conflict (function_id) do nothing returning function_id`,
    );
    if (seen.length === 1) return false;
    const due = await queryRows(
      tx,
      sql`update job_crons set last_tick = ${at(tick)}, fired_at = ${at(now)}
          where function_id = ${spec.id} and last_tick < ${at(tick)} returning function_id`,
    );
    if (due.length === 0) return false;
    const event: RunEvent = {
      name: "inngest/scheduled.timer",
      id: `cron:${spec.id}:${iso(tick)}`,
      ts: tick.getTime(),
      data: { cron: spec.trigger.cron },
    };
    await insertEvents(tx, [], [event], now, spec);
    return true;
  });
}

/** Deletes what no longer matters: expired event ids, finished runs and sent outbox rows after a week. */
export async function prune(db: Database, now: Date): Promise<void> {
  const weekAgo = at(now.getTime() - 7 * DEDUPE_WINDOW_MS);
  await db.execute(sql`delete from job_events where expires_at <= ${at(now)}`);
  await db.execute(
    sql`delete from job_runs where status in ('completed', 'failed') and finished_at < ${weekAgo}`,
  );
  await db.execute(sql`delete from job_outbox where sent_at < ${weekAgo}`);
  await db.execute(sql`delete from job_throttles where tat < ${at(now.getTime() - DEDUPE_WINDOW_MS)}`);
}

export type QueueFigures = {
  /** Runs due now and not started. */
  waiting: number;
  running: number;
  /** Runs that will start later: a future event time, a debounce, a throttle slot, a retry. */
  scheduled: number;
  oldestWaitingSeconds: number | null;
  failedLast24h: number;
};

export async function queueFigures(db: Database, now: Date): Promise<QueueFigures> {
  const [row] = await queryRows<{
    waiting: number;
    running: number;
    scheduled: number;
    oldest: Date | string | null;
    failed: number;
  }>(
    db,
    sql`select
          (select count(*)::int from job_runs where status = 'queued' and run_at <= ${at(now)}) as waiting,
          (select count(*)::int from job_runs where status = 'running') as running,
          (select count(*)::int from job_runs where status = 'queued' and run_at > ${at(now)}) as scheduled,
          (select min(run_at) from job_runs where status = 'queued' and run_at <= ${at(now)}) as oldest,
          (select count(*)::int from job_runs where status = 'failed'
             and finished_at > ${at(now.getTime() - DEDUPE_WINDOW_MS)}) as failed`,
  );
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : null;
  return {
    waiting: row?.waiting ?? 0,
    running: row?.running ?? 0,
    scheduled: row?.scheduled ?? 0,
    oldestWaitingSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
    failedLast24h: row?.failed ?? 0,
  };
}

/**
 * True when none of these functions' runs is running, due now, or due before `horizon` (a retry's wait; runs
 * scheduled later, and debounced runs not yet due, do not count), and no outbox row waits.
 */
export async function isIdle(
  db: Database,
  window: { now: Date; horizon: Date },
  functionIds: string[],
): Promise<boolean> {
  const ours = sql`function_id in (${list(functionIds)})`;
  const { now, horizon } = window;
  // exists, not count: drain() asks often, and a backlog can be large.
  const [row] = await queryRows<{ busy: boolean }>(
    db,
    sql`select (
          exists (select 1 from job_runs where status = 'running' and ${ours}) or
          -- A run waiting out its debounce is scheduled work, like a spread daily sync: only a due one counts.
          exists (select 1 from job_runs where status = 'queued' and ${ours} and
                    (run_at <= ${at(now)} or (run_at <= ${at(horizon)} and debounce_key is null))) or
          exists (select 1 from job_outbox where sent_at is null
                    and (attempts = 0 or available_at <= ${at(horizon)}))
        ) as busy`,
  );
  return row?.busy === false;
}
