import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { syncs } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import { dueConnections } from "@/server/sync/daily";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";

let db: Database;

describe("the daily refresh", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    await startDemoBank();
  });

  it("syncs, once a day, only connections of users active in the past 30 days that need no attention", async () => {
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

    const runner = bootEmbeddedRunner({
      runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } },
    });
    runner.fireCron("daily-refresh");
    await runner.drain();
    // A second fan-out the same day (a retry, or the operator command) must not sync again.
    runner.fireCron("daily-refresh");
    await runner.drain();

    const started = await db.select().from(syncs).where(inArray(syncs.connectionId, all));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ connectionId: due.id, reason: "daily", status: "succeeded" });
    expect(started[0]!.imported).toBeGreaterThan(250);
    const [again] = await db.select().from(syncs).where(eq(syncs.connectionId, due.id));
    expect(again!.id).toBe(started[0]!.id);
  });
});
