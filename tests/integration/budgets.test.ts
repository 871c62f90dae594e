// Budgets against a real database: recommendations from the aggregate, the user's own budgets by month,
// rollover, group roll-up, the projection, status, and the REST API's answers and refusals.
// Service calls run on a fixed clock; REST calls use today's month. Expected amounts are worked out here.

import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteBudget, PUT as putBudget } from "@/app/api/v1/budgets/[category_id]/route";
import { GET as getBudgets } from "@/app/api/v1/budgets/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import type { Database } from "@/db";
import { transactions, type User, users } from "@/db/schema";
import { currentMonth, shiftMonth } from "@/lib/months";
import { createManualAccount, deleteManualAccount } from "@/server/accounts/accounts";
import { evaluateBudgetMonths, getBudgetMonth, resetBudget, setBudget } from "@/server/budgets/budgets";
import type { BudgetLine, BudgetMonth } from "@/server/budgets/evaluate";
import { createCategory, updateCategory } from "@/server/categorize/categories";
import { updateProfile } from "@/server/identity/users";
import { loadBudgetStatuses } from "@/server/notifications/budget-statuses";
import { finishConnectionSync } from "@/server/sync/connection-sync";
import { importTransactions } from "@/server/sync/import-transactions";
import { createSync, markSyncRunning } from "@/server/sync/syncs";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createDemoConnection } from "../factories/connections";
import { addSpending, categoryId, monthly } from "../factories/spending";
import { transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { clearOutbox, outboxEvents } from "../support/jobs";

let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});
afterEach(async () => {
  await clearOutbox(db);
});

const GROCERIES = categoryId("food-dining.groceries");
const RESTAURANTS = categoryId("food-dining.restaurants");
const COFFEE = categoryId("food-dining.coffee-shops");
const FOOD = categoryId("food-dining");
const HOME = categoryId("home");
const RENT = categoryId("home.mortgage-rent");

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const line = (month: BudgetMonth, id: string): BudgetLine | undefined =>
  month.lines.find((candidate) => candidate.categoryId === id);

async function reload(user: User): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  return row!;
}

/** Groceries around $412 a month from September to February, and $1,900 in December. */
async function groceryShopper() {
  const { user, token } = await createTestUser(db, { label: "groceries" });
  await addSpending(db, user.id, [
    { on: "2025-08-01", cents: -38_000, category: "food-dining.groceries" },
    ...monthly("food-dining.groceries", {
      "2025-09": 41_200,
      "2025-10": 39_800,
      "2025-11": 43_100,
      "2025-12": 190_000,
      "2026-01": 40_500,
      "2026-02": 41_900,
    }),
  ]);
  return { user, token };
}

describe("recommendations", () => {
  it("is a typical month of the last 6, leaving out an unusual December", async () => {
    const { user } = await groceryShopper();
    const march = await getBudgetMonth(db, user, { now: at("2026-03-15") });
    expect(march.mode).toBe("history");
    // Without December: 39,800 40,500 41,200 41,900 43,100 → $412, rounded up to the $10 step.
    expect(line(march, GROCERIES)).toMatchObject({
      source: "recommended",
      budget: 42_000,
      recommended: 42_000,
      explanation: "Typical month over the last 6: $412 (December left out as unusual)",
    });
  });

  it("falls back to the income template for a user with 2 months, from their deposits", async () => {
    const { user } = await createTestUser(db, { label: "new" });
    await addSpending(db, user.id, [
      { on: "2026-01-20", cents: 260_000, category: "income.paycheck" },
      { on: "2026-02-03", cents: 260_000, category: "income.paycheck" },
      { on: "2026-02-17", cents: 260_000, category: "income.paycheck" },
      { on: "2026-02-05", cents: -9_000, category: "food-dining.groceries" },
    ]);
    const march = await getBudgetMonth(db, user, { now: at("2026-03-15") });
    expect(march.mode).toBe("template");
    // Only February is complete: $5,200 of pay. Food is 20%: $1,040, down to the $25 step: $1,025.
    const food = line(march, FOOD)!;
    expect(food).toMatchObject({ source: "recommended", budget: 102_500, rolledUp: false });
    expect(food.explanation).toBe("20% of your monthly income of $5,200 (typical of your deposits)");
    expect(line(march, GROCERIES)).toBeUndefined();
    expect(march.guidance).toMatch(/After 3 complete months/);
    expect(march.totals.budget).toBeLessThanOrEqual(520_000);

    // The income setting wins over the deposits.
    const withIncome = await reload(
      await updateProfile(db, user.id, { monthlyIncome: "6000.00" }).then(() => user),
    );
    const again = await getBudgetMonth(db, withIncome, { now: at("2026-03-15") });
    expect(line(again, FOOD)).toMatchObject({
      budget: 120_000,
      explanation: "20% of your monthly income of $6,000 (from your settings)",
    });
  });

  it("recommends nothing without data, and says what would", async () => {
    const { user, token } = await createTestUser(db, { label: "empty" });
    const month = await getBudgetMonth(db, user, { now: at("2026-03-15") });
    expect(month).toMatchObject({ mode: "none", lines: [] });
    expect(month.guidance).toMatch(/Link an account or import a statement, or enter your monthly income/);
    const response = await call(getBudgets, { token, path: "/api/v1/budgets" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      categories: [],
      recommendations: { mode: "none", message: expect.stringMatching(/Link an account/) },
    });
  });
});

