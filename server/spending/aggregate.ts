import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedRows, queryRows } from "@/db/client";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { invalidateUserReads } from "@/server/cache/user-reads";

// The monthly aggregate (monthly_spending, see db/schema/transactions.ts) is kept right by construction:
//
// - Every change to the transactions moves it in the same database transaction, by deltas computed in SQL
//   from the rows the change actually touched (RETURNING of the insert, update or delete, with old values
//   read under a row lock), never from values read earlier.
// - Each such transaction applies all of its deltas in one statement at its end, in key order, so two writers
//   never hold aggregate rows while waiting for each other's (no deadlock, however many batches they write).
// - Writers of deltas hold a per-user advisory lock in shared mode; a rebuild from the transactions holds it
//   exclusively, so it never overwrites a delta committed after its snapshot. Lock order everywhere: the user
//   lock, then account locks (in id order), then transaction rows, then aggregate rows.

/** A change to one aggregate row: sums as numeric text (money never passes through a JS number here). */
export type AggregateDelta = {
  currency: string;
  /** First day of the month, YYYY-MM-01. */
  month: string;
  categoryId: string;
  outflow: string;
  inflow: string;
  count: number;
};

// Namespaces for the two-key form of Postgres advisory locks; the second key is a hash of the id.
const USER_LOCK = 8_401;
const ACCOUNT_LOCK = 8_402;

/** Taken by every writer that moves the user's aggregate by deltas; many may hold it at once. */
export async function lockUserForDeltas(tx: Database, userId: string): Promise<void> {
  await tx.execute(sql`select ${userDeltaLock(userId)}`);
}

/** The SQL call behind lockUserForDeltas, for a statement that takes it with other locks (in that order). */
export const userDeltaLock = (userId: string) =>
  sql`pg_advisory_xact_lock_shared(${USER_LOCK}, hashtext(${userId}))`;

/** The SQL call that takes one account's lock (see lockAccounts). */
export const accountLock = (accountId: string) =>
  sql`pg_advisory_xact_lock(${ACCOUNT_LOCK}, hashtext(${accountId}))`;

/** Taken by a rebuild from the transactions: waits for every delta writer of the user and keeps them out. */
export async function lockUserForRebuild(tx: Database, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${USER_LOCK}, hashtext(${userId}))`);
}

/**
 * One statement import (or an account's removal) at a time per account: matching pending rows against a
 * statement needs the account's pending rows to stay as they were read. Locks are taken in id order.
 */
export async function lockAccounts(tx: Database, accountIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(accountIds)].sort()) {
    await tx.execute(sql`select ${accountLock(id)}`);
  }
}

/**
 * SQL selecting the aggregate deltas of a set of transaction rows (`rows` names a CTE or subquery with
 * posted_on, amount, currency and category_id), added (sign 1) or removed (sign -1).
 */
export function deltaRowsOf(rows: SQL, sign: 1 | -1): SQL {
  return sql`select currency, date_trunc('month', posted_on)::date as month,
      coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) as category_id,
      ${sign}::int * greatest(-amount, 0) as outflow, ${sign}::int * greatest(amount, 0) as inflow,
      ${sign}::int as count
    from ${rows}`;
}

/**
 * SQL for a JSON array of AggregateDelta, grouped by key, from a union of deltaRowsOf(...) selects. Sums are
 * cast to text so they reach TypeScript as exact decimal strings.
 */
export function groupedDeltasJson(deltaRows: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object(
        'currency', currency, 'month', month::text, 'categoryId', category_id,
        'outflow', outflow::text, 'inflow', inflow::text, 'count', count)), '[]'::json)
      from (select currency, month, category_id, sum(outflow) as outflow, sum(inflow) as inflow,
              sum(count)::int as count
            from (${deltaRows}) as deltas group by 1, 2, 3) as grouped)`;
}

