import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { MONTH_PATTERN, monthLabel, shiftMonth } from "@/lib/months";
import { requireUser } from "@/server/auth";
import { getBudgetMonth } from "@/server/budgets/budgets";
import { budgetClock } from "@/server/budgets/load";
import { spendingCurrencies } from "@/server/reports/currency";
import { BudgetList } from "./_components/budget-list";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const user = await requireUser();
  const { currentMonth } = budgetClock(user);
  const requested = (await searchParams).month;
  // Planning goes one month ahead at most; history as far back as it goes.
  const month =
    requested && MONTH_PATTERN.test(requested) && requested <= shiftMonth(currentMonth, 1)
      ? requested
      : currentMonth;
  return (
    <>
      <PageHeader
        title="Budgets"
        description="What you planned to spend each month, what you spent, and where that leaves you."
        actions={<MonthSwitcher month={month} currentMonth={currentMonth} />}
      />
      <Suspense key={month} fallback={<BudgetsSkeleton />}>
        <Budgets user={user} month={month} />
      </Suspense>
    </>
  );
}

async function Budgets({ user, month }: { user: User; month: string }) {
  const db = await getDb();
  const [budget, currencies] = await Promise.all([
    getBudgetMonth(db, user, { month }),
    spendingCurrencies(db, user.id),
  ]);
  // Someone with money in several currencies must know which one the figures below count (else "nothing was
  // spent" reads as wrong when the spending is in another currency).
  const others = currencies.filter((code) => code !== budget.currency);
  const currencyNote =
    others.length > 0 ? (
      <p className="mb-6 text-sm text-fg-muted">
        Budgets count spending in {budget.currency} only, not in {others.join(" or ")}.{" "}
        <Link href="/settings" className="font-medium text-accent underline">
          Change the budget currency
        </Link>
      </p>
    ) : null;
  if (budget.lines.length === 0 && budget.unbudgeted.categories.length === 0) {
    return (
      <>
        {currencyNote}
        <EmptyState
          title={`No budgets for ${monthLabel(month)} yet`}
          action={
            <div className="flex flex-wrap justify-center gap-3">
              {/* Secondary style: white on brand-600 falls short of 4.5:1 contrast (axe); the views work owns that colour. */}
              <Link href="/accounts" className={buttonClasses("secondary")}>
                Link an account
              </Link>
              <Link href="/settings" className={buttonClasses("secondary")}>
                Enter your monthly income
              </Link>
            </div>
          }
        >
          {budget.guidance ??
            (others.length > 0
              ? `Nothing was spent in ${budget.currency} this month, and no category has a budget.`
              : "Nothing was spent this month, and no category has a budget.")}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {currencyNote}
      <BudgetList budget={budget} />
    </>
  );
}

function MonthSwitcher({ month, currentMonth }: { month: string; currentMonth: string }) {
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  // Colours inherit from the page, whichever theme it is in.
  const link = "rounded-md px-2 py-1 text-sm underline-offset-4 hover:underline";
  return (
    <nav aria-label="Month" className="flex flex-wrap items-center gap-1">
      <Link
        href={`/budgets?month=${previous}`}
        className={link}
        aria-label={`Previous month, ${monthLabel(previous)}`}
      >
        ← {monthLabel(previous)}
      </Link>
      <span className="px-2 text-sm font-semibold" aria-current="date">
        {monthLabel(month)}
      </span>
      {next <= shiftMonth(currentMonth, 1) ? (
        <Link href={`/budgets?month=${next}`} className={link} aria-label={`Next month, ${monthLabel(next)}`}>
          {monthLabel(next)} →
        </Link>
      ) : null}
      {month !== currentMonth ? (
        <Link href="/budgets" className={link}>
          This month
        </Link>
      ) : null}
    </nav>
  );
}

function BudgetsSkeleton() {
  return (
    <LoadingRegion label="Loading budgets…">
      <div className="grid gap-4 sm:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-24" />
        ))}
      </div>
      <div className="mt-6 space-y-4">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-28" />
        ))}
      </div>
    </LoadingRegion>
  );
}
