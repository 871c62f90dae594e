import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as spendingRoute } from "@/app/api/v1/spending/route";
import { GET as trendRoute } from "@/app/api/v1/spending/trend/route";
import { PATCH as patchTransaction } from "@/app/api/v1/transactions/[id]/route";
import type { Database } from "@/db";
import { balanceSnapshots, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { currentMonth, shiftMonth } from "@/lib/months";
import { recordBalanceSnapshot } from "@/server/accounts/balances";
import { netWorthByMonth } from "@/server/reports/net-worth";
import { topSellers } from "@/server/reports/sellers";
import {
  previewSellerChange,
  snapshotForUndo,
  undoCategoryChange,
} from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { addTransactions, createAccount, type TestRow } from "../factories/stored-transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

let db: Database;

const thisMonth = currentMonth();
const lastMonth = shiftMonth(thisMonth, -1);
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, "0")}`;

// Cents from an API decimal string, by hand.
const cents = (text: string) => {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = "00"] = text.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return negative ? -value : value;
};

const ROWS: TestRow[] = [
  {
    postedOn: day(lastMonth, 2),
    amount: -4_50,
    description: "SQ *BLUE BOTTLE COFFEE",
    category: "food-dining.coffee-shops",
  },
  {
    postedOn: day(lastMonth, 9),
    amount: -5_20,
    description: "SQ *BLUE BOTTLE COFFEE",
    category: "food-dining.coffee-shops",
  },
  {
    postedOn: day(lastMonth, 12),
    amount: -82_15,
    description: "TRADER JOE S",
    category: "food-dining.groceries",
  },
  {
    postedOn: day(lastMonth, 15),
    amount: 4_200_00,
    description: "ACME PAYROLL",
    category: "income.paycheck",
  },
  {
    postedOn: day(lastMonth, 20),
    amount: -1_500_00,
    description: "PAYMENT THANK YOU",
    category: "transfer.credit-card-payment",
  },
  {
    postedOn: day(thisMonth, 1),
    amount: -6_10,
    description: "SQ *BLUE BOTTLE COFFEE",
    category: "food-dining.coffee-shops",
  },
  { postedOn: day(thisMonth, 1), amount: -20_00, description: "MAPLE ST HARDWARE", category: null },
  // Checks have no seller (the cleaner gives them an empty seller key and shows each by its number).
  {
    postedOn: day(thisMonth, 2),
    amount: -300_00,
    description: "CHECK 1166",
    merchant: "Check 1166",
    sellerKey: "",
    category: null,
  },
  {
    postedOn: day(thisMonth, 3),
    amount: -124_83,
    description: "CHECK 1167",
    merchant: "Check 1167",
    sellerKey: "",
    category: null,
  },
  {
    postedOn: day(thisMonth, 1),
    amount: -45_99,
    description: "TRADER JOE S",
    category: "food-dining.groceries",
  },
  {
    postedOn: day(thisMonth, 1),
    amount: 12_00,
    description: "TRADER JOE S",
    category: "food-dining.groceries",
  },
];

/** The test's own idea of a month's spending per category: money out less refunds, never transfers or income. */
function expectedSpending(month: string) {
  const byCategory = new Map<string, number>();
  for (const row of ROWS) {
    if (!row.postedOn.startsWith(month)) continue;
    const slug = row.category ?? "uncategorized";
    if (slug.startsWith("income") || slug.startsWith("transfer")) continue;
    if (slug === "uncategorized" && row.amount > 0) continue;
    byCategory.set(slug, (byCategory.get(slug) ?? 0) - row.amount);
  }
  return byCategory;
}

describe("spending, trend and net worth", () => {
  let token: string;
  let userId: string;
  let accountId: string;

  beforeAll(async () => {
    db = (await useTestDatabase()).db;
    const owner = await createTestUser(db, { label: "reports" });
    token = owner.token;
    userId = owner.user.id;
    accountId = (await createAccount(db, userId)).id;
    await addTransactions(db, { userId, accountId }, ROWS);
  });

  it("GET /spending equals the sum of the month's transactions", async () => {
    for (const month of [lastMonth, thisMonth]) {
      const response = await call(spendingRoute, { token, path: `/api/v1/spending?month=${month}` });
      expect(response.status).toBe(200);
      const expected = expectedSpending(month);
      const got = new Map<string, number>(
        response.body.categories.map((category: { category_id: string; amount: string }) => [
          category.category_id,
          cents(category.amount),
        ]),
      );
      expect(got.size).toBe(expected.size);
      for (const [slug, amount] of expected) expect(got.get(defaultCategoryId(slug))).toBe(amount);
      expect(cents(response.body.total_spent)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    }
  });

  it("GET /spending/trend agrees month by month, income included", async () => {
    const response = await call(trendRoute, { token, path: "/api/v1/spending/trend?months=2" });
    expect(response.body.months.map((month: { month: string }) => month.month)).toEqual([
      lastMonth,
      thisMonth,
    ]);
    const [previous, current] = response.body.months;
    expect(cents(previous.total_income)).toBe(4_200_00);
    expect(cents(previous.total_spent)).toBe(4_50 + 5_20 + 82_15);
    expect(cents(current.total_spent)).toBe(6_10 + 20_00 + 45_99 - 12_00 + 300_00 + 124_83);
  });

  it("a category change shows in the very next read (the cache is cleared by the write)", async () => {
    const before = await call(spendingRoute, { token, path: `/api/v1/spending?month=${lastMonth}` });
    const coffee = defaultCategoryId("food-dining.coffee-shops");
    expect(before.body.categories.some((c: { category_id: string }) => c.category_id === coffee)).toBe(true);
    const [row] = await db
      .select()
      .from(transactions)
      .where(eq(transactions.description, "SQ *BLUE BOTTLE COFFEE"));
    const changed = await call(patchTransaction, {
      method: "PATCH",
      token,
      params: { id: row!.id },
      body: { category_id: defaultCategoryId("food-dining.restaurants"), apply_to_seller: true },
    });
    expect(changed.status).toBe(200);
    const after = await call(spendingRoute, { token, path: `/api/v1/spending?month=${lastMonth}` });
    const ids = after.body.categories.map((c: { category_id: string }) => c.category_id);
    expect(ids).not.toContain(coffee);
    const restaurants = after.body.categories.find(
      (c: { category_id: string }) => c.category_id === defaultCategoryId("food-dining.restaurants"),
    );
    expect(cents(restaurants.amount)).toBe(4_50 + 5_20);
  });

  it("previews what apply-to-seller changes, and undo puts every row, the rule and the spending back", async () => {
    const [target] = await db
      .select()
      .from(transactions)
      .where(eq(transactions.description, "TRADER JOE S"))
      .orderBy(transactions.postedOn);
    const coffee = defaultCategoryId("food-dining.coffee-shops");
    const preview = await previewSellerChange(db, userId, target!.id, coffee);
    expect(preview.count).toBe(ROWS.filter((row) => row.description === "TRADER JOE S").length - 1);

    const before = await db.select().from(transactions).where(eq(transactions.userId, userId));
    const token = await snapshotForUndo(db, userId, target!.id, true, coffee);
    const { changed } = await recategorizeTransaction(db, userId, target!.id, {
      categoryId: coffee,
      applyToSeller: true,
    });
    expect(changed).toBe(preview.count + 1);

    expect(await undoCategoryChange(db, userId, token)).toBe(changed);
    const after = await db.select().from(transactions).where(eq(transactions.userId, userId));
    const state = (rows: typeof before) =>
      Object.fromEntries(rows.map((row) => [row.id, [row.categoryId, row.categorySource]]));
    expect(state(after)).toEqual(state(before));
    const spending = await call(spendingRoute, {
      token: tokenOf(),
      path: `/api/v1/spending?month=${thisMonth}`,
    });
    const groceries = spending.body.categories.find(
      (c: { category_id: string }) => c.category_id === defaultCategoryId("food-dining.groceries"),
    );
    expect(cents(groceries.amount)).toBe(45_99 - 12_00);
    // A token is the user's own and cannot be edited.
    await expect(undoCategoryChange(db, userId, `${token}x`)).rejects.toThrow(/can no longer be undone/);
    const stranger = await createTestUser(db, { label: "stranger" });
    await expect(undoCategoryChange(db, stranger.user.id, token)).rejects.toThrow(/can no longer be undone/);
  });

  it("counts top sellers the way spending is counted", async () => {
    const sellers = await topSellers(db, userId, {
      fromMonth: thisMonth,
      toMonth: thisMonth,
      currency: "USD",
    });
    const names = Object.fromEntries(sellers.map((seller) => [seller.name, seller.amount]));
    expect(names["TRADER JOE S"]).toBe(45_99 - 12_00);
    expect(names["MAPLE ST HARDWARE"]).toBe(20_00);
    // Two different checks are not one seller called "Check 1166".
    expect(sellers.filter((seller) => seller.name.startsWith("Check"))).toEqual([]);
    expect(sellers.map((seller) => seller.amount)).toEqual(
      [...sellers.map((s) => s.amount)].sort((a, b) => b - a),
    );
  });

  it("net worth at each month's end adds each account's last balance, debts subtracting", async () => {
    const card = await createAccount(db, userId, { name: "Card", type: "credit_card" });
    await recordBalanceSnapshot(db, {
      userId,
      accountId,
      syncId: crypto.randomUUID(),
      balance: 1_000_00,
      currency: "USD",
      timeZone: null,
    });
    await recordBalanceSnapshot(db, {
      userId,
      accountId: card.id,
      syncId: crypto.randomUUID(),
      balance: -250_00,
      currency: "USD",
      timeZone: null,
    });
    // A second sync of the same account replaces nothing: it adds a later snapshot, which wins.
    const later = crypto.randomUUID();
    await recordBalanceSnapshot(db, {
      userId,
      accountId,
      syncId: later,
      balance: 1_200_00,
      currency: "USD",
      timeZone: null,
    });
    await recordBalanceSnapshot(db, {
      userId,
      accountId,
      syncId: later,
      balance: 1_200_00,
      currency: "USD",
      timeZone: null,
    });
    expect(
      await db.select().from(balanceSnapshots).where(eq(balanceSnapshots.accountId, accountId)),
    ).toHaveLength(2);
    const points = await netWorthByMonth(db, userId, { months: [lastMonth, thisMonth], currency: "USD" });
    expect(points).toEqual([
      { month: lastMonth, netWorth: null },
      { month: thisMonth, netWorth: 1_200_00 - 250_00 },
    ]);
  });

  function tokenOf() {
    return token;
  }
});
