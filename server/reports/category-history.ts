import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { type Cents, centsFromNumeric } from "@/lib/money";
import { monthsEndingAt } from "@/lib/months";
import { cachedRead } from "@/server/cache/user-reads";
import type { CategoryInfo } from "./categories";
import { spendingTrend } from "./spending";

export type CategoryMonth = { month: string; amount: Cents };

/** The category and, for a group, its subcategories: what "this category" covers on its page. */
export function categoryScope(category: CategoryInfo, directory: readonly CategoryInfo[]): CategoryInfo[] {
  if (!category.isGroup) return [category];
  return directory.filter((candidate) => candidate.groupId === category.id);
}

/**
 * A category's amount in each of the `count` months up to `lastMonth`, oldest first. Spending categories are
 * read from the spending aggregate, so the figures are the dashboard's to the cent; income and transfer
 * categories are the money in (less money out) of their transactions.
 */
export async function categoryHistory(
  db: Database,
  userId: string,
  input: {
    scope: readonly CategoryInfo[];
    kind: CategoryInfo["kind"];
    lastMonth: string;
    count: number;
    currency: string;
  },
): Promise<CategoryMonth[]> {
  const ids = new Set(input.scope.map((category) => category.id));
  if (input.kind === "expense") {
    const trend = await spendingTrend(db, userId, input);
    return trend.map((month) => ({
      month: month.month,
      amount: month.categories
        .filter((category) => ids.has(category.categoryId))
        .reduce((sum, category) => sum + category.amount, 0),
    }));
  }
  const months = monthsEndingAt(input.lastMonth, input.count);
  const key = `category-history:${[...ids].sort().join(",")}:${input.lastMonth}:${input.count}:${input.currency}`;
  return cachedRead(userId, key, async () => {
    const rows = await queryRows<{ month: string; total: string }>(
      db,
      sql`select to_char(posted_on, 'YYYY-MM') as month, sum(amount)::text as total
        from transactions
        where user_id = ${userId}::uuid and currency = ${input.currency}
          and posted_on >= ${`${months[0]}-01`}::date
          and posted_on < (${`${input.lastMonth}-01`}::date + interval '1 month')
          and coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) in (${sql.join(
            [...ids].map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
        group by 1`,
    );
    const byMonth = new Map(rows.map((row) => [row.month, centsFromNumeric(row.total)]));
    return months.map((month) => ({ month, amount: byMonth.get(month) ?? 0 }));
  });
}
