// The outbox: events are written with the domain write that implies them, and delivered afterwards however the
// engine behaves. Here the engine is Inngest's side of the relay (a transport the test controls and a clock it
// moves), and the writes are the app's own: refresh, recategorize, link.

import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as linkRoute } from "@/app/api/v1/connections/route";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { accounts, defaultCategories, jobOutbox } from "@/db/schema";
import { spendingRecomputeRequested } from "@/inngest/events";
import { jobHealth } from "@/inngest/health";
import { createLoop } from "@/inngest/loop";
import { enqueueEvents, onOutboxWrite } from "@/inngest/outbox";
import { type OutboxEvent, relayOutbox, relayOutboxOnce } from "@/inngest/relay";
import { importTransactions } from "@/server/sync/import-transactions";
import { refreshConnection } from "@/server/sync/refresh";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";
import { manualClock, recordingLog } from "../support/jobs";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await useTestDatabase();
  await startDemoBank();
});

const pendingRows = () =>
  queryRows<{ id: string; name: string; attempts: number; last_error: string | null }>(
    handle.db,
    sql`select id, name, attempts, last_error from job_outbox where sent_at is null order by created_at`,
  );

/** A user with a Demo Bank connection and two transactions at one seller, ready to recategorize. */
async function userWithTransactions(label: string) {
  const { user, token } = await createTestUser(handle.db, { label });
  const connection = await createDemoConnection(handle.db, user.id);
  const [account] = await handle.db.select().from(accounts).where(eq(accounts.connectionId, connection.id));
  await importTransactions(
    handle.db,
    { userId: user.id, accountId: account!.id, currency: "USD", syncId: null },
    [
      { externalId: `${label}-1`, postedOn: "2024-03-04", amount: -1250, description: "KOVARIN BAKERY #12" },
      { externalId: `${label}-2`, postedOn: "2024-04-09", amount: -830, description: "KOVARIN BAKERY #12" },
    ],
  );
  const [row] = await queryRows<{ id: string }>(
    handle.db,
    sql`select id from transactions where user_id = ${user.id}::uuid order by posted_on limit 1`,
  );
  const [category] = await handle.db
    .select({ id: defaultCategories.id })
    .from(defaultCategories)
    .where(eq(defaultCategories.slug, "shopping"));
  return { user, token, connection, transactionId: row!.id, categoryId: category!.id };
}

