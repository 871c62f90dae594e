import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { type Cents, centsFromNumeric } from "@/lib/money";
import { cachedRead } from "@/server/cache/user-reads";

export type NetWorthPoint = { month: string; netWorth: Cents | null };

/**
 * Net worth at the end of each month (YYYY-MM, oldest first) in one currency: for each account, the last
 * balance a sync recorded up to that month's end, added up (a card's balance is negative while money is owed,
 * so debts subtract). Null for months before any balance was recorded.
 *
 * A snapshot is kept at midnight UTC of the user's day it is for (balanceDaySql), so month ends are UTC dates.
 * Of two for the same day the later written counts (ids are time-ordered), whether both are days or an older
 * one still holds the moment of its sync.
 */
export function netWorthByMonth(
  db: Database,
  userId: string,
  input: { months: readonly string[]; currency: string },
): Promise<NetWorthPoint[]> {
  const months = input.months;
  if (months.length === 0) return Promise.resolve([]);
  return cachedRead(userId, `net-worth:${months[0]}:${months.at(-1)}:${input.currency}`, async () => {
    const rows = await queryRows<{ month: string; total: string; accounts: number }>(
      db,
      sql`
      with month_ends as (
        -- Midnight UTC of the next month's first day whatever the session's zone, as snapshots' days are kept.
        select to_char(m, 'YYYY-MM') as month, (m::date + interval '1 month')::timestamp at time zone 'UTC' as month_end
        from generate_series(${`${months[0]}-01`}::date, ${`${months.at(-1)}-01`}::date, interval '1 month') as m
      ),
      latest as (
        select distinct on (e.month, s.account_id) e.month, s.balance
        from month_ends e
        join balance_snapshots s on s.user_id = ${userId}::uuid and s.currency = ${input.currency}
          and s.recorded_at < e.month_end
        order by e.month, s.account_id, (s.recorded_at at time zone 'UTC')::date desc, s.id desc
      )
      select month, sum(balance)::text as total, count(*)::int as accounts from latest group by month`,
    );
    const byMonth = new Map(rows.map((row) => [row.month, centsFromNumeric(row.total)]));
    return months.map((month) => ({ month, netWorth: byMonth.get(month) ?? null }));
  });
}