describe("the user's own budgets", () => {
  it("sets a budget from a month on, keeps earlier months, and resets to the recommendation", async () => {
    const { user } = await groceryShopper();
    const now = at("2026-03-15");
    const februaryBefore = line(await getBudgetMonth(db, user, { month: "2026-02", now }), GROCERIES);
    expect(februaryBefore?.source).toBe("recommended");

    const set = await setBudget(db, user, GROCERIES, { month: "2026-03", amount: 50_000 }, now);
    expect(set).toMatchObject({
      source: "user",
      budget: 50_000,
      recommended: 42_000,
      effectiveFrom: "2026-03",
    });
    // February keeps what it had; April follows March until changed.
    expect(line(await getBudgetMonth(db, user, { month: "2026-02", now }), GROCERIES)).toEqual(
      februaryBefore,
    );
    expect(line(await getBudgetMonth(db, user, { month: "2026-04", now }), GROCERIES)?.budget).toBe(50_000);
    expect(await outboxEvents(db)).toContainEqual(
      expect.objectContaining({
        name: "budget/evaluate.requested",
        data: { userId: user.id, months: ["2026-03"] },
      }),
    );

    const reset = await resetBudget(db, user, GROCERIES, { month: "2026-03" }, now);
    expect(reset).toMatchObject({ source: "recommended", budget: 42_000, effectiveFrom: null });
    expect(line(await getBudgetMonth(db, user, { month: "2026-04", now }), GROCERIES)?.source).toBe(
      "recommended",
    );
  });

  it("rolls a surplus and an overspend over, across the year boundary", async () => {
    const { user } = await createTestUser(db, { label: "rollover" });
    await addSpending(db, user.id, [
      ...monthly("food-dining.groceries", { "2025-11": 39_000, "2025-12": 36_200, "2026-01": 45_500 }),
    ]);
    const now = at("2026-02-10");
    await setBudget(db, user, GROCERIES, { month: "2025-11", amount: 40_000 }, now);
    await setBudget(db, user, GROCERIES, { month: "2025-12", rollover: true }, now);

    const november = line(await getBudgetMonth(db, user, { month: "2025-11", now }), GROCERIES)!;
    expect(november).toMatchObject({ budget: 40_000, rollover: 0, rolloverEnabled: false });
    // $400 − $390 = $10 into December; $400 + $10 − $362 = $48 into January.
    const december = line(await getBudgetMonth(db, user, { month: "2025-12", now }), GROCERIES)!;
    expect(december).toMatchObject({ rollover: 1_000, available: 41_000, remaining: 41_000 - 36_200 });
    const january = line(await getBudgetMonth(db, user, { month: "2026-01", now }), GROCERIES)!;
    expect(january).toMatchObject({ rollover: 4_800, available: 44_800, spent: 45_500, status: "exceeded" });
    // January overspent by $7: February starts $7 short.
    const february = line(await getBudgetMonth(db, user, { month: "2026-02", now }), GROCERIES)!;
    expect(february).toMatchObject({ rollover: 44_800 - 45_500, available: 40_000 - 700 });
  });

  it("walks rollover back through a year of months, for a category and for a whole group", async () => {
    const { user } = await createTestUser(db, { label: "long-rollover" });
    const months = Array.from({ length: 13 }, (_, index) => shiftMonth("2025-01", index)); // 2025-01 … 2026-01
    await addSpending(db, user.id, [
      ...monthly("food-dining.groceries", Object.fromEntries(months.map((month) => [month, 9_000]))),
      ...monthly("food-dining.restaurants", Object.fromEntries(months.map((month) => [month, 28_000]))),
    ]);
    const now = at("2026-02-10");
    await setBudget(db, user, GROCERIES, { month: "2025-01", amount: 10_000, rollover: true }, now);
    await setBudget(db, user, FOOD, { month: "2025-01", amount: 40_000, rollover: true }, now);
    const february = await getBudgetMonth(db, user, { month: "2026-02", now });
    // January 2025 takes in nothing (no budget the month before); then 13 months leave $10 of groceries each.
    expect(line(february, GROCERIES)?.rollover).toBe(13 * (10_000 - 9_000));
    // The group's budget covers both categories: 13 months of $400 − ($90 + $280).
    expect(line(february, FOOD)?.rollover).toBe(13 * (40_000 - 9_000 - 28_000));
  });

  it("rolls a group up from its categories, until the group has a budget of its own", async () => {
    const { user } = await groceryShopper();
    await addSpending(db, user.id, [
      ...monthly("food-dining.restaurants", {
        "2025-09": 12_000,
        "2025-10": 15_000,
        "2025-11": 13_000,
        "2025-12": 14_000,
        "2026-01": 12_500,
        "2026-02": 13_500,
        "2026-03": 6_000,
      }),
      { on: "2026-03-04", cents: -20_000, category: "food-dining.groceries" },
      // Coffee only once in six months: no budget of its own.
      { on: "2026-03-06", cents: -900, category: "food-dining.coffee-shops" },
    ]);
    const now = at("2026-03-31");
    const march = await getBudgetMonth(db, user, { now });
    const groceries = line(march, GROCERIES)!;
    const restaurants = line(march, RESTAURANTS)!;
    // Restaurants: 12,000 12,500 13,000 13,500 14,000 15,000 → (13,000 + 13,500) / 2 = 13,250 → $140.
    expect(restaurants.budget).toBe(14_000);
    expect(line(march, COFFEE)).toBeUndefined();
    expect(line(march, FOOD)).toMatchObject({
      rolledUp: true,
      budget: groceries.budget + restaurants.budget,
      spent: 20_000 + 6_000,
      remaining: groceries.budget + restaurants.budget - 26_000,
    });
    expect(march.unbudgeted).toEqual({
      total: 900,
      categories: [expect.objectContaining({ categoryId: COFFEE, amount: 900 })],
    });
    expect(march.totals.budget).toBe(groceries.budget + restaurants.budget);

    await setBudget(db, user, FOOD, { month: "2026-03", amount: 70_000 }, now);
    const withGroup = await getBudgetMonth(db, user, { now });
    expect(line(withGroup, FOOD)).toMatchObject({
      rolledUp: false,
      source: "user",
      budget: 70_000,
      spent: 26_900,
    });
    expect(withGroup.unbudgeted.total).toBe(0);
    expect(withGroup.totals.budget).toBe(70_000);
  });
});

