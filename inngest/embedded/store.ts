// The embedded runner's durable queue: SQL over job_runs, job_steps, job_events, job_crons and job_throttles,
// the same on PGlite and Postgres. Every time is the runner's clock, passed in (tests move it); every write
// that must be atomic (creating runs with their dedupe rows, a step result with the events it sent, a failure
// with its onFailure run) happens in one transaction.

import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { jobEvents, jobRuns, jobSteps } from "@/db/schema";
import type { EmbeddedSpec } from "@/inngest/define";
import type { ErrorDescription } from "@/inngest/errors";

export const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;

export type RunEvent = { name: string; data: unknown; id: string; ts: number };

/** A run as the runner executes it. */
export type ClaimedRun = {
  id: string;
  functionId: string;
  event: RunEvent;
  /** Attempts started, this one included (1 on the first). */
  attempt: number;
  maxAttempts: number;
  failureOf: string | null;
};

const iso = (date: Date | number) => new Date(date).toISOString();
const at = (date: Date | number) => sql`${iso(date)}::timestamptz`;
const list = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/** Reads a dotted path such as "event.data.connectionId"; a missing value is its own (empty) key. */
export function evaluateKey(expression: string, event: { data: unknown }): string {
  let value: unknown = { event };
  for (const part of expression.split(".")) {
    value =
      typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const scoped = (spec: EmbeddedSpec, expression: string | undefined, event: RunEvent) =>
  `${spec.id}:${expression ? evaluateKey(expression, event) : ""}`;

/** The run row for one function and one event, honouring a future `ts`, debounce, concurrency and throttle. */
function runRow(spec: EmbeddedSpec, event: RunEvent, now: Date, failureOf?: string) {
  let runAt = Math.max(now.getTime(), event.ts);
  let debounceKey: string | null = null;
  let debounceDeadline: Date | null = null;
  if (spec.debounce) {
    debounceKey = scoped(spec, spec.debounce.key, event);
    runAt = now.getTime() + spec.debounce.periodMs;
    if (spec.debounce.timeoutMs !== undefined)
      debounceDeadline = new Date(now.getTime() + spec.debounce.timeoutMs);
  }
  return {
    id: randomUUID(),
    functionId: failureOf ? `${spec.id}-failure` : spec.id,
    eventId: event.id,
    event,
    status: "queued" as const,
    attempt: 0,
    maxAttempts: spec.retries + 1,
    runAt: new Date(runAt),
    concurrencyKey: !failureOf && spec.concurrency ? scoped(spec, spec.concurrency.key, event) : null,
    concurrencyLimit: !failureOf && spec.concurrency ? Math.max(1, spec.concurrency.limit) : null,
    throttleKey: !failureOf && spec.throttle ? scoped(spec, spec.throttle.key, event) : null,
    debounceKey: failureOf ? null : debounceKey,
    debounceDeadline: failureOf ? null : debounceDeadline,
    failureOf: failureOf ?? null,
    createdAt: now,
  };
}

/**
 * Accepts events: each id not seen within the dedupe window starts one run per function it triggers (or, for
 * a cron tick, one run of `cron`). Call inside a transaction when the events must commit with something else
 * (a step result, an outbox row).
 */
export async function insertEvents(
  tx: Database,
  specs: readonly EmbeddedSpec[],
  events: RunEvent[],
  now: Date,
  cron?: EmbeddedSpec,
): Promise<void> {
  if (events.length === 0) return;
  const unique = [...new Map(events.map((event) => [event.id, event])).values()];
  const fresh = await tx
    .insert(jobEvents)
    .values(unique.map((event) => ({ id: event.id, expiresAt: new Date(now.getTime() + DEDUPE_WINDOW_MS) })))
    .onConflictDoUpdate({
      target: jobEvents.id,
      set: { expiresAt: sql`excluded.expires_at` },
      setWhere: sql`${jobEvents.expiresAt} <= ${at(now)}`,
    })
    .returning({ id: jobEvents.id });
  const accepted = new Set(fresh.map((row) => row.id));
  const rows = unique
    .filter((event) => accepted.has(event.id))
    .flatMap((event) =>
      (cron
        ? [cron]
        : specs.filter((spec) => "event" in spec.trigger && spec.trigger.event === event.name)
      ).map((spec) => runRow(spec, event, now)),
    );
  await insertRuns(tx, rows);
}

async function insertRuns(tx: Database, rows: ReturnType<typeof runRow>[]): Promise<void> {
  const plain = rows.filter((row) => row.debounceKey === null);
  for (let start = 0; start < plain.length; start += 500) {
    await tx.insert(jobRuns).values(plain.slice(start, start + 500));
  }
  for (const row of rows.filter((candidate) => candidate.debounceKey !== null)) {
    // A run already waiting for this key takes the newer event and waits `period` again, up to its deadline.
    await tx
      .insert(jobRuns)
      .values(row)
      .onConflictDoUpdate({
        target: [jobRuns.functionId, jobRuns.debounceKey],
        targetWhere: sql`${jobRuns.debounceKey} is not null and ${jobRuns.status} = 'queued'`,
        set: {
          event: sql`excluded.event`,
          eventId: sql`excluded.event_id`,
          runAt: sql`least(excluded.run_at, ${jobRuns.debounceDeadline})`,
        },
      });
  }
}

type Candidate = {
  id: string;
  function_id: string;
  concurrency_key: string | null;
  concurrency_limit: number | null;
  throttle_key: string | null;
  attempt: number;
  /** This transaction holds the key's advisory lock (no other instance is claiming for the key now). */
  locked: boolean | null;
};

// A run holds its concurrency slot while it runs and while it waits for a retry (attempt > 0), so that a
// connection's retry never overlaps its next sync.
const holders = (key: SQL) => sql`(
  select count(*)::int from job_runs h
  where h.concurrency_key = ${key} and (h.status = 'running' or (h.status = 'queued' and h.attempt > 0)))`;

/**
 * Claims up to `limit` due runs for `owner`, leasing them until now + leaseMs. Per-key concurrency holds
 * across instances (an advisory lock per key while counting), and a throttled run takes the next slot of its
 * key's rate, waiting for it if that slot is later.
 */
export async function claimRuns(
  db: Database,
  options: {
    owner: string;
    now: Date;
    leaseMs: number;
    limit: number;
    /** The functions (and `<id>-failure` handlers) this instance can run; another version's stay queued. */
    functionIds: string[];
    throttleOf: (functionId: string) => EmbeddedSpec["throttle"];
  },
): Promise<ClaimedRun[]> {
  const { now, limit } = options;
  if (limit <= 0) return [];
  return db.transaction(async (tx) => {
    const candidates = await queryRows<Candidate>(
      tx,
      sql`select r.id, r.function_id, r.concurrency_key, r.concurrency_limit, r.throttle_key, r.attempt,
            case when r.concurrency_key is not null and r.attempt = 0
              then pg_try_advisory_xact_lock(hashtextextended(r.concurrency_key, 0)) end as locked
          from job_runs r
          where r.status = 'queued' and r.run_at <= ${at(now)}
            and r.function_id in (${list(options.functionIds)})
            and (r.concurrency_key is null or r.attempt > 0 or ${holders(sql`r.concurrency_key`)} < r.concurrency_limit)
          order by r.run_at, r.seq
          limit ${limit * 2}
          for update skip locked`,
    );
    const room = await roomPerKey(tx, candidates);
    const chosen: Candidate[] = [];
    for (const run of candidates) {
      if (chosen.length >= limit) break;
      const key = run.concurrency_key;
      if (key !== null && run.attempt === 0) {
        const left = room.get(key) ?? 0;
        if (left <= 0) continue;
        room.set(key, left - 1);
      }
      if (run.throttle_key !== null) {
        const throttle = options.throttleOf(run.function_id);
        if (throttle) {
          const startAt = await takeThrottleSlot(tx, run.throttle_key, throttle, now);
          if (startAt > now.getTime()) {
            await tx.execute(
              sql`update job_runs set run_at = ${at(startAt)}, throttle_key = null where id = ${run.id}`,
            );
            if (key !== null && run.attempt === 0) room.set(key, room.get(key)! + 1);
            continue;
          }
        }
      }
      chosen.push(run);
    }
    if (chosen.length === 0) return [];
    const claimed = await queryRows<{
      id: string;
      function_id: string;
      event: RunEvent;
      attempt: number;
      max_attempts: number;
      failure_of: string | null;
    }>(
      tx,
      sql`update job_runs
          set status = 'running', attempt = attempt + 1, throttle_key = null, lease_owner = ${options.owner},
              lease_until = ${at(now.getTime() + options.leaseMs)}, started_at = coalesce(started_at, ${at(now)})
          where id in (${list(chosen.map((run) => run.id))})
          returning id, function_id, event, attempt, max_attempts, failure_of`,
    );
    return claimed.map((row) => ({
      id: row.id,
      functionId: row.function_id,
      event: typeof row.event === "string" ? (JSON.parse(row.event) as RunEvent) : row.event,
      attempt: row.attempt,
      maxAttempts: row.max_attempts,
      failureOf: row.failure_of,
    }));
  });
}

/**
 * Free slots per concurrency key among fresh candidates, counted again now that this transaction holds the
 * keys' advisory locks (the candidates' own count was taken before the locks: another instance may have
 * committed a claim in between). A key another instance is claiming for right now gets no slot this time.
 */
async function roomPerKey(tx: Database, candidates: Candidate[]): Promise<Map<string, number>> {
  const limits = new Map<string, number>();
  for (const run of candidates) {
    if (run.concurrency_key !== null && run.attempt === 0 && run.locked)
      limits.set(run.concurrency_key, run.concurrency_limit ?? 1);
  }
  const room = new Map<string, number>();
  if (limits.size === 0) return room;
  const counts = await queryRows<{ key: string; n: number }>(
    tx,
    sql`select k.key, ${holders(sql`k.key`)} as n from unnest(${sql.raw("array[")}${sql.join(
      [...limits.keys()].map((key) => sql`${key}`),
      sql`, `,
    )}${sql.raw("]::text[]")}) as k(key)`,
  );
  for (const { key, n } of counts) room.set(key, limits.get(key)! - n);
  return room;
}

/**
 * Generic cell rate algorithm, as Inngest's throttle: one start every period/limit, `burst` at once. Reserves
 * the key's next slot for this run and returns when the run may start.
 */
async function takeThrottleSlot(
  tx: Database,
  key: string,
  throttle: NonNullable<EmbeddedSpec["throttle"]>,
  now: Date,
): Promise<number> {
  const interval = throttle.periodMs / throttle.limit;
  const tolerance = interval * (Math.max(1, throttle.burst) - 1);
  const [row] = await queryRows<{ tat: Date | string }>(
    tx,
    sql`insert into job_throttles (key, tat) values (${key}, ${at(now.getTime() + interval)})
        on conflict (key) do update
          set tat = greatest(job_throttles.tat, ${at(now)}) + ${interval} * interval '1 millisecond'
        returning tat`,
  );
  const slot = new Date(row!.tat).getTime() - interval;
  return slot - tolerance;
}

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
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(jobSteps)
      .values(step)
      .onConflictDoNothing()
      .returning({ result: jobSteps.result });
    if (inserted.length === 0) {
      const [existing] = await queryRows<{ result: string }>(
        tx,
        sql`select result from job_steps where run_id = ${step.runId} and step_id = ${step.stepId}`,
      );
      return existing!.result;
    }
    if (sent) await insertEvents(tx, sent.specs, sent.events, sent.now);
    return step.result;
  });
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
 * on PGlite (one process only), every run left "running" by a previous process. Returns how many.
 */
export async function recoverRuns(db: Database, now: Date, options: { all: boolean }): Promise<number> {
  const rows = await queryRows(
    db,
    sql`update job_runs set status = 'queued', run_at = ${at(now)}, lease_owner = null, lease_until = null
        where status = 'running' ${options.all ? sql`` : sql`and lease_until < ${at(now)}`}
        returning id`,
  );
  return rows.length;
}

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
 * True when none of these functions' runs is running or due before `horizon` (runs scheduled later do not
 * count), and no outbox row waits.
 */
export async function isIdle(db: Database, horizon: Date, functionIds: string[]): Promise<boolean> {
  const ours = sql`function_id in (${list(functionIds)})`;
  const [row] = await queryRows<{ busy: number }>(
    db,
    sql`select (
          (select count(*) from job_runs where status = 'running' and ${ours}) +
          (select count(*) from job_runs where status = 'queued' and run_at <= ${at(horizon)} and ${ours}) +
          (select count(*) from job_outbox where sent_at is null and (attempts = 0 or available_at <= ${at(horizon)}))
        )::int as busy`,
  );
  return (row?.busy ?? 0) === 0;
}
