// The embedded job runner: runs Tally's Inngest functions in this process when no Inngest server is
// configured. Small on purpose; what it models and what it does not:
//   - events: every function whose trigger names the event gets a run; an event `id` is deduplicated for
//     24 h (Inngest's idempotency window). Events are validated against their schemas.
//   - steps: step.run / step.sendEvent results are kept as JSON per run, so a retry skips completed steps.
//     Unlike Inngest, code outside steps runs once per attempt rather than once per step.
//   - retries: `retries` more attempts with exponential backoff and jitter; NonRetriableError stops at once;
//     then onFailure runs as its own run (`<id>-failure`), shaped like Inngest's failure event.
//   - concurrency: `{ key, limit }` where key is a dotted path into the event ("event.data.connectionId");
//     runs with the same key value wait FIFO. A run holds its slot across its retries, so a connection's
//     retry never overlaps its next sync. Every run also counts against a process-wide cap.
//   - cron: `start()` schedules cron triggers in UTC with croner; `fireCron(id)` runs one now.
//   - state is in memory: queued runs and waiting retries are lost on restart (the daily refresh and the
//     recovery sync pick the work up again).

import { Cron } from "croner";
import { type EmbeddedSpec, embeddedSpec, type TallyFunction } from "@/inngest/define";
import {
  describeError,
  executeRun,
  type JobLog,
  newRunId,
  type RunEvent,
  type RunJob,
  type RunOutcome,
  toError,
} from "@/inngest/embedded/execute-run";
import { type TallyEvent, validateEvent } from "@/inngest/events";

export type { JobLog } from "@/inngest/embedded/execute-run";

export interface EmbeddedRunnerOptions {
  /** First retry delay; doubles per attempt. Default 1000 ms. */
  baseDelayMs?: number;
  /** Cap on a single retry delay. Default 60 s. */
  maxDelayMs?: number;
  /** Runs executing at once across all functions. Default 8: a fan-out must not start every sync at once. */
  maxConcurrentRuns?: number;
  /** Clock for event timestamps and the dedupe window. */
  now?: () => number;
  log?: JobLog;
}

export interface EmbeddedRunner {
  /** Enqueues a run for every function triggered by each event; resolves once enqueued, with the event ids. */
  dispatch(events: TallyEvent | TallyEvent[]): Promise<{ ids: string[] }>;
  /** Enqueues one run of a cron-triggered function now, as if its schedule had fired. */
  fireCron(functionId: string): void;
  /** Schedules every cron trigger (UTC). Idempotent. */
  start(): void;
  /** Cancels cron timers, drops queued runs, abandons waiting retries and waits for running ones. */
  stop(): Promise<void>;
  /** Resolves when nothing is queued or running, including runs those runs dispatched. */
  drain(): Promise<void>;
  /** Queued and running counts, for health checks and tests. */
  stats(): { queued: number; running: number };
}

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;
const KEY_EXPRESSION = /^event(\.[A-Za-z_$][\w$]*)+$/;

const consoleLog: JobLog = {
  info: (message, meta) => console.info(message, meta ?? ""),
  warn: (message, meta) => console.warn(message, meta ?? ""),
  error: (message, meta) => console.error(message, meta ?? ""),
};

type QueuedRun = RunJob & { slot?: { key: string; limit: number } };