describe("a category the user hid", () => {
  /** Board games, a category of the user's own: $60 a month from September to February, $25 on March 2. */
  async function boardGamer() {
    const { user, token } = await createTestUser(db, { label: "hidden" });
    const own = await createCategory(db, user.id, {
      name: "Board games",
      parentId: categoryId("entertainment"),
    });
    const games = (on: string, cents: number) => ({
      on,
      cents: -cents,
      category: "games",
      categoryId: own.id,
    });
    await addSpending(db, user.id, [
      ...["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"].map((month) =>
        games(`${month}-05`, 6_000),
      ),
      games("2026-03-02", 2_500),
      ...monthly("food-dining.groceries", { "2025-09": 30_000, "2025-10": 30_000, "2025-11": 30_000 }),
      ...monthly("food-dining.groceries", { "2025-12": 30_000, "2026-01": 30_000, "2026-02": 30_000 }),
    ]);
    return { user, token, own };
  }

  it("drops out of a month with nothing spent or budgeted in it, taking its recommendation out of the total", async () => {
    const { user, own } = await boardGamer();
    const april = () => getBudgetMonth(db, user, { now: at("2026-04-10") });
    const before = await april();
    const recommended = line(before, own.id)!;
    expect(recommended).toMatchObject({ source: "recommended", hidden: false, spent: 0 });

    await updateCategory(db, user.id, own.id, { hidden: true });
    const after = await april();
    expect(line(after, own.id)).toBeUndefined();
    // Its group had no other budget: it goes too. Nothing was spent, so no spending leaves the totals.
    expect(line(after, categoryId("entertainment"))).toBeUndefined();
    expect(after.totals.budget).toBe(before.totals.budget - recommended.budget);
    expect(after.totals.spent).toBe(before.totals.spent);
    expect(after.unbudgeted).toEqual(before.unbudgeted);
  });

  it("stays listed, marked hidden, while the month has spending in it or a budget the user set", async () => {
    const { user, own } = await boardGamer();
    await updateCategory(db, user.id, own.id, { hidden: true });
    // March: $25 spent before it was hidden is shown against its budget, and counted in the totals.
    const march = await getBudgetMonth(db, user, { now: at("2026-03-15") });
    expect(line(march, own.id)).toMatchObject({
      hidden: true,
      source: "recommended",
      budget: 6_000,
      spent: 2_500,
    });
    expect(march.totals.spent).toBe(2_500 + (line(march, GROCERIES)?.spent ?? 0));

    // April, nothing spent, but a budget the user set: theirs to see.
    await setBudget(db, user, own.id, { month: "2026-04", amount: 3_000 }, at("2026-04-10"));
    const april = await getBudgetMonth(db, user, { now: at("2026-04-10") });
    expect(line(april, own.id)).toMatchObject({ hidden: true, source: "user", budget: 3_000, spent: 0 });
  });
});

