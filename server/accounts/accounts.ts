import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type Account, accounts } from "@/db/schema";
import { pgArray } from "@/db/sql-arrays";
import { statementsPurgeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { requestBudgetEvaluation } from "@/server/budgets/events";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { notFound } from "@/server/errors";
import { applyAggregateDeltas, lockAccounts, lockUserForDeltas } from "@/server/spending/aggregate";
import { deleteReturningDeltas } from "@/server/sync/ingest";

export function listAccounts(db: Database, userId: string): Promise<Account[]> {
  return db.select().from(accounts).where(eq(accounts.userId, userId)).orderBy(asc(accounts.createdAt));
}

export async function getAccount(db: Database, userId: string, accountId: string): Promise<Account> {
  const [account] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.userId, userId)))
    .limit(1);
  if (!account) throw notFound("That account");
  return account;
}

/** A manual account, for statement files from a bank without Direct Connect. */
export async function createManualAccount(
  db: Database,
  userId: string,
  input: { name: string; type: Account["type"]; currency: string },
): Promise<Account> {
  const [account] = await db
    .insert(accounts)
    .values({ userId, name: input.name, type: input.type, currency: input.currency.toUpperCase() })
    .returning();
  await invalidateUserReads(userId);
  return account!;
}

/**
 * Removes a manual account with its transactions; its uploaded statements follow by a job asked for in the same
 * transaction (an object store that fails then cannot leave them behind).
 */
export async function deleteManualAccount(db: Database, userId: string, accountId: string): Promise<void> {
  const account = await getAccount(db, userId, accountId);
  if (account.connectionId) throw notFound("That manual account");
  await db.transaction(async (tx) => {
    await removeAccountTransactions(tx, userId, [account.id]);
    await tx.delete(accounts).where(and(eq(accounts.id, accountId), eq(accounts.userId, userId)));
    await enqueueEvents(tx, statementsPurgeRequested({ userId, accountId }));
  });
  await invalidateUserReads(userId);
}

/**
 * Deletes the accounts' transactions and takes them out of the monthly totals (and asks for the months' budgets to
 * be evaluated again), in the caller's transaction
 * (which then deletes the accounts). Waits for an import into these accounts to finish first; an import
 * queued behind it finds the account gone and stops.
 */
export async function removeAccountTransactions(
  tx: Database,
  userId: string,
  accountIds: readonly string[],
): Promise<void> {
  if (accountIds.length === 0) return;
  await lockUserForDeltas(tx, userId);
  await lockAccounts(tx, accountIds);
  // Row locks in id order, as a recategorization takes them, before the delete takes them in its own order.
  await tx.execute(sql`
    select id from transactions
    where user_id = ${userId}::uuid and account_id = any(${pgArray(accountIds)}::uuid[])
    order by id
    for update`);
  const { deltas } = await deleteReturningDeltas(
    tx,
    sql`delete from transactions
      where user_id = ${userId}::uuid and account_id = any(${pgArray(accountIds)}::uuid[])
      returning posted_on, amount, currency, category_id`,
  );
  await applyAggregateDeltas(tx, userId, deltas);
  // Removing an account can raise a month's net spending too (one that held the refunds): its budgets are
  // evaluated again, as after any other change to the totals.
  await requestBudgetEvaluation(
    tx,
    userId,
    deltas.map((delta) => delta.month.slice(0, 7)),
  );
}

/** Only the last four digits of an account number ever leave the server. */
export const accountMask = (account: Pick<Account, "accountNumber">) =>
  account.accountNumber?.slice(-4) ?? null;
