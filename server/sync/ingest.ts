import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import type { CategorySource } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { formatDecimal } from "@/lib/money";
import { ADD_TO_AGGREGATE } from "@/server/spending/aggregate";

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
 * Writes one batch of an account's transactions and the monthly aggregate in a single statement, so they
 * commit together: a crash between batches never leaves the aggregate disagreeing with the rows. Rows already
 * stored (same account and external id) are skipped. A pending row whose posted version arrives is updated
 * (its amount and date may have changed: a tip added, a later posting date) and the aggregate moves from its
 * old to its new values; its category stays as it was. The aggregate rows are upserted in key order so
 * concurrent writers cannot deadlock on them.
 *
 * A batch commits without waiting for its WAL flush. That is safe because a sync is durable as a whole: the
 * sync is marked succeeded by an ordinary (synchronous) commit, and flushing that commit flushes the WAL before
 * it, every batch included. A crash before then loses at most batches of a sync still marked running, which is
 * redone, idempotently, when the process restarts.
 */
export async function ingestBatch(
  db: Database,
  target: IngestTarget,
  rows: readonly IngestRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const input = sql`select * from unnest(
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
      ${pgArray(rows.map((r) => r.pending))}::boolean[]
    ) as t(external_id, posted_on, transacted_on, amount, description, memo, seller_key, merchant,
           category_id, category_source, category_reason, pending)`;

  const [result] = await queryRows<{ inserted: number }>(
    db,
    sql`with input as (${input}),
    -- Rows the bank reported pending before and now reports posted: their old values, read before the update.
    settling as (
      select t.id, t.posted_on, t.amount, t.category_id,
        i.posted_on as new_posted_on, i.transacted_on as new_transacted_on, i.amount as new_amount
      from transactions t join input i on i.external_id = t.external_id
      where t.account_id = ${target.accountId}::uuid and t.pending and not i.pending
    ),
    settled as (
      update transactions t
      set pending = false, posted_on = s.new_posted_on, transacted_on = s.new_transacted_on, amount = s.new_amount
      from settling s
      where t.id = s.id
      returning 1
    ),
    inserted as (
      insert into transactions (user_id, account_id, external_id, posted_on, transacted_on, amount, currency,
        description, memo, seller_key, merchant, category_id, category_source, category_reason, pending, sync_id)
      select ${target.userId}::uuid, ${target.accountId}::uuid, external_id, posted_on, transacted_on, amount,
        ${target.currency}, description, memo, seller_key, merchant, category_id, category_source, category_reason,
        pending,
        ${target.syncId}::uuid
      from input
      on conflict (account_id, external_id) do nothing
      returning posted_on, amount, category_id
    ),
    deltas as (
      select posted_on, category_id, greatest(-amount, 0) as outflow, greatest(amount, 0) as inflow, 1 as count
      from inserted
      union all
      select posted_on, category_id, -greatest(-amount, 0), -greatest(amount, 0), -1 from settling
      union all
      select new_posted_on, category_id, greatest(-new_amount, 0), greatest(new_amount, 0), 1 from settling
    ),
    aggregated as (
      insert into monthly_spending (user_id, month, category_id, outflow, inflow, count)
      select ${target.userId}::uuid, date_trunc('month', posted_on)::date,
        coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid), sum(outflow), sum(inflow), sum(count)
      from deltas
      group by 2, 3
      order by 2, 3
      on conflict (user_id, month, category_id) do update
        set ${ADD_TO_AGGREGATE}
      returning 1
    )
    select (select count(*) from inserted)::int as inserted,
      (select count(*) from settled)::int as settled,
      (select count(*) from aggregated)::int as months,
      -- This statement is its own transaction; its commit need not wait for the WAL flush (see above).
      set_config('synchronous_commit', 'off', true) as async_commit`,
  );
  return Number(result?.inserted ?? 0);
}
