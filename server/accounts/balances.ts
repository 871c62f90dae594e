import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { balanceSnapshots } from "@/db/schema";
import { formatDecimal } from "@/lib/money";

type SnapshotInput = {
  userId: string;
  accountId: string;
  syncId: string;
  balance: number | null;
  currency: string;
  /**
   * The day the balance is for (YYYY-MM-DD), when the statement says: a statement file may be months old, and
   * net worth counts its balance at that month's end, not the upload's. Without it, the balance is as of now.
   */
  asOf?: string | null;
};

/**
 * What a sync does for each account it imported: keep the balance the bank reported (when it reported one) as
 * that sync's snapshot, the history behind net worth over time. Written in the import's own transaction; the
 * caller clears the user's cached reads once that commits. Safe to run again for the same sync.
 */
export async function recordBalanceSnapshot(db: Database, input: SnapshotInput): Promise<void> {
  const statement = balanceSnapshotSql(db, input);
  if (statement) await db.execute(statement);
}

/** recordBalanceSnapshot's statement, for a caller that sends it with others; null when there is no balance. */
export function balanceSnapshotSql(db: Database, input: SnapshotInput): SQL | null {
  if (input.balance === null) return null;
  // A calendar date is kept as midnight UTC, as accounts.balance_as_of is, so no server time zone moves it.
  const recordedAt = input.asOf ? sql`(${input.asOf}::date)::timestamp at time zone 'UTC'` : sql`now()`;
  return db
    .insert(balanceSnapshots)
    .values({
      userId: input.userId,
      accountId: input.accountId,
      syncId: input.syncId,
      balance: formatDecimal(input.balance),
      currency: input.currency,
      recordedAt,
    })
    .onConflictDoUpdate({
      target: [balanceSnapshots.userId, balanceSnapshots.accountId, balanceSnapshots.syncId],
      set: { balance: formatDecimal(input.balance), recordedAt },
    })
    .getSQL();
}
