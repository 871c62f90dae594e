// Budgets of a user with accounts in two currencies: a budget is kept in the main currency (the one most of
// their transactions are in, as on Spending), so its spending, history and recommendations are that currency's
// alone; an amount in another currency is never added to it as if it were the same money.

import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { getBudgetMonth, setBudget } from "@/server/budgets/budgets";
import type { BudgetMonth } from "@/server/budgets/evaluate";
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
