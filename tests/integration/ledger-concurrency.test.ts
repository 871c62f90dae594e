// Several writers at once (on the Postgres server, each on its own connection): one connection per bank login,
// one sync per connection, and monthly totals that stay exact while imports, rebuilds, recategorizations and
// removals race.

import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as refreshRoute } from "@/app/api/v1/connections/[id]/refresh/route";
import { DELETE as deleteConnectionRoute } from "@/app/api/v1/connections/[id]/route";
import { POST as linkRoute } from "@/app/api/v1/connections/route";
import type { Database } from "@/db";
import { connections, syncs, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { createManualAccount, deleteManualAccount } from "@/server/accounts/accounts";
import { rebuildAggregate } from "@/server/spending/aggregate";
import { importTransactions } from "@/server/sync/import-transactions";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { seededRandom, transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";
import { expectAggregateMatchesTransactions, storedAggregate } from "../support/ledger";

let db: Database;
let runner: EmbeddedRunner;
const make = transactionFactory("race");

const SELLERS = ["STARBUCKS STORE 05432", "SAFEWAY #1234", "SHELL OIL 57444", "KOVARIN BAKERY #12"];

function statement(seed: number, count: number) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    make.posted({
      externalId: `s${seed}-${i}`,
      postedOn: `2026-0${random.int(1, 4)}-${String(random.int(1, 28)).padStart(2, "0")}`,
      amount: random.chance(0.1) ? random.int(100, 5000) : -random.int(100, 20000),
      description: random.pick(SELLERS),
    }),
  );
}

describe("writers at the same time", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    await startDemoBank(new Date());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("linking the same bank login five times at once gives one connection, and a 409 to the others", async () => {
    const { token, user } = await createTestUser(db, { label: "links" });
    const body = { institution_id: "demo", account_login: "five-at-once", account_password: "demo" };
    const responses = await Promise.all(Array.from({ length: 5 }, () => call(linkRoute, { token, body })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const conflict = responses.find((response) => response.status === 409)!;
    expect(conflict.body.error.message).toMatch(/already linked/);
    expect(await db.select().from(connections).where(eq(connections.userId, user.id))).toHaveLength(1);
    await runner.drain();
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("ten “Refresh now” at once start one sync, and every click gets it", async () => {
    const { token, user } = await createTestUser(db, { label: "refreshes" });
    const linked = await call(linkRoute, {
      token,
      body: { institution_id: "demo", account_login: "ten-clicks", account_password: "demo" },
    });
    await runner.drain();
    const id = linked.body.connection.id as string;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call(refreshRoute, { token, params: { id } })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(202));
    expect(new Set(responses.map((response) => response.body.sync.id)).size).toBe(1);
    const started = await db
      .select()
      .from(syncs)
      .where(and(eq(syncs.connectionId, id), eq(syncs.reason, "manual")));
    expect(started).toHaveLength(1);
    await runner.drain();
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("rebuilds racing imports never fail and never lose a delta", async () => {
    const { user } = await createTestUser(db, { label: "rebuilds" });
    const [checking, card] = await Promise.all([
      createManualAccount(db, user.id, { name: "Checking", type: "checking", currency: "USD" }),
      createManualAccount(db, user.id, { name: "Card", type: "credit_card", currency: "USD" }),
    ]);
    const target = (accountId: string) => ({ userId: user.id, accountId, currency: "USD", syncId: null });
    await Promise.all([
      importTransactions(db, target(checking.id), statement(1, 1500), { batchSize: 200 }),
      importTransactions(db, target(card.id), statement(2, 1500), { batchSize: 200 }),
      rebuildAggregate(db, user.id),
      rebuildAggregate(db, user.id, ["2026-02", "2026-03"]),
      rebuildAggregate(db, user.id),
    ]);
    await expectAggregateMatchesTransactions(db, user.id);
    expect((await rebuildAggregate(db, user.id)).driftRows).toBe(0);
  });

  it("removing accounts while they import answers without an error, and leaves no totals behind", async () => {
    const { token, user } = await createTestUser(db, { label: "removals" });
    const manual = await createManualAccount(db, user.id, {
      name: "Uploads",
      type: "checking",
      currency: "USD",
    });
    const linked = await call(linkRoute, {
      token,
      body: { institution_id: "demo", account_login: "removed-mid-sync", account_password: "demo" },
    });
    const [imported, removedManual, removedConnection] = await Promise.all([
      importTransactions(
        db,
        { userId: user.id, accountId: manual.id, currency: "USD", syncId: null },
        statement(3, 800),
      ),
      deleteManualAccount(db, user.id, manual.id).then(() => "removed"),
      call(deleteConnectionRoute, { token, params: { id: linked.body.connection.id } }),
      runner.drain(),
    ]);
    // The import ran either before the removal (and was removed with the account) or after it (and stopped).
    expect(imported === null || imported.imported === 800).toBe(true);
    expect(removedManual).toBe("removed");
    expect(removedConnection.status).toBe(204);
    await runner.drain();
    expect(await db.select().from(transactions).where(eq(transactions.userId, user.id))).toEqual([]);
    expect((await storedAggregate(db, user.id)).size).toBe(0);
  });

  it("whole-seller changes racing each other and an import keep every month exact", async () => {
    const { user } = await createTestUser(db, { label: "sellers" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    const target = { userId: user.id, accountId: account.id, currency: "USD", syncId: null };
    await importTransactions(db, target, statement(4, 300));
    const rows = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    const bySeller = (prefix: string) => rows.find((row) => row.description.startsWith(prefix))!.id;
    const categories = [
      defaultCategoryId("food-dining.restaurants"),
      defaultCategoryId("food-dining.groceries"),
      defaultCategoryId("shopping"),
    ];
    await Promise.all([
      importTransactions(db, target, statement(5, 600), { batchSize: 100 }),
      ...SELLERS.flatMap((seller, i) => [
        recategorizeTransaction(db, user.id, bySeller(seller), {
          categoryId: categories[i % 3]!,
          applyToSeller: true,
        }),
        recategorizeTransaction(db, user.id, bySeller(seller), { categoryId: categories[(i + 1) % 3]! }),
      ]),
      rebuildAggregate(db, user.id),
    ]);
    await expectAggregateMatchesTransactions(db, user.id);
    const starbucks = await db
      .select()
      .from(transactions)
      .where(and(eq(transactions.userId, user.id), inArray(transactions.id, [bySeller(SELLERS[0]!)])));
    expect(starbucks[0]!.categorySource).toBe("user");
  });
});
