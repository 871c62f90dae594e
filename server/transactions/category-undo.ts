import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { categoryChoices, crowdVotes, sellerRules, transactions } from "@/db/schema";
import { pgArray } from "@/db/sql-arrays";
import { secret } from "@/env";
import { centsFromNumeric } from "@/lib/money";
import { requestBudgetEvaluation } from "@/server/budgets/events";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { categorizeForUser, choiceSellerKey } from "@/server/categorize/assign";
import { refreshCrowdTop } from "@/server/categorize/votes";
import { AppError, notFound } from "@/server/errors";
import { lockUserForRebuild, rebuildAggregate } from "@/server/spending/aggregate";
import { sellerSweepKeys } from "@/server/transactions/seller-sweep";

// "Undo" after a category change: before the change, what it may touch is written down (each row's category
// and why, the seller rule, the user's crowd vote and private choice); the page gets that back as a signed token, and undoing
// puts it all back. Signed (HMAC with the app's secret) so a token cannot be forged or edited, tied to the
// user, and short-lived. Undo takes back only what is still as the change left it: a row, rule or choice the user
// changed again since keeps their later word.

const UNDO_MINUTES = 15;

type Snapshot = {
  userId: string;
  /** The transaction's stored seller key: which rows a whole-seller change swept. */
  sellerKey: string;
  /**
   * The key the change's rule, vote and choice went under (choiceSellerKey: its text's current key); absent in
   * tokens written before there was one, when it was sellerKey.
   */
  choiceKey?: string;
  /** The transaction the user changed: the change files it by hand ("user"), the seller's others by rule. */
  target: string;
  /** The category the change files them under. */
  to: string;
  /** [id, category id or null, category source or null, why it was chosen or null] */
  rows: [string, string | null, string | null, string | null][];
  /** The seller rule's category before, or null for none; undefined when the change did not touch rules. */
  rule?: string | null;
  vote: string | null;
  /** The user's private choice for the seller before (what their history learns from), or null for none. */
  choice?: string | null;
  expires: number;
};

const sign = (payload: string) =>
  createHmac("sha256", secret("AUTH_SECRET")).update(`category-undo:${payload}`).digest("base64url");

/**
 * Writes down what changing this transaction's category (and, with applyToSeller, its seller's) to `categoryId`
 * may touch. Returns the undo token to hand back after the change succeeds.
 */
