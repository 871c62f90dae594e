import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { categories, monthlySpending } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { centsFromNumeric } from "@/lib/money";
import { shiftMonth } from "@/lib/months";

export type CategorySpending = {
  categoryId: string;
  name: string;
  group: string;
  amount: number;
  count: number;
};
export type MonthSpending = {
  month: string;
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
function summarize(month: string, rows: AggregateRow[]): MonthSpending {
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
    totalSpent: spending.reduce((sum, category) => sum + category.amount, 0),
    totalIncome,
    categories: spending,
  };
}

function aggregateRows(db: Database, userId: string, fromMonth: string, toMonth?: string) {
  return db
    .select({
      month: sql<string>`to_char(${monthlySpending.month}, 'YYYY-MM')`,
      categoryId: monthlySpending.categoryId,
      name: categories.name,
      group: categories.groupName,
      kind: categories.kind,
      outflow: monthlySpending.outflow,
      inflow: monthlySpending.inflow,
      count: monthlySpending.count,
    })
    .from(monthlySpending)
    .innerJoin(categories, eq(categories.id, monthlySpending.categoryId))
    .where(
      and(
        eq(monthlySpending.userId, userId),
        gte(monthlySpending.month, `${fromMonth}-01`),
        toMonth ? sql`${monthlySpending.month} <= ${`${toMonth}-01`}::date` : undefined,
      ),
    )
    .orderBy(desc(monthlySpending.month));
}

/** One month's spending by category, read from the maintained aggregate (never by scanning transactions). */
export async function getMonthSpending(db: Database, userId: string, month: string): Promise<MonthSpending> {
  return summarize(month, await aggregateRows(db, userId, month, month));
}

/** The last `count` months up to `lastMonth`, oldest first, for trend charts. */
export async function getSpendingTrend(
  db: Database,
  userId: string,
  input: { lastMonth: string; count: number },
): Promise<MonthSpending[]> {
  const months = monthsEndingAt(input.lastMonth, input.count);
  const rows = await aggregateRows(db, userId, months[0]!, input.lastMonth);
  return months.map((month) =>
    summarize(
      month,
      rows.filter((row) => row.month === month),
    ),
  );
}

function monthsEndingAt(lastMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftMonth(lastMonth, index - count + 1));
}
