import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { balanceSnapshots } from "@/db/schema";
import { formatDecimal } from "@/lib/money";
import { todayIn } from "@/lib/months";

type SnapshotInput = {
  userId: string;
  accountId: string;
  syncId: string;
  balance: number | null;
  currency: string;
  /**
   * The day the balance is for (YYYY-MM-DD), when the statement says: a statement file may be months old, and
   * net worth counts its balance at that month's end, not the upload's. Without it, the balance is as of today.
   */
  asOf?: string | null;
  /** The user's zone (users.time_zone), which decides what "today" is for a balance without a date. */
  timeZone: string | null;
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

/**
 * When a balance is kept as being for: midnight UTC of the user's calendar day it is for, the statement's date
 * or else the user's today, so that net worth's month ends (UTC dates) fall between the user's own months. A
 * sync at 23:30 on November 30 in California, already December in UTC, counts in November; one early on
 * December 1 in Auckland, still November in UTC, in December. The user's today is reckoned here, as it is
 * everywhere else (todayIn), not by Postgres: its zone names are not always those the app accepts (a retired
 * alias, a system without the legacy links), and an unknown one would fail the import. Snapshots stored before
 * this keep the moment of their sync.
 */
export function balanceDaySql(asOf: string | null | undefined, timeZone: string | null): SQL {
  return sql`(${asOf ?? todayIn(timeZone)}::date)::timestamp at time zone 'UTC'`;
}

/** recordBalanceSnapshot's statement, for a caller that sends it with others; null when there is no balance. */
export function balanceSnapshotSql(db: Database, input: SnapshotInput): SQL | null {
  if (input.balance === null) return null;
  const recordedAt = balanceDaySql(input.asOf, input.timeZone);
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
