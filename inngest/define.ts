// `defineFunction` creates a real Inngest function (served at /api/inngest when an Inngest server runs the
// jobs) and keeps, beside it, what the embedded runner needs to run the same handler in-process.
//
// Handlers see a small subset of Inngest's context (event, step.run, step.sendEvent, attempt, runId, logger).
// Inngest's own context is a structural superset of it (checked in tests/unit/jobs-define.test.ts), so a
// handler cannot use a tool the embedded runner lacks, such as step.sleep or step.waitForEvent.

import { cron, type InngestFunction, type Logger } from "inngest";
import type { Jsonify } from "inngest/types";
import { inngest } from "@/inngest/client";
import { eventTypes, type TallyEvent, type TallyEventData, type TallyEventName } from "@/inngest/events";

/**
 * What `step.run(id, fn)` resolves to. Step results are stored as JSON (in Inngest and in the embedded runner):
 * a Date comes back as a string, undefined as null. Spelled exactly as the SDK spells it, so that its step.run
 * is assignable to ours.
 */
export type StepResult<TFn extends () => unknown> = Jsonify<
  TFn extends (...args: Parameters<TFn>) => Promise<infer U>
    ? Awaited<U extends void ? null : U>
    : ReturnType<TFn> extends void
      ? null
      : ReturnType<TFn>
>;

export interface TallyStep {
  /** Runs `fn` once per run; a retried run gets the stored result instead of running it again. */
  run<TFn extends () => unknown>(id: string, fn: TFn, ...input: Parameters<TFn>): Promise<StepResult<TFn>>;
  /** Sends events as a memoized step: a retry does not send them twice. */
  sendEvent(id: string, events: TallyEvent | TallyEvent[]): Promise<{ ids: string[] }>;
}

/** The event a handler receives. `name` may also be Inngest's `inngest/function.invoked`. */
export type TriggerEvent<N extends TallyEventName> = {
  name: string;
  data: TallyEventData<N>;
  id?: string;
  ts?: number;
};

/** What a cron-triggered handler receives (`inngest/scheduled.timer`). */
export type CronEvent = { name: string; data: { cron?: string }; id?: string; ts?: number };

export interface TallyContext<TEvent> {
  event: TEvent;
  step: TallyStep;
  /** Zero-based, as in Inngest: 0 on the first attempt, 1 on the first retry. */
  attempt: number;
  runId: string;
  logger: Logger;
}

/**
 * Shaped like Inngest's `inngest/function.failed` event, which is what `onFailure` receives there. The SDK
 * types the original event loosely (`data` optional); at run time it is the event the failed run received.
 */
export type FailureEvent<TEvent extends { data: unknown }> = {
  name: string;
  data: {
    function_id: string;
    run_id: string;
    error: { name: string; message: string; stack?: string };
    event: Omit<TEvent, "data"> & { data?: TEvent["data"] };
  };
  id?: string;
};

export type TallyFailureContext<TEvent extends { data: unknown }> = TallyContext<FailureEvent<TEvent>> & {
  /** The error of the last attempt. */
  error: Error;
};

type Retries = NonNullable<InngestFunction.Options["retries"]>;
/** Inngest's duration strings: "30s", "5m", "1h30m", "7d". */
export type Duration = NonNullable<InngestFunction.Options["throttle"]>["period"];

type CommonConfig = {
  /** Kebab-case, equal to the file name under inngest/functions/. */
  id: string;
  /**
   * Runs whose key evaluates to the same value run one at a time (limit 1) or `limit` at a time. The embedded
   * runner understands dotted paths into the event only, e.g. "event.data.connectionId".
   */
  concurrency?: { key: string; limit: number };
  /** Retries after the first attempt; 3 by default, as in Inngest. */
  retries?: Retries;
  /**
   * At most `limit` run starts per `period` per key value, evenly spaced, `burst` at once (default 1); runs
   * over the limit wait their turn, none is dropped (Inngest's throttle, a generic cell rate algorithm).
   */
  throttle?: { key?: string; limit: number; period: Duration; burst?: number };
};

export type EventFunctionConfig<N extends TallyEventName> = CommonConfig & {
  trigger: { event: N };
  /**
   * Waits until no event for the key has arrived for `period`, then runs once with the last event; `timeout`
   * bounds the wait from the first event (Inngest's debounce).
   */
  debounce?: { key?: string; period: Duration; timeout?: Duration };
  onFailure?: (ctx: TallyFailureContext<TriggerEvent<N>>) => unknown;
};