describe("the outbox", () => {
  it("commits events with the write and loses them with a rolled-back write", async () => {
    const kept = spendingRecomputeRequested({ userId: "u-kept", months: ["2024-01"] }, { id: "outbox-kept" });
    const lost = spendingRecomputeRequested({ userId: "u-lost", months: ["2024-01"] }, { id: "outbox-lost" });
    await handle.db.transaction((tx) => enqueueEvents(tx, kept));
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueueEvents(tx, lost);
        throw new Error("the write failed after its event was written");
      }),
    ).rejects.toThrow(/write failed/);
    const rows = await handle.db
      .select({ id: jobOutbox.id })
      .from(jobOutbox)
      .where(sql`${jobOutbox.id} in ('outbox-kept', 'outbox-lost')`);
    expect(rows).toEqual([{ id: "outbox-kept" }]);
    // Written again within the window, the same id is the same event.
    await handle.db.transaction((tx) => enqueueEvents(tx, [kept, kept]));
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from job_outbox where id = 'outbox-kept'`,
    );
    expect(n).toBe(1);
    await expect(
      handle.db.transaction((tx) =>
        enqueueEvents(tx, spendingRecomputeRequested({ userId: "u", months: ["2024-13"] })),
      ),
    ).rejects.toThrow(/must be YYYY-MM/);
  });

  it("keeps every write working while the engine refuses for a minute, then delivers each event once", async () => {
    await relayOutbox(handle.db, { kind: "remote", send: async () => {} }); // earlier tests' rows
    const clock = manualClock(Date.now());
    const downUntil = clock.now() + 60_000;
    const received: OutboxEvent[] = [];
    let refusals = 0;
    const engine = {
      kind: "remote" as const,
      send: async (events: OutboxEvent[]) => {
        if (clock.now() < downUntil) {
          refusals++;
          throw new Error("Inngest answered 503");
        }
        received.push(...events);
      },
    };

    // The user's writes all succeed while the engine is down, each with its event in the outbox.
    const alice = await userWithTransactions("alice");
    const refreshed = await refreshConnection(handle.db, alice.user.id, alice.connection.id);
    expect(refreshed.status).toBe("queued");
    const changed = await recategorizeTransaction(handle.db, alice.user.id, alice.transactionId, {
      categoryId: alice.categoryId,
      applyToSeller: true,
    });
    expect(changed).toEqual({ changed: 2, kept: 0 });
    const linked = await call(linkRoute, {
      token: alice.token,
      body: { institution_id: "demo", account_login: "second-login", account_password: "demo" },
    });
    expect(linked.status).toBe(201);
    const written = await pendingRows();
    expect(written.map((row) => row.name).sort()).toEqual([
      "budget/evaluate.requested",
      "connection/sync.requested",
      "connection/sync.requested",
    ]);

    // The relay keeps trying over the minute; the rows stay, with the engine's answer on them.
    const relayOptions = { now: clock.now, baseDelayMs: 1000, maxDelayMs: 15_000 };
    for (let second = 0; second < 60; second += 5) {
      expect(await relayOutbox(handle.db, engine, relayOptions)).toMatchObject({ delivered: 0 });
      clock.advance(5_000);
    }
    expect(refusals).toBeGreaterThan(3);
    const waiting = await pendingRows();
    expect(waiting).toHaveLength(3);
    expect(waiting.every((row) => row.last_error === "Error: Inngest answered 503")).toBe(true);
    const health = await jobHealth(handle.db, "inngest", new Date(clock.now()));
    expect(health.outbox.pending).toBe(3);
    expect(health.queue).toBeNull();

    // The engine is back: within its backoff, everything is delivered, each event once, with its row id.
    for (let second = 0; second < 30 && (await pendingRows()).length > 0; second += 5) {
      await relayOutbox(handle.db, engine, relayOptions);
      clock.advance(5_000);
    }
    expect(await pendingRows()).toEqual([]);
    expect(received.map((event) => event.id).sort()).toEqual(written.map((row) => row.id).sort());
    const evaluation = received.find((event) => event.name === "budget/evaluate.requested");
    expect(evaluation?.data).toEqual({ userId: alice.user.id, months: ["2024-03", "2024-04"] });
    const sync = received.find(
      (event) => event.name === "connection/sync.requested" && event.id === `sync:${refreshed.id}`,
    );
    expect(sync?.data).toMatchObject({ connectionId: alice.connection.id, institutionId: "demo" });
    // Nothing more to send, ever.
    await relayOutbox(handle.db, engine, relayOptions);
    expect(received).toHaveLength(3);
  });

  it("never makes a request wait for a slow engine: the relay runs beside it", async () => {
    const bob = await userWithTransactions("bob");
    let sends = 0;
    const hanging = {
      kind: "remote" as const,
      send: () => {
        sends++;
        return new Promise<void>(() => {}); // an engine that accepts the connection and never answers
      },
    };
    const log = recordingLog();
    const loop = createLoop(
      "test relay",
      async () => (await relayOutboxOnce(handle.db, hanging)).delivered > 0,
      {
        intervalMs: 60_000,
        log,
      },
    );
    const unsubscribe = onOutboxWrite(() => loop.kick());
    loop.start();
    try {
      const sync = await refreshConnection(handle.db, bob.user.id, bob.connection.id);
      expect(sync.status).toBe("queued");
      await expect.poll(() => sends).toBeGreaterThan(0);
      // A second write still goes through while the first delivery hangs.
      const changed = await recategorizeTransaction(handle.db, bob.user.id, bob.transactionId, {
        categoryId: bob.categoryId,
      });
      expect(changed.changed).toBe(1);
    } finally {
      unsubscribe();
      void loop.stop();
    }
  });
});
