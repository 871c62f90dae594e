import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { categoryChoices, crowdTop, crowdVotes, defaultCategories } from "@/db/schema";
import { pgArray } from "@/db/sql-arrays";
import { crowdWinner } from "./crowd";
import { SELLER_KEY_VERSION } from "./normalize";

/** A sample of the bank's text a rule, choice or vote was made on, with its account's currency. */
export type SellerSample = { description: string; currency: string };

/**
 * A user's manual choice for a seller. It is always remembered privately (category_choices: the history source
 * learns from it), and for a default category it is also the user's crowd vote; the seller's crowd answer is
 * then recomputed right away (a seller has few voters, so this reads a handful of rows), keeping categorization
 * a one-row lookup. A user's own category means nothing to anyone else and is never a vote: choosing one takes
 * back the vote the user gave the seller before, as the crowd counts each user's latest choice only.
 */
export async function recordVote(
  db: Database,
  input: { userId: string; sellerKey: string; categoryId: string; sample?: SellerSample },
) {
  if (!input.sellerKey) return;
  const { sample, ...choice } = input;
  // The text the choice was made on, and the key version it was read with: when a later release reads that text
  // into another key, the choice and the vote follow it (server/categorize/rekey.ts).
  const keyed = sample
    ? {
        sampleDescription: sample.description,
        sampleCurrency: sample.currency,
        keyVersion: SELLER_KEY_VERSION,
      }
    : {};
  await db
    .insert(categoryChoices)
    .values({ ...choice, ...keyed })
    .onConflictDoUpdate({
      target: [categoryChoices.userId, categoryChoices.sellerKey],
      set: { categoryId: input.categoryId, chosenAt: sql`now()`, ...keyed },
    });
  const [category] = await db
    .select({ id: defaultCategories.id })
    .from(defaultCategories)
    .where(eq(defaultCategories.id, input.categoryId))
    .limit(1);
  if (!category) {
    const withdrawn = await db
      .delete(crowdVotes)
      .where(and(eq(crowdVotes.userId, input.userId), eq(crowdVotes.sellerKey, input.sellerKey)))
      .returning({ sellerKey: crowdVotes.sellerKey });
    if (withdrawn.length > 0) await refreshCrowdTop(db, input.sellerKey);
    return;
  }
  await db
    .insert(crowdVotes)
    .values({ ...choice, ...keyed })
    .onConflictDoUpdate({
      target: [crowdVotes.userId, crowdVotes.sellerKey],
      set: { categoryId: input.categoryId, votedAt: sql`now()`, ...keyed },
    });
  await refreshCrowdTop(db, input.sellerKey);
}

/**
 * Recounts a seller's crowd answer from verified votes only: a voter counts when they have a transaction with the
 * seller in an account that a bank connection fills (a sync, not a file they could have written themselves or a
 * manual account). Fresh accounts voting on a seller they never bought from therefore count for nothing, however
 * many there are; crowdWinner then asks for a statistically sure majority of the verified voters.
 */
export async function refreshCrowdTop(db: Database, sellerKey: string): Promise<void> {
  await refreshCrowdTops(db, [sellerKey]);
}

// Namespace of the sellers' advisory locks (two-key form; server/spending/aggregate.ts has the others).
const CROWD_LOCK = 8_403;

/** refreshCrowdTop for many sellers at once: one read of their verified votes and one write of their answers. */
export async function refreshCrowdTops(db: Database, sellerKeys: readonly string[]): Promise<void> {
  const keys = [...new Set(sellerKeys)].filter(Boolean);
  if (keys.length === 0) return;
  // Two users voting at once each see only their own uncommitted vote: the seller's lock, held to the end of
  // the transaction that cast the vote, makes the later recount wait for the earlier vote's commit and count it.
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${CROWD_LOCK}, hashtext(key))
          from unnest(${pgArray(keys)}::text[]) as key order by key`,
    );
    const tally = await queryRows<{ seller_key: string; category_id: string; voters: number }>(
      tx,
      sql`select v.seller_key, v.category_id, count(*)::int as voters
          from crowd_votes v
          where v.seller_key = any(${pgArray(keys)}::text[])
            and exists (
              select 1 from transactions t join accounts a on a.user_id = t.user_id and a.id = t.account_id
              where t.user_id = v.user_id and a.connection_id is not null
                -- The vote's own sample text counts as the seller too: stored transactions keep the key they were
                -- imported under, so after a release re-keyed the vote (rekey.ts) the voter's older rows still
                -- prove they bought from the seller. Same scan of the voter's rows either way.
                and (t.seller_key = v.seller_key or t.description = v.sample_description)
            )
          group by v.seller_key, v.category_id
          order by v.seller_key, voters desc, v.category_id`,
    );
    const bySeller = new Map<string, { categoryId: string; voters: number }[]>(keys.map((key) => [key, []]));
    for (const row of tally)
      bySeller.get(row.seller_key)?.push({ categoryId: row.category_id, voters: Number(row.voters) });
    const rows = [...bySeller].map(([sellerKey, votes]) => ({
      sellerKey,
      categoryId: crowdWinner(votes),
      votes: votes[0]?.voters ?? 0,
      runnerUpVotes: votes[1]?.voters ?? 0,
    }));
    await tx
      .insert(crowdTop)
      .values(rows)
      .onConflictDoUpdate({
        target: crowdTop.sellerKey,
        set: {
          categoryId: sql`excluded.category_id`,
          votes: sql`excluded.votes`,
          runnerUpVotes: sql`excluded.runner_up_votes`,
          updatedAt: sql`now()`,
        },
      });
  });
}
