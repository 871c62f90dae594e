import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { clampMonth, MonthNav } from "@/components/ui/month-nav";
import { getDb } from "@/db";
import { demoBankEnabled } from "@/env";
import { MONTH_PATTERN, monthsBetween, monthsEndingAt } from "@/lib/months";
import { requireUser } from "@/server/auth";
import { getBudgetMonth } from "@/server/budgets/budgets";
import { categoryDirectory } from "@/server/reports/categories";
import { chosenCurrency, spendingCurrencies } from "@/server/reports/currency";
import { netWorthByMonth } from "@/server/reports/net-worth";
import { accountBalances, monthBounds, recentTransactions } from "@/server/reports/overview";
import { topSellers } from "@/server/reports/sellers";
import { spendingTrend } from "@/server/reports/spending";
import { countUncategorizedSellers } from "@/server/transactions/uncategorized-sellers";
import { WaitingSellers } from "../_components/waiting-sellers";
import { BudgetCard, BudgetCardSkeleton } from "./_components/budget-card";
import { CurrencySwitch } from "./_components/currency-switch";
import { RecentTransactionsCard } from "./_components/recent-transactions";
import { SpendingCard } from "./_components/spending-card";
import { Summary } from "./_components/summary";
import { TopSellersCard } from "./_components/top-sellers";
import { CashFlowCard, CategoryTrendCard, IncomeSpendingCard } from "./_components/trend-cards";
import { RowsSkeleton, WidgetSkeleton } from "./_components/widget-skeleton";

export const metadata: Metadata = { title: "Dashboard" };

const TREND_MONTHS = 12;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string; currency?: string }>;
}) {
  const user = await requireUser();
  const { month: requested, currency: requestedCurrency } = await searchParams;
  const greeting = user.name ? `Hi, ${user.name.split(" ")[0]}` : "Welcome to Tally";
  const db = await getDb();
  const [accounts, bounds, currencies, currency] = await Promise.all([
    accountBalances(db, user.id),
    monthBounds(db, user),
    spendingCurrencies(db, user.id),
    chosenCurrency(db, user.id, requestedCurrency),
  ]);
  if (accounts.length === 0) {
    return (
      <>
        <PageHeader title={greeting} description="Your money at a glance." />
        <EmptyState
          title="Link your first account"
          action={
            <Link href="/accounts" className={buttonClasses("primary")}>
              Link an account
            </Link>
          }
        >
          {demoBankEnabled
            ? "Connect a bank with its OFX login, upload a statement file, or try the built-in Demo Bank."
            : "Connect a bank with its OFX login, or upload a statement file from your bank's website."}{" "}
          Tally imports your transactions, sorts them into categories and shows where your money goes each
          month.
        </EmptyState>
      </>
    );
  }
  const month = clampMonth(requested && MONTH_PATTERN.test(requested) ? requested : undefined, bounds);
  // Started together; each widget awaits what it needs under its own Suspense boundary and streams in alone.
  // Up to a year, never months before the first transaction.
  const months = Math.min(TREND_MONTHS, monthsBetween(bounds.first, month) + 1);
  const trend = spendingTrend(db, user.id, { lastMonth: month, count: months, currency });
  const directory = categoryDirectory(db, user.id);
  const netWorth = netWorthByMonth(db, user.id, { months: monthsEndingAt(month, months), currency });
  const recent = recentTransactions(db, user.id, 6);
  const sellers = topSellers(db, user.id, { fromMonth: month, toMonth: month, currency, limit: 5 });
  const budget = getBudgetMonth(db, user);
  const waitingSellers = countUncategorizedSellers(db, user.id);
  // Nothing may go unhandled if a widget's boundary never awaits its promise (a render error elsewhere).
  for (const promise of [trend, directory, netWorth, recent, sellers, budget, waitingSellers])
    promise.catch(() => undefined);

  return (
    <>
      <PageHeader
        title={greeting}
        description="Your money at a glance."
        actions={
          <Link href="/accounts" className={buttonClasses("secondary")}>
            Manage accounts
          </Link>
        }
      />
      <Suspense fallback={null}>
        <WaitingSellers count={waitingSellers} />
      </Suspense>
      <Summary accounts={accounts} />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <MonthNav
          month={month}
          bounds={bounds}
          href={(target) => dashboardHref(target === bounds.last ? null : target, currency, currencies)}
        />
        {/* Totals are per currency: one at a time, never added up. */}
        <CurrencySwitch
          currencies={currencies}
          current={currency}
          href={(code) => dashboardHref(month === bounds.last ? null : month, code, currencies)}
        />
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <Suspense fallback={<WidgetSkeleton label="spending by group" />}>
            <SpendingCard trend={trend} directory={directory} month={month} currency={currency} />
          </Suspense>
        </div>
        <Suspense fallback={<BudgetCardSkeleton />}>
          <BudgetCard month={budget} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton label="income and spending" />}>
          <IncomeSpendingCard trend={trend} currency={currency} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton label="top categories over time" />}>
          <CategoryTrendCard trend={trend} directory={directory} currency={currency} />
        </Suspense>
        <Suspense fallback={<WidgetSkeleton label="cash flow and net worth" />}>
          <CashFlowCard trend={trend} netWorth={netWorth} currency={currency} />
        </Suspense>
        <Suspense fallback={<RowsSkeleton label="top sellers" />}>
          <TopSellersCard top={sellers} month={month} currency={currency} />
        </Suspense>
        <div className="lg:col-span-2">
          <Suspense fallback={<RowsSkeleton label="recent transactions" rows={6} />}>
            <RecentTransactionsCard recent={recent} />
          </Suspense>
        </div>
      </div>
    </>
  );
}

/** A dashboard address: the month unless it is the current one, the currency unless it is the main one. */
function dashboardHref(month: string | null, currency: string, currencies: readonly string[]): string {
  const query = new URLSearchParams();
  if (month) query.set("month", month);
  if (currencies.length > 1 && currency !== currencies[0]) query.set("currency", currency);
  const text = query.toString();
  return text ? `/dashboard?${text}` : "/dashboard";
}
