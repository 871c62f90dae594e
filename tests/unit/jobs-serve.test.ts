// The same defineFunction objects are real Inngest functions: `serve` from "inngest/next" lists them with
// their triggers (as app/api/inngest/route.ts will), and @inngest/test runs them.

import { InngestTestEngine } from "@inngest/test";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TallyFunction } from "@/inngest/define";
import { introspect } from "@/tests/support/inngest-introspect";

let examples: { daily: TallyFunction; sync: TallyFunction };

beforeAll(async () => {
  // Dev mode, as with an Inngest Dev Server: GET answers without a signing key. Set before the first import.
  vi.stubEnv("INNGEST_DEV", "1");
  const { defineFunction } = await import("@/inngest/define");
  const { connectionSyncRequested } = await import("@/inngest/events");
  examples = {
    daily: defineFunction({ id: "daily-example", trigger: { cron: "0 6 * * *" } }, async ({ step }) => {
      const ids = await step.run("load-due-connections", () => ["a", "b"]);
      await step.sendEvent(
        "fan-out",
        ids.map((connectionId) =>
          connectionSyncRequested(
            { connectionId, userId: "u1", institutionId: "demo", reason: "daily" },
            { id: `sync:${connectionId}:2024-01-02` },
          ),
        ),
      );
      return { sent: ids.length };
    }),
    sync: defineFunction(
      {
        id: "sync-example",
        trigger: { event: "connection/sync.requested" },
        concurrency: { key: "event.data.connectionId", limit: 1 },
        throttle: { key: "event.data.institutionId", limit: 5, period: "1s", burst: 2 },
        debounce: { key: "event.data.connectionId", period: "10s" },
        retries: 2,
      },
      async ({ event, step }) => {
        const fetched = await step.run("fetch", () => ({ connectionId: event.data.connectionId, count: 3 }));
        return fetched.count;
      },
    ),
  };
});

describe("Inngest compatibility", () => {
  it("serve() lists every function with its triggers, concurrency and retries", async () => {
    const { serve } = await import("inngest/next");
    const { inngest } = await import("@/inngest/client");
    const handler = serve({ client: inngest, functions: [examples.daily, examples.sync] });
    const served = await introspect(handler as never);
    expect(served.mode).toBe("dev");
    expect(served.functionCount).toBe(2);
    expect(
      served.functions.map(({ id, triggers, concurrency, retries }) => ({
        id,
        triggers,
        concurrency,
        retries,
      })),
    ).toEqual([
      { id: "daily-example", triggers: [{ cron: "0 6 * * *" }], concurrency: undefined, retries: 3 },
      {
        id: "sync-example",
        triggers: [{ event: "connection/sync.requested" }],
        concurrency: [{ key: "event.data.connectionId", limit: 1 }],
        retries: 2,
      },
    ]);
    // Flow control goes to Inngest as written, so both engines apply the same limits.
    expect(served.functions[1]?.raw).toMatchObject({
      throttle: { key: "event.data.institutionId", limit: 5, period: "1s", burst: 2 },
      debounce: { key: "event.data.connectionId", period: "10s" },
    });
  });

  it("runs under @inngest/test's InngestTestEngine (a fresh engine per execution)", async () => {
    const sync = new InngestTestEngine({
      function: examples.sync,
      events: [
        {
          name: "connection/sync.requested",
          data: { connectionId: "c1", userId: "u1", institutionId: "demo", reason: "manual" },
        },
      ],
    });
    const { result, ctx } = await sync.execute();
    expect(result).toBe(3);
    expect(ctx.step.run).toHaveBeenCalledWith("fetch", expect.any(Function));

    // step.sendEvent would call the real Inngest API: mock it by step id (STACK-NOTES).
    const daily = new InngestTestEngine({
      function: examples.daily,
      events: [{ name: "inngest/scheduled.timer", data: { cron: "0 6 * * *" } }],
      steps: [{ id: "fan-out", handler: () => ({ ids: ["e1", "e2"] }) }],
    });
    const run = await daily.execute();
    expect(run.result).toEqual({ sent: 2 });
    expect(run.ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({
        id: "sync:a:2024-01-02",
        data: { connectionId: "a", userId: "u1", institutionId: "demo", reason: "daily" },
      }),
      expect.objectContaining({ id: "sync:b:2024-01-02" }),
    ]);
  });
});
