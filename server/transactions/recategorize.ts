import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { sellerRules, transactions } from "@/db/schema";
import { spendingRecomputeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { getUsableCategory } from "@/server/categorize/categories";
import { recordVote } from "@/server/categorize/votes";
import { notFound } from "@/server/errors";

/**
 * The user's word on a transaction's category. Changes that one transaction, or with applyToSeller every one of
 * the user's transactions from the same seller plus a rule for future ones. It is also the user's crowd vote for
 * the seller. The affected months' spending is then recomputed in the background (the event commits with the change).
 */
export async function recategorizeTransaction(
  db: Database,
  userId: string,
  transactionId: string,
  input: { categoryId: string; applyToSeller?: boolean },
): Promise<{ changed: number; months: string[] }> {
  const category = await getUsableCategory(db, userId, input.categoryId);
  const [target] = await db
    .select({ id: transactions.id, sellerKey: transactions.sellerKey })
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.userId, userId)))
    .limit(1);
  if (!target) throw notFound("That transaction");

  const applyToSeller = Boolean(input.applyToSeller && target.sellerKey);
  const { changed, months } = await db.transaction(async (tx) => {
    const changedMonths = new Set<string>();
    let count = 0;
    const touched = await tx
      .update(transactions)
      .set({ categoryId: category.id, categorySource: "user" })
      .where(and(eq(transactions.id, target.id), eq(transactions.userId, userId)))
      .returning({ month: sql<string>`to_char(${transactions.postedOn}, 'YYYY-MM')` });
    for (const row of touched) changedMonths.add(row.month);
    count += touched.length;
    if (applyToSeller) {
      const others = await tx
        .update(transactions)
        .set({ categoryId: category.id, categorySource: "rule" })
        .where(
          and(
            eq(transactions.userId, userId),
            eq(transactions.sellerKey, target.sellerKey),
            ne(transactions.id, target.id),
          ),
        )
        .returning({ month: sql<string>`to_char(${transactions.postedOn}, 'YYYY-MM')` });
      for (const row of others) changedMonths.add(row.month);
      count += others.length;
      await tx
        .insert(sellerRules)
        .values({ userId, sellerKey: target.sellerKey, categoryId: category.id })
        .onConflictDoUpdate({
          target: [sellerRules.userId, sellerRules.sellerKey],
          set: { categoryId: category.id, createdAt: sql`now()` },
        });
    }
    await recordVote(tx, { userId, sellerKey: target.sellerKey, categoryId: category.id });
    const sortedMonths = [...changedMonths].sort();
    await enqueueEvents(tx, spendingRecomputeRequested({ userId, months: sortedMonths }));
    return { changed: count, months: sortedMonths };
  });
  return { changed, months };
}
