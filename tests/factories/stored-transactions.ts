// Transactions written straight into a manual account with the categories a test chooses (the import path
// categorizes by itself), for tests of what is read back: lists, filters, reports.

import type { Database } from "@/db";
import { accounts } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { applyAggregateDeltas } from "@/server/spending/aggregate";
import { lockImportTarget } from "@/server/sync/import-transactions";
import { type IngestRow, insertBatch } from "@/server/sync/ingest";

/** A manual account for the user, to hang test transactions on. */
export async function createAccount(
  db: Database,
  userId: string,
  options: { name?: string; type?: "checking" | "savings" | "credit_card" | "other"; currency?: string } = {},
) {
  const [account] = await db
    .insert(accounts)
    .values({
      userId,
      name: options.name ?? "Everyday checking",
      type: options.type ?? "checking",
      currency: options.currency ?? "USD",
    })
    .returning();
  return account!;
}

export type TestRow = {
  postedOn: string;
  /** Cents: negative is money out. */
  amount: number;
  description: string;
  merchant?: string;
  memo?: string | null;
  /** A default category's slug (`food-dining.groceries`), or null for uncategorized. */
  category?: string | null;
  sellerKey?: string;
  pending?: boolean;
};

let counter = 0;

/**
 * Stores rows with the given categories through the real insert and aggregate statements, in one transaction, so
 * the monthly aggregate is kept as the app keeps it.
 */
export async function addTransactions(
  db: Database,
  target: { userId: string; accountId: string; currency?: string },
  rows: TestRow[],
) {
  const ingestRows: IngestRow[] = rows.map((row) => ({
    externalId: `test-${++counter}`,
    postedOn: row.postedOn,
    transactedOn: null,
    amount: row.amount,
    description: row.description,
    memo: row.memo ?? null,
    sellerKey: row.sellerKey ?? row.description.toLowerCase().replace(/[^a-z]+/g, "-"),
    merchant: row.merchant ?? row.description,
    categoryId: row.category ? defaultCategoryId(row.category) : null,
    categorySource: row.category ? "dictionary" : null,
    categoryReason: null,
    pending: row.pending ?? false,
  }));
  const ingestTarget = {
    userId: target.userId,
    accountId: target.accountId,
    currency: target.currency ?? "USD",
    syncId: null,
  };
  await db.transaction(async (tx) => {
    await lockImportTarget(tx, ingestTarget);
    const { deltas } = await insertBatch(tx, ingestTarget, ingestRows);
    await applyAggregateDeltas(tx, target.userId, deltas);
  });
}