export type CronFunctionConfig = CommonConfig & {
  /** A cron expression, evaluated in UTC. */
  trigger: { cron: string };
  onFailure?: (ctx: TallyFailureContext<CronEvent>) => unknown;
};

/** The loosest event shape, used where the runner handles every function alike. */
export type AnyRunEvent = { name: string; data: Record<string, unknown>; id?: string; ts?: number };

/** What the embedded runner reads from a function. Durations are in milliseconds. */
export interface EmbeddedSpec {
  id: string;
  trigger: { event: string } | { cron: string };
  concurrency?: { key: string; limit: number };
  throttle?: { key?: string; limit: number; periodMs: number; burst: number };
  debounce?: { key?: string; periodMs: number; timeoutMs?: number };
  retries: number;
  handler: (ctx: TallyContext<AnyRunEvent>) => unknown;
  onFailure?: (ctx: TallyFailureContext<AnyRunEvent>) => unknown;
}

export const embeddedSpec: unique symbol = Symbol.for("tally.jobs.embeddedSpec");

/** A function for the `functions` list in inngest/index.ts: a real Inngest function plus its embedded spec. */
export type TallyFunction = InngestFunction.Any & { readonly [embeddedSpec]: EmbeddedSpec };

export function defineFunction<const N extends TallyEventName>(
  config: EventFunctionConfig<N>,
  handler: (ctx: TallyContext<TriggerEvent<N>>) => unknown,
): TallyFunction;
export function defineFunction(
  config: CronFunctionConfig,
  handler: (ctx: TallyContext<CronEvent>) => unknown,
): TallyFunction;
export function defineFunction(
  config: EventFunctionConfig<TallyEventName> | CronFunctionConfig,
  handler: (ctx: TallyContext<never>) => unknown,
): TallyFunction {
  const retries = config.retries ?? 3;
  // The casts below only widen the context type: the SDK computes it from the trigger, which is generic here.
  // tests/unit/jobs-define.test.ts checks, per concrete trigger, that the SDK's context fits TallyContext.
  const onFailure = config.onFailure as ((ctx: TallyFailureContext<never>) => unknown) | undefined;
  const trigger = config.trigger;
  const debounce = "debounce" in config ? config.debounce : undefined;
  const fn = inngest.createFunction(
    {
      id: config.id,
      triggers: "event" in trigger ? [eventTypes[trigger.event]] : [cron(trigger.cron)],
      ...(config.concurrency && { concurrency: config.concurrency }),
      ...(config.throttle && { throttle: config.throttle }),
      ...(debounce && { debounce }),
      retries,
      ...(onFailure && { onFailure: (ctx: unknown) => onFailure(ctx as TallyFailureContext<never>) }),
    },
    (ctx: unknown) => handler(ctx as TallyContext<never>),
  );
  const spec: EmbeddedSpec = {
    id: config.id,
    trigger: "event" in trigger ? { event: trigger.event } : { cron: trigger.cron },
    ...(config.concurrency && { concurrency: { ...config.concurrency } }),
    ...(config.throttle && {
      throttle: {
        ...(config.throttle.key !== undefined && { key: config.throttle.key }),
        limit: config.throttle.limit,
        periodMs: durationMs(config.throttle.period),
        burst: config.throttle.burst ?? 1,
      },
    }),
    ...(debounce && {
      debounce: {
        ...(debounce.key !== undefined && { key: debounce.key }),
        periodMs: durationMs(debounce.period),
        ...(debounce.timeout !== undefined && { timeoutMs: durationMs(debounce.timeout) }),
      },
    }),
    retries,
    handler: handler as EmbeddedSpec["handler"],
    ...(onFailure && { onFailure: onFailure as EmbeddedSpec["onFailure"] }),
  };
  return Object.assign(fn, { [embeddedSpec]: spec }) as TallyFunction;
}

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 } as const;

/** "1h30m" → 5,400,000. Throws on anything Inngest would not accept, so a typo fails at start-up. */
export function durationMs(duration: string): number {
  const parts = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(duration);
  if (!duration || !parts) throw new Error(`"${duration}" is not a duration such as "30s", "5m" or "1h30m"`);
  const units = Object.values(UNIT_MS);
  return parts.slice(1).reduce((total, count, index) => total + Number(count ?? 0) * units[index]!, 0);
}