describe("status", () => {
  it("projects only the variable part after an early rent payment", async () => {
    const { user } = await createTestUser(db, { label: "rent" });
    await addSpending(db, user.id, [
      { on: "2026-03-01", cents: -200_000, category: "home.mortgage-rent" },
      { on: "2026-03-04", cents: -2_500, category: "home.home-supplies" },
      { on: "2026-03-09", cents: -3_500, category: "home.home-supplies" },
    ]);
    const now = at("2026-03-10");
    const home = await setBudget(db, user, HOME, { month: "2026-03", amount: 230_000 }, now);
    // $60 in 10 days of 31 → $126 more; the rent is counted once, not as a pace.
    expect(home).toMatchObject({ spent: 206_000, projected: 206_000 + 12_600, status: "approaching" });
    const rent = await setBudget(db, user, RENT, { month: "2026-03", amount: 200_000 }, now);
    expect(rent).toMatchObject({ spent: 200_000, projected: 200_000, status: "exceeded" });
  });

  it("judges the pace only from the second week, with the notification's margin", async () => {
    const { user } = await createTestUser(db, { label: "pace" });
    const account = await addSpending(db, user.id, [
      { on: "2026-03-01", cents: -4_000, category: "food-dining.restaurants" },
    ]);
    // Day 1: $40 of a $170 budget would be $1,240 "at this pace", which says nothing yet.
    const dayOne = at("2026-03-01");
    const early = await setBudget(db, user, RESTAURANTS, { month: "2026-03", amount: 17_000 }, dayOne);
    expect(early).toMatchObject({ spent: 4_000, projected: 4_000 + 4_000 * 30, status: "ok" });
    expect((await getBudgetMonth(db, user, { now: dayOne })).projectionReady).toBe(false);
    // Day 10 of 31, $60 spent: $186 at month's end, 9.4% over; the margin on day 10 is 5% + 15% × 21/31 ≈ 15.2%.
    await addSpending(
      db,
      user.id,
      [{ on: "2026-03-09", cents: -2_000, category: "food-dining.restaurants" }],
      account,
    );
    const dayTen = at("2026-03-10");
    const month = await getBudgetMonth(db, user, { now: dayTen });
    expect(month.projectionReady).toBe(true);
    expect(line(month, RESTAURANTS)).toMatchObject({ projected: 18_600, status: "ok" });
    // $70 by day 10: $217 at month's end, 27.6% over, past the margin.
    await addSpending(
      db,
      user.id,
      [{ on: "2026-03-10", cents: -1_000, category: "food-dining.restaurants" }],
      account,
    );
    expect(line(await getBudgetMonth(db, user, { now: dayTen }), RESTAURANTS)).toMatchObject({
      projected: 21_700,
      status: "projected_to_exceed",
    });
  });

  it("is approaching at exactly the first threshold and exceeded at exactly 100%", async () => {
    const { user } = await createTestUser(db, { label: "thresholds" });
    const account = await addSpending(db, user.id, [
      { on: "2026-03-31", cents: -40_000, category: "food-dining.groceries" },
    ]);
    const now = at("2026-03-31");
    expect(await setBudget(db, user, GROCERIES, { month: "2026-03", amount: 50_000 }, now)).toMatchObject({
      percent: 80,
      status: "approaching",
    });
    await addSpending(
      db,
      user.id,
      [{ on: "2026-03-31", cents: -10_000, category: "food-dining.groceries" }],
      account,
    );
    expect(line(await getBudgetMonth(db, user, { now }), GROCERIES)).toMatchObject({
      percent: 100,
      remaining: 0,
      status: "exceeded",
    });
    // A user whose first threshold is 90% is not approaching at 80%.
    const picky = await updateProfile(db, user.id, { notifyThresholds: [90, 100] });
    await addSpending(
      db,
      user.id,
      [{ on: "2026-03-31", cents: 10_000, category: "food-dining.groceries" }],
      account,
    );
    expect(line(await getBudgetMonth(db, picky, { now }), GROCERIES)?.status).toBe("ok");
  });

  it("is evaluated by the job through the same code as the page", async () => {
    const { user } = await groceryShopper();
    const now = at("2026-03-15");
    const [evaluated] = await evaluateBudgetMonths(db, user.id, ["2026-03"], now);
    expect(evaluated).toEqual(await getBudgetMonth(db, user, { now }));
    // A change in an earlier month also evaluates the current one (rollover carries into it).
    const months = await evaluateBudgetMonths(db, user.id, [shiftMonth(currentMonth(), -1)]);
    expect(months.map((month) => month.month)).toEqual([shiftMonth(currentMonth(), -1), currentMonth()]);

    // The notifications job reads the same lines as the rules' plain input, for the budgets the user set only: a
    // recommendation alone is not watched.
    const recommendedOnly = await loadBudgetStatuses(db, {
      userId: user.id,
      months: ["2026-03"],
      today: "2026-03-15",
      now,
    });
    expect(recommendedOnly).toEqual([]);
    await setBudget(db, user, GROCERIES, { month: "2026-03", amount: 45_000 }, now);
    const page = await getBudgetMonth(db, user, { now });
    const statuses = await loadBudgetStatuses(db, {
      userId: user.id,
      months: ["2026-03"],
      today: "2026-03-15",
      now,
    });
    const groceries = page.lines.find((candidate) => candidate.categoryId === GROCERIES)!;
    expect(statuses).toEqual([
      {
        categoryId: GROCERIES,
        categoryName: groceries.name,
        currency: page.currency,
        month: "2026-03",
        spentCents: groceries.spent,
        budgetCents: 45_000,
        projectedCents: groceries.projected,
        plannedCents: groceries.budget,
        carriedCents: groceries.rollover,
      },
    ]);
  });
});