/** SQL selecting AggregateDelta values held in TypeScript, in the shape of deltaRowsOf. */
export function deltaRowsFromValues(deltas: readonly AggregateDelta[]): SQL {
  return sql`select currency, month, category_id, outflow, inflow, count from unnest(
      ${pgArray(deltas.map((d) => d.currency))}::text[],
      ${pgArray(deltas.map((d) => d.month))}::date[],
      ${pgArray(deltas.map((d) => d.categoryId))}::uuid[],
      ${pgArray(deltas.map((d) => d.outflow))}::numeric[],
      ${pgArray(deltas.map((d) => d.inflow))}::numeric[],
      ${pgArray(deltas.map((d) => d.count))}::int[]
    ) as d(currency, month, category_id, outflow, inflow, count)`;
}

/**
 * The CTEs (after a leading `with` and the caller's own CTEs, each followed by a comma) that add the deltas
 * selected by `deltaRows` to the user's aggregate in one pass, keys in order, and mark the user's spending as
 * changed when there were any. `aggregate_upserted` then holds (currency, month, category_id, empty) of each
 * row touched. Part of the statement that wrote the rows when it can be (one round trip fewer per import).
 */
export function upsertDeltasCtes(userId: string, deltaRows: SQL): SQL {
  return sql`aggregate_deltas as (${deltaRows}),
    aggregate_upserted as (
      insert into monthly_spending (user_id, currency, month, category_id, outflow, inflow, count)
      select ${userId}::uuid, currency, month, category_id, sum(outflow), sum(inflow), sum(count)
      from aggregate_deltas
      group by currency, month, category_id
      having sum(count) <> 0 or sum(outflow) <> 0 or sum(inflow) <> 0
      order by currency, month, category_id
      on conflict (user_id, currency, month, category_id) do update
        set outflow = monthly_spending.outflow + excluded.outflow,
          inflow = monthly_spending.inflow + excluded.inflow,
          count = monthly_spending.count + excluded.count
      returning currency, month::text as month, category_id, count = 0 and outflow = 0 and inflow = 0 as empty
    ),
    -- The user's aggregate moved: the daily check (server/spending/drift.ts) looks at users marked since its last
    -- run. clock_timestamp, not now(): the mark is written at the end of a possibly long import, and the check
    -- compares it with when its own run started.
    spending_marked as (
      insert into spending_changes (user_id, changed_at)
      select ${userId}::uuid, clock_timestamp() where exists (select 1 from aggregate_deltas)
      on conflict (user_id) do update set changed_at = excluded.changed_at
    )`;
}

/**
 * Removes the aggregate rows an upsert left with nothing in them (a removed account's months): they are
 * locked by the upsert. `upserted` are its aggregate_upserted rows.
 */
export async function removeEmptiedAggregateRows(
  tx: Database,
  userId: string,
  upserted: ReadonlyArray<{ currency: string; month: string; category_id: string; empty: boolean }>,
): Promise<void> {
  const emptied = upserted.filter((row) => row.empty);
  if (emptied.length === 0) return;
  await tx.execute(sql`
    delete from monthly_spending
    where user_id = ${userId}::uuid and count = 0 and outflow = 0 and inflow = 0
      and (currency, month, category_id) in (
        select * from unnest(${pgArray(emptied.map((row) => row.currency))}::text[],
          ${pgArray(emptied.map((row) => row.month))}::date[],
          ${pgArray(emptied.map((row) => row.category_id))}::uuid[]))`);
}

/**
 * Adds deltas to the user's aggregate: one statement, keys in order, rows whose deltas cancel out untouched.
 * Call once per transaction, at its end, with everything the transaction changed (see the top of this file).
 * Also records that the user's aggregate moved, for the daily check (server/spending/drift.ts).
 */
export async function applyAggregateDeltas(
  tx: Database,
  userId: string,
  deltas: readonly AggregateDelta[],
): Promise<void> {
  if (deltas.length === 0) return;
  const upserted = await queryPreparedRows<{
    currency: string;
    month: string;
    category_id: string;
    empty: boolean;
  }>(
    tx,
    sql`with ${upsertDeltasCtes(userId, deltaRowsFromValues(deltas))}
      select currency, month, category_id, empty from aggregate_upserted`,
  );
  await removeEmptiedAggregateRows(tx, userId, upserted);
}

/** Parses a groupedDeltasJson column (json on both drivers; text if a driver leaves it unparsed). */
export function parseDeltas(value: unknown): AggregateDelta[] {
  const list = (typeof value === "string" ? JSON.parse(value) : value) as AggregateDelta[] | null;
  return list ?? [];
}

