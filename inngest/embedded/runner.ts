// The embedded job runner: runs Tally's Inngest functions in this process when no Inngest server is
// configured, with all of its state in the app's database (inngest/embedded/store.ts), so a killed process
// loses nothing. What it models, and how:
//   - events: every function whose trigger names the event gets a run; an event id starts runs once within
//     24 h (Inngest's idempotency window). A future `ts` starts the runs then. Events arrive from the outbox
//     (relayed here in the transaction that creates their runs), from step.sendEvent (in the transaction that
//     stores the step) or from `dispatch` (scripts and tests).
//   - steps: step.run / step.sendEvent results are stored as JSON per run; a retry, or a restart after kill -9,
//     continues from the last completed step. Code outside steps runs again on each attempt.
//   - retries: `retries` more attempts with exponential backoff and jitter, stored as the run's next start;
//     NonRetriableError stops at once; then onFailure runs as its own run (`<id>-failure`), shaped like
//     Inngest's failure event, queued in the transaction that marks the run failed.
//   - concurrency `{ key, limit }`, throttle and debounce (keys are dotted paths into the event): enforced in
//     the database, so they hold across instances sharing a Postgres server. A run holds its concurrency slot
//     across its retries.
//   - cron: each cron's last tick is stored; the instance that records a tick fires it, so one fire per tick
//     however many instances run, and a tick missed while the app was down fires once when it starts again.
//   - instances: each claims due runs under a lease it renews while running them; a dead instance's lease runs
//     out and another takes its runs. PGlite serves one process only, so there every run a previous process
//     left "running" is taken back at start-up.

import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import type { DatabaseHandle } from "@/db/client";
import { type EmbeddedSpec, embeddedSpec, type TallyFunction } from "@/inngest/define";
import { executeAttempt, type StepObserver } from "@/inngest/embedded/execute-run";
import { fireCronTick, isIdle, prune, type QueueFigures, queueFigures } from "@/inngest/embedded/maintenance";
import { claimRuns, insertEvents, type RunEvent } from "@/inngest/embedded/queue";
import { recoverRuns, renewLeases } from "@/inngest/embedded/run-state";
import { errorSummary } from "@/inngest/errors";
import { type TallyEvent, validateEvent } from "@/inngest/events";
import { consoleJobLog, type JobLog } from "@/inngest/log";
import { createLoop } from "@/inngest/loop";
import { onOutboxWrite } from "@/inngest/outbox";
import { relayOutbox } from "@/inngest/relay";

export type { JobLog } from "@/inngest/log";

export interface EmbeddedRunnerOptions {
  /** The database holding the queue; the app's own by default. */
  database?: () => Promise<DatabaseHandle>;
  /** First retry delay; doubles per attempt. Default 1000 ms. */
  baseDelayMs?: number;
  /** Cap on a single retry delay. Default 60 s. */
  maxDelayMs?: number;
  /** Runs this instance executes at once. Default 8: a fan-out must not start every sync at once. */
  maxConcurrentRuns?: number;
  /** How often an idle instance looks for due runs, outbox rows and cron ticks. Default 1000 ms. */
  pollIntervalMs?: number;
  /** How long a claimed run is this instance's without renewal; renewed every third of it. Default 30 s. */
  leaseMs?: number;
  /** The clock for run times, backoff, cron ticks and the dedupe window. */
  now?: () => number;
  log?: JobLog;
  /** Observes each new step (tests stop a process between two steps with it; tracing could use it). */
  onStep?: StepObserver;
  /** False: a started instance runs jobs but fires no cron ticks (a benchmark's extra worker). Default true. */
  crons?: boolean;
}

