import "server-only";
import type { Database } from "@/db";
import { cachedRead } from "@/server/cache/user-reads";
import { currencyBeforeTransactions, listSpendingCurrencies } from "@/server/spending/monthly";

// The currencies a user's totals can be shown in, read through the per-user cache (every write that brings or
// moves transactions clears it): the default one (server/spending/monthly.ts decides) and those on offer.

/** The currency a user's totals are shown in unless they pick another. */
export async function mainCurrency(db: Database, userId: string): Promise<string> {
  // The ledger's rule (server/spending/monthly.ts) on the cached list the switch offers: a user with
  // transactions needs no query of its own, one without reads only their accounts.
  const [used] = await spendingCurrencies(db, userId);
  return used ?? cachedRead(userId, "main-currency", () => currencyBeforeTransactions(db, userId));
}

/** The currencies the user's transactions are in, most used first: what a currency switch offers. */
export function spendingCurrencies(db: Database, userId: string): Promise<string[]> {
  return cachedRead(userId, "currencies", () => listSpendingCurrencies(db, userId));
}

/** The currency asked for when the user has transactions in it, else the main one. */
export async function chosenCurrency(db: Database, userId: string, requested?: string): Promise<string> {
  const wanted = requested?.toUpperCase();
  if (wanted && (await spendingCurrencies(db, userId)).includes(wanted)) return wanted;
  return mainCurrency(db, userId);
}
