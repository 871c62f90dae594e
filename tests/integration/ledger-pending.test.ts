// Pending purchases: counted once while pending, once when they post (with or without the bank's id, with a
// tip added), and not at all once the bank drops them; the monthly totals follow every step.

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchTransactionRoute } from "@/app/api/v1/transactions/[id]/route";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory, updateCategory } from "@/server/categorize/categories";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { decimal, expectAggregateMatchesTransactions, expectSpendingApiAgrees } from "../support/ledger";

let db: Database;
const make = transactionFactory("pending");

async function setUp() {
  const { user, token } = await createTestUser(db, { label: "pending" });
  const account = await createManualAccount(db, user.id, {
    name: "Card",
    type: "credit_card",
    currency: "USD",
  });
  const target = { userId: user.id, accountId: account.id, currency: "USD", syncId: null };
  const importStatement = (rows: ParsedTransaction[]) => importTransactions(db, target, rows);
  const rows = () => db.select().from(transactions).where(eq(transactions.userId, user.id));
  return { user, token, account, importStatement, rows };
}

const rent = make.purchase(150_000, "PROPERTY MGMT RENT", "2026-03-01");

// Luigi's, as a card shows it pending and then posts it under its full name (to Tally, another seller).
const luigisPending = () =>
  make.pendingWithoutId({ postedOn: "2026-03-20", amount: -3000, description: "TST* LUIGIS PIZZA" });
const luigisPosted = () =>
  make.postedWithoutId({ postedOn: "2026-03-21", amount: -3600, description: "TST* LUIGIS PIZZA TRATTORIA" });

/** Files the transaction, and all from its seller (a seller rule), under the category, as the page does. */
async function fileAllFromSeller(token: string, id: string, categoryId: string) {
  const filed = await call(patchTransactionRoute, {
    method: "PATCH",
    token,
    params: { id },
    body: { category_id: categoryId, apply_to_seller: true },
  });
  expect(filed.status).toBe(200);
}