export interface EmbeddedRunner {
  readonly instanceId: string;
  /** Validates the events and starts their runs (deduplicated by id); resolves with the event ids. */
  dispatch(events: TallyEvent | TallyEvent[]): Promise<{ ids: string[] }>;
  /** Queues one run of a cron-triggered function now, as if its schedule had fired. */
  fireCron(functionId: string): Promise<void>;
  /** Starts working: claims due runs, relays the outbox, fires cron ticks (missed ones once). Idempotent. */
  start(): void;
  /** Stops claiming and waits for the runs under way; queued runs stay in the database for the next start. */
  stop(): Promise<void>;
  /**
   * Works until nothing is running or due within `horizonMs` (default: the longest retry delay), including
   * runs that those runs started. Runs scheduled later (a spread daily sync, a debounce) do not hold it up.
   */
  drain(options?: { horizonMs?: number }): Promise<void>;
  /** Queue depth and failures, for /api/health. */
  stats(): Promise<QueueFigures>;
}

const KEY_EXPRESSION = /^event(\.[A-Za-z_$][\w$]*)+$/;

// Runners alive in this process (tests run several on one database): their runs are never "left behind".
const runnersGlobal = globalThis as { __tallyLiveRunners?: Set<string> };
runnersGlobal.__tallyLiveRunners ??= new Set();
const liveRunners: Set<string> = runnersGlobal.__tallyLiveRunners;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

function specsOf(functions: readonly TallyFunction[]): EmbeddedSpec[] {
  const ids = new Set<string>();
  return functions.map((fn) => {
    const spec = fn[embeddedSpec];
    if (!spec) throw new Error("Only functions made by defineFunction can run in the embedded runner");
    for (const id of [spec.id, `${spec.id}-failure`]) {
      if (ids.has(id)) throw new Error(`Two functions share the id "${id}"`);
      ids.add(id);
    }
    for (const [option, key] of [
      ["concurrency", spec.concurrency?.key],
      ["throttle", spec.throttle?.key],
      ["debounce", spec.debounce?.key],
    ] as const) {
      if (key !== undefined && !KEY_EXPRESSION.test(key)) {
        throw new Error(
          `${spec.id}: the embedded runner supports ${option} keys that are dotted paths such as ` +
            `"event.data.connectionId", not "${key}"`,
        );
      }
    }
    return spec;
  });
}

async function appDatabase(): Promise<DatabaseHandle> {
  // Dynamic: db/index.ts reads the environment and opens the database; tests hand their own instead.
  const { getDatabaseHandle } = await import("@/db");
  return getDatabaseHandle();
}

