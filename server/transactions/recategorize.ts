import { invalidateUserReads } from "@/server/cache/user-reads";
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { sellerRules } from "@/db/schema";
import { pgArray } from "@/db/sql-arrays";
import { requestBudgetEvaluation } from "@/server/budgets/events";
import { choiceSellerKey } from "@/server/categorize/assign";
import { getUsableCategory } from "@/server/categorize/categories";
import { RULE_REASON } from "@/server/categorize/engine";
import { SELLER_KEY_VERSION } from "@/server/categorize/normalize";
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
import { sellerSweepKeys } from "@/server/transactions/seller-sweep";

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
 * monthly totals move in the same transaction, so the next page load shows them, and the months' budgets are
 * evaluated again once it commits.
 */
export async function recategorizeTransaction(
  db: Database,
  userId: string,
  transactionId: string,
  input: { categoryId: string; applyToSeller?: boolean },
): Promise<RecategorizeResult> {
  const category = await getUsableCategory(db, userId, input.categoryId);
  const result = await db.transaction(async (tx) => {
    await lockUserForDeltas(tx, userId);
    const { rows: locked, keys } = await lockRows(tx, userId, transactionId, Boolean(input.applyToSeller));
    const target = locked.find((row) => row.id === transactionId);
    if (!target) throw notFound("That transaction");
    const chosen = await moveToCategory(tx, userId, {
      categoryId: category.id,
      source: "user",
      ids: [target.id],
    });
    const deltas = [...chosen.deltas];
    // The rule, choice and vote go under the key the current normalizer reads the text into, which is what new
    // imports of that text get (it differs from the stored key when the row came in before a release changed how
    // such text reads), with the text kept beside them; the sweep takes the seller's rows under either key.
    const sample = { description: target.description, currency: target.currency };
    const choiceKey = choiceSellerKey(target.sellerKey, sample);
    const keyed = {
      sampleDescription: sample.description,
      sampleCurrency: sample.currency,
      keyVersion: SELLER_KEY_VERSION,
    };
    let changed = 1;
    let kept = 0;
    if (input.applyToSeller && target.sellerKey) {
      const others = locked.filter(
        (row) => row.id !== target.id && (row.sellerKey === target.sellerKey || keys.includes(row.sellerKey)),
      );
      const seller = await moveToCategory(tx, userId, {
        categoryId: category.id,
        source: "rule",
        ids: others.filter((row) => row.source !== "user").map((row) => row.id),
      });
      deltas.push(...seller.deltas);
      changed += others.filter((row) => row.source !== "user" && row.categoryId !== category.id).length;
      kept = others.filter((row) => row.source === "user" && row.categoryId !== category.id).length;
      await tx
        .insert(sellerRules)
        .values({ userId, sellerKey: choiceKey, categoryId: category.id, ...keyed })
        .onConflictDoUpdate({
          target: [sellerRules.userId, sellerRules.sellerKey],
          set: { categoryId: category.id, createdAt: sql`now()`, ...keyed },
        });
    }
    await recordVote(tx, { userId, sellerKey: choiceKey, categoryId: category.id, sample });
    await applyAggregateDeltas(tx, userId, deltas);
    await requestBudgetEvaluation(tx, userId, [...new Set(deltas.map((delta) => delta.month.slice(0, 7)))]);
    return { changed, kept };
  });
  await invalidateUserReads(userId);
  return result;
}

type LockedRow = {
  id: string;
  sellerKey: string;
  categoryId: string | null;
  source: string | null;
  description: string;
  currency: string;
};

class SellerChangedMeanwhile extends Error {}

/**
 * Locks every row this change touches, in one statement and in id order, as an import (its pending rows), an
 * account's removal and every other change take them: the transaction and, for a whole-seller change, the
 * seller's other rows (under every stored key that is this seller's: sellerSweepKeys). Ordered locking is what
 * keeps concurrent writers from deadlocking, so nothing outside this set is touched afterwards. The seller is read
 * before the locks are granted; if an import changed the transaction's seller meanwhile (a pending row that posted
 * under fuller text), the locks are given back (a savepoint rolled back) and taken again for the new seller.
 */
async function lockRows(
  tx: Database,
  userId: string,
  transactionId: string,
  withSeller: boolean,
): Promise<{ rows: LockedRow[]; keys: string[] }> {
  for (let attempt = 0; ; attempt++) {
    const [read] = withSeller
      ? await queryRows<{ seller_key: string; description: string; currency: string }>(
          tx,
          sql`select seller_key, description, currency from transactions
              where id = ${transactionId}::uuid and user_id = ${userId}::uuid`,
        )
      : [];
    const keys = read
      ? await sellerSweepKeys(tx, userId, {
          sellerKey: read.seller_key,
          description: read.description,
          currency: read.currency,
        })
      : [];
    try {
      return await tx.transaction(async (savepoint) => {
        const rows = await queryRows<{
          id: string;
          seller_key: string;
          category_id: string | null;
          category_source: string | null;
          description: string;
          currency: string;
        }>(
          savepoint,
          sql`select id, seller_key, category_id, category_source, description, currency
          from transactions
          where user_id = ${userId}::uuid
            and (id = ${transactionId}::uuid or (seller_key <> '' and seller_key = any(${pgArray(keys)}::text[])))
          order by id
          for update`,
        );
        const target = rows.find((row) => row.id === transactionId);
        if (read && target && target.seller_key !== read.seller_key && attempt < 3) {
          throw new SellerChangedMeanwhile();
        }
        return {
          keys,
          rows: rows.map((row) => ({
            id: row.id,
            sellerKey: row.seller_key,
            categoryId: row.category_id,
            source: row.category_source,
            description: row.description,
            currency: row.currency,
          })),
        };
      });
    } catch (error) {
      if (!(error instanceof SellerChangedMeanwhile)) throw error;
    }
  }
}

/**
 * Sets the category of locked rows, taking the aggregate deltas from the values the update replaced. The
 * automatic reason they had goes with it: the user's own choice has none, a rule's says so.
 */
async function moveToCategory(
  tx: Database,
  userId: string,
  input: { categoryId: string; source: "user" | "rule"; ids: readonly string[] },
): Promise<{ deltas: AggregateDelta[] }> {
  if (input.ids.length === 0) return { deltas: [] };
  const [result] = await queryRows<{ deltas: unknown }>(
    tx,
    sql`with before as (
      select id, posted_on, amount, currency, category_id from transactions
      where user_id = ${userId}::uuid and id = any(${pgArray(input.ids)}::uuid[])
    ),
    changed as (
      update transactions t set category_id = ${input.categoryId}::uuid, category_source = ${input.source},
        category_reason = ${input.source === "rule" ? RULE_REASON : null}
      from before b where t.user_id = ${userId}::uuid and t.id = b.id
      returning t.posted_on, t.amount, t.currency, t.category_id
    )
    select ${groupedDeltasJson(sql`${deltaRowsOf(sql`before`, -1)} union all ${deltaRowsOf(sql`changed`, 1)}`)} as deltas`,
  );
  return { deltas: parseDeltas(result?.deltas) };
}