describe("pending purchases", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  it("the coffee that posts a day later without an id, with a tip, is counted once", async () => {
    const { user, token, importStatement, rows } = await setUp();
    const pendingCoffee = make.pendingWithoutId({
      postedOn: "2026-03-10",
      amount: -450,
      description: "SQ *BLUE BOTTLE COF",
    });
    expect(await importStatement([rent, pendingCoffee])).toMatchObject({ imported: 1, pending: 1 });
    let sums = await expectAggregateMatchesTransactions(db, user.id);
    await expectSpendingApiAgrees(db, token, sums);

    const postedCoffee = make.postedWithoutId({
      postedOn: "2026-03-11",
      amount: -540,
      description: "SQ *BLUE BOTTLE COFFEE SAN FRANCISCO CA",
    });
    const second = await importStatement([rent, postedCoffee]);
    expect(second).toEqual({ imported: 0, duplicates: 1, pending: 0, settled: 1, removed: 0 });
    const coffees = (await rows()).filter((row) => row.description.includes("BLUE BOTTLE"));
    expect(coffees.map((row) => [row.amount, row.pending, row.postedOn])).toEqual([
      ["-5.40", false, "2026-03-11"],
    ]);
    sums = await expectAggregateMatchesTransactions(db, user.id);
    const coffeeSpend = [...sums].find(([key]) =>
      key.endsWith(defaultCategoryId("food-dining.coffee-shops")),
    );
    expect(decimal(coffeeSpend![1].outflow)).toBe("5.40");
    await expectSpendingApiAgrees(db, token, sums);

    // The first statement again (a re-upload): the pending coffee it lists has posted; it is not stored again.
    expect(await importStatement([rent, pendingCoffee])).toMatchObject({
      imported: 0,
      pending: 0,
      duplicates: 2,
    });
    expect((await rows()).filter((row) => row.description.includes("BLUE BOTTLE"))).toHaveLength(1);
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("two identical coffees: one posts while the other is still pending, then both have posted", async () => {
    const { user, importStatement, rows } = await setUp();
    const [first, second] = make.identicalSameDay({ pending: true, postedOn: "2026-03-10" });
    await importStatement([first!, second!]);
    expect((await rows()).filter((row) => row.pending)).toHaveLength(2);

    const posted = make.postedWithoutId({
      postedOn: "2026-03-12",
      amount: -450,
      description: "COFFEE CART #2",
    });
    expect(await importStatement([first!, posted])).toMatchObject({ settled: 1, duplicates: 1 });
    expect((await rows()).map((row) => row.pending).sort()).toEqual([false, true]);
    await expectAggregateMatchesTransactions(db, user.id);

    const alsoPosted = make.postedWithoutId({
      postedOn: "2026-03-13",
      amount: -450,
      description: "COFFEE CART #2",
    });
    expect(await importStatement([posted, alsoPosted])).toMatchObject({
      settled: 1,
      duplicates: 1,
      imported: 0,
    });
    const all = await rows();
    expect(all.map((row) => [row.amount, row.pending])).toEqual([
      ["-4.50", false],
      ["-4.50", false],
    ]);
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect([...sums.values()].reduce((total, sum) => total + sum.outflow, 0n)).toBe(900n);
  });

  it("a pending row the bank drops is removed with its spending; one outside the statement's dates stays", async () => {
    const { user, importStatement, rows } = await setUp();
    const hotelHold = make.pendingWithoutId({
      postedOn: "2026-03-05",
      amount: -20_000,
      description: "HILTON HOLD",
    });
    const oldHold = make.pendingWithoutId({
      postedOn: "2026-02-20",
      amount: -5_000,
      description: "GAS STATION",
    });
    await importStatement([oldHold, hotelHold, rent]);
    const later = make.purchase(1200, "SAFEWAY #1234", "2026-03-20");
    // Covers 1 to 20 March: the hotel hold is gone; the February hold is outside these dates.
    expect(await importStatement([rent, later])).toMatchObject({ removed: 1, imported: 1, duplicates: 1 });
    expect((await rows()).map((row) => row.description).sort()).toEqual([
      "GAS STATION",
      "PROPERTY MGMT RENT",
      "SAFEWAY #1234",
    ]);
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("the category a user gave a pending purchase stays when it posts, and moves with it", async () => {
    const { user, token, importStatement, rows } = await setUp();
    await importStatement([
      make.pendingWithoutId({ postedOn: "2026-03-31", amount: -3000, description: "TST* LUIGIS" }),
    ]);
    const [pending] = await rows();
    const restaurants = defaultCategoryId("food-dining.restaurants");
    const groceries = defaultCategoryId("food-dining.groceries");
    const chosen = await call(patchTransactionRoute, {
      method: "PATCH",
      token,
      params: { id: pending!.id },
      body: { category_id: groceries },
    });
    expect(chosen.status).toBe(200);
    // Posted on 1 April with a 20% tip: the purchase moves to April, still in the user's category.
    await importStatement([
      make.postedWithoutId({ postedOn: "2026-04-01", amount: -3600, description: "TST* LUIGIS TRATTORIA" }),
    ]);
    const [settled] = await rows();
    expect(settled).toMatchObject({
      id: pending!.id,
      pending: false,
      amount: "-36.00",
      categoryId: groceries,
    });
    expect(settled!.categoryId).not.toBe(restaurants);
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect([...sums.keys()]).toEqual([`USD|2026-04|${groceries}`]);
  });

  it("a purchase that posts under a seller the user filed with 'all from this seller' follows that rule", async () => {
    const { token, importStatement, rows } = await setUp();
    const fastFood = defaultCategoryId("food-dining.fast-food");
    // February: Luigi's posted under its full name; the user files it, and all from the seller, as Fast Food.
    await importStatement([make.purchase(2800, "TST* LUIGIS PIZZA TRATTORIA", "2026-02-14")]);
    const [february] = await rows();
    await fileAllFromSeller(token, february!.id, fastFood);

    // March: the card shows it pending under a shorter name the rule does not name, so Tally guesses.
    await importStatement([luigisPending()]);
    const pending = (await rows()).find((row) => row.pending)!;
    expect(pending.categoryId).not.toBe(fastFood);

    // It posts under the full name: the seller the user filed, so it is Fast Food by their rule.
    await importStatement([luigisPosted()]);
    const settled = (await rows()).find((row) => row.id === pending.id);
    expect(settled).toMatchObject({ pending: false, categoryId: fastFood, categorySource: "rule" });
  });

  it("a pending purchase the user's rule filed stays filed when it posts under a name no rule names", async () => {
    const { token, importStatement, rows } = await setUp();
    const fastFood = defaultCategoryId("food-dining.fast-food");
    await importStatement([make.purchase(2800, "TST* LUIGIS PIZZA", "2026-02-14")]);
    const [february] = await rows();
    await fileAllFromSeller(token, february!.id, fastFood);
    await importStatement([luigisPending()]);
    const pending = (await rows()).find((row) => row.pending)!;
    expect(pending).toMatchObject({ categoryId: fastFood, categorySource: "rule" });
    // Posted under a fuller name the rule does not name: the user's rule still speaks for this purchase.
    await importStatement([luigisPosted()]);
    expect((await rows()).find((row) => row.id === pending.id)).toMatchObject({
      pending: false,
      categoryId: fastFood,
      categorySource: "rule",
    });
  });

  it("a pending purchase filed by rule under a category the user hid since takes the posted row's category", async () => {
    const { user, token, importStatement, rows } = await setUp();
    const pizza = await createCategory(db, user.id, {
      name: "Pizza nights",
      parentId: defaultCategoryId("food-dining"),
    });
    await importStatement([make.purchase(2800, "TST* LUIGIS PIZZA", "2026-02-14")]);
    const [february] = await rows();
    await fileAllFromSeller(token, february!.id, pizza.id);
    await importStatement([luigisPending()]);
    const pending = (await rows()).find((row) => row.pending)!;
    expect(pending).toMatchObject({ categoryId: pizza.id, categorySource: "rule" });

    await updateCategory(db, user.id, pizza.id, { hidden: true });
    await importStatement([luigisPosted()]);
    const settled = (await rows()).find((row) => row.id === pending.id)!;
    expect(settled.pending).toBe(false);
    expect(settled.categoryId).not.toBe(pizza.id);
    expect(settled.categorySource).not.toBe("rule");
    // The February purchase keeps the category it was filed under.
    expect((await rows()).find((row) => row.id === february!.id)).toMatchObject({ categoryId: pizza.id });
  });

  it("with the bank's id, the posted row updates the pending one, even when two writers settle it at once", async () => {
    const { user, importStatement } = await setUp();
    const ids = ["fit-a", "fit-b", "fit-c"];
    await importStatement(
      ids.map((externalId, i) =>
        make.pending({ externalId, postedOn: `2026-03-0${i + 1}`, amount: -1000 * (i + 1) }),
      ),
    );
    const postedStatement = ids.map((externalId, i) =>
      make.posted({ externalId, postedOn: `2026-03-0${i + 3}`, amount: -1100 * (i + 1) }),
    );
    const results = await Promise.all([importStatement(postedStatement), importStatement(postedStatement)]);
    // One writer settled the three rows; the other found them already posted.
    expect(results.map((result) => result!.settled).sort()).toEqual([0, 3]);
    expect(results.map((result) => result!.duplicates).sort()).toEqual([0, 3]);
    const stored = await db
      .select()
      .from(transactions)
      .where(and(eq(transactions.userId, user.id), eq(transactions.pending, false)));
    expect(stored.map((row) => row.amount).sort()).toEqual(["-11.00", "-22.00", "-33.00"]);
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect([...sums.values()].reduce((total, sum) => total + sum.outflow, 0n)).toBe(6600n);
  });
});
