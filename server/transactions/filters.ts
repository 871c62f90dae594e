import "server-only";
import { eq, gte, ilike, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { transactions } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { formatDecimal, parseCents } from "@/lib/money";
import { visibleCategoriesSql } from "@/server/categorize/categories";
import { notFound } from "@/server/errors";
import type { TransactionFilterInput } from "./inputs";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/** "12.50", "$12.50", "-12.50", "1,200" as cents, when the search text is an amount. */
function searchedAmount(text: string): number | null {
  const cleaned = text.replace(/^[-+]?\$?/, "").replaceAll(",", "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return parseCents(cleaned);
}

/**
 * Which of a filter's account and category the user does not have (removed since the link was made, or never
 * theirs). One small query, only when the filter names one.
 */
export async function missingFilterTargets(
  db: Database,
  userId: string,
  filter: Pick<TransactionFilterInput, "accountId" | "categoryId">,
): Promise<{ account: boolean; category: boolean }> {
  if (!filter.accountId && !filter.categoryId) return { account: false, category: false };
  const [found] = await queryRows<{ account: boolean; category: boolean }>(
    db,
    sql`select
          ${filter.accountId ?? null}::uuid is null or exists (
            select 1 from accounts where user_id = ${userId}::uuid and id = ${filter.accountId ?? null}::uuid
          ) as account,
          ${filter.categoryId ?? null}::uuid is null or exists (
            select 1 from ${visibleCategoriesSql(userId)} as c where c.id = ${filter.categoryId ?? null}::uuid
          ) as category`,
  );
  return { account: !found?.account, category: !found?.category };
}

/**
 * A filter on an account or category the user does not have is a 404, as the account's or category's own
 * address would be, rather than an empty list that looks like "no transactions there".
 */
export async function requireFilterTargets(
  db: Database,
  userId: string,
  filter: Pick<TransactionFilterInput, "accountId" | "categoryId">,
): Promise<void> {
  const missing = await missingFilterTargets(db, userId, filter);
  if (missing.account) throw notFound("That account");
  if (missing.category) throw notFound("That category");
}

/**
 * The WHERE conditions for a filter, owner first. Shared by the list, its count and total, and the CSV export,
 * so the three always agree on which rows match.
 */
export function filterConditions(userId: string, filter: TransactionFilterInput): SQL[] {
  const conditions: SQL[] = [eq(transactions.userId, userId)];
  if (filter.accountId) conditions.push(eq(transactions.accountId, filter.accountId));
  if (filter.categoryId === UNCATEGORIZED_CATEGORY_ID) {
    // Uncategorized rows carry no category id at all.
    conditions.push(
      or(isNull(transactions.categoryId), eq(transactions.categoryId, UNCATEGORIZED_CATEGORY_ID))!,
    );
  } else if (filter.categoryId) {
    // A group (Food & Dining) includes its subcategories (Groceries, Restaurants …).
    conditions.push(
      sql`${transactions.categoryId} in (select c.id from ${visibleCategoriesSql(userId)} as c
        where c.id = ${filter.categoryId}::uuid or c.parent_id = ${filter.categoryId}::uuid)`,
    );
  }
  if (filter.month) {
    const start = `${filter.month}-01`;
    conditions.push(gte(transactions.postedOn, start));
    conditions.push(lt(transactions.postedOn, sql`(${start}::date + interval '1 month')::date`));
  }
  if (filter.from) conditions.push(gte(transactions.postedOn, filter.from));
  if (filter.to) conditions.push(lte(transactions.postedOn, filter.to));
  if (filter.minAmount !== undefined)
    conditions.push(sql`abs(${transactions.amount}) >= ${formatDecimal(filter.minAmount)}::numeric`);
  if (filter.maxAmount !== undefined)
    conditions.push(sql`abs(${transactions.amount}) <= ${formatDecimal(filter.maxAmount)}::numeric`);
  const text = filter.q?.trim();
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    const matches: SQL[] = [
      ilike(transactions.merchant, pattern),
      ilike(transactions.description, pattern),
      ilike(transactions.memo, pattern),
    ];
    const amount = searchedAmount(text);
    if (amount !== null) matches.push(sql`abs(${transactions.amount}) = ${formatDecimal(amount)}::numeric`);
    conditions.push(or(...matches)!);
  }
  return conditions;
}