/** Reads a dotted path such as "event.data.connectionId"; a missing value is its own (empty) key. */
function evaluateKey(expression: string, event: RunEvent): string {
  let value: unknown = { event };
  for (const part of expression.split(".")) {
    value =
      typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (value === undefined || value === null) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function specsOf(functions: readonly TallyFunction[]): EmbeddedSpec[] {
  const ids = new Set<string>();
  return functions.map((fn) => {
    const spec = fn[embeddedSpec];
    if (!spec) throw new Error("Only functions made by defineFunction can run in the embedded runner");
    if (ids.has(spec.id)) throw new Error(`Two functions share the id "${spec.id}"`);
    ids.add(spec.id);
    if (spec.concurrency && !KEY_EXPRESSION.test(spec.concurrency.key)) {
      throw new Error(
        `${spec.id}: the embedded runner supports concurrency keys that are dotted paths such as ` +
          `"event.data.connectionId", not "${spec.concurrency.key}"`,
      );
    }
    return spec;
  });
}

export function createEmbeddedRunner(
  functions: readonly TallyFunction[],
  options: EmbeddedRunnerOptions = {},
): EmbeddedRunner {
  const specs = specsOf(functions);
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const maxConcurrentRuns = options.maxConcurrentRuns ?? 8;
  const now = options.now ?? Date.now;
  const log = options.log ?? consoleLog;

  let queue: QueuedRun[] = [];
  let running = 0;
  const slots = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const seenEventIds = new Map<string, number>(); // id → expiry, in insertion (≈ time) order
  let idleWaiters: (() => void)[] = [];
  let crons: Cron[] = [];
  let stopping = new AbortController();

  const retryDelayMs = (attempt: number) => {
    const exponential = baseDelayMs * 2 ** attempt;
    const jitter = 1 + Math.random() * 0.1; // spreads retries of a fan-out that failed together
    return Math.round(Math.min(maxDelayMs, exponential * jitter));
  };

  const settle = () => {
    if (queue.length > 0 || running > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const pump = () => {
    if (stopping.signal.aborted || queue.length === 0 || running >= maxConcurrentRuns) return;
    const waiting: QueuedRun[] = [];
    for (const [index, run] of queue.entries()) {
      if (running >= maxConcurrentRuns) {
        waiting.push(...queue.slice(index));
        break;
      }
      if (run.slot && (slots.get(run.slot.key) ?? 0) >= run.slot.limit) waiting.push(run);
      else begin(run);
    }
    queue = waiting;
  };

  const finish = (spec: EmbeddedSpec | undefined, run: QueuedRun, outcome: RunOutcome) => {
    if (outcome.status !== "failed" || !spec?.onFailure) return;
    if (stopping.signal.aborted) {
      log.warn(`[jobs] ${spec.id} failed while the runner stopped; onFailure not run`, { runId: run.runId });
      return;
    }
    // Inngest runs onFailure as a function of its own, triggered by an `inngest/function.failed` event.
    queue.push({
      functionId: `${spec.id}-failure`,
      runId: newRunId(),
      retries: spec.retries,
      handler: spec.onFailure as RunJob["handler"],
      failureError: outcome.error,
      event: {
        name: "inngest/function.failed",
        id: newRunId(),
        ts: now(),
        data: {
          function_id: spec.id,
          run_id: run.runId,
          error: describeError(outcome.error),
          event: run.event,
        },
      },
    });
  };

  const begin = (run: QueuedRun) => {
    running++;
    if (run.slot) slots.set(run.slot.key, (slots.get(run.slot.key) ?? 0) + 1);
    const spec = specs.find((candidate) => candidate.id === run.functionId);
    const deps = { log, dispatch, retryDelayMs, signal: stopping.signal };
    // Start on a later tick: a handler that dispatches before its first await must not re-enter pump().
    const promise: Promise<void> = Promise.resolve()
      .then(() => executeRun(run, deps))
      .then((outcome) => finish(spec, run, outcome))
      .catch((error: unknown) =>
        log.error(`[jobs] ${run.functionId} runner error`, {
          runId: run.runId,
          error: describeError(toError(error)),
        }),
      )
      .finally(() => {
        running--;
        if (run.slot) {
          const left = (slots.get(run.slot.key) ?? 1) - 1;
          if (left > 0) slots.set(run.slot.key, left);
          else slots.delete(run.slot.key);
        }
        inFlight.delete(promise);
        pump();
        settle();
      });
    inFlight.add(promise);
  };

  const enqueue = (spec: EmbeddedSpec, event: RunEvent) => {
    const run: QueuedRun = {
      functionId: spec.id,
      runId: newRunId(),
      event,
      retries: spec.retries,
      handler: spec.handler as RunJob["handler"],
    };
    if (spec.concurrency) {
      const key = `${spec.id}\u0000${evaluateKey(spec.concurrency.key, event)}`;
      run.slot = { key, limit: Math.max(1, spec.concurrency.limit) };
    }
    queue.push(run);
  };

  /** True when an event with this id was accepted within the window. Drops expired ids as it goes. */
  const isDuplicate = (id: string, at: number): boolean => {
    for (const [seenId, expiresAt] of seenEventIds) {
      if (expiresAt > at) break;
      seenEventIds.delete(seenId);
    }
    if (seenEventIds.has(id)) return true;
    seenEventIds.set(id, at + DEDUPE_WINDOW_MS);
    return false;
  };

  async function dispatch(events: TallyEvent | TallyEvent[]): Promise<{ ids: string[] }> {
    if (stopping.signal.aborted) throw new Error("The embedded job runner is stopped");
    const list = (Array.isArray(events) ? events : [events]).map(validateEvent);
    const ids: string[] = [];
    for (const event of list) {
      const at = now();
      const id = event.id ?? newRunId();
      ids.push(id);
      if (event.id !== undefined && isDuplicate(id, at)) {
        log.info(`[jobs] ${event.name} ${id} already received; ignored`, { eventId: id });
        continue;
      }
      const received: RunEvent = { ...event, id, ts: event.ts ?? at };
      for (const spec of specs) {
        if ("event" in spec.trigger && spec.trigger.event === event.name) enqueue(spec, received);
      }
    }
    pump();
    return { ids };
  }

  const fireCron = (functionId: string, id?: string) => {
    const spec = specs.find((candidate) => candidate.id === functionId);
    if (!spec || !("cron" in spec.trigger)) throw new Error(`No cron-triggered function "${functionId}"`);
    const at = now();
    const eventId = id ?? newRunId();
    if (isDuplicate(eventId, at)) return;
    enqueue(spec, {
      name: "inngest/scheduled.timer",
      id: eventId,
      ts: at,
      data: { cron: spec.trigger.cron },
    });
    pump();
  };

  return {
    dispatch,
    fireCron: (functionId) => fireCron(functionId),
    start() {
      if (stopping.signal.aborted) stopping = new AbortController();
      if (crons.length > 0) return;
      for (const spec of specs) {
        if (!("cron" in spec.trigger)) continue;
        // unref: a scheduled job must not keep a script or a build worker alive. The id makes a tick that
        // fires twice (two runners by mistake, a clock step) start one run.
        const job = new Cron(spec.trigger.cron, { timezone: "UTC", unref: true }, (self: Cron) => {
          const tick = self.currentRun()?.toISOString() ?? new Date(now()).toISOString();
          fireCron(spec.id, `cron:${spec.id}:${tick}`);
        });
        crons.push(job);
      }
    },
    async stop() {
      for (const job of crons) job.stop();
      crons = [];
      stopping.abort();
      if (queue.length > 0) log.warn(`[jobs] stopping: ${queue.length} queued runs dropped`);
      queue = [];
      await Promise.allSettled([...inFlight]);
      settle();
    },
    drain() {
      if (queue.length === 0 && running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    stats: () => ({ queued: queue.length, running }),
  };
}