describe("evaluation after other writes", () => {
  it("is requested once per sync, for the months the sync could have brought", async () => {
    const { user } = await createTestUser(db, { label: "sync" });
    const connection = await createDemoConnection(db, user.id);
    const sync = await createSync(db, {
      userId: user.id,
      connectionId: connection.id,
      kind: "connection",
      reason: "manual",
    });
    await markSyncRunning(db, user.id, sync.id);
    const since = `${shiftMonth(currentMonth(), -2)}-03`;
    await finishConnectionSync(db, {
      syncId: sync.id,
      userId: user.id,
      connectionId: connection.id,
      since,
      accounts: [],
      timeZone: null,
    });
    expect(await outboxEvents(db)).toEqual([
      {
        name: "budget/evaluate.requested",
        id: `budget-evaluate:sync:${sync.id}`,
        data: {
          userId: user.id,
          months: [shiftMonth(currentMonth(), -2), shiftMonth(currentMonth(), -1), currentMonth()],
        },
      },
    ]);
  });

  it("is requested by a category change, in the change's own transaction, for the months it moved", async () => {
    const { user } = await createTestUser(db, { label: "recategorize" });
    await addSpending(db, user.id, [
      { on: "2026-02-10", cents: -4_500, category: "food-dining.restaurants" },
      { on: "2026-03-02", cents: -2_000, category: "food-dining.restaurants" },
    ]);
    const [february] = await db
      .select({ id: transactions.id })
      .from(transactions)
      .where(and(eq(transactions.userId, user.id), eq(transactions.postedOn, "2026-02-10")));
    await clearOutbox(db);
    await recategorizeTransaction(db, user.id, february!.id, { categoryId: GROCERIES });
    expect(await outboxEvents(db)).toEqual([
      expect.objectContaining({
        name: "budget/evaluate.requested",
        data: { userId: user.id, months: ["2026-02"] },
      }),
    ]);
  });
});

