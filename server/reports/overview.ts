import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import type { User } from "@/db/schema";
import { type Cents, centsFromNumeric } from "@/lib/money";
import { listAccounts } from "@/server/accounts/accounts";
import { cachedRead } from "@/server/cache/user-reads";
import { userCurrentMonth } from "@/server/identity/time-zone";
import { listTransactions } from "@/server/transactions/list";

export type AccountBalance = {
  id: string;
  name: string;
  type: "checking" | "savings" | "credit_card" | "other";
  currency: string;
  balance: Cents | null;
};

/** The user's accounts with their latest balances, as plain data (cached). */
export function accountBalances(db: Database, userId: string): Promise<AccountBalance[]> {
  return cachedRead(userId, "accounts", async () =>
    (await listAccounts(db, userId)).map((account) => ({
      id: account.id,
      name: account.name,
      type: account.type,
      currency: account.currency,
      balance: account.balance === null ? null : centsFromNumeric(account.balance),
    })),
  );
}

export type BalanceTotals = { cash: Map<string, Cents>; owed: Map<string, Cents>; cards: number };

/**
 * Cash (checking and savings) and what is owed on cards, per currency: dollars and euros are never added
 * together. A card's balance is negative while money is owed; a card in credit owes nothing.
 */
export function balanceTotals(accounts: readonly AccountBalance[]): BalanceTotals {
  const cash = new Map<string, Cents>();
  const owed = new Map<string, Cents>();
  let cards = 0;
  for (const account of accounts) {
    if (account.type === "credit_card") cards++;
    if (account.balance === null) continue;
    if (account.type === "checking" || account.type === "savings")
      cash.set(account.currency, (cash.get(account.currency) ?? 0) + account.balance);
    if (account.type === "credit_card")
      owed.set(account.currency, (owed.get(account.currency) ?? 0) + Math.max(0, -account.balance));
  }
  return { cash, owed, cards };
}

/**
 * The months a person can page through: from the first month with a transaction to the current month (never
 * before the data, never into the future). With no transactions, just the current month.
 */
export async function monthBounds(
  db: Database,
  user: Pick<User, "id" | "timeZone">,
): Promise<{ first: string; last: string }> {
  const userId = user.id;
  // The current month where the user is: the last one there is to see.
  const last = userCurrentMonth(user);
  const first = await cachedRead(userId, "first-month", async () => {
    const [row] = await queryRows<{ month: string | null }>(
      db,
      sql`select to_char(min(posted_on), 'YYYY-MM') as month from transactions where user_id = ${userId}::uuid`,
    );
    return row?.month ?? null;
  });
  return { first: first && first < last ? first : last, last };
}

/** The latest transactions, newest first, for the dashboard (cached: every write that adds or changes one clears it). */
export function recentTransactions(db: Database, userId: string, count: number) {
  return cachedRead(userId, `recent:${count}`, () => listTransactions(db, { userId, limit: count }));
}
