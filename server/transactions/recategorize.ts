import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { sellerRules } from "@/db/schema";
import { getUsableCategory } from "@/server/categorize/categories";
import { recordVote } from "@/server/categorize/votes";
import { notFound } from "@/server/errors";
import {
  type AggregateDelta,
  applyAggregateDeltas,
  deltaRowsOf,
  groupedDeltasJson,
  lockUserForDeltas,
  parseDeltas,
} from "@/server/spending/aggregate";

export type RecategorizeResult = {
  /** Transactions moved to the category: the one chosen, plus the seller's others with applyToSeller. */
  changed: number;
  /** The seller's transactions left alone because the user had chosen their category by hand. */
  kept: number;
};

/**
 * The user's word on a transaction's category. Changes that one transaction, or with applyToSeller also the
 * user's other transactions from the same seller, except those whose category the user chose by hand (those
 * are kept, and counted), plus a rule for future ones. It is also the user's crowd vote for the seller. The
 * monthly totals move in the same transaction, so the next page load shows them.
 */
export async function recategorizeTransaction(
  db: Database,
  userId: string,
  transactionId: string,
  input: { categoryId: string; applyToSeller?: boolean },
): Promise<RecategorizeResult> {
  const category = await getUsableCategory(db, userId, input.categoryId);
  return db.transaction(async (tx) => {
    await lockUserForDeltas(tx, userId);
    await lockRows(tx, userId, transactionId, Boolean(input.applyToSeller));
    const chosen = await moveToCategory(tx, {
      categoryId: category.id,
      source: "user",
      rows: sql`id = ${transactionId}::uuid and user_id = ${userId}::uuid`,
    });
    if (chosen.rows.length === 0) throw notFound("That transaction");
    const sellerKey = chosen.rows[0]!.sellerKey;
    const deltas = [...chosen.deltas];
    let changed = 1;
    let kept = 0;
    if (input.applyToSeller && sellerKey) {
      const others = sql`user_id = ${userId}::uuid and seller_key = ${sellerKey} and id <> ${transactionId}::uuid`;
      const seller = await moveToCategory(tx, {
        categoryId: category.id,
        source: "rule",
        rows: sql`${others} and category_source is distinct from 'user'`,
      });
      deltas.push(...seller.deltas);
      changed += seller.rows.filter((row) => row.previousCategoryId !== category.id).length;
      kept = await countRows(
        tx,
        sql`${others} and category_source = 'user' and category_id <> ${category.id}::uuid`,
      );
      await tx
        .insert(sellerRules)
        .values({ userId, sellerKey, categoryId: category.id })
        .onConflictDoUpdate({
          target: [sellerRules.userId, sellerRules.sellerKey],
          set: { categoryId: category.id, createdAt: sql`now()` },
        });
    }
    await recordVote(tx, { userId, sellerKey, categoryId: category.id });
    await applyAggregateDeltas(tx, userId, deltas);
    return { changed, kept };
  });
}

/**
 * Locks, in one statement and in id order, every row this change may touch: the transaction and, for a
 * whole-seller change, the seller's other rows. Two changes of one seller (or a change and an account's
 * removal, which locks in the same order) then wait for each other instead of deadlocking. (A row whose seller
 * an import rewrites meanwhile is locked later, by the update itself.)
 */
async function lockRows(
  tx: Database,
  userId: string,
  transactionId: string,
  withSeller: boolean,
): Promise<void> {
  const seller = withSeller
    ? sql`or seller_key = (select seller_key from transactions
        where id = ${transactionId}::uuid and user_id = ${userId}::uuid and seller_key <> '')`
    : sql``;
  await tx.execute(sql`
    select id from transactions
    where user_id = ${userId}::uuid and (id = ${transactionId}::uuid ${seller})
    order by id
    for update`);
}

/**
 * Sets the category of the rows `rows` selects (locked by lockRows), taking the aggregate deltas from the
 * values the update replaced.
 */
async function moveToCategory(
  tx: Database,
  input: { categoryId: string; source: "user" | "rule"; rows: SQL },
): Promise<{
  rows: Array<{ sellerKey: string; previousCategoryId: string | null }>;
  deltas: AggregateDelta[];
}> {
  const [result] = await queryRows<{ rows: unknown; deltas: unknown }>(
    tx,
    sql`with before as (
      select id, seller_key, posted_on, amount, currency, category_id from transactions
      where ${input.rows}
      order by id
      for update
    ),
    changed as (
      update transactions t set category_id = ${input.categoryId}::uuid, category_source = ${input.source}
      from before b where t.id = b.id
      returning t.posted_on, t.amount, t.currency, t.category_id
    )
    select coalesce((select json_agg(json_build_object('sellerKey', seller_key, 'previousCategoryId', category_id))
        from before), '[]'::json) as rows,
      ${groupedDeltasJson(sql`${deltaRowsOf(sql`before`, -1)} union all ${deltaRowsOf(sql`changed`, 1)}`)} as deltas`,
  );
  const rows = (typeof result?.rows === "string" ? JSON.parse(result.rows) : result?.rows) as Array<{
    sellerKey: string;
    previousCategoryId: string | null;
  }>;
  return { rows: rows ?? [], deltas: parseDeltas(result?.deltas) };
}

async function countRows(tx: Database, where: SQL): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    tx,
    sql`select count(*)::int as count from transactions where ${where}`,
  );
  return Number(row?.count ?? 0);
}
