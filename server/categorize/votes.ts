import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { categories, crowdTop, crowdVotes } from "@/db/schema";
import { crowdWinner } from "./crowd";

/**
 * A user's manual choice for a seller is their vote; the seller's crowd answer is recomputed from its votes right
 * away (a seller has few voters, so this reads a handful of rows), keeping categorization a one-row lookup.
 * Only default categories are votes: a user's own category means nothing to anyone else and must not leak.
 */
export async function recordVote(
  db: Database,
  input: { userId: string; sellerKey: string; categoryId: string },
) {
  if (!input.sellerKey) return;
  const [category] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.id, input.categoryId), isNull(categories.userId)))
    .limit(1);
  if (!category) return;
  await db
    .insert(crowdVotes)
    .values(input)
    .onConflictDoUpdate({
      target: [crowdVotes.sellerKey, crowdVotes.userId],
      set: { categoryId: input.categoryId, votedAt: sql`now()` },
    });
  await refreshCrowdTop(db, input.sellerKey);
}

export async function refreshCrowdTop(db: Database, sellerKey: string): Promise<void> {
  const tally = await db
    .select({ categoryId: crowdVotes.categoryId, voters: sql<number>`count(*)::int` })
    .from(crowdVotes)
    .where(eq(crowdVotes.sellerKey, sellerKey))
    .groupBy(crowdVotes.categoryId)
    .orderBy(desc(sql`count(*)`));
  const winner = crowdWinner(
    tally.map((row) => ({ categoryId: row.categoryId, voters: Number(row.voters) })),
  );
  const [first, second] = tally;
  const row = {
    sellerKey,
    categoryId: winner,
    votes: Number(first?.voters ?? 0),
    runnerUpVotes: Number(second?.voters ?? 0),
  };
  await db
    .insert(crowdTop)
    .values(row)
    .onConflictDoUpdate({
      target: crowdTop.sellerKey,
      set: {
        categoryId: row.categoryId,
        votes: row.votes,
        runnerUpVotes: row.runnerUpVotes,
        updatedAt: sql`now()`,
      },
    });
}
