import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { type Cents, centsFromNumeric } from "@/lib/money";
import { cachedRead } from "@/server/cache/user-reads";
import { visibleCategoriesSql } from "@/server/categorize/categories";

export type SellerSpending = { sellerKey: string; name: string; amount: Cents; count: number };

/**
 * Where the money went by seller, from `fromMonth` to `toMonth` (inclusive), in one currency, largest first.
 * Counted the way monthly spending is: money out in expense categories less refunds there, only money out for
 * uncategorized rows, never transfers or income. With `categoryIds`, only those categories.
 */
export function topSellers(
  db: Database,
  userId: string,
  input: { fromMonth: string; toMonth: string; currency: string; categoryIds?: string[]; limit?: number },
): Promise<SellerSpending[]> {
  const limit = input.limit ?? 5;
  const scope = input.categoryIds ? [...input.categoryIds].sort().join(",") : "all";
  const key = `sellers:${input.fromMonth}:${input.toMonth}:${input.currency}:${scope}:${limit}`;
  return cachedRead(userId, key, async () => {
    const categoryFilter = input.categoryIds
      ? sql`and coalesce(t.category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) in (${sql.join(
          input.categoryIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
    const rows = await queryRows<{ seller_key: string; name: string; amount: string; count: number }>(
      db,
      sql`
      select seller_key, name, count, total::text as amount from (
        select t.seller_key, min(t.merchant) as name, count(*)::int as count,
          sum(case
            when t.category_id is null or t.category_id = ${UNCATEGORIZED_CATEGORY_ID}::uuid
              then greatest(-t.amount, 0)
            else -t.amount end) as total
        from transactions t
        left join ${visibleCategoriesSql(userId)} as c on c.id = t.category_id
        where t.user_id = ${userId}::uuid
          -- Checks, transfers and fees have no seller (an empty key): grouped, they would read as one seller.
          and t.seller_key <> ''
          and t.posted_on >= ${`${input.fromMonth}-01`}::date
          and t.posted_on < (${`${input.toMonth}-01`}::date + interval '1 month')
          and t.currency = ${input.currency}
          and coalesce(c.kind, 'expense') = 'expense'
          ${categoryFilter}
        group by t.seller_key
      ) as sellers
      where total > 0
      order by total desc, name
      limit ${limit}`,
    );
    return rows.map((row) => ({
      sellerKey: row.seller_key,
      name: row.name,
      amount: centsFromNumeric(row.amount),
      count: Number(row.count),
    }));
  });
}