export type RebuildResult = {
  /** Aggregate rows that disagreed with the transactions (missing, extra or different) and were rewritten. */
  driftRows: number;
  drift: Array<{ currency: string; month: string; categoryId: string; stored: string; rebuilt: string }>;
};

/**
 * Rebuilds the user's aggregate from the transactions themselves, for the given months (YYYY-MM) or all of
 * them, under the user's exclusive lock, and reports which rows were wrong. Rows are rewritten only where they
 * differ (an upsert, never delete-and-insert), so it is safe to run at any time, concurrently with imports.
 * Rows with nothing left in them (zero sums and count) count as absent.
 */
export async function rebuildAggregate(
  db: Database,
  userId: string,
  months?: readonly string[],
): Promise<RebuildResult> {
  if (months && months.length === 0) return { driftRows: 0, drift: [] };
  const firstDays = months ? [...new Set(months)].sort().map((month) => `${month}-01`) : null;
  const inMonths = (column: SQL) =>
    firstDays ? sql`and ${column} = any(${pgArray(firstDays)}::date[])` : sql``;
  const rebuilt = await db.transaction(async (tx) => {
    await lockUserForRebuild(tx, userId);
    const [result] = await queryRows<{ drift: unknown }>(
      tx,
      sql`with rebuilt as (
        select currency, date_trunc('month', posted_on)::date as month,
          coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) as category_id,
          sum(greatest(-amount, 0)) as outflow, sum(greatest(amount, 0)) as inflow, count(*)::int as count
        from transactions
        where user_id = ${userId}::uuid ${inMonths(sql`date_trunc('month', posted_on)::date`)}
        group by 1, 2, 3
      ),
      stored as (
        select currency, month, category_id, outflow, inflow, count from monthly_spending
        where user_id = ${userId}::uuid ${inMonths(sql`month`)}
          and not (count = 0 and outflow = 0 and inflow = 0)
      ),
      differing as (
        select coalesce(r.currency, s.currency) as currency, coalesce(r.month, s.month) as month,
          coalesce(r.category_id, s.category_id) as category_id,
          r.outflow, r.inflow, r.count,
          coalesce(s.outflow::text || ' out, ' || s.inflow::text || ' in, ' || s.count || ' rows', 'none') as stored,
          coalesce(r.outflow::text || ' out, ' || r.inflow::text || ' in, ' || r.count || ' rows', 'none') as rebuilt
        from rebuilt r full join stored s
          on s.currency = r.currency and s.month = r.month and s.category_id = r.category_id
        where r.count is distinct from s.count or r.outflow is distinct from s.outflow
          or r.inflow is distinct from s.inflow
      ),
      rewritten as (
        insert into monthly_spending (user_id, currency, month, category_id, outflow, inflow, count)
        select ${userId}::uuid, currency, month, category_id, outflow, inflow, count
        from differing where count is not null
        order by currency, month, category_id
        on conflict (user_id, currency, month, category_id) do update
          set outflow = excluded.outflow, inflow = excluded.inflow, count = excluded.count
        returning 1
      ),
      removed as (
        delete from monthly_spending m using differing d
        where d.count is null and m.user_id = ${userId}::uuid and m.currency = d.currency
          and m.month = d.month and m.category_id = d.category_id
        returning 1
      )
      select coalesce((select json_agg(json_build_object('currency', currency, 'month', month::text,
          'categoryId', category_id, 'stored', stored, 'rebuilt', rebuilt)) from differing), '[]'::json) as drift,
        (select count(*) from rewritten) + (select count(*) from removed) as rewritten`,
    );
    const drift = parseDrift(result?.drift);
    return { driftRows: drift.length, drift };
  });
  // Cached spending is stale now that the rebuild committed.
  if (rebuilt.driftRows > 0) await invalidateUserReads(userId);
  return rebuilt;
}

function parseDrift(value: unknown): RebuildResult["drift"] {
  const list = (typeof value === "string" ? JSON.parse(value) : value) as RebuildResult["drift"] | null;
  return list ?? [];
}
