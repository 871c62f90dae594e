// Executes one attempt of a claimed run: step results come from the database (so a retry or a restart skips
// completed steps, the way Inngest replays a run from its stored step state) and each new one is stored before
// the handler moves on. The outcome (completed, retry later, failed with its onFailure run) is written back.

import type { Logger } from "inngest";
import type { Database } from "@/db/client";
import type { EmbeddedSpec, TallyStep } from "@/inngest/define";
import type { ClaimedRun, RunEvent } from "@/inngest/embedded/queue";
import { completeRun, failRun, loadSteps, saveStep, scheduleRetry } from "@/inngest/embedded/run-state";
import {
  describeError,
  type ErrorDescription,
  errorSummary,
  isNonRetriable,
  toError,
} from "@/inngest/errors";
import { validateEvent } from "@/inngest/events";
import type { JobLog } from "@/inngest/log";

export interface AttemptDeps {
  db: Database;
  owner: string;
  specs: readonly EmbeddedSpec[];
  log: JobLog;
  now: () => number;
  /** Backoff before the retry that follows the failed zero-based `attempt`. */
  retryDelayMs(attempt: number): number;
  newEventId(): string;
  onStep?: StepObserver;
}

/** Told when a step starts, when its code has run (effects done, result not stored yet) and once it is stored. */
export type StepObserver = (step: {
  functionId: string;
  runId: string;
  stepId: string;
  phase: "before" | "ran" | "stored";
}) => void | Promise<void>;

/** What the handler of a run is: the function's own, or its onFailure for a `<id>-failure` run. */
export function resolveHandler(
  specs: readonly EmbeddedSpec[],
  functionId: string,
): { spec: EmbeddedSpec; handler: (ctx: never) => unknown; isFailureHandler: boolean } | undefined {
  const spec = specs.find((candidate) => candidate.id === functionId);
  if (spec) return { spec, handler: spec.handler, isFailureHandler: false };
  const failed = specs.find((candidate) => `${candidate.id}-failure` === functionId);
  if (failed?.onFailure) return { spec: failed, handler: failed.onFailure, isFailureHandler: true };
  return undefined;
}

/** An error as Inngest hands it to onFailure after serializing it: an Error with the original name. */
function revive(description: ErrorDescription): Error {
  const error = new Error(description.message);
  error.name = description.name;
  return error;
}

function createStepTools(run: ClaimedRun, memo: Map<string, string>, deps: AttemptDeps): TallyStep {
  // The n-th repeat of an id gets `id:n` on every attempt, as in Inngest.
  const seen = new Map<string, number>();
  const uniqueId = (id: string): string => {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count === 0 ? id : `${id}:${count}`;
  };
  const memoized = async (id: string, produce: () => Promise<{ json: string; sent?: RunEvent[] }>) => {
    const stepId = uniqueId(id);
    let json = memo.get(stepId);
    if (json === undefined) {
      const observe = (phase: "before" | "ran" | "stored") =>
        deps.onStep?.({ functionId: run.functionId, runId: run.id, stepId, phase });
      await observe("before");
      const { json: result, sent } = await produce();
      await observe("ran");
      json = await saveStep(
        deps.db,
        { runId: run.id, stepId, result },
        sent && { specs: deps.specs, events: sent, now: new Date(deps.now()) },
      );
      memo.set(stepId, json);
      await observe("stored");
    }
    return JSON.parse(json) as never;
  };
  return {
    // Stored as JSON, as Inngest does: undefined becomes null, a Date its ISO string.
    run: (id: string, fn: () => unknown, ..._input: unknown[]) =>
      memoized(id, async () => ({ json: JSON.stringify(await fn()) ?? "null" })),
    // The events start their runs in the transaction that stores the step: sent once, or not at all.
    sendEvent: (id, events) =>
      memoized(id, async () => {
        const at = deps.now();
        const sent = (Array.isArray(events) ? events : [events]).map((event) => {
          const valid = validateEvent(event);
          return { ...valid, id: valid.id ?? deps.newEventId(), ts: valid.ts ?? at } as RunEvent;
        });
        return { json: JSON.stringify({ ids: sent.map((event) => event.id) }), sent };
      }),
  };
}

function createLogger(log: JobLog, run: ClaimedRun): Logger {
  const meta = { functionId: run.functionId, runId: run.id };
  const write =
    (level: keyof JobLog) =>
    (...args: unknown[]) =>
      log[level](args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "), meta);
  return { info: write("info"), warn: write("warn"), error: write("error"), debug: write("info") };
}

export async function executeAttempt(run: ClaimedRun, deps: AttemptDeps): Promise<void> {
  const owner = { id: run.id, owner: deps.owner };
  const meta = { functionId: run.functionId, runId: run.id, eventId: run.event.id, attempt: run.attempt };
  const resolved = resolveHandler(deps.specs, run.functionId);
  if (!resolved) {
    // Queued by a version of the app that had this function; this one cannot run it.
    deps.log.error(`[jobs] ${run.functionId} is not a function of this app; run failed`, meta);
    await failRun(deps.db, owner, { name: "UnknownFunction", message: run.functionId }, new Date(deps.now()));
    return;
  }
  const { spec, handler, isFailureHandler } = resolved;
  try {
    if (run.attempt > run.maxAttempts) {
      const error = new Error("The process running this job stopped before it finished, on every attempt");
      error.name = "RunInterrupted";
      throw error;
    }
    // A first attempt has no stored steps (a run taken over from a dead instance is on its second attempt).
    const memo = run.attempt === 1 ? new Map<string, string>() : await loadSteps(deps.db, run.id);
    const failure = isFailureHandler
      ? revive((run.event.data as { error: ErrorDescription }).error)
      : undefined;
    const ctx = {
      event: run.event,
      step: createStepTools(run, memo, deps),
      attempt: run.attempt - 1,
      maxAttempts: run.maxAttempts,
      runId: run.id,
      logger: createLogger(deps.log, run),
      ...(failure && { error: failure }),
    };
    const output = await handler(ctx as never);
    const stored = await completeRun(deps.db, owner, JSON.stringify(output) ?? "null", new Date(deps.now()));
    if (!stored)
      deps.log.warn(`[jobs] ${run.functionId} finished after its lease passed to another instance`, meta);
  } catch (thrown) {
    const error = describeError(thrown);
    const final =
      isNonRetriable(thrown) || run.attempt >= run.maxAttempts || toError(thrown).name === "RunInterrupted";
    const now = deps.now();
    const delay = final ? 0 : deps.retryDelayMs(run.attempt - 1);
    deps.log.error(
      `[jobs] ${run.functionId} attempt ${run.attempt}/${run.maxAttempts} failed: ${errorSummary(thrown)}` +
        (final ? "; giving up" : `; retrying in ${delay} ms`),
      {
        ...meta,
        error: { name: error.name, message: error.message, ...(error.code && { code: error.code }) },
      },
    );
    const stored = final
      ? await failRun(
          deps.db,
          owner,
          error,
          new Date(now),
          spec.onFailure && !isFailureHandler
            ? {
                spec,
                // Shaped like Inngest's `inngest/function.failed` event.
                event: {
                  name: "inngest/function.failed",
                  id: `failure:${run.id}`,
                  ts: now,
                  data: { function_id: spec.id, run_id: run.id, error, event: run.event },
                },
              }
            : undefined,
        )
      : await scheduleRetry(deps.db, owner, error, new Date(now + delay));
    if (!stored)
      deps.log.warn(`[jobs] ${run.functionId} failed after its lease passed to another instance`, meta);
  }
}
