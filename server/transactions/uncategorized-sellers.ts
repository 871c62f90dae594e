import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { type Cents, centsFromNumeric, formatDecimal } from "@/lib/money";
import { cachedRead } from "@/server/cache/user-reads";

/** A seller Tally left uncategorized, with what the user needs to file all its transactions at once. */
export type UncategorizedSeller = {
  sellerKey: string;
  merchant: string;
  /** The bank's text on the seller's latest such transaction: what the user recognises the seller by. */
  sampleDescription: string;
  /**
   * That transaction (a posted one before a pending one): filing the seller goes through it, as "apply to all from
   * this seller" does (recategorizeTransaction), which also makes the rule for the seller's future transactions.
   */
  transactionId: string;
  count: number;
  lastPostedOn: string;
  /** The sum of the amounts (money out is negative) in each currency, never added across currencies. */
  totals: { currency: string; amount: Cents }[];
};

export type UncategorizedSellers = {
  /** The sellers with the most waiting transactions first (then the most recent), at most `limit`. */
  sellers: UncategorizedSeller[];
  /** Every seller waiting, including those beyond `limit`. */
  sellerCount: number;
  /** Their transactions. */
  transactionCount: number;
  /** Uncategorized transactions that name no seller (a check, a payment to a person): filed one by one. */
  withoutSellerCount: number;
};

// Waiting for a category: uncategorized, and not because the user said so (a row they filed under Uncategorized
// themselves is their answer, not a question).
const waiting = (userId: string) => sql`
  t.user_id = ${userId}::uuid
  and (t.category_id is null or t.category_id = ${UNCATEGORIZED_CATEGORY_ID}::uuid)
  and t.category_source is distinct from 'user'`;

/**
 * The user's uncategorized transactions grouped by seller, for the page that files a seller's transactions in one
 * step. Reads only the user's rows; three statements over them, each scoped by user_id first (the primary key).
 */
export async function listUncategorizedSellers(
  db: Database,
  userId: string,
  options: { limit?: number } = {},
): Promise<UncategorizedSellers> {
  const limit = options.limit ?? 50;
  const [counts] = await queryRows<{ sellers: number; rows: number; without_seller: number }>(
    db,
    sql`select count(distinct t.seller_key) filter (where t.seller_key <> '')::int as sellers,
          count(*) filter (where t.seller_key <> '')::int as rows,
          count(*) filter (where t.seller_key = '')::int as without_seller
        from transactions t where ${waiting(userId)}`,
  );
  const sellerRows = await queryRows<{
    seller_key: string;
    count: number;
    last_posted_on: string;
    transaction_id: string;
    sample_description: string;
    merchant: string;
  }>(
    db,
    sql`select t.seller_key, count(*)::int as count, max(t.posted_on)::text as last_posted_on,
          (array_agg(t.id::text order by t.pending, t.posted_on desc, t.id desc))[1] as transaction_id,
          (array_agg(t.description order by t.pending, t.posted_on desc, t.id desc))[1] as sample_description,
          (array_agg(t.merchant order by t.pending, t.posted_on desc, t.id desc))[1] as merchant
        from transactions t
        where ${waiting(userId)} and t.seller_key <> ''
        group by t.seller_key
        order by count(*) desc, max(t.posted_on) desc, t.seller_key
        limit ${limit}`,
  );
  const totals = new Map<string, { currency: string; amount: Cents }[]>();
  if (sellerRows.length > 0) {
    const totalRows = await queryRows<{ seller_key: string; currency: string; amount: string }>(
      db,
      sql`select t.seller_key, t.currency, sum(t.amount)::text as amount
          from transactions t
          where ${waiting(userId)} and t.seller_key = any(${pgArray(sellerRows.map((row) => row.seller_key))}::text[])
          group by t.seller_key, t.currency
          order by t.seller_key, t.currency`,
    );
    for (const row of totalRows) {
      const list = totals.get(row.seller_key) ?? [];
      list.push({ currency: row.currency, amount: centsFromNumeric(row.amount) });
      totals.set(row.seller_key, list);
    }
  }
  return {
    sellers: sellerRows.map((row) => ({
      sellerKey: row.seller_key,
      merchant: row.merchant,
      sampleDescription: row.sample_description,
      transactionId: row.transaction_id,
      count: Number(row.count),
      lastPostedOn: row.last_posted_on,
      totals: totals.get(row.seller_key) ?? [],
    })),
    sellerCount: Number(counts?.sellers ?? 0),
    transactionCount: Number(counts?.rows ?? 0),
    withoutSellerCount: Number(counts?.without_seller ?? 0),
  };
}

/** How many sellers wait for a category: the Transactions page's pointer to the page that files them. Cached. */
export function countUncategorizedSellers(db: Database, userId: string): Promise<number> {
  return cachedRead(userId, "uncategorized-sellers:count", async () => {
    const [row] = await queryRows<{ sellers: number }>(
      db,
      sql`select count(distinct t.seller_key)::int as sellers
          from transactions t where ${waiting(userId)} and t.seller_key <> ''`,
    );
    return Number(row?.sellers ?? 0);
  });
}

/** GET /api/v1/transactions/uncategorized-sellers's query. */
export const uncategorizedSellersQuery = z.object({
  limit: z.coerce
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be 1 to 200")
    .max(200, "must be 1 to 200")
    .default(50),
});

/** Its answer, as the OpenAPI description documents it. */
export const uncategorizedSellersResponse = z.object({
  sellers: z.array(
    z.object({
      seller_key: z.string(),
      merchant: z.string(),
      sample_description: z.string(),
      transaction_id: z.string(),
      count: z.number(),
      last_posted_on: z.string(),
      totals: z.array(z.object({ currency: z.string(), amount: z.string() })),
    }),
  ),
  seller_count: z.number(),
  transaction_count: z.number(),
  without_seller_count: z.number(),
});

export function uncategorizedSellersJson(
  waiting: UncategorizedSellers,
): z.infer<typeof uncategorizedSellersResponse> {
  return {
    sellers: waiting.sellers.map((seller) => ({
      seller_key: seller.sellerKey,
      merchant: seller.merchant,
      sample_description: seller.sampleDescription,
      transaction_id: seller.transactionId,
      count: seller.count,
      last_posted_on: seller.lastPostedOn,
      totals: seller.totals.map((total) => ({
        currency: total.currency,
        amount: formatDecimal(total.amount),
      })),
    })),
    seller_count: waiting.sellerCount,
    transaction_count: waiting.transactionCount,
    without_seller_count: waiting.withoutSellerCount,
  };
}