export function createEmbeddedRunner(
  functions: readonly TallyFunction[],
  options: EmbeddedRunnerOptions = {},
): EmbeddedRunner {
  const specs = specsOf(functions);
  const cronSpecs = specs.filter(
    (spec): spec is EmbeddedSpec & { trigger: { cron: string } } => "cron" in spec.trigger,
  );
  const database = options.database ?? appDatabase;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const maxConcurrentRuns = options.maxConcurrentRuns ?? 8;
  const leaseMs = options.leaseMs ?? 30_000;
  const now = options.now ?? Date.now;
  const log = options.log ?? consoleJobLog;
  const instanceId = randomUUID();
  liveRunners.add(instanceId);

  const inFlight = new Map<string, Promise<void>>();
  const lastTick = new Map<string, number>();
  let cronEnabled = false;
  let recovery: Promise<void> | undefined;
  let lastRenewal = 0;
  let lastPrune = 0;
  let lastChores = Number.NEGATIVE_INFINITY;
  // The chores of the loop's pass and of a drain() pass run one after the other: a drain that found the loop
  // halfway through firing a cron tick would otherwise skip the tick (already marked) and, finding its run
  // not yet committed, report the queue idle before the tick's run exists.
  let choresInProgress: Promise<unknown> = Promise.resolve();
  // Set by an outbox write in this process (or a full relay batch): the next pass relays at once.
  let outboxDirty = true;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  let stopping = false;
  let started = false;
  let unsubscribe: (() => void) | undefined;

  const retryDelayMs = (attempt: number) => {
    const exponential = baseDelayMs * 2 ** attempt;
    const jitter = 1 + Math.random() * 0.1; // spreads the retries of a fan-out that failed together
    return Math.round(Math.min(maxDelayMs, exponential * jitter));
  };

  const throttleOf = (functionId: string) => specs.find((spec) => spec.id === functionId)?.throttle;
  const functionIds = specs.flatMap((spec) => (spec.onFailure ? [spec.id, `${spec.id}-failure`] : [spec.id]));

  /** The latest scheduled tick at or before `at`, in UTC. */
  const latestTick = (spec: EmbeddedSpec & { trigger: { cron: string } }, at: number): Date | undefined =>
    new Cron(spec.trigger.cron, { timezone: "UTC", paused: true }).previousRuns(1, new Date(at + 1))[0];

  async function fireDueCrons(handle: DatabaseHandle): Promise<boolean> {
    let fired = false;
    const at = now();
    for (const spec of cronSpecs) {
      const tick = latestTick(spec, at);
      if (!tick || tick.getTime() <= (lastTick.get(spec.id) ?? 0)) continue;
      lastTick.set(spec.id, tick.getTime());
      await new Promise((r) => setTimeout(r, 300));
      if (await fireCronTick(handle.db, spec, tick, new Date(at))) {
        fired = true;
        log.info(`[jobs] ${spec.id} fired for ${tick.toISOString()}`, { functionId: spec.id });
      }
    }
    return fired;
  }

  function execute(handle: DatabaseHandle, run: Awaited<ReturnType<typeof claimRuns>>[number]) {
    const work = executeAttempt(run, {
      db: handle.db,
      owner: instanceId,
      specs,
      log,
      now,
      retryDelayMs,
      newEventId: randomUUID,
      ...(options.onStep && { onStep: options.onStep }),
    })
      .catch((error: unknown) =>
        // The database went away mid-run, say: the lease runs out and the run is taken up again.
        log.error(`[jobs] ${run.functionId} runner error: ${errorSummary(error)}`, { runId: run.id }),
      )
      .finally(() => {
        inFlight.delete(run.id);
        loop.wake();
      });
    inFlight.set(run.id, work);
  }

  /**
   * One round of work. Claiming happens on every pass (a run finishing wakes one); the chores (leases, outbox,
   * cron, pruning) once per poll interval or when an outbox write asks for it. True when there may be more
   * right away.
   */
  async function pass(forceChores = false): Promise<boolean> {
    if (stopping) return false;
    const handle = await database();
    const at = now();
    // Once, before the first claim (passes from drain() and the loop may overlap).
    recovery ??= recoverRuns(handle.db, new Date(at), {
      all: handle.driver === "pglite",
      liveOwners: [...liveRunners],
    }).then((count) => {
      if (count > 0) log.info(`[jobs] took up ${count} run(s) a stopped process left unfinished`);
    });
    await recovery;
    const chores = forceChores || outboxDirty || performance.now() - lastChores >= pollIntervalMs;
    let relayed = 0;
    let fired = false;
    if (chores) {
      lastChores = performance.now();
      outboxDirty = false;
      const turn = choresInProgress.then(() => doChores(handle, at));
      choresInProgress = turn.catch(() => undefined);
      ({ relayed, fired } = await turn);
    }
    const room = maxConcurrentRuns - inFlight.size;
    // Woken by a finished run with most slots still busy: wait to claim a few at once (a claim is a
    // transaction of its own, the main cost of a short run).
    if (!chores && inFlight.size > 0 && room < Math.ceil(maxConcurrentRuns / 2)) return false;
    const claimed = await claimRuns(handle.db, {
      owner: instanceId,
      now: new Date(now()),
      leaseMs,
      limit: room,
      functionIds,
      throttleOf,
    });
    for (const run of claimed) execute(handle, run);
    return relayed > 0 || fired || (claimed.length > 0 && claimed.length === room);
  }

  async function doChores(handle: DatabaseHandle, at: number): Promise<{ relayed: number; fired: boolean }> {
    if (at - lastRenewal >= leaseMs / 3) {
      lastRenewal = at;
      await renewLeases(handle.db, instanceId, [...inFlight.keys()], new Date(at + leaseMs));
      const count = await recoverRuns(handle.db, new Date(at), { all: false, liveOwners: [] });
      if (count > 0) log.warn(`[jobs] took up ${count} run(s) whose instance stopped renewing its lease`);
    }
    if (at - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = at;
      await prune(handle.db, new Date(at));
    }
    const relayed = await relayOutbox(
      handle.db,
      {
        kind: "transactional",
        deliver: (tx, events, time) =>
          insertEvents(
            tx,
            specs,
            events.map((event) => ({ ...event, ts: event.ts ?? time.getTime() })),
            time,
          ),
      },
      {
        now,
        batchSize: 200,
        maxBatches: 1,
        onError: (error) =>
          log.error(`[jobs] could not start the runs of outbox events: ${errorSummary(error)}`),
      },
    );
    if (relayed.delivered > 0) outboxDirty = true; // a full batch: more may wait
    const fired = cronEnabled ? await fireDueCrons(handle) : false;
    return { relayed: relayed.delivered, fired };
  }

  const loop = createLoop("runner", () => pass(), { intervalMs: pollIntervalMs, log });

  async function dispatch(events: TallyEvent | TallyEvent[]): Promise<{ ids: string[] }> {
    if (stopping) throw new Error("The embedded job runner is stopped");
    const at = now();
    const list = (Array.isArray(events) ? events : [events]).map((event) => {
      const valid = validateEvent(event);
      return { ...valid, id: valid.id ?? randomUUID(), ts: valid.ts ?? at } as RunEvent;
    });
    const handle = await database();
    await handle.db.transaction((tx) => insertEvents(tx, specs, list, new Date(at)));
    loop.wake();
    return { ids: list.map((event) => event.id) };
  }

  return {
    instanceId,
    dispatch,
    async fireCron(functionId) {
      const spec = cronSpecs.find((candidate) => candidate.id === functionId);
      if (!spec) throw new Error(`No cron-triggered function "${functionId}"`);
      const at = now();
      const handle = await database();
      const event: RunEvent = {
        name: "inngest/scheduled.timer",
        id: randomUUID(),
        ts: at,
        data: { cron: spec.trigger.cron },
      };
      await handle.db.transaction((tx) => insertEvents(tx, [], [event], new Date(at), spec));
      loop.wake();
    },
    start() {
      stopping = false;
      started = true;
      cronEnabled = options.crons !== false;
      unsubscribe ??= onOutboxWrite(() => {
        outboxDirty = true;
        loop.kick();
      });
      loop.start();
    },
    async stop() {
      stopping = true;
      // It renews no lease from now on: its runs may be taken up by others once their leases run out.
      liveRunners.delete(instanceId);
      started = false;
      unsubscribe?.();
      unsubscribe = undefined;
      await loop.stop();
      await Promise.allSettled([...inFlight.values()]);
    },
    async drain(drainOptions = {}) {
      const horizon = drainOptions.horizonMs ?? maxDelayMs;
      for (let first = true; ; first = false) {
        // A started runner works on its own; drain only waits (a second claimer would slow it down).
        const more = started && !first ? false : await pass(first);
        if (!more && inFlight.size === 0) {
          const handle = await database();
          const window = { now: new Date(now()), horizon: new Date(now() + horizon) };
          if (await isIdle(handle.db, window, functionIds)) return;
        }
        if (inFlight.size > 0) await Promise.race(inFlight.values());
        else if (!more) await new Promise((resolve) => setTimeout(resolve, started ? 50 : 5));
      }
    },
    async stats() {
      const handle = await database();
      return queueFigures(handle.db, new Date(now()));
    },
  };
}
