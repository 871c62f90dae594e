// The daily refresh: which connections are due, one sync each per day spread over the day, and a fan-out that
// pages through buckets of connection ids without any run growing with the number of users.

import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { connections, syncs } from "@/db/schema";
import { defineFunction } from "@/inngest/define";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { connectionSyncRequested, dailyRefreshRequested } from "@/inngest/events";
import { dailyRefreshPageFunction } from "@/inngest/functions/daily-refresh-page";
import { dailyRefreshRequested as dailyRefreshRequestedFunction } from "@/inngest/functions/daily-refresh-requested";
import { embeddedFunctions } from "@/inngest/index";
import { beginConnectionSync } from "@/server/sync/connection-sync";
import { dailySlotSeconds, dueConnections } from "@/server/sync/daily";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";
import { manualClock, recordingLog } from "../support/jobs";

let handle: DatabaseHandle;

describe("the daily refresh", () => {
  beforeAll(async () => {
    handle = await useTestDatabase();
    await startDemoBank();
  });

  it("syncs, once a day at each connection's own time, only active connections that need no attention", async () => {
    const db = handle.db;
    const today = new Date().toISOString().slice(0, 10);
    const active = await createTestUser(db, { label: "active", activeDaysAgo: 1 });
    const lapsed = await createTestUser(db, { label: "lapsed", activeDaysAgo: 40 });
    const never = await createTestUser(db, { label: "never", activeDaysAgo: null });
    const broken = await createTestUser(db, { label: "broken", activeDaysAgo: 2 });
    const done = await createTestUser(db, { label: "done", activeDaysAgo: 0 });

    const due = await createDemoConnection(db, active.user.id);
    const lapsedConnection = await createDemoConnection(db, lapsed.user.id);
    const neverConnection = await createDemoConnection(db, never.user.id);
    const brokenConnection = await createDemoConnection(db, broken.user.id, { status: "needs_attention" });
    const doneConnection = await createDemoConnection(db, done.user.id, { lastSyncedAt: new Date() });
    const all = [due, lapsedConnection, neverConnection, brokenConnection, doneConnection].map((c) => c.id);

    const chosen = await dueConnections(db, { day: today });
    expect(chosen.map((c) => c.connectionId).filter((id) => all.includes(id))).toEqual([due.id]);

    // The cron fires at midnight; the connection's sync waits for its own time of day.
    const midnight = Date.parse(`${today}T00:00:00Z`);
    const slot = midnight + dailySlotSeconds(due.id, 86_400) * 1000;
    const clock = manualClock(midnight);
    const runner = createEmbeddedRunner(embeddedFunctions, {
      database: async () => handle,
      now: clock.now,
      baseDelayMs: 5,
      log: recordingLog(),
    });
    await runner.fireCron("daily-refresh");
    clock.set(slot - 1000);
    await runner.drain({ horizonMs: 0 });
    expect(await db.select().from(syncs).where(inArray(syncs.connectionId, all))).toEqual([]);
    const waiting = await queryRows<{ run_at: Date | string }>(
      db,
      sql`select run_at from job_runs where function_id = 'sync-connection' and event->'data'->>'connectionId' = ${due.id}`,
    );
    expect(waiting.map((run) => new Date(run.run_at).getTime())).toEqual([slot]);

    clock.set(slot);
    await runner.drain();
    // A second plan the same day (a retry, the cron firing again) must not sync again.
    await runner.fireCron("daily-refresh");
    clock.set(midnight + 86_399_000);
    await runner.drain();

    const started = await db.select().from(syncs).where(inArray(syncs.connectionId, all));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ connectionId: due.id, reason: "daily", status: "succeeded" });
    expect(started[0]!.imported).toBeGreaterThan(250);
    const [again] = await db.select().from(syncs).where(eq(syncs.connectionId, due.id));
    expect(again!.id).toBe(started[0]!.id);
  });

  it("runs the sync its first step created when that step failed before it was stored", async () => {
    const db = handle.db;
    const { user } = await createTestUser(db, { label: "begin-retry", activeDaysAgo: 1 });
    const connection = await createDemoConnection(db, user.id);
    let failures = 0;
    const runner = createEmbeddedRunner(embeddedFunctions, {
      database: async () => handle,
      baseDelayMs: 5,
      log: recordingLog(),
      // The step's work is done (the sync row committed), then the attempt fails before the result is kept:
      // a lost connection to the database, or the process stopping there.
      onStep: ({ functionId, stepId, phase }) => {
        if (functionId === "sync-connection" && stepId === "begin" && phase === "ran" && failures++ === 0)
          throw new Error("Connection terminated unexpectedly");
      },
    });
    const event = connectionSyncRequested(
      { connectionId: connection.id, userId: user.id, institutionId: "demo", reason: "daily" },
      { id: `sync:${connection.id}:test-day` },
    );
    await runner.dispatch(event);
    await runner.drain();

    // Before, the retry found "another" sync running (its own), stepped aside, and the sync stayed running
    // with nothing imported, so "Refresh now" kept answering with it.
    expect(failures).toBe(2);
    const made = await db.select().from(syncs).where(eq(syncs.connectionId, connection.id));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ reason: "daily", status: "succeeded" });
    expect(made[0]!.imported).toBeGreaterThan(250);
    const [{ rows } = { rows: 0 }] = await queryRows<{ rows: number }>(
      db,
      sql`select count(*)::int as rows from transactions where user_id = ${user.id}::uuid`,
    );
    expect(rows).toBe(made[0]!.imported);

    // The same event delivered again after the sync finished (as Inngest may) starts nothing.
    const again = await beginConnectionSync(db, { ...event.data, newSyncId: made[0]!.id });
    expect(again).toBeNull();
    expect(await db.select().from(syncs).where(eq(syncs.connectionId, connection.id))).toHaveLength(1);
  });

  it("spreads the day's syncs over the 24 hours, the same time each day", () => {
    const ids = Array.from(
      { length: 2000 },
      (_, i) =>
        `${i.toString(16).padStart(8, "0")}-0000-4000-8000-${(i * 7919).toString(16).padStart(12, "0")}`,
    );
    const hours = new Array(24).fill(0);
    for (const id of ids) hours[Math.floor(dailySlotSeconds(id, 86_400) / 3600)]++;
    // Every hour gets some, none more than twice its share.
    expect(Math.min(...hours)).toBeGreaterThan(0);
    expect(Math.max(...hours)).toBeLessThan((2 * ids.length) / 24);
    expect(dailySlotSeconds(ids[5]!, 86_400)).toBe(dailySlotSeconds(ids[5]!, 86_400));
  });

  it("pages through a bucket beyond one page, one sync event per connection, a page of state per run", async () => {
    const db = handle.db;
    const owner = await createTestUser(db, { label: "many", activeDaysAgo: 1 });
    // Seven connections of one owner: one bucket (the owner's), so that pages of two need four runs.
    const ids = Array.from({ length: 7 }, (_, i) => `0${i}000000-0000-4000-8000-000000000000`);
    const ownerBucket = Number.parseInt(owner.user.id.slice(-2), 16) % 16;
    await db.insert(connections).values(
      ids.map((id, i) => ({
        id,
        userId: owner.user.id,
        institutionId: i % 2 ? "demo" : "other-bank",
        institutionName: "Bank",
        ofxUrl: "demo",
        org: "ORG",
        fid: "1",
        login: `login-${i}`,
        passwordCiphertext: "unused",
      })),
    );
    const requested: {
      id: string;
      connectionId: string;
      institutionId: string;
      throttleKey?: string;
      ts: number;
    }[] = [];
    const syncStub = defineFunction(
      { id: "sync-connection-stub", trigger: { event: "connection/sync.requested" } },
      ({ event }) => {
        requested.push({
          id: String(event.id),
          connectionId: event.data.connectionId,
          institutionId: event.data.institutionId,
          throttleKey: event.data.throttleKey,
          ts: Number(event.ts),
        });
      },
    );
    const runner = createEmbeddedRunner([dailyRefreshRequestedFunction, dailyRefreshPageFunction, syncStub], {
      database: async () => handle,
      baseDelayMs: 5,
      log: recordingLog(),
    });
    const day = new Date().toISOString().slice(0, 10);
    await runner.dispatch(dailyRefreshRequested({ pageSize: 2 }));
    await runner.drain();

    const ours = requested.filter((event) => ids.includes(event.connectionId));
    expect(ours.map((event) => event.connectionId).sort()).toEqual(ids);
    expect(ours.map((event) => event.id).sort()).toEqual(ids.map((id) => `sync:${id}:${day}`).sort());
    expect(new Set(ours.map((event) => event.institutionId))).toEqual(new Set(["demo", "other-bank"]));
    // A real bank's syncs share its throttle; the Demo Bank's (Tally's own code) are held back per connection only.
    for (const event of ours) {
      expect(event.throttleKey).toBe(
        event.institutionId === "demo" ? `connection:${event.connectionId}` : "institution:other-bank",
      );
    }

    const pages = await queryRows<{ bucket: number; after: string | null; steps: number; bytes: number }>(
      db,
      sql`select (r.event->'data'->>'bucket')::int as bucket, r.event->'data'->'after'->>'connectionId' as after,
            (select count(*)::int from job_steps s where s.run_id = r.id) as steps,
            (select coalesce(sum(length(s.result)), 0)::int from job_steps s where s.run_id = r.id) as bytes
          from job_runs r where r.function_id = 'daily-refresh-page' and r.status = 'completed'
            and r.event_id like 'daily-page:%:now:%'`,
    );
    expect(pages).toHaveLength(16 + 3); // one chain per bucket; the first bucket continues three times
    const ownersChain = pages.filter((page) => page.bucket === ownerBucket);
    expect(ownersChain.map((page) => page.after).sort()).toEqual([ids[1], ids[3], ids[5], null].sort());
    // Each run keeps at most three steps (load, sync events, next page), whatever the number of connections.
    expect(Math.max(...pages.map((page) => page.steps))).toBeLessThanOrEqual(3);
    expect(Math.max(...pages.map((page) => page.bytes))).toBeLessThan(2_000);
  });

  it("spreads new users (time-ordered ids) over the buckets and finds each of their connections once", async () => {
    const db = handle.db;
    const owners: Array<Awaited<ReturnType<typeof createTestUser>>> = [];
    for (let i = 0; i < 24; i++)
      owners.push(await createTestUser(db, { label: `v7-${i}`, activeDaysAgo: 1 }));
    const made: Array<{ id: string }> = [];
    for (const owner of owners) made.push(await createDemoConnection(db, owner.user.id));
    const day = new Date().toISOString().slice(0, 10);

    const seen: string[] = [];
    const bucketsUsed = new Set<number>();
    for (let bucket = 0; bucket < 16; bucket++) {
      let after: { userId: string; connectionId: string } | null = null;
      for (;;) {
        const page = await dueConnections(db, { day, bucket, after, limit: 3 });
        for (const connection of page) {
          seen.push(connection.connectionId);
          if (made.some((c) => c.id === connection.connectionId)) bucketsUsed.add(bucket);
        }
        if (page.length < 3) break;
        const last = page.at(-1)!;
        after = { userId: last.userId, connectionId: last.connectionId };
      }
    }
    const ours = seen.filter((id) => made.some((c) => c.id === id));
    expect(ours.sort()).toEqual(made.map((c) => c.id).sort());
    expect(new Set(seen).size).toBe(seen.length);
    // Ids made one after another share their leading (time) digits; ranges of ids would put them all in one
    // bucket. 24 owners landing in a single one of 16 buckets by chance: 16^-23.
    expect(bucketsUsed.size).toBeGreaterThan(1);
  });
});
