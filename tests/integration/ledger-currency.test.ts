// Totals per currency, "this month" where the user lives, and "apply to all from this seller" that keeps the
// user's own choices.

import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as uploadRoute } from "@/app/api/v1/accounts/[id]/statements/route";
import { GET as getMe, PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as spendingRoute } from "@/app/api/v1/spending/route";
import { GET as trendRoute } from "@/app/api/v1/spending/trend/route";
import { PATCH as patchTransactionRoute } from "@/app/api/v1/transactions/[id]/route";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { createManualAccount } from "@/server/accounts/accounts";
import { importTransactions } from "@/server/sync/import-transactions";
import { foreignAccount, transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions, expectSpendingApiAgrees } from "../support/ledger";

let db: Database;
let runner: EmbeddedRunner;
const make = transactionFactory("currency");
const GROCERIES = defaultCategoryId("food-dining.groceries");
const RESTAURANTS = defaultCategoryId("food-dining.restaurants");

async function upload(token: string, accountId: string, name: string, text: string) {
  const form = new FormData();
  form.set("file", new File([text], name));
  const response = await uploadRoute(
    new Request(`http://localhost/api/v1/accounts/${accountId}/statements`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    }),
    { params: Promise.resolve({ id: accountId }) },
  );
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  ({ db } = await useTestDatabase());
  runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
});

describe("money in more than one currency", () => {
  it("a EUR statement file imported into a EUR account is stored, totalled and shown as EUR", async () => {
    const { user, token } = await createTestUser(db, { label: "eur" });
    const account = await createManualAccount(db, user.id, foreignAccount);
    const csv = [
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "03/02/2026,03/03/2026,CARREFOUR MARKET PARIS,Groceries,Sale,-23.90,",
      "03/05/2026,03/06/2026,MONOPRIX,Groceries,Sale,-41.15,",
    ].join("\n");
    const accepted = await upload(token, account.id, "export.csv", csv);
    expect(accepted.status).toBe(202);
    await runner.drain();
    const listed = await call(listTransactionsRoute, { token, path: "/api/v1/transactions" });
    expect(listed.body.data.map((row: { currency: string }) => row.currency)).toEqual(["EUR", "EUR"]);
    // A user whose money is all in euros sees euros by default.
    const spending = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-03" });
    expect(spending.body).toMatchObject({ currency: "EUR", total_spent: "65.05" });
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect([...sums.keys()].every((key) => key.startsWith("EUR|"))).toBe(true);
  });

  it("before anything is imported, totals are in the first account's currency, then in the one used most", async () => {
    const { user, token } = await createTestUser(db, { label: "eur-empty" });
    await createManualAccount(db, user.id, foreignAccount);
    const dollars = await createManualAccount(db, user.id, {
      name: "Checking",
      type: "checking",
      currency: "USD",
    });
    const empty = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-03" });
    expect(empty.body).toMatchObject({ currency: "EUR", total_spent: "0.00" });
    // The first import decides, at once (the cached default goes with the import).
    await importTransactions(db, { userId: user.id, accountId: dollars.id, currency: "USD", syncId: null }, [
      make.purchase(1250, "SAFEWAY #1234", "2026-03-04"),
    ]);
    const after = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-03" });
    expect(after.body).toMatchObject({ currency: "USD", total_spent: "12.50" });
  });

  it("USD 10 and EUR 10 in the same category are two totals of 10, never one of 20", async () => {
    const { user, token } = await createTestUser(db, { label: "mixed" });
    const dollars = await createManualAccount(db, user.id, {
      name: "Checking",
      type: "checking",
      currency: "USD",
    });
    const euros = await createManualAccount(db, user.id, foreignAccount);
    await importTransactions(db, { userId: user.id, accountId: dollars.id, currency: "USD", syncId: null }, [
      make.purchase(1000, "SAFEWAY #1234", "2026-03-04"),
    ]);
    await importTransactions(db, { userId: user.id, accountId: euros.id, currency: "EUR", syncId: null }, [
      make.purchase(1000, "SAFEWAY #1234", "2026-03-05"),
    ]);
    const main = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-03" });
    // One transaction each: the main currency is the first account's.
    expect(main.body).toMatchObject({ currency: "USD", total_spent: "10.00" });
    const inEuros = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-03&currency=eur" });
    expect(inEuros.body).toMatchObject({ currency: "EUR", total_spent: "10.00" });
    expect(inEuros.body.categories).toEqual([
      expect.objectContaining({ category_id: GROCERIES, amount: "10.00" }),
    ]);
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect(await expectSpendingApiAgrees(db, token, sums)).toBe(2);
    const bad = await call(spendingRoute, { token, path: "/api/v1/spending?currency=dollars" });
    expect(bad.status).toBe(400);
  });
});

describe("the user's time zone", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is set in the profile, refused when it is not a zone, and decides this month for the spending API", async () => {
    const { user, token } = await createTestUser(db, { label: "zone" });
    expect((await call(getMe, { token })).body.time_zone).toBe("UTC");
    const wrong = await call(patchMe, { method: "PATCH", token, body: { time_zone: "Mars/Olympus_Mons" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty("time_zone");
    const set = await call(patchMe, { method: "PATCH", token, body: { time_zone: "America/Los_Angeles" } });
    expect(set.body.time_zone).toBe("America/Los_Angeles");

    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      make.purchase(4200, "SAFEWAY #1234", "2026-01-31"),
    ]);
    // 03:30 UTC on 1 February is the evening of 31 January in California: this month is still January.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-02-01T03:30:00Z"));
    const thisMonth = await call(spendingRoute, { token, path: "/api/v1/spending" });
    expect(thisMonth.body).toMatchObject({ month: "2026-01", total_spent: "42.00" });
    const trend = await call(trendRoute, { token, path: "/api/v1/spending/trend?months=2" });
    expect(trend.body.months.map((month: { month: string }) => month.month)).toEqual(["2025-12", "2026-01"]);
    // Dates stay the bank's: the purchase is still on 31 January.
    const [row] = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(row!.postedOn).toBe("2026-01-31");
  });
});

describe("applying a category to all from a seller", () => {
  it("changes the seller's other transactions but keeps the ones the user chose by hand, and says so", async () => {
    const { user, token } = await createTestUser(db, { label: "seller" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(
      db,
      { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
      ["2026-03-01", "2026-03-08", "2026-03-15", "2026-04-02"].map((day) =>
        make.purchase(650, "STARBUCKS STORE 05432", day),
      ),
    );
    const rows = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    const [handPicked, chosen] = rows;
    const patch = (id: string, body: object) =>
      call(patchTransactionRoute, { method: "PATCH", token, params: { id }, body });
    await patch(handPicked!.id, { category_id: RESTAURANTS });

    const applied = await patch(chosen!.id, { category_id: GROCERIES, apply_to_seller: true });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      id: chosen!.id,
      category: { id: GROCERIES },
      category_source: "user",
      recategorized: { changed: 3, kept: 1 },
    });
    const after = new Map(
      (await db.select().from(transactions).where(eq(transactions.userId, user.id))).map((row) => [
        row.id,
        row,
      ]),
    );
    expect(after.get(handPicked!.id)).toMatchObject({ categoryId: RESTAURANTS, categorySource: "user" });
    expect(after.get(chosen!.id)).toMatchObject({ categoryId: GROCERIES, categorySource: "user" });
    const others = rows.slice(2).map((row) => after.get(row.id));
    expect(others.every((row) => row?.categoryId === GROCERIES && row.categorySource === "rule")).toBe(true);
    // The totals moved with the change, in the same request.
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    await expectSpendingApiAgrees(db, token, sums);
  });
});
