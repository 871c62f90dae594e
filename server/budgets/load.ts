import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedRows } from "@/db/client";
import { accounts, type User, users } from "@/db/schema";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { centsFromNumeric } from "@/lib/money";
import { currentMonthFor, laterMonth, shiftMonth, todayIn } from "@/lib/months";
import { visibleCategoriesSql } from "@/server/categorize/categories";
import { TAXONOMY } from "@/server/categorize/taxonomy";
import { mainCurrency, spendingCurrencies } from "@/server/reports/currency";
import type { BudgetCategory, BudgetInputs } from "./evaluate";
import { HISTORY_MONTHS } from "./recommend";
import { DEFAULT_THRESHOLDS } from "./status";

// Numeric columns are read as text, so money never passes through a float. The three statements' texts never
// vary (every value is a parameter): prepared, each is one round trip on postgres.js instead of two.
// Reads what a budget month is computed from, in parallel round trips and never by scanning a user's history:
// the monthly aggregate for the months needed, the user's settings, their categories, when their history
// starts (one index probe) and, for the month under way, its payments out (for the projection).

/** What the budget code needs of a user. */
export type BudgetUser = Pick<User, "id" | "monthlyIncome" | "notifyThresholds" | "budgetCurrency"> & {
  timeZone?: string | null;
};

/**
 * The currency the user's budgets and monthly income are in: the one pinned when they first set either, else
 * (nothing set yet, so nothing to keep) their main currency, the one every total defaults to, as on Spending.
 */
export async function budgetCurrency(db: Database, user: BudgetUser): Promise<string> {
  return user.budgetCurrency ?? mainCurrency(db, user.id);
}

/**
 * The value that pins the user's budget currency to `currency` if nothing pinned it yet, for an update of their
 * row. Only once they have an account: before that the main currency is a default (USD), not a fact about them,
 * and a European entering their income before linking their bank would find their budgets in dollars.
 */
export function pinnedBudgetCurrency(userId: string, currency: string): SQL {
  const hasAccount = sql`exists (select 1 from ${accounts} where ${accounts.userId} = ${userId}::uuid)`;
  return sql`coalesce(${users.budgetCurrency}, case when ${hasAccount} then ${currency} end)`;
}

/**
 * The currencies the user can keep budgets in: the one they are in now first, then every currency the user has
 * transactions or accounts in.
 */
export async function budgetCurrencyChoices(db: Database, user: BudgetUser): Promise<string[]> {
  const [current, used] = await Promise.all([budgetCurrency(db, user), spendingCurrencies(db, user.id)]);
  return [...new Set([current, ...used])];
}

/** The user's calendar: today and the current month in their time zone (UTC until they have one). */
export function budgetClock(user: BudgetUser, now = new Date()) {
  return { today: todayIn(user.timeZone, now), currentMonth: currentMonthFor(user.timeZone, now) };
}

const DEFAULT_CATEGORIES: readonly BudgetCategory[] = TAXONOMY.map((category) => ({
  id: defaultCategoryId(category.slug),
  name: category.name,
  slug: category.slug,
  parentId: category.parentSlug ? defaultCategoryId(category.parentSlug) : null,
  kind: category.kind,
  hidden: false,
}));

// A recommendation reads the 6 months before its month; rollover also needs the budget of the month before the
// first month it carries into, hence one more.
const MONTHS_BEFORE = HISTORY_MONTHS + 1;

