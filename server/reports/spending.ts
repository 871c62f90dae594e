import "server-only";
import type { Database } from "@/db";
import type { Cents } from "@/lib/money";
import { cachedRead } from "@/server/cache/user-reads";
import { getMonthSpending, getSpendingTrend, type MonthSpending } from "@/server/spending/monthly";
import type { CategoryInfo } from "./categories";

// Cached reads of the spending aggregate, per user and currency, for the API and the pages alike.
//
// The aggregate is per currency: `currency` is part of every key and parameter.

export function monthSpending(
  db: Database,
  userId: string,
  input: { month: string; currency: string },
): Promise<MonthSpending> {
  return cachedRead(userId, `spending:${input.month}:${input.currency}`, () =>
    getMonthSpending(db, userId, input),
  );
}

export function spendingTrend(
  db: Database,
  userId: string,
  input: { lastMonth: string; count: number; currency: string },
): Promise<MonthSpending[]> {
  return cachedRead(userId, `trend:${input.lastMonth}:${input.count}:${input.currency}`, () =>
    getSpendingTrend(db, userId, input),
  );
}

export type GroupSpending = {
  groupId: string;
  name: string;
  color: string;
  amount: Cents;
  categories: { categoryId: string; name: string; color: string; amount: Cents; count: number }[];
};

/** A month's spending rolled up to its groups (Food & Dining = Groceries + Restaurants + …), largest first. */
export function spendingByGroup(
  spending: MonthSpending,
  directory: readonly CategoryInfo[],
): GroupSpending[] {
  const byId = new Map(directory.map((category) => [category.id, category]));
  const groups = new Map<string, GroupSpending>();
  for (const category of spending.categories) {
    const info = byId.get(category.categoryId);
    const groupId = info?.groupId ?? category.categoryId;
    const groupInfo = byId.get(groupId);
    let group = groups.get(groupId);
    if (!group) {
      group = {
        groupId,
        name: groupInfo?.name ?? category.group,
        color: groupInfo?.color ?? "var(--color-chart-rest)",
        amount: 0,
        categories: [],
      };
      groups.set(groupId, group);
    }
    group.amount += category.amount;
    group.categories.push({
      categoryId: category.categoryId,
      name: category.name,
      color: info?.color ?? "var(--color-chart-rest)",
      amount: category.amount,
      count: category.count,
    });
  }
  return [...groups.values()].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
}

export type TrendSeries = { categoryId: string; name: string; color: string; amounts: Cents[] };

/**
 * The categories with the most spending over the trend's months, each with its amount per month, and the rest
 * folded into one "Everything else" series, so a stacked chart stays readable. Each month's series add up to
 * that month's total spending.
 */
export function topCategorySeries(
  trend: readonly MonthSpending[],
  directory: readonly CategoryInfo[],
  top = 5,
): TrendSeries[] {
  const totals = new Map<string, number>();
  for (const month of trend)
    for (const category of month.categories)
      totals.set(category.categoryId, (totals.get(category.categoryId) ?? 0) + category.amount);
  const chosen = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([id]) => id);
  const byId = new Map(directory.map((category) => [category.id, category]));
  const series: TrendSeries[] = chosen.map((categoryId) => ({
    categoryId,
    name: byId.get(categoryId)?.name ?? "Category",
    color: byId.get(categoryId)?.color ?? "var(--color-chart-rest)",
    amounts: trend.map(
      (month) => month.categories.find((category) => category.categoryId === categoryId)?.amount ?? 0,
    ),
  }));
  const rest = trend.map(
    (month) =>
      month.totalSpent -
      month.categories
        .filter((category) => chosen.includes(category.categoryId))
        .reduce((sum, category) => sum + category.amount, 0),
  );
  if (rest.some((amount) => amount > 0))
    series.push({
      categoryId: "rest",
      name: "Everything else",
      color: "var(--color-chart-rest)",
      amounts: rest,
    });
  return series;
}
