// defineFunction makes real Inngest functions, and the SDK's own handler context fits Tally's smaller one
// (checked by tsc on the createFunction calls below, so a handler typed against TallyContext runs under Inngest).

import { describe, expect, it } from "vitest";
import { inngest } from "@/inngest/client";
import {
  type CronEvent,
  defineFunction,
  durationMs,
  embeddedSpec,
  type TallyContext,
  type TallyFailureContext,
  type TriggerEvent,
} from "@/inngest/define";
import { eventTypes } from "@/inngest/events";

describe("defineFunction", () => {
  it("hands the SDK a handler whose context is a superset of TallyContext", () => {
    const seen: unknown[] = [];
    const fn = inngest.createFunction(
      {
        id: "type-check-event",
        triggers: [eventTypes["connection/sync.requested"]],
        onFailure: (ctx) => {
          const tally: TallyFailureContext<TriggerEvent<"connection/sync.requested">> = ctx;
          seen.push(tally);
        },
      },
      async (ctx) => {
        const tally: TallyContext<TriggerEvent<"connection/sync.requested">> = ctx;
        seen.push(tally);
      },
    );
    const cronFn = inngest.createFunction(
      { id: "type-check-cron", triggers: [{ cron: "0 6 * * *" }] },
      async (ctx) => {
        const tally: TallyContext<CronEvent> = ctx;
        seen.push(tally);
      },
    );
    expect(fn.id()).toBe("type-check-event");
    expect(cronFn.id()).toBe("type-check-cron");
  });

  it("keeps the embedded spec beside the Inngest function", () => {
    const fn = defineFunction(
      {
        id: "sync-example",
        trigger: { event: "connection/sync.requested" },
        concurrency: { key: "event.data.connectionId", limit: 1 },
        retries: 2,
      },
      async ({ event, step }) => {
        const connectionId: string = event.data.connectionId;
        return step.run("load", () => connectionId);
      },
    );
    expect(fn.id()).toBe("sync-example");
    expect(fn[embeddedSpec]).toMatchObject({
      id: "sync-example",
      trigger: { event: "connection/sync.requested" },
      concurrency: { key: "event.data.connectionId", limit: 1 },
      retries: 2,
    });
    expect(
      defineFunction({ id: "cron-example", trigger: { cron: "0 6 * * *" } }, () => null)[embeddedSpec],
    ).toMatchObject({ retries: 3, trigger: { cron: "0 6 * * *" } });
  });

  it("keeps throttle and debounce for the embedded runner, in milliseconds", () => {
    const fn = defineFunction(
      {
        id: "flow-example",
        trigger: { event: "spending/recompute.requested" },
        throttle: { key: "event.data.userId", limit: 10, period: "1m" },
        debounce: { key: "event.data.userId", period: "30s", timeout: "5m" },
      },
      () => null,
    );
    expect(fn[embeddedSpec]).toMatchObject({
      throttle: { key: "event.data.userId", limit: 10, periodMs: 60_000, burst: 1 },
      debounce: { key: "event.data.userId", periodMs: 30_000, timeoutMs: 300_000 },
    });
    expect(durationMs("1h30m")).toBe(5_400_000);
    expect(durationMs("2d")).toBe(172_800_000);
    expect(() => durationMs("90 seconds")).toThrow(/not a duration/);
  });
});
