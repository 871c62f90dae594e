// Budgets of a user with accounts in two currencies: a budget is kept in one currency (the main one, the one most
// of their transactions are in, until the first budget or income pins it), so its spending, history and
// recommendations are that currency's alone; an amount in another currency is never added to it as if it were
// the same money, and budgets never change currency unless the user says so.

import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { getBudgetMonth, setBudget } from "@/server/budgets/budgets";
import type { BudgetMonth } from "@/server/budgets/evaluate";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { AppError } from "@/server/errors";
import { getUserById, updateProfile } from "@/server/identity/users";
import { addSpending, categoryId, monthly } from "../factories/spending";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

const GROCERIES = categoryId("food-dining.groceries");
const now = new Date("2026-03-15T12:00:00Z");
const line = (month: BudgetMonth, id: string) => month.lines.find((candidate) => candidate.categoryId === id);

describe("a user with accounts in dollars and in euros", () => {
  it("counts only the main currency's spending against a budget and its recommendation", async () => {
    const { user } = await createTestUser(db, { label: "two-currencies" });
    // Dollars: $300 of groceries a month for six months and $100 so far in March, the most transactions.
    await addSpending(db, user.id, [
      ...monthly("food-dining.groceries", {
        "2025-09": 30_000,
        "2025-10": 30_000,
        "2025-11": 30_000,
        "2025-12": 30_000,
        "2026-01": 30_000,
        "2026-02": 30_000,
      }),
      { on: "2026-03-03", cents: -6_000, category: "food-dining.groceries" },
      { on: "2026-03-09", cents: -4_000, category: "food-dining.groceries" },
    ]);
    // Euros, in two accounts (more accounts than in dollars): €900 of groceries a month, €250 in March.
    const euros = monthly("food-dining.groceries", {
      "2025-09": 90_000,
      "2025-10": 90_000,
      "2025-11": 90_000,
      "2025-12": 90_000,
      "2026-01": 90_000,
      "2026-02": 90_000,
    });
    await addSpending(db, user.id, euros.slice(0, 3), undefined, "EUR");
    await addSpending(
      db,
      user.id,
      [...euros.slice(3), { on: "2026-03-04", cents: -25_000, category: "food-dining.groceries" }],
      undefined,
      "EUR",
    );

    const march = await getBudgetMonth(db, user, { now });
    expect(march.currency).toBe("USD");
    // The recommendation is a typical month in dollars, not dollars and euros added up.
    expect(line(march, GROCERIES)).toMatchObject({ recommended: 30_000, spent: 10_000 });

    const set = await setBudget(db, user, GROCERIES, { month: "2026-03", amount: 20_000 }, now);
    expect(set).toMatchObject({ budget: 20_000, spent: 10_000, remaining: 10_000 });
    expect(set.status).not.toBe("exceeded");
  });
});

describe("the currency budgets are kept in", () => {
  /** One grocery purchase of `cents` on each March `day`, in a new account in `currency`. */
  const groceries = (userId: string, days: number[], cents: number, currency: string) =>
    addSpending(
      db,
      userId,
      days.map((day) => ({
        on: `2026-03-${String(day).padStart(2, "0")}`,
        cents,
        category: "food-dining.groceries",
      })),
      undefined,
      currency,
    );
  const dollarsThenEuros = async (label: string) => {
    const { user } = await createTestUser(db, { label });
    // Mostly dollars to begin with: $50 of groceries in March over five purchases, and one €10 purchase.
    await groceries(user.id, [1, 2, 3, 4, 5], -1_000, "USD");
    await groceries(user.id, [6], -1_000, "EUR");
    return user;
  };
  // A euro account with more transactions than the dollar one: euros become the main currency.
  const euroTripOutnumbersDollars = async (userId: string) => {
    await groceries(userId, [10, 11, 12, 13, 14, 15, 16, 17], -5_000, "EUR");
    await invalidateUserReads(userId); // as every import does when it commits
  };

  it("stays in the currency of the first budget when another currency becomes the main one", async () => {
    const user = await dollarsThenEuros("pinned-by-budget");
    await setBudget(db, user, GROCERIES, { month: "2026-03", amount: 20_000 }, now);
    await euroTripOutnumbersDollars(user.id);

    const march = await getBudgetMonth(db, (await getUserById(db, user.id))!, { now });
    // Still "$200 for Groceries" with $50 spent, not €200 against €410.
    expect(march.currency).toBe("USD");
    expect(line(march, GROCERIES)).toMatchObject({ budget: 20_000, spent: 5_000, remaining: 15_000 });
  });

  it("is pinned by the monthly income too, which is an amount in it", async () => {
    const user = await dollarsThenEuros("pinned-by-income");
    const updated = await updateProfile(db, user.id, { monthlyIncome: "4000.00" });
    expect(updated.budgetCurrency).toBe("USD");
    await euroTripOutnumbersDollars(user.id);
    expect((await getBudgetMonth(db, (await getUserById(db, user.id))!, { now })).currency).toBe("USD");
  });

  it("is not pinned before the user has an account: their first account's currency decides", async () => {
    const { user } = await createTestUser(db, { label: "income-before-bank" });
    expect((await updateProfile(db, user.id, { monthlyIncome: "3000.00" })).budgetCurrency).toBeNull();
    await groceries(user.id, [2], -2_000, "EUR");
    await invalidateUserReads(user.id);
    const march = await getBudgetMonth(db, (await getUserById(db, user.id))!, { now });
    expect(march.currency).toBe("EUR");
    await setBudget(
      db,
      (await getUserById(db, user.id))!,
      GROCERIES,
      { month: "2026-03", amount: 10_000 },
      now,
    );
    expect((await getUserById(db, user.id))?.budgetCurrency).toBe("EUR");
  });

  it("follows the main currency while nothing is set, and changes only when the user picks another", async () => {
    const user = await dollarsThenEuros("switched-by-hand");
    await euroTripOutnumbersDollars(user.id);
    // Nothing was set in dollars: the budgets show in the main currency, as Spending does.
    expect((await getBudgetMonth(db, user, { now })).currency).toBe("EUR");

    const switched = await updateProfile(db, user.id, { budgetCurrency: "USD" });
    expect((await getBudgetMonth(db, switched, { now })).currency).toBe("USD");
    const set = await setBudget(db, switched, GROCERIES, { month: "2026-03", amount: 10_000 }, now);
    expect(set).toMatchObject({ budget: 10_000, spent: 5_000 });

    const refused = await updateProfile(db, user.id, { budgetCurrency: "JPY" }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe(
      "You have no transactions in JPY; budgets can be kept in USD or EUR.",
    );
    expect((await getUserById(db, user.id))?.budgetCurrency).toBe("USD");
  });
});
