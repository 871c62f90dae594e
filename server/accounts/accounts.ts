import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { type Account, accounts } from "@/db/schema";
import { notFound } from "@/server/errors";
import { monthsWithTransactions, recomputeMonths } from "@/server/spending/aggregate";
import { getObjectStore, statementPrefix } from "@/server/storage";

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
  return account!;
}

/** Removes a manual account with its transactions and uploaded statements. */
export async function deleteManualAccount(db: Database, userId: string, accountId: string): Promise<void> {
  const account = await getAccount(db, userId, accountId);
  if (account.connectionId) throw notFound("That manual account");
  const months = await monthsWithTransactions(db, userId, [account.id]);
  await db.transaction(async (tx) => {
    await tx.delete(accounts).where(and(eq(accounts.id, accountId), eq(accounts.userId, userId)));
    await recomputeMonths(tx, userId, months);
  });
  await getObjectStore().deletePrefix(statementPrefix({ userId, accountId }));
}

/** Only the last four digits of an account number ever leave the server. */
export const accountMask = (account: Pick<Account, "accountNumber">) =>
  account.accountNumber?.slice(-4) ?? null;
