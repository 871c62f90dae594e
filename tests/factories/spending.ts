// Spending history written straight into the ledger (a manual account's transactions, then the monthly aggregate
// rebuilt from them), for tests about what is computed from it. Amounts are integer cents; negative is money out.

import { randomUUID } from "node:crypto";
import type { Database } from "@/db";
import { accounts, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { formatDecimal } from "@/lib/money";
import { rebuildAggregate } from "@/server/spending/aggregate";

export type SpendingRow = {
  /** YYYY-MM-DD */
  on: string;
  cents: number;
  /** A default category's slug ("food-dining.groceries"), or null for uncategorized. */
  category: string | null;
  /** One of the user's own categories instead (its id): `category` then only names the seller. */
  categoryId?: string;
};

export const categoryId = (slug: string) => defaultCategoryId(slug);

export async function createManualAccount(db: Database, userId: string, currency = "USD"): Promise<string> {
  const [account] = await db
    .insert(accounts)
    .values({ userId, name: "Checking", type: "checking", currency })
    .returning({ id: accounts.id });
  return account!.id;
}

/**
 * Adds the rows to a (new, unless given) manual account and rebuilds the months they fall in. `currency` is the
 * new account's and its rows' (US dollars unless told).
 */
export async function addSpending(
  db: Database,
  userId: string,
  rows: SpendingRow[],
  accountId?: string,
  currency = "USD",
): Promise<string> {
  const account = accountId ?? (await createManualAccount(db, userId, currency));
  if (rows.length === 0) return account;
  await db.insert(transactions).values(
    rows.map((row) => ({
      userId,
      accountId: account,
      externalId: randomUUID(),
      postedOn: row.on,
      amount: formatDecimal(row.cents),
      currency,
      description: row.category ?? "UNKNOWN SELLER",
      sellerKey: row.category ?? "unknown",
      merchant: row.category ?? "Unknown",
      categoryId: row.categoryId ?? (row.category ? defaultCategoryId(row.category) : null),
      categorySource: row.categoryId || row.category ? ("user" as const) : null,
    })),
  );
  await rebuildAggregate(
    db,
    userId,
    rows.map((row) => row.on.slice(0, 7)),
  );
  return account;
}

/** One row per month on the given day: `{ "2026-01": 41200 }` → spending of $412 in January. */
export function monthly(category: string | null, byMonth: Record<string, number>, day = "05"): SpendingRow[] {
  return Object.entries(byMonth).map(([month, cents]) => ({
    on: `${month}-${day}`,
    cents: -cents,
    category,
  }));
}
