// The embedded runner's durable queue, part 1: events in (deduplicated, one run per triggered function) and
// runs out (claimed under concurrency and throttle limits). SQL over job_runs, job_events and job_throttles,
// the same on PGlite and Postgres. Every time is the runner's clock, passed in (tests move it); every write
// that must be atomic (creating runs with their dedupe rows) happens in one transaction.
// Part 2, what becomes of a claimed run, is run-state.ts; cron ticks and figures are in maintenance.ts.

import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { jobEvents, jobRuns } from "@/db/schema";
import type { EmbeddedSpec } from "@/inngest/define";

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

export const iso = (date: Date | number) => new Date(date).toISOString();
export const at = (date: Date | number) => sql`${iso(date)}::timestamptz`;
export const list = (values: string[]) =>
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
export function runRow(spec: EmbeddedSpec, event: RunEvent, now: Date, failureOf?: string) {
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

export async function insertRuns(tx: Database, rows: ReturnType<typeof runRow>[]): Promise<void> {
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
    // The queue's statistics lag behind a burst (a fan-out queues thousands of runs within a second, before
    // autovacuum analyzes the table): the planner then believes a handful of runs are due and sorts all of
    // them by a bitmap or sequential scan, once per claim. Walking job_runs_due_idx in its order reads only
    // the first few. For this transaction only.
    await tx.execute(
      sql`select set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`,
    );
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
    // RETURNING follows no order: the runs start in the queue's (due first, then first come).
    const position = new Map(chosen.map((run, index) => [run.id, index]));
    claimed.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
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
