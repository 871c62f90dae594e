// Executes one run of a function in-process: attempts with exponential backoff, and step results memoized
// across those attempts, the way Inngest replays a run from its stored step state.

import { randomUUID } from "node:crypto";
import { type Logger, NonRetriableError } from "inngest";
import type { TallyContext, TallyStep } from "@/inngest/define";
import type { TallyEvent } from "@/inngest/events";

/** Where the runner reports. Messages carry function ids, run ids, attempts and event ids, never event data. */
export interface JobLog {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export type RunEvent = { name: string; data: unknown; id?: string; ts?: number };

export interface RunJob {
  /** The function id; `<id>-failure` for an onFailure run, as Inngest names it. */
  functionId: string;
  runId: string;
  event: RunEvent;
  retries: number;
  handler: (ctx: TallyContext<RunEvent> & { error?: Error }) => unknown;
  /** Set for onFailure runs: the error that ended the failed run. */
  failureError?: Error;
}

export type RunOutcome =
  | { status: "completed"; attempts: number }
  | { status: "failed"; attempts: number; error: Error }
  | { status: "abandoned"; attempts: number };

export interface RunDeps {
  log: JobLog;
  /** Dispatches events sent by step.sendEvent. */
  dispatch(events: TallyEvent[]): Promise<{ ids: string[] }>;
  /** Backoff before the retry that follows the failed zero-based `attempt`. */
  retryDelayMs(attempt: number): number;
  /** Aborted when the runner stops: a run waiting for its retry gives up instead of holding shutdown. */
  signal: AbortSignal;
}

export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(typeof value === "string" ? value : "Non-error thrown");
}

/** Name, message and stack only: a `cause` (a database error, say) can carry query parameters. */
export function describeError(error: Error): { name: string; message: string; stack?: string } {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack !== undefined && { stack: error.stack }),
  };
}

function isNonRetriable(error: unknown): boolean {
  return error instanceof NonRetriableError || (error instanceof Error && error.name === "NonRetriableError");
}

/**
 * Step tools for one attempt. `memo` (step id → JSON) outlives the attempt; the id counter does not, so the
 * n-th repeat of an id gets the same `id:n` on every attempt, as in Inngest.
 */
function createStepTools(memo: Map<string, string>, deps: RunDeps): TallyStep {
  const seen = new Map<string, number>();
  const uniqueId = (id: string): string => {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count === 0 ? id : `${id}:${count}`;
  };
  const memoized = async (id: string, fn: () => unknown): Promise<never> => {
    const key = uniqueId(id);
    let json = memo.get(key);
    if (json === undefined) {
      // Inngest stores a step's result as JSON: undefined becomes null, a Date its ISO string.
      json = JSON.stringify(await fn()) ?? "null";
      memo.set(key, json);
    }
    return JSON.parse(json) as never;
  };
  return {
    // Tally's steps take no arguments; the rest parameter only mirrors the SDK's signature.
    run: (id: string, fn: () => unknown, ..._input: unknown[]) => memoized(id, fn),
    sendEvent: (id, events) => memoized(id, () => deps.dispatch(Array.isArray(events) ? events : [events])),
  };
}

function createLogger(log: JobLog, job: RunJob): Logger {
  const meta = { functionId: job.functionId, runId: job.runId };
  const write =
    (level: keyof JobLog) =>
    (...args: unknown[]) =>
      log[level](args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "), meta);
  return { info: write("info"), warn: write("warn"), error: write("error"), debug: write("info") };
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function executeRun(job: RunJob, deps: RunDeps): Promise<RunOutcome> {
  const memo = new Map<string, string>();
  const logger = createLogger(deps.log, job);
  const maxAttempts = job.retries + 1;
  for (let attempt = 0; ; attempt++) {
    const meta = { functionId: job.functionId, runId: job.runId, eventId: job.event.id, attempt };
    try {
      const ctx = {
        event: job.event,
        step: createStepTools(memo, deps),
        attempt,
        maxAttempts,
        runId: job.runId,
        logger,
        ...(job.failureError && { error: job.failureError }),
      };
      await job.handler(ctx);
      return { status: "completed", attempts: attempt + 1 };
    } catch (thrown) {
      const error = toError(thrown);
      const final = isNonRetriable(thrown) || attempt + 1 >= maxAttempts;
      const delay = final ? 0 : deps.retryDelayMs(attempt);
      deps.log.error(
        `[jobs] ${job.functionId} attempt ${attempt + 1}/${maxAttempts} failed` +
          (final ? "; giving up" : `; retrying in ${delay} ms`),
        { ...meta, error: describeError(error) },
      );
      if (final) return { status: "failed", attempts: attempt + 1, error };
      await wait(delay, deps.signal);
      if (deps.signal.aborted) {
        deps.log.warn(`[jobs] ${job.functionId} abandoned before its retry: the runner stopped`, meta);
        return { status: "abandoned", attempts: attempt + 1 };
      }
    }
  }
}

export function newRunId(): string {
  return randomUUID();
}
