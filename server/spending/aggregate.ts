import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { monthlySpending } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";

// monthly_spending keeps money out and money in as positive sums (see db/schema/transactions.ts).
const OUTFLOW_INFLOW_SUMS = sql.raw("sum(greatest(-amount, 0)), sum(greatest(amount, 0))");

/** How an upsert adds new sums to a month's stored ones (`on conflict … do update set ${ADD_TO_AGGREGATE}`). */
export const ADD_TO_AGGREGATE = sql.raw(
  "outflow = monthly_spending.outflow + excluded.outflow, inflow = monthly_spending.inflow + excluded.inflow, " +
    "count = monthly_spending.count + excluded.count",
);

/**
 * Rebuilds the user's monthly aggregate for the given months (YYYY-MM) from the transactions themselves.
 * Ingestion maintains the aggregate incrementally; this is for changes that move rows between categories or
 * remove them (a category override, a removed account), and it is always safe to run again.
 */
export async function recomputeMonths(
  db: Database,
  userId: string,
  months: readonly string[],
): Promise<void> {
  if (months.length === 0) return;
  const firstDays = [...new Set(months)].sort().map((month) => `${month}-01`);
  await db.transaction(async (tx) => {
    await tx
      .delete(monthlySpending)
      .where(and(eq(monthlySpending.userId, userId), inArray(monthlySpending.month, firstDays)));
    await tx.execute(sql`
      insert into monthly_spending (user_id, month, category_id, outflow, inflow, count)
      select ${userId}::uuid, date_trunc('month', posted_on)::date,
        coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid), ${OUTFLOW_INFLOW_SUMS}, count(*)
      from transactions
      where user_id = ${userId}::uuid
        and date_trunc('month', posted_on)::date in (${sql.join(
          firstDays.map((day) => sql`${day}::date`),
          sql`, `,
        )})
      group by 2, 3
      order by 2, 3`);
  });
}

/** The months (YYYY-MM) in which these accounts have transactions: what removing them changes. */
export async function monthsWithTransactions(
  db: Database,
  userId: string,
  accountIds: string[],
): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await queryRows<{ month: string }>(
    db,
    sql`
    select distinct to_char(posted_on, 'YYYY-MM') as month from transactions
    where user_id = ${userId}::uuid and account_id in (${sql.join(
      accountIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );

  return rows.map((row) => row.month);
}