describe("REST", () => {
  it("sets, lists and resets a budget", async () => {
    const { user, token } = await createTestUser(db, { label: "rest" });
    const month = currentMonth();
    // $300 of groceries in each of the 7 months before this one (history starting on the 1st).
    await addSpending(
      db,
      user.id,
      [1, 2, 3, 4, 5, 6, 7].map((back) => ({
        on: `${shiftMonth(month, -back)}-01`,
        cents: -30_000,
        category: "food-dining.groceries",
      })),
    );
    const put = await call(putBudget, {
      method: "PUT",
      token,
      params: { category_id: GROCERIES },
      body: { amount: "455.50", rollover: true },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      category_id: GROCERIES,
      budget: "455.50",
      source: "user",
      rollover: true,
      effective_from: month,
      status: expect.any(String),
    });
    const list = await call(getBudgets, { token, path: `/api/v1/budgets?month=${month}` });
    expect(list.status).toBe(200);
    const row = list.body.categories.find((item: { category_id: string }) => item.category_id === GROCERIES);
    expect(row).toMatchObject({
      budget: "455.50",
      recommended: "300.00",
      rollover: true,
      explanation: "Typical month over the last 6: $300",
    });
    expect(row).toHaveProperty("projected");
    expect((await outboxEvents(db)).map((event) => event.name)).toContain("budget/evaluate.requested");

    const removed = await call(deleteBudget, { method: "DELETE", token, params: { category_id: GROCERIES } });
    expect(removed.status).toBe(204);
    // Back to the recommendation; rollover stays as the user set it.
    expect(line(await getBudgetMonth(db, user), GROCERIES)).toMatchObject({
      source: "recommended",
      budget: 30_000,
      rolloverEnabled: true,
    });
  });

  it("answers 404 for another user's category and for unknown ids", async () => {
    const owner = await createTestUser(db, { label: "owner" });
    const own = await createCategory(db, owner.user.id, {
      name: "Board games",
      parentId: categoryId("entertainment"),
    });
    const other = await createTestUser(db, { label: "other" });
    for (const id of [own.id, "6d7c1a8e-0000-4000-8000-000000000000", "not-an-id"]) {
      const response = await call(putBudget, {
        method: "PUT",
        token: other.token,
        params: { category_id: id },
        body: { amount: "10" },
      });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("not_found");
      expect(
        (await call(deleteBudget, { method: "DELETE", token: other.token, params: { category_id: id } }))
          .status,
      ).toBe(404);
    }
    // The owner can budget their own category.
    const mine = await call(putBudget, {
      method: "PUT",
      token: owner.token,
      params: { category_id: own.id },
      body: { amount: 25 },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.budget).toBe("25.00");
  });

  it("refuses bad amounts and categories that are not spending with 400", async () => {
    const { token } = await createTestUser(db, { label: "bad" });
    const put = (body: unknown, category_id = GROCERIES) =>
      call(putBudget, { method: "PUT", token, params: { category_id }, body });
    for (const amount of ["-5", -5, "12.345", "abc", "1e3", "1000000000000", 1e15, "", true, undefined]) {
      const response = await put({ amount });
      expect(response.status, String(amount)).toBe(400);
      expect(response.body.error).toMatchObject({
        code: "invalid_input",
        fields: { amount: expect.any(String) },
      });
    }
    // A body without the amount (only { rollover }) is told the amount is missing, not that it is malformed.
    const missing = await put({ rollover: true });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.amount).toBe('is required: an amount like "412.50"');
    expect(missing.body.error.message).toBe('The amount is required: an amount like "412.50".');
    expect((await put({ amount: "10", rollover: "yes" })).body.error.fields).toHaveProperty("rollover");
    expect((await put({ amount: "10", month: "2026-13" })).body.error.fields).toHaveProperty("month");
    expect((await put({ amount: "10" }, categoryId("income.paycheck"))).status).toBe(400);
    expect((await put({ amount: "10" }, categoryId("uncategorized"))).status).toBe(400);
    // A budget of zero, and the largest numeric(14,2) amount, are fine.
    expect((await put({ amount: "0" })).status).toBe(200);
    expect((await put({ amount: "999999999999.99" })).body.budget).toBe("999999999999.99");
    const listed = await call(getBudgets, { token, path: "/api/v1/budgets?month=March" });
    expect(listed.status).toBe(400);
    const farAhead = shiftMonth(currentMonth(), 13);
    expect((await call(getBudgets, { token, path: `/api/v1/budgets?month=${farAhead}` })).status).toBe(400);
    expect((await put({ amount: "10", month: farAhead })).body.error.fields).toHaveProperty("month");
  });
});

