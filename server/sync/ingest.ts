import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedRows, queryRows } from "@/db/client";
import type { CategorySource } from "@/db/schema";
import { pgArray } from "@/db/sql-arrays";
import { centsFromNumeric, formatDecimal } from "@/lib/money";
import {
  type AggregateDelta,
  applyAggregateDeltas,
  deltaRowsFromValues,
  deltaRowsOf,
  groupedDeltasJson,
  parseDeltas,
  removeEmptiedAggregateRows,
  upsertDeltasCtes,
} from "@/server/spending/aggregate";
import type { StoredPending } from "./pending";

// The SQL of one statement import (server/sync/import-transactions.ts runs these in one transaction). Each
// write returns the aggregate deltas of the rows it actually touched; the caller applies them all at the end.

export type IngestRow = {
  externalId: string;
  postedOn: string;
  transactedOn: string | null;
  amount: number;
  description: string;
  memo: string | null;
  sellerKey: string;
  merchant: string;
  categoryId: string | null;
  categorySource: CategorySource | null;
  /** Why the automatic category was chosen, shown to the user; null for none. */
  categoryReason: string | null;
  pending: boolean;
};

export type IngestTarget = { userId: string; accountId: string; currency: string; syncId: string | null };

export const INGEST_BATCH_SIZE = 1000;

/**
 * The statement that locks the account's pending rows (held to the end of the import) and reads them, and says
 * whether the account still exists: one statement for both. Few rows: an index probe. Send it after the
 * statement that takes the import's locks (lockImportTarget), so that its snapshot sees an account removed
 * while the locks were awaited; readLockedPending reads its result.
 */
export function lockPendingRowsSql(target: IngestTarget): SQL {
  return sql`with locked as (
      select id, external_id, posted_on::text as posted_on, amount::text as amount, description, seller_key
      from transactions
      where user_id = ${target.userId}::uuid and account_id = ${target.accountId}::uuid and pending
      order by id
      for update
    )
    select exists (select 1 from accounts where user_id = ${target.userId}::uuid and id = ${target.accountId}::uuid)
        as account,
      (select coalesce(json_agg(locked order by id), '[]'::json) from locked) as rows`;
}

/** The account's pending rows from lockPendingRowsSql's result; null when the account is gone. */
export function readLockedPending(result: readonly unknown[]): StoredPending[] | null {
  const [first] = result as Array<{ account: boolean; rows: unknown }>;
  if (!first?.account) return null;
  const rows = (typeof first.rows === "string" ? JSON.parse(first.rows) : first.rows) as Array<{
    id: string;
    external_id: string;
    posted_on: string;
    amount: string;
    description: string;
    seller_key: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    externalId: row.external_id,
    postedOn: row.posted_on,
    amount: centsFromNumeric(row.amount),
    description: row.description,
    sellerKey: row.seller_key,
  }));
}

/**
 * Of these external ids, the ones already stored in the account, and the ones that a pending row carried
 * before its posted version replaced it (server/sync/pending.ts).
 */
export async function findKnownIds(
  tx: Database,
  target: IngestTarget,
  ids: readonly string[],
): Promise<{ stored: Set<string>; settledPending: Set<string> }> {
  if (ids.length === 0) return { stored: new Set(), settledPending: new Set() };
  const rows = await queryRows<{ external_id: string; pending_external_id: string | null }>(
    tx,
    sql`select external_id, pending_external_id from transactions
      where user_id = ${target.userId}::uuid and account_id = ${target.accountId}::uuid
        and (external_id = any(${pgArray(ids)}::text[]) or pending_external_id = any(${pgArray(ids)}::text[]))`,
  );
  const wanted = new Set(ids);
  return {
    stored: new Set(rows.map((row) => row.external_id).filter((id) => wanted.has(id))),
    settledPending: new Set(
      rows.map((row) => row.pending_external_id).filter((id): id is string => id !== null && wanted.has(id)),
    ),
  };
}

