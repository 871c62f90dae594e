// The embedded runner's scheduling: per-key concurrency, the global cap, event-id dedupe, fan-out through
// step.sendEvent, and cron.

import { describe, expect, it } from "vitest";
import { defineFunction } from "@/inngest/define";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { connectionSyncRequested } from "@/inngest/events";

/** Records the runner's log instead of printing it. */
function recordingLog() {
  const lines: { level: string; message: string; meta?: unknown }[] = [];
  const record = (level: string) => (message: string, meta?: Record<string, unknown>) => {
    lines.push({ level, message, meta });
  };
  return { lines, info: record("info"), warn: record("warn"), error: record("error") };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const syncEvent = (connectionId: string, syncId?: string, id?: string) =>
  connectionSyncRequested(
    { connectionId, userId: "user-1", reason: "daily", ...(syncId && { syncId }) },
    id ? { id } : {},
  );

/** A sync-like function that records overlap and order. */
function trackedSync(id: string, options: { concurrency?: boolean; ms?: number } = {}) {
  const track = { inFlight: 0, maxInFlight: 0, order: [] as string[] };
  const fn = defineFunction(
    {
      id,
      trigger: { event: "connection/sync.requested" },
      ...(options.concurrency !== false && { concurrency: { key: "event.data.connectionId", limit: 1 } }),
    },
    async ({ event, step }) => {
      track.inFlight++;
      track.maxInFlight = Math.max(track.maxInFlight, track.inFlight);
      track.order.push(event.data.syncId ?? event.data.connectionId);
      await step.run("fetch", () => pause(options.ms ?? 10));
      track.inFlight--;
    },
  );
  return { fn, track };
}

describe("embedded runner: scheduling", () => {
  it("runs one run at a time per concurrency key, in FIFO order", async () => {
    const { fn, track } = trackedSync("same-key-example");
    const runner = createEmbeddedRunner([fn], { log: recordingLog() });
    await runner.dispatch(["s0", "s1", "s2", "s3", "s4"].map((syncId) => syncEvent("conn-1", syncId)));
    await runner.drain();
    expect(track.maxInFlight).toBe(1);
    expect(track.order).toEqual(["s0", "s1", "s2", "s3", "s4"]);
  });

  it("runs different keys in parallel, and a later key is not held up by a busy one", async () => {
    const { fn, track } = trackedSync("different-keys-example", { ms: 30 });
    const runner = createEmbeddedRunner([fn], { log: recordingLog() });
    await runner.dispatch([syncEvent("conn-1", "a1"), syncEvent("conn-1", "a2"), syncEvent("conn-2", "b1")]);
    await pause(10);
    // a2 waits behind a1; b1 (another connection) already runs beside a1.
    expect(track.order).toEqual(["a1", "b1"]);
    await runner.drain();
    expect(track.maxInFlight).toBe(2);
    expect(track.order).toEqual(["a1", "b1", "a2"]);
  });

  it("caps concurrent runs process-wide so a fan-out does not start everything at once", async () => {
    const { fn, track } = trackedSync("cap-example", { concurrency: false, ms: 5 });
    const runner = createEmbeddedRunner([fn], { maxConcurrentRuns: 3, log: recordingLog() });
    await runner.dispatch(Array.from({ length: 20 }, (_, i) => syncEvent(`conn-${i}`)));
    expect(runner.stats()).toEqual({ queued: 17, running: 3 });
    await runner.drain();
    expect(track.order).toHaveLength(20);
    expect(track.maxInFlight).toBe(3);
    expect(runner.stats()).toEqual({ queued: 0, running: 0 });
  });

  it("starts one run for an event id sent twice, and again once the 24 h window has passed", async () => {
    let clock = Date.UTC(2024, 0, 2);
    const { fn, track } = trackedSync("dedupe-example");
    const runner = createEmbeddedRunner([fn], { now: () => clock, log: recordingLog() });
    const event = syncEvent("conn-1", undefined, "sync:conn-1:2024-01-02");
    expect(await runner.dispatch(event)).toEqual({ ids: ["sync:conn-1:2024-01-02"] });
    await runner.dispatch(event);
    await runner.drain();
    await runner.dispatch(event);
    await runner.drain();
    expect(track.order).toHaveLength(1);
    clock += 24 * 60 * 60 * 1000 + 1;
    await runner.dispatch(event);
    await runner.drain();
    expect(track.order).toHaveLength(2);
    // Events without an id are never deduplicated.
    await runner.dispatch([syncEvent("conn-2"), syncEvent("conn-2")]);
    await runner.drain();
    expect(track.order).toHaveLength(4);
  });

  it("fans out through step.sendEvent, memoized across a retry, and drain() waits for the fan-out", async () => {
    let attempts = 0;
    const children: string[] = [];
    const daily = defineFunction(
      { id: "daily-example", trigger: { cron: "0 6 * * *" }, retries: 1 },
      async ({ event, step }) => {
        attempts++;
        const ids = await step.run("load-due-connections", () => ["a", "b", "c"]);
        // No event ids here on purpose: only the step's memoization keeps the retry from sending again.
        await step.sendEvent(
          "fan-out",
          ids.map((connectionId) => syncEvent(connectionId)),
        );
        expect(event.name).toBe("inngest/scheduled.timer");
        if (attempts === 1) throw new Error("fails after the fan-out");
      },
    );
    const child = defineFunction(
      { id: "child-example", trigger: { event: "connection/sync.requested" } },
      async ({ event, step }) => {
        await step.run("sync", () => pause(15));
        children.push(event.data.connectionId);
      },
    );
    const runner = createEmbeddedRunner([daily, child], { baseDelayMs: 5, log: recordingLog() });
    runner.fireCron("daily-example");
    await runner.drain();
    expect(attempts).toBe(2);
    expect(children.sort()).toEqual(["a", "b", "c"]);
    expect(() => runner.fireCron("child-example")).toThrow(/No cron-triggered function/);
  });

  it("starts each run once when a handler dispatches before its first await", async () => {
    const children: string[] = [];
    const parent = defineFunction(
      { id: "eager-parent-example", trigger: { event: "sync/daily-refresh.requested" } },
      ({ step }) => step.sendEvent("fan-out", [syncEvent("a"), syncEvent("b")]),
    );
    const child = defineFunction(
      { id: "eager-child-example", trigger: { event: "connection/sync.requested" } },
      ({ event }) => {
        children.push(event.data.connectionId);
      },
    );
    const runner = createEmbeddedRunner([parent, child], { log: recordingLog() });
    const refresh = { name: "sync/daily-refresh.requested" as const, data: {} };
    await runner.dispatch([refresh, refresh, refresh]);
    await runner.drain();
    expect(children.sort()).toEqual(["a", "a", "a", "b", "b", "b"]);
  });

  it("fires cron triggers on their schedule after start(), and not after stop()", async () => {
    const ticks: string[] = [];
    const everySecond = defineFunction(
      { id: "tick-example", trigger: { cron: "* * * * * *" } }, // croner's seconds field, for the test only
      ({ event }) => {
        ticks.push(String(event.id));
      },
    );
    const runner = createEmbeddedRunner([everySecond], { log: recordingLog() });
    runner.start();
    runner.start(); // idempotent: still one schedule
    await pause(1300);
    await runner.stop();
    const count = ticks.length;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(2);
    expect(ticks[0]).toMatch(/^cron:tick-example:\d{4}-\d\d-\d\dT/);
    await pause(1100);
    expect(ticks).toHaveLength(count);
  });
});