describe("OpenAPI", () => {
  it("describes the budget routes and the PATCH bodies from the schemas the routes use", async () => {
    const document = await (openapi() as Response).json();
    const put = document.paths["/api/v1/budgets/{category_id}"].put;
    expect(put.requestBody.content["application/json"].schema).toMatchObject({
      required: ["amount"],
      properties: { amount: expect.any(Object), rollover: { type: "boolean" }, month: expect.any(Object) },
    });
    const row = put.responses["200"].content["application/json"].schema;
    expect(Object.keys(row.properties)).toEqual(
      expect.arrayContaining([
        "budget",
        "source",
        "recommended",
        "explanation",
        "rollover",
        "projected",
        "status",
      ]),
    );
    const list = document.paths["/api/v1/budgets"].get;
    expect(list.parameters).toEqual([
      expect.objectContaining({ name: "month", in: "query", required: false }),
    ]);
    expect(list.responses["200"].content["application/json"].schema.properties.categories.items).toEqual(row);
    expect(document.paths["/api/v1/budgets/{category_id}"].delete.responses).toHaveProperty("204");

    const transaction = document.paths["/api/v1/transactions/{id}"].patch;
    expect(transaction.requestBody.content["application/json"].schema.required).toEqual(["category_id"]);
    expect(transaction.responses["200"].content["application/json"].schema.properties).toHaveProperty(
      "category_source",
    );
    const connection = document.paths["/api/v1/connections/{id}"].patch;
    expect(connection.requestBody.content["application/json"].schema.required).toEqual(["account_password"]);
    expect(connection.responses["200"].content["application/json"].schema.properties).toHaveProperty("sync");
  });
});