const inputColumns = (rows: readonly IngestRow[]) => sql`
      ${pgArray(rows.map((r) => r.externalId))}::text[],
      ${pgArray(rows.map((r) => r.postedOn))}::date[],
      ${pgArray(rows.map((r) => r.transactedOn))}::date[],
      ${pgArray(rows.map((r) => formatDecimal(r.amount)))}::numeric[],
      ${pgArray(rows.map((r) => r.description))}::text[],
      ${pgArray(rows.map((r) => r.memo))}::text[],
      ${pgArray(rows.map((r) => r.sellerKey))}::text[],
      ${pgArray(rows.map((r) => r.merchant))}::text[],
      ${pgArray(rows.map((r) => r.categoryId))}::uuid[],
      ${pgArray(rows.map((r) => r.categorySource))}::text[],
      ${pgArray(rows.map((r) => r.categoryReason))}::text[],
      ${pgArray(rows.map((r) => r.pending))}::boolean[]`;

const INPUT_NAMES =
  sql.raw(`external_id, posted_on, transacted_on, amount, description, memo, seller_key, merchant,
           category_id, category_source, category_reason, pending`);

/**
 * Inserts one batch of an account's rows; rows already stored (same account and external id) are skipped.
 * Returns how many posted and pending rows were new, and their aggregate deltas.
 *
 * With `finish`, the batch is the import's last write: the same statement adds the new rows' deltas and
 * `finish.deltas` (the rest of the transaction's) to the user's aggregate, as applyAggregateDeltas would at
 * the end, and the returned deltas are empty. One statement instead of two for a statement import.
 */
export async function insertBatch(
  tx: Database,
  target: IngestTarget,
  rows: readonly IngestRow[],
  finish?: { deltas: readonly AggregateDelta[] },
): Promise<{ imported: number; pending: number; deltas: AggregateDelta[] }> {
  if (rows.length === 0) {
    if (finish) await applyAggregateDeltas(tx, target.userId, finish.deltas);
    return { imported: 0, pending: 0, deltas: [] };
  }
  const insert = sql`input as (select * from unnest(${inputColumns(rows)}) as t(${INPUT_NAMES})),
    inserted as (
      insert into transactions (user_id, account_id, external_id, posted_on, transacted_on, amount, currency,
        description, memo, seller_key, merchant, category_id, category_source, category_reason, pending, sync_id)
      select ${target.userId}::uuid, ${target.accountId}::uuid, external_id, posted_on, transacted_on, amount,
        ${target.currency}, description, memo, seller_key, merchant, category_id, category_source, category_reason,
        pending, ${target.syncId}::uuid
      from input
      on conflict (user_id, account_id, external_id) do nothing
      returning posted_on, amount, currency, category_id, pending
    )`;
  const counts = sql`(select count(*) from inserted where not pending)::int as imported,
      (select count(*) from inserted where pending)::int as pending`;
  if (!finish) {
    const [result] = await queryPreparedRows<{ imported: number; pending: number; deltas: unknown }>(
      tx,
      sql`with ${insert} select ${counts}, ${groupedDeltasJson(deltaRowsOf(sql`inserted`, 1))} as deltas`,
    );
    return {
      imported: Number(result?.imported ?? 0),
      pending: Number(result?.pending ?? 0),
      deltas: parseDeltas(result?.deltas),
    };
  }
  const [result] = await queryPreparedRows<{ imported: number; pending: number; emptied: unknown }>(
    tx,
    sql`with ${insert},
    ${upsertDeltasCtes(
      target.userId,
      sql`${deltaRowsOf(sql`inserted`, 1)} union all ${deltaRowsFromValues(finish.deltas)}`,
    )}
    select ${counts},
      (select coalesce(json_agg(json_build_object('currency', currency, 'month', month,
          'category_id', category_id, 'empty', empty)), '[]'::json)
        from aggregate_upserted where empty) as emptied`,
  );
  const emptied = (typeof result?.emptied === "string" ? JSON.parse(result.emptied) : result?.emptied) as
    | Array<{ currency: string; month: string; category_id: string; empty: boolean }>
    | undefined;
  await removeEmptiedAggregateRows(tx, target.userId, emptied ?? []);
  return { imported: Number(result?.imported ?? 0), pending: Number(result?.pending ?? 0), deltas: [] };
}

// Whether the pending row `t` keeps its category over the statement row `i`'s (see rewritePendingRows). A rule's
// category the user hid since is retired like the rule itself (server/categorize/assign.ts): not carried over.
const keepsCategory = sql.raw(
  `(t.category_source = 'user' or (t.category_source = 'rule' and i.category_source is distinct from 'rule'
    and not exists (select 1 from categories c where c.user_id = t.user_id and c.id = t.category_id and c.hidden)))`,
);

