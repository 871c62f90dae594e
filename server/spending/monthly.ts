import "server-only";
import { and, asc, desc, eq, gte, isNotNull, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { accounts, type CategoryKind, categories, defaultCategories, monthlySpending } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { centsFromNumeric } from "@/lib/money";
import { monthsEndingAt } from "@/lib/months";

export type CategorySpending = {
  categoryId: string;
  name: string;
  group: string;
  amount: number;
  count: number;
};
export type MonthSpending = {
  month: string;
  /** Every amount here is in this currency: totals are never added across currencies. */
  currency: string;
  totalSpent: number;
  totalIncome: number;
  categories: CategorySpending[];
};

type AggregateRow = {
  month: string;
  categoryId: string;
  name: string;
  group: string;
  kind: "expense" | "income" | "transfer";
  outflow: string;
  inflow: string;
  count: number;
};

/**
 * What a month's aggregate rows mean as spending: money out in expense categories, less refunds in the same
 * category; income is money in under income categories; transfers (card payments, moves between accounts) are
 * neither. Uncategorized counts only its money out as spending: an unknown deposit must not hide it.
 */
function summarize(month: string, currency: string, rows: AggregateRow[]): MonthSpending {
  const spending: CategorySpending[] = [];
  let totalIncome = 0;
  for (const row of rows) {
    const outflow = centsFromNumeric(row.outflow);
    const inflow = centsFromNumeric(row.inflow);
    if (row.kind === "income") {
      totalIncome += inflow - outflow;
    } else if (row.kind === "expense") {
      const amount = row.categoryId === UNCATEGORIZED_CATEGORY_ID ? outflow : Math.max(0, outflow - inflow);
      if (amount > 0)
        spending.push({
          categoryId: row.categoryId,
          name: row.name,
          group: row.group,
          amount,
          count: row.count,
        });
    }
  }
  spending.sort((a, b) => b.amount - a.amount);
  return {
    month,
    currency,
    totalSpent: spending.reduce((sum, category) => sum + category.amount, 0),
    totalIncome,
    categories: spending,
  };
}

function aggregateRows(db: Database, userId: string, currency: string, fromMonth: string, toMonth?: string) {
  return (
    db
      .select({
        month: sql<string>`to_char(${monthlySpending.month}, 'YYYY-MM')`,
        categoryId: monthlySpending.categoryId,
        name: sql<string>`coalesce(${defaultCategories.name}, ${categories.name})`,
        group: sql<string>`coalesce(${defaultCategories.groupName}, ${categories.groupName})`,
        kind: sql<CategoryKind>`coalesce(${defaultCategories.kind}, ${categories.kind})`,
        outflow: monthlySpending.outflow,
        inflow: monthlySpending.inflow,
        count: monthlySpending.count,
      })
      .from(monthlySpending)
      // A default category or one of the user's own: exactly one of the two joins finds it.
      .leftJoin(defaultCategories, eq(defaultCategories.id, monthlySpending.categoryId))
      .leftJoin(
        categories,
        and(eq(categories.userId, monthlySpending.userId), eq(categories.id, monthlySpending.categoryId)),
      )
      .where(
        and(
          eq(monthlySpending.userId, userId),
          or(isNotNull(defaultCategories.id), isNotNull(categories.id)),
          eq(monthlySpending.currency, currency),
          gte(monthlySpending.month, `${fromMonth}-01`),
          toMonth ? sql`${monthlySpending.month} <= ${`${toMonth}-01`}::date` : undefined,
        ),
      )
      .orderBy(desc(monthlySpending.month))
  );
}

/**
 * One month's spending by category in one currency, read from the maintained aggregate (never by scanning
 * transactions). Pass the user's mainCurrency() unless they picked another.
 */
export async function getMonthSpending(
  db: Database,
  userId: string,
  input: { month: string; currency: string },
): Promise<MonthSpending> {
  return summarize(
    input.month,
    input.currency,
    await aggregateRows(db, userId, input.currency, input.month, input.month),
  );
}

/** The last `count` months up to `lastMonth` in one currency, oldest first, for trend charts. */
export async function getSpendingTrend(
  db: Database,
  userId: string,
  input: { lastMonth: string; count: number; currency: string },
): Promise<MonthSpending[]> {
  const months = monthsEndingAt(input.lastMonth, input.count);
  const rows = await aggregateRows(db, userId, input.currency, months[0]!, input.lastMonth);
  return months.map((month) =>
    summarize(
      month,
      input.currency,
      rows.filter((row) => row.month === month),
    ),
  );
}

/**
 * The currencies the user's transactions are in, most used first (by number of transactions), ties in the
 * order the user's accounts were created: what a currency switcher offers. Empty before the first import.
 */
export async function listSpendingCurrencies(db: Database, userId: string): Promise<string[]> {
  const [used, owned] = await Promise.all([
    db
      .select({ currency: monthlySpending.currency, count: sql<number>`sum(${monthlySpending.count})::int` })
      .from(monthlySpending)
      .where(eq(monthlySpending.userId, userId))
      .groupBy(monthlySpending.currency)
      .having(sql`sum(${monthlySpending.count}) > 0`),
    accountCurrencies(db, userId),
  ]);
  const rank = (currency: string) => {
    const index = owned.indexOf(currency);
    return index === -1 ? owned.length : index;
  };
  return used
    .sort(
      (a, b) =>
        b.count - a.count || rank(a.currency) - rank(b.currency) || a.currency.localeCompare(b.currency),
    )
    .map((row) => row.currency);
}

/**
 * The user's main currency, the default of every total: the one most of their transactions are in, else
 * their first account's, else USD. A one-currency user's totals are therefore exactly what they always were.
 */
export async function mainCurrency(db: Database, userId: string): Promise<string> {
  const [used] = await listSpendingCurrencies(db, userId);
  return used ?? currencyBeforeTransactions(db, userId);
}

/** mainCurrency for a user with no transactions yet: their first account's, else USD. */
export async function currencyBeforeTransactions(db: Database, userId: string): Promise<string> {
  return (await accountCurrencies(db, userId))[0] ?? "USD";
}

/** The currencies of the user's accounts, in the order the accounts were created. */
async function accountCurrencies(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .select({ currency: accounts.currency })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .orderBy(asc(accounts.createdAt), asc(accounts.id));
  return [...new Set(rows.map((row) => row.currency))];
}