export async function snapshotForUndo(
  db: Database,
  userId: string,
  transactionId: string,
  applyToSeller: boolean,
  categoryId: string,
): Promise<string> {
  const [target] = await db
    .select({
      sellerKey: transactions.sellerKey,
      description: transactions.description,
      currency: transactions.currency,
    })
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.userId, userId)))
    .limit(1);
  if (!target) throw notFound("That transaction");
  const choiceKey = choiceSellerKey(target.sellerKey, target);
  const bySeller = applyToSeller && target.sellerKey !== "";
  const keys = bySeller ? await sellerSweepKeys(db, userId, target) : [];
  const rows = await db
    .select({
      id: transactions.id,
      categoryId: transactions.categoryId,
      source: transactions.categorySource,
      reason: transactions.categoryReason,
    })
    .from(transactions)
    .where(
      and(
        eq(transactions.userId, userId),
        bySeller
          ? or(eq(transactions.id, transactionId), inArray(transactions.sellerKey, keys))
          : eq(transactions.id, transactionId),
      ),
    );
  const [rule] = bySeller
    ? await db
        .select({ categoryId: sellerRules.categoryId })
        .from(sellerRules)
        .where(and(eq(sellerRules.userId, userId), eq(sellerRules.sellerKey, choiceKey)))
    : [];
  const [vote] = await db
    .select({ categoryId: crowdVotes.categoryId })
    .from(crowdVotes)
    .where(and(eq(crowdVotes.userId, userId), eq(crowdVotes.sellerKey, choiceKey)));
  const [choice] = await db
    .select({ categoryId: categoryChoices.categoryId })
    .from(categoryChoices)
    .where(and(eq(categoryChoices.userId, userId), eq(categoryChoices.sellerKey, choiceKey)));
  const snapshot: Snapshot = {
    userId,
    sellerKey: target.sellerKey,
    choiceKey,
    target: transactionId,
    to: categoryId,
    rows: rows.map((row) => [row.id, row.categoryId, row.source, row.reason]),
    ...(bySeller ? { rule: rule?.categoryId ?? null } : {}),
    vote: vote?.categoryId ?? null,
    choice: choice?.categoryId ?? null,
    expires: Date.now() + UNDO_MINUTES * 60_000,
  };
  const payload = Buffer.from(JSON.stringify(snapshot)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

const expired = () =>
  new AppError("conflict", "This change can no longer be undone. Choose the category again instead.");

function readToken(token: string, userId: string): Snapshot {
  const [payload = "", signature = ""] = token.split(".");
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw expired();
  const snapshot = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Snapshot;
  if (snapshot.userId !== userId || snapshot.expires < Date.now()) throw expired();
  // A token written before undo knew what the change set cannot tell a later change from this one's.
  if (typeof snapshot.to !== "string" || typeof snapshot.target !== "string") throw expired();
  return snapshot;
}

/**
 * Puts back what a category change changed: each row's category and source, the seller rule, the user's vote
 * and private choice, and the affected months' spending. Each only while it is still as the change left it (the
 * row in the chosen category, by hand for the one the user changed and by rule for the seller's others; the rule
 * and the choice naming the chosen category): what the user changed again since stays. Returns how many
 * transactions went back.
 */
export async function undoCategoryChange(db: Database, userId: string, token: string): Promise<number> {
  const snapshot = readToken(token, userId);
  const choiceKey = snapshot.choiceKey ?? snapshot.sellerKey;
  const restored = await db.transaction(async (tx) => {
    // The user's aggregate lock first, alone (as a rebuild takes it), then the rows: imports take the same lock
    // shared before their rows, so the two never wait on each other in opposite orders.
    await lockUserForRebuild(tx, userId);
    const rows = await queryRows<{ month: string }>(
      tx,
      sql`update transactions t
        set category_id = s.category_id, category_source = s.category_source, category_reason = s.category_reason
        from unnest(
          ${pgArray(snapshot.rows.map((row) => row[0]))}::uuid[],
          ${pgArray(snapshot.rows.map((row) => row[1]))}::uuid[],
          ${pgArray(snapshot.rows.map((row) => row[2]))}::text[],
          ${pgArray(snapshot.rows.map((row) => row[3] ?? null))}::text[]
        ) as s(id, category_id, category_source, category_reason)
        where t.id = s.id and t.user_id = ${userId}::uuid
          and t.category_id = ${snapshot.to}::uuid
          and t.category_source = case when t.id = ${snapshot.target}::uuid then 'user' else 'rule' end
        returning to_char(t.posted_on, 'YYYY-MM') as month`,
    );
    const ruleNow = and(
      eq(sellerRules.userId, userId),
      eq(sellerRules.sellerKey, choiceKey),
      eq(sellerRules.categoryId, snapshot.to),
    );
    let ruleTakenBack = false;
    if (snapshot.rule !== undefined) {
      const taken =
        snapshot.rule === null
          ? await tx.delete(sellerRules).where(ruleNow).returning({ sellerKey: sellerRules.sellerKey })
          : await tx
              .update(sellerRules)
              .set({ categoryId: snapshot.rule })
              .where(ruleNow)
              .returning({ sellerKey: sellerRules.sellerKey });
      ruleTakenBack = taken.length > 0;
    }
    // Every choice the user makes for the seller is written down as their private choice (recordVote): while it
    // still names this change's category, the choice and the vote are this change's to take back.
    const [choiceNow] = await tx
      .select({ categoryId: categoryChoices.categoryId })
      .from(categoryChoices)
      .where(and(eq(categoryChoices.userId, userId), eq(categoryChoices.sellerKey, choiceKey)));
    if (choiceKey && choiceNow?.categoryId === snapshot.to) {
      if (snapshot.vote === null)
        await tx
          .delete(crowdVotes)
          .where(and(eq(crowdVotes.userId, userId), eq(crowdVotes.sellerKey, choiceKey)));
      // Upserted: choosing one of the user's own categories took the vote back (see recordVote).
      else
        await tx
          .insert(crowdVotes)
          .values({ userId, sellerKey: choiceKey, categoryId: snapshot.vote })
          .onConflictDoUpdate({
            target: [crowdVotes.userId, crowdVotes.sellerKey],
            set: { categoryId: snapshot.vote },
          });
      await refreshCrowdTop(tx, choiceKey);
      // The user's own history must not learn from a choice they took back.
      if (snapshot.choice === null)
        await tx
          .delete(categoryChoices)
          .where(and(eq(categoryChoices.userId, userId), eq(categoryChoices.sellerKey, choiceKey)));
      else if (snapshot.choice !== undefined)
        await tx
          .insert(categoryChoices)
          .values({ userId, sellerKey: choiceKey, categoryId: snapshot.choice })
          .onConflictDoUpdate({
            target: [categoryChoices.userId, categoryChoices.sellerKey],
            set: { categoryId: snapshot.choice },
          });
    }
    // Rows imported after the change were filed by its rule, and are in no snapshot: with the rule taken back
    // they are filed again as an import would file them now (the rule before, else the next source).
    const refiled = ruleTakenBack ? await refileRowsOfTakenBackRule(tx, userId, snapshot) : [];
    // The months' totals rebuilt from the restored rows, in this transaction, and their budgets evaluated again.
    const months = [...new Set([...rows, ...refiled].map((row) => row.month))];
    await rebuildAggregate(tx, userId, months);
    await requestBudgetEvaluation(tx, userId, months);
    return rows.length + refiled.length;
  });
  await invalidateUserReads(userId);
  return restored;
}

/**
 * The seller's rows the change's rule filed after the snapshot was taken (imported since), categorized again now
 * that the rule is back as it was. Their category's reason and source come from the categorizer, as on import.
 */
async function refileRowsOfTakenBackRule(
  tx: Database,
  userId: string,
  snapshot: Snapshot,
): Promise<{ month: string }[]> {
  const later = await queryRows<{ id: string; description: string; amount: string; currency: string }>(
    tx,
    sql`select id, description, amount, currency from transactions
      where user_id = ${userId}::uuid
        and seller_key in (${snapshot.sellerKey}, ${snapshot.choiceKey ?? snapshot.sellerKey})
        and category_source = 'rule' and category_id = ${snapshot.to}::uuid
        and not (id = any(${pgArray(snapshot.rows.map((row) => row[0]))}::uuid[]))`,
  );
  if (later.length === 0) return [];
  const ids: string[] = [];
  const categoryIds: (string | null)[] = [];
  const sources: (string | null)[] = [];
  const reasons: (string | null)[] = [];
  for (const currency of new Set(later.map((row) => row.currency))) {
    const group = later.filter((row) => row.currency === currency);
    const answers = await categorizeForUser(
      tx,
      userId,
      group.map((row) => ({ description: row.description, amount: centsFromNumeric(row.amount) })),
      { currency },
    );
    group.forEach((row, index) => {
      const answer = answers[index]!;
      ids.push(row.id);
      categoryIds.push(answer.categoryId);
      sources.push(answer.source);
      reasons.push(answer.reason);
    });
  }
  return queryRows<{ month: string }>(
    tx,
    sql`update transactions t
      set category_id = s.category_id, category_source = s.category_source, category_reason = s.category_reason
      from unnest(
        ${pgArray(ids)}::uuid[], ${pgArray(categoryIds)}::uuid[], ${pgArray(sources)}::text[], ${pgArray(reasons)}::text[]
      ) as s(id, category_id, category_source, category_reason)
      where t.id = s.id and t.user_id = ${userId}::uuid
      returning to_char(t.posted_on, 'YYYY-MM') as month`,
  );
}

/**
 * What "apply to all from this seller" would change: the user's other transactions from the same seller that
 * are not already in the chosen category and were not filed by the user's own hand (those are kept).
 */
export async function previewSellerChange(
  db: Database,
  userId: string,
  transactionId: string,
  categoryId: string,
): Promise<{ merchant: string; count: number }> {
  const [target] = await db
    .select({
      sellerKey: transactions.sellerKey,
      merchant: transactions.merchant,
      description: transactions.description,
      currency: transactions.currency,
    })
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.userId, userId)))
    .limit(1);
  if (!target) throw notFound("That transaction");
  if (!target.sellerKey) return { merchant: target.merchant, count: 0 };
  const keys = await sellerSweepKeys(db, userId, target);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(transactions)
    .where(
      and(
        eq(transactions.userId, userId),
        inArray(transactions.sellerKey, keys),
        ne(transactions.id, transactionId),
        sql`${transactions.categoryId} is distinct from ${categoryId}::uuid`,
        sql`${transactions.categorySource} is distinct from 'user'`,
      ),
    );
  return { merchant: target.merchant, count: Number(row?.count ?? 0) };
}
