// The durable runner's scheduling: per-key concurrency (also across instances), the per-instance cap, event-id
// dedupe, fan-out through step.sendEvent, a future event time, throttle, debounce and cron (caught up once
// after downtime, fired once across instances).

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { defineFunction } from "@/inngest/define";
import { testDatabaseUrl, useTestDatabase } from "../support/db";
import { manualClock, pause, syncEvent, testRunner } from "../support/jobs";

let handle: DatabaseHandle;
/** A second connection pool to the same database on Postgres, as another instance would have. */
let other: DatabaseHandle;

beforeAll(async () => {
  handle = await useTestDatabase();
  const url = testDatabaseUrl();
  other = url ? await openDatabase({ driver: "postgres", url, max: 4 }) : handle;
});

afterAll(async () => {
  if (other !== handle) await other.close();
});

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

const runsOf = (functionId: string) =>
  queryRows<{ status: string; event_id: string }>(
    handle.db,
    sql`select status, event_id from job_runs where function_id = ${functionId} order by created_at`,
  );

describe("embedded runner: scheduling", () => {
  it("runs one run at a time per concurrency key, in FIFO order", async () => {
    const { fn, track } = trackedSync("same-key-example");
    const runner = testRunner(handle, [fn]);
    for (const syncId of ["s0", "s1", "s2", "s3", "s4"])
      await runner.dispatch(syncEvent("conn-1", { syncId }));
    await runner.drain();
    expect(track.maxInFlight).toBe(1);
    expect(track.order).toEqual(["s0", "s1", "s2", "s3", "s4"]);
  });

  it("runs different keys in parallel: a key behind a busy one does not hold up the others", async () => {
    const { fn, track } = trackedSync("different-keys-example", { ms: 300 });
    const runner = testRunner(handle, [fn]);
    await runner.dispatch([
      syncEvent("conn-1", { syncId: "a1" }),
      syncEvent("conn-1", { syncId: "a2" }),
      syncEvent("conn-2", { syncId: "b1" }),
    ]);
    const draining = runner.drain();
    // a2 waits behind a1; b1 (another connection, queued after a2) already runs beside a1.
    await expect.poll(() => track.order).toEqual(["a1", "b1"]);
    await draining;
    expect(track.maxInFlight).toBe(2);
    expect(track.order).toEqual(["a1", "b1", "a2"]);
  });

  it("never runs two syncs of one connection at once across two instances, and both do work", async () => {
    const active = new Map<string, number>();
    let most = 0;
    const ranBy = [0, 0];
    const done: string[] = [];
    // The same function in two instances (each with its own connection pool on Postgres).
    const instance = (index: number) =>
      defineFunction(
        {
          id: "two-instances-example",
          trigger: { event: "connection/sync.requested" },
          concurrency: { key: "event.data.connectionId", limit: 1 },
        },
        async ({ event, step }) => {
          const key = event.data.connectionId;
          active.set(key, (active.get(key) ?? 0) + 1);
          most = Math.max(most, active.get(key)!);
          ranBy[index]!++;
          await step.run("fetch", () => pause(30));
          active.set(key, active.get(key)! - 1);
          done.push(event.data.syncId ?? "");
        },
      );
    const first = testRunner(handle, [instance(0)], { maxConcurrentRuns: 2 });
    const second = testRunner(other, [instance(1)], { maxConcurrentRuns: 2 });
    const events = Array.from({ length: 12 }, (_, i) => syncEvent(`conn-${i % 3}`, { syncId: `s${i}` }));
    await first.dispatch(events);
    await Promise.all([first.drain(), second.drain()]);
    expect(done.sort()).toEqual(events.map((event) => event.data.syncId).sort());
    expect(most).toBe(1);
    expect(ranBy[0]).toBeGreaterThan(0);
    expect(ranBy[1]).toBeGreaterThan(0);
  });

  it("caps concurrent runs per instance so a fan-out does not start everything at once", async () => {
    const { fn, track } = trackedSync("cap-example", { concurrency: false, ms: 5 });
    const runner = testRunner(handle, [fn], { maxConcurrentRuns: 3 });
    await runner.dispatch(Array.from({ length: 20 }, (_, i) => syncEvent(`conn-${i}`)));
    await runner.drain();
    expect(track.order).toHaveLength(20);
    expect(track.maxInFlight).toBe(3);
    expect(await runner.stats()).toMatchObject({ waiting: 0, running: 0 });
  });

  it("starts one run for an event id sent twice, and again once the 24 h window has passed", async () => {
    const clock = manualClock(Date.UTC(2024, 0, 2));
    const { fn, track } = trackedSync("dedupe-example");
    const runner = testRunner(handle, [fn], { now: clock.now });
    const event = syncEvent("conn-1", { id: "sync:conn-1:2024-01-02" });
    expect(await runner.dispatch(event)).toEqual({ ids: ["sync:conn-1:2024-01-02"] });
    await runner.dispatch(event);
    await runner.drain();
    await runner.dispatch(event);
    await runner.drain();
    expect(track.order).toHaveLength(1);
    clock.advance(24 * 60 * 60 * 1000 + 1);
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
      { id: "fan-out-example", trigger: { cron: "0 6 * * *" }, retries: 1 },
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
      { id: "fan-out-child-example", trigger: { event: "connection/sync.requested" } },
      async ({ event, step }) => {
        await step.run("sync", () => pause(15));
        children.push(event.data.connectionId);
      },
    );
    const runner = testRunner(handle, [daily, child]);
    await runner.fireCron("fan-out-example");
    await runner.drain();
    expect(attempts).toBe(2);
    expect(children.sort()).toEqual(["a", "b", "c"]);
    await expect(runner.fireCron("fan-out-child-example")).rejects.toThrow(/No cron-triggered function/);
  });

  it("starts a run whose event time is in the future at that time, not before", async () => {
    const clock = manualClock(Date.UTC(2024, 0, 2, 0, 0));
    const { fn, track } = trackedSync("future-example");
    const runner = testRunner(handle, [fn], { now: clock.now });
    await runner.dispatch(syncEvent("conn-1", { ts: Date.UTC(2024, 0, 2, 7, 30) }));
    await runner.drain();
    expect(track.order).toEqual([]);
    expect(await runner.stats()).toMatchObject({ scheduled: 1, waiting: 0 });
    clock.set(Date.UTC(2024, 0, 2, 7, 30));
    await runner.drain();
    expect(track.order).toEqual(["conn-1"]);
  });

  it("throttles starts per key: one per period/limit, burst at once, none dropped, FIFO", async () => {
    const clock = manualClock(Date.UTC(2024, 0, 2));
    const started: { id: string; at: number }[] = [];
    const fn = defineFunction(
      {
        id: "throttle-example",
        trigger: { event: "connection/sync.requested" },
        throttle: { key: "event.data.institutionId", limit: 2, period: "1s", burst: 2 },
      },
      ({ event }) => {
        started.push({ id: event.data.syncId ?? "", at: clock.now() - Date.UTC(2024, 0, 2) });
      },
    );
    const runner = testRunner(handle, [fn], { now: clock.now });
    for (let i = 0; i < 6; i++) await runner.dispatch(syncEvent(`conn-${i}`, { syncId: `s${i}` }));
    for (let step = 0; step <= 8; step++) {
      await runner.drain({ horizonMs: 0 });
      clock.advance(250);
    }
    // Two at once (the burst), then one every 500 ms (1 s / 2), in the order they arrived. (Runs started at
    // the same moment run side by side: sorted by id within a moment.)
    started.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
    expect(started).toEqual([
      { id: "s0", at: 0 },
      { id: "s1", at: 0 },
      { id: "s2", at: 500 },
      { id: "s3", at: 1000 },
      { id: "s4", at: 1500 },
      { id: "s5", at: 2000 },
    ]);
  });

  it("debounces per key: runs once with the last event after a quiet period, bounded by the timeout", async () => {
    const clock = manualClock(Date.UTC(2024, 0, 2));
    const ran: string[] = [];
    const fn = defineFunction(
      {
        id: "debounce-example",
        trigger: { event: "spending/recompute.requested" },
        debounce: { key: "event.data.userId", period: "10s", timeout: "25s" },
      },
      ({ event }) => {
        ran.push(`${event.data.userId}:${event.data.months.join(",")}`);
      },
    );
    const runner = testRunner(handle, [fn], { now: clock.now });
    const recompute = (userId: string, month: string) =>
      runner.dispatch({ name: "spending/recompute.requested", data: { userId, months: [month] } });
    await recompute("alice", "2024-01");
    await recompute("bob", "2024-01");
    clock.advance(6_000);
    await recompute("alice", "2024-02");
    clock.advance(6_000); // 12 s: bob has been quiet for 10 s, alice for 6 s
    await runner.drain({ horizonMs: 0 });
    expect(ran).toEqual(["bob:2024-01"]);
    clock.advance(4_000); // 16 s: alice quiet for 10 s
    await runner.drain({ horizonMs: 0 });
    expect(ran).toEqual(["bob:2024-01", "alice:2024-02"]);

    // A steady stream never settles: the timeout runs it 25 s after its first event, with the latest.
    for (let second = 0; second <= 30; second += 5) {
      await recompute("carol", `2024-${String(1 + second / 5).padStart(2, "0")}`);
      await runner.drain({ horizonMs: 0 });
      clock.advance(5_000);
    }
    expect(ran.filter((entry) => entry.startsWith("carol"))).toEqual(["carol:2024-06"]);
  });

  it("fires a cron tick once across two instances, and a tick missed while down once at start", async () => {
    const day = (d: number, h: number, m = 0) => Date.UTC(2024, 0, d, h, m);
    const clock = manualClock(day(2, 10));
    const ticks: string[] = [];
    const daily = defineFunction({ id: "cron-example", trigger: { cron: "0 6 * * *" } }, ({ event }) => {
      ticks.push(String(event.id));
    });
    // First start ever: nothing was missed (the 06:00 tick before it is recorded, not fired).
    const first = testRunner(handle, [daily], { now: clock.now });
    first.start();
    await first.drain();
    await first.stop();
    expect(ticks).toEqual([]);

    // Down for two days; two instances start at once on 4 January at 09:00: one run for the latest tick.
    clock.set(day(4, 9));
    const a = testRunner(handle, [daily], { now: clock.now });
    const b = testRunner(other, [daily], { now: clock.now });
    a.start();
    b.start();
    await Promise.all([a.drain(), b.drain()]);
    expect(ticks).toEqual(["cron:cron-example:2024-01-04T06:00:00.000Z"]);

    // The next tick, seen by both.
    clock.set(day(5, 6, 0));
    await pause(100);
    await Promise.all([a.drain(), b.drain()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(ticks).toEqual([
      "cron:cron-example:2024-01-04T06:00:00.000Z",
      "cron:cron-example:2024-01-05T06:00:00.000Z",
    ]);
    expect(await runsOf("cron-example")).toHaveLength(2);
  });

  it("an instance started with crons off runs the jobs it is sent and fires no tick, even a missed one", async () => {
    const day = (d: number, h: number) => Date.UTC(2024, 0, d, h);
    const clock = manualClock(day(2, 10));
    const ticks: string[] = [];
    const synced: string[] = [];
    const daily = defineFunction({ id: "cron-off-example", trigger: { cron: "0 6 * * *" } }, ({ event }) => {
      ticks.push(String(event.id));
    });
    const sync = defineFunction(
      { id: "cron-off-sync-example", trigger: { event: "connection/sync.requested" } },
      ({ event }) => {
        synced.push(event.data.connectionId);
      },
    );
    // A first instance records the schedule; then, two days later, a worker without crons starts.
    const first = testRunner(handle, [daily, sync], { now: clock.now });
    first.start();
    await first.drain();
    await first.stop();
    clock.set(day(4, 9));
    const worker = testRunner(handle, [daily, sync], { now: clock.now, crons: false });
    worker.start();
    await worker.dispatch(syncEvent("conn-cron-off"));
    await worker.drain();
    await worker.stop();
    expect(synced).toEqual(["conn-cron-off"]);
    expect(ticks).toEqual([]);
  });
});