/**
 * Rewrites pending rows (locked by lockPendingRows) with what the statement now says: their posted version, or
 * a newer pending one. The row keeps its id. Its category is the user's word first: a category they chose by
 * hand while it was pending stays; else their seller rule for the row as it now reads (it often posts under a
 * fuller name, another seller to Tally); else the rule that filed the pending row, unless its category is hidden
 * now. Any other category was Tally's guess from the pending text, so the row takes the statement row's,
 * decided as for any new row.
 * `formerExternalId` is the id the pending row had, kept when the posted row brings a different one.
 */
export async function rewritePendingRows(
  tx: Database,
  target: IngestTarget,
  updates: ReadonlyArray<{ pendingId: string; row: IngestRow; formerExternalId: string | null }>,
): Promise<{ changed: number; deltas: AggregateDelta[] }> {
  if (updates.length === 0) return { changed: 0, deltas: [] };
  const rows = updates.map((update) => update.row);
  const [result] = await queryRows<{ changed: number; deltas: unknown }>(
    tx,
    sql`with input as (
      select * from unnest(${pgArray(updates.map((u) => u.pendingId))}::uuid[],
        ${pgArray(updates.map((u) => u.formerExternalId))}::text[], ${inputColumns(rows)})
        as t(id, former_external_id, ${INPUT_NAMES})
    ),
    -- Their values before the change: the rows are locked, so these are the values the update replaces.
    before as (
      select t.id, t.posted_on, t.amount, t.currency, t.category_id from transactions t
      join input i on i.id = t.id
      where t.user_id = ${target.userId}::uuid and t.account_id = ${target.accountId}::uuid and t.pending
    ),
    changed as (
      update transactions t
      set external_id = i.external_id,
        pending_external_id = coalesce(i.former_external_id, t.pending_external_id),
        posted_on = i.posted_on, transacted_on = i.transacted_on, amount = i.amount,
        description = i.description, memo = i.memo, seller_key = i.seller_key, merchant = i.merchant,
        category_id = case when ${keepsCategory} then t.category_id else i.category_id end,
        category_source = case when ${keepsCategory} then t.category_source else i.category_source end,
        category_reason = case when ${keepsCategory} then t.category_reason else i.category_reason end,
        pending = i.pending
      from input i
      where t.user_id = ${target.userId}::uuid and t.id = i.id and t.id in (select id from before)
      returning t.id, t.posted_on, t.amount, t.currency, t.category_id
    )
    select (select count(*) from changed)::int as changed,
      ${groupedDeltasJson(
        sql`${deltaRowsOf(sql`(select b.* from before b join changed c on c.id = b.id) as b`, -1)}
          union all ${deltaRowsOf(sql`changed`, 1)}`,
      )} as deltas`,
  );
  return { changed: Number(result?.changed ?? 0), deltas: parseDeltas(result?.deltas) };
}

/** Removes pending rows the bank no longer lists. Returns how many went, and their deltas. */
export async function deletePendingRows(
  tx: Database,
  target: IngestTarget,
  ids: readonly string[],
): Promise<{ removed: number; deltas: AggregateDelta[] }> {
  if (ids.length === 0) return { removed: 0, deltas: [] };
  return deleteReturningDeltas(
    tx,
    sql`delete from transactions
      where user_id = ${target.userId}::uuid and account_id = ${target.accountId}::uuid and pending
        and id = any(${pgArray(ids)}::uuid[])
      returning posted_on, amount, currency, category_id`,
  ).then(({ count, deltas }) => ({ removed: count, deltas }));
}

/** Runs a `delete … returning posted_on, amount, currency, category_id` and returns its aggregate deltas. */
export async function deleteReturningDeltas(
  tx: Database,
  deletion: SQL,
): Promise<{ count: number; deltas: AggregateDelta[] }> {
  const [result] = await queryRows<{ count: number; deltas: unknown }>(
    tx,
    sql`with gone as (${deletion})
      select (select count(*) from gone)::int as count, ${groupedDeltasJson(deltaRowsOf(sql`gone`, -1))} as deltas`,
  );
  return { count: Number(result?.count ?? 0), deltas: parseDeltas(result?.deltas) };
}