// Budgets are read through the per-user cache: every write that changes a budget's inputs must show in the
// user's very next read. Each test reads first (filling the cache), writes through the app, and reads again.
describe("a user's own change shows in their next read of budgets", () => {
  const make = transactionFactory("fresh");
  const today = () => new Date().toISOString().slice(0, 10);

  /** $300 of groceries in each of the 7 months before this one: a $300 recommendation. */
  async function shopper(label: string) {
    const created = await createTestUser(db, { label });
    const month = currentMonth();
    await addSpending(
      db,
      created.user.id,
      [1, 2, 3, 4, 5, 6, 7].map((back) => ({
        on: `${shiftMonth(month, -back)}-01`,
        cents: -30_000,
        category: "food-dining.groceries",
      })),
    );
    return created;
  }

  async function budgetRow(token: string, id: string) {
    const response = await call(getBudgets, { token, path: "/api/v1/budgets" });
    expect(response.status).toBe(200);
    return response.body.categories.find((item: { category_id: string }) => item.category_id === id);
  }

  it("after setting and clearing a budget", async () => {
    const { token } = await shopper("fresh-set");
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ budget: "300.00", source: "recommended" });
    const body = { amount: "455.50" };
    expect(
      (await call(putBudget, { method: "PUT", token, params: { category_id: GROCERIES }, body })).status,
    ).toBe(200);
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ budget: "455.50", source: "user" });
    const removed = await call(deleteBudget, { method: "DELETE", token, params: { category_id: GROCERIES } });
    expect(removed.status).toBe(204);
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ budget: "300.00", source: "recommended" });
  });

  it("after changing the monthly income and the alert thresholds in the profile", async () => {
    const { user, token } = await createTestUser(db, { label: "fresh-profile" });
    // No spending history: the template, a share of income.
    await call(patchMe, { method: "PATCH", token, body: { monthly_income: "5000.00" } });
    expect(await budgetRow(token, FOOD)).toMatchObject({ budget: "1000.00" });
    await call(patchMe, { method: "PATCH", token, body: { monthly_income: "6000.00" } });
    expect(await budgetRow(token, FOOD)).toMatchObject({ budget: "1200.00" });

    // $400 spent of $500 today: 80%, approaching with the default thresholds, fine for a user who asks at 90%.
    await addSpending(db, user.id, [{ on: today(), cents: -40_000, category: "food-dining.groceries" }]);
    await call(putBudget, {
      method: "PUT",
      token,
      params: { category_id: GROCERIES },
      body: { amount: "500" },
    });
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ spent: "400.00", status: "approaching" });
    await call(patchMe, { method: "PATCH", token, body: { notify_thresholds: [90, 100] } });
    expect((await budgetRow(token, GROCERIES)).status).not.toBe("approaching");
  });

  it("after an import, a recategorized purchase and a removed account", async () => {
    const { user, token } = await shopper("fresh-import");
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ spent: "0.00" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      make.purchase(4_250, "TRADER JOE S #123", today()),
    ]);
    const [imported] = await db.select().from(transactions).where(eq(transactions.accountId, account.id));
    if (imported!.categoryId !== GROCERIES)
      await recategorizeTransaction(db, user.id, imported!.id, { categoryId: GROCERIES });
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ spent: "42.50" });

    await recategorizeTransaction(db, user.id, imported!.id, { categoryId: RESTAURANTS });
    expect(await budgetRow(token, GROCERIES)).toMatchObject({ spent: "0.00" });
    expect(await budgetRow(token, RESTAURANTS)).toBeUndefined(); // no history, no budget: unbudgeted
    const unbudgeted = (await call(getBudgets, { token, path: "/api/v1/budgets" })).body.unbudgeted;
    expect(unbudgeted.total).toBe("42.50");

    await deleteManualAccount(db, user.id, account.id);
    expect((await call(getBudgets, { token, path: "/api/v1/budgets" })).body.unbudgeted.total).toBe("0.00");
  });

  it("after renaming a category of their own", async () => {
    const { token, user } = await shopper("fresh-rename");
    const own = await createCategory(db, user.id, {
      name: "Board games",
      parentId: categoryId("entertainment"),
    });
    await call(putBudget, { method: "PUT", token, params: { category_id: own.id }, body: { amount: "40" } });
    expect(await budgetRow(token, own.id)).toMatchObject({ name: "Board games", budget: "40.00" });
    await updateCategory(db, user.id, own.id, { name: "Tabletop games" });
    expect(await budgetRow(token, own.id)).toMatchObject({ name: "Tabletop games" });
  });
});