export async function loadBudgetInputs(
  db: Database,
  user: BudgetUser,
  /** `currency` defaults to the user's budget currency (see budgetCurrency). */
  options: { months: readonly string[]; currency?: string; now?: Date },
): Promise<Omit<BudgetInputs, "month">> {
  const { today, currentMonth } = budgetClock(user, options.now);
  const sorted = [...options.months].sort();
  const first = `${shiftMonth(sorted[0]!, -MONTHS_BEFORE)}-01`;
  const last = `${laterMonth(sorted.at(-1)!, currentMonth)}-01`;
  const userId = user.id;
  // Budgets are kept in one currency: every amount read below is that currency's alone (the aggregate and the
  // ledger are per currency), so euros are never added to dollars.
  const currency = options.currency ?? (await budgetCurrency(db, user));
  const [[meta], aggregateRows, paymentRows] = await Promise.all([
    // The small things in one round trip: the user's own categories (the default ones are Tally's taxonomy,
    // seeded from it at every start), their budget settings, and when their history in the currency starts.
    queryPreparedRows<{
      history_start: string | null;
      categories: Array<{
        id: string;
        name: string;
        slug: string;
        parent_id: string | null;
        kind: BudgetCategory["kind"];
        hidden: boolean;
      }>;
      settings: Array<{ category_id: string; month: string; amount: string | null; rollover: boolean }>;
    }>(
      db,
      sql`select
            (select to_char(min(posted_on), 'YYYY-MM-DD') from transactions
              where user_id = ${userId}::uuid and currency = ${currency}) as history_start,
            coalesce((select json_agg(json_build_object('id', id, 'name', name, 'slug', slug,
                'parent_id', parent_id, 'kind', kind, 'hidden', hidden))
              from categories where user_id = ${userId}::uuid), '[]'::json) as categories,
            coalesce((select json_agg(json_build_object('category_id', category_id,
                'month', to_char(effective_from, 'YYYY-MM'), 'amount', amount::text, 'rollover', rollover))
              from budgets where user_id = ${userId}::uuid), '[]'::json) as settings`,
    ),
    // Every category for the months recommendations read; before that, only what rollover walks back through:
    // the categories (and groups' categories) with rollover on, from 7 months before each was first on, and
    // income (a template budget there is a share of it).
    queryPreparedRows<{ month: string; category_id: string; outflow: string; inflow: string }>(
      db,
      sql`with rolling as (
            select category_id, min(effective_from) as since from budgets
            where user_id = ${userId}::uuid and rollover group by category_id
          ), walked as (
            select category_id, since from rolling
            union all
            select c.id, r.since from rolling r join ${visibleCategoriesSql(userId)} as c
              on c.parent_id = r.category_id
            union all
            select c.id, (select min(since) from rolling) from ${visibleCategoriesSql(userId)} as c
            where c.kind = 'income'
          ), reach as (
            select category_id, min(since) - make_interval(months => ${MONTHS_BEFORE}) as from_month
            from walked where since is not null group by category_id
          )
          select to_char(m.month, 'YYYY-MM') as month, m.category_id, m.outflow::text as outflow,
            m.inflow::text as inflow
          from monthly_spending m left join reach r on r.category_id = m.category_id
          where m.user_id = ${userId}::uuid and m.currency = ${currency} and m.month <= ${last}::date
            and m.month >= least(${first}::date, (select min(from_month) from reach))
            and (m.month >= ${first}::date or m.month >= r.from_month)`,
    ),
    sorted.includes(currentMonth)
      ? queryPreparedRows<{ category_id: string; amount: string }>(
          db,
          sql`select coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) as category_id, (-amount)::text as amount
              from transactions
              where user_id = ${userId}::uuid and currency = ${currency} and amount < 0
                and posted_on >= ${`${currentMonth}-01`}::date
                and posted_on < (${`${currentMonth}-01`}::date + interval '1 month')::date`,
        )
      : Promise.resolve([]),
  ]);
  return {
    currentMonth,
    today,
    currency,
    categories: [
      ...DEFAULT_CATEGORIES,
      ...(meta?.categories ?? []).map((row) => ({
        id: row.id,
        name: row.name,
        slug: row.slug,
        parentId: row.parent_id,
        kind: row.kind,
        hidden: row.hidden,
      })),
    ],
    uncategorizedId: UNCATEGORIZED_CATEGORY_ID,
    aggregate: aggregateRows.map((row) => ({
      month: row.month,
      categoryId: row.category_id,
      outflow: centsFromNumeric(row.outflow),
      inflow: centsFromNumeric(row.inflow),
    })),
    settings: (meta?.settings ?? []).map((row) => ({
      categoryId: row.category_id,
      effectiveFrom: row.month,
      amount: row.amount === null ? null : centsFromNumeric(row.amount),
      rollover: row.rollover,
    })),
    payments: paymentRows.map((row) => ({
      categoryId: row.category_id,
      amount: centsFromNumeric(row.amount),
    })),
    monthlyIncome: user.monthlyIncome === null ? null : centsFromNumeric(user.monthlyIncome),
    thresholds: user.notifyThresholds.length > 0 ? user.notifyThresholds : DEFAULT_THRESHOLDS,
    historyStart: meta?.history_start ?? null,
  };
}
