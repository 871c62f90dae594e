import { format, parseISO } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import type { Account } from "@/db/schema";
import { type Cents, centsFromNumeric, formatMoney } from "@/lib/money";
import { MONTH_PATTERN } from "@/lib/months";
import { listAccounts } from "@/server/accounts/accounts";
import { requireUser } from "@/server/auth";
import { userCurrentMonth } from "@/server/identity/time-zone";
import { listTransactions, type TransactionRow } from "@/server/transactions/list";

import { BudgetCard, BudgetCardSkeleton } from "./_components/budget-card";
import { SpendingCard } from "./_components/spending-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string; currency?: string }>;
}) {
  const user = await requireUser();
  const { month: requested, currency } = await searchParams;
  // "This month" where the user is: in California on the evening of the 31st, still the 31st's month.
  const thisMonth = userCurrentMonth(user);
  const month = requested && MONTH_PATTERN.test(requested) ? requested : thisMonth;
  const greeting = user.name ? `Hi, ${user.name.split(" ")[0]}` : "Welcome to Tally";
  const db = await getDb();
  // Started at once; the summary needs the accounts before it can choose between itself and the empty state.
  const recent = listTransactions(db, { userId: user.id, limit: 5 });
  const accounts = await listAccounts(db, user.id);
  if (accounts.length === 0) {
    // Nothing awaits `recent` on this path; keep its failure (if any) from going unhandled.
    recent.catch(() => undefined);
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
          Connect a bank with its OFX login, upload a statement file, or try the built-in Demo Bank. Tally
          imports your transactions, sorts them into categories and shows where your money goes each month.
        </EmptyState>
      </>
    );
  }
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
      <Summary accounts={accounts} />
      <div className="mt-6">
        <Suspense fallback={<RecentSkeleton />}>
          <SpendingCard userId={user.id} month={month} thisMonth={thisMonth} currency={currency} />
        </Suspense>
      </div>
      <div className="mt-6">
        <Suspense fallback={<BudgetCardSkeleton />}>
          <BudgetCard user={user} />
        </Suspense>
      </div>
      <Card className="mt-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Recent transactions</h2>
          <Link href="/transactions" className="text-sm font-medium text-brand-700 underline">
            All transactions
          </Link>
        </div>
        <Suspense fallback={<RecentSkeleton />}>
          <RecentTransactions recent={recent} />
        </Suspense>
      </Card>
    </>
  );
}

/** Sums per currency: dollars and euros are never added together. */
function totalsByCurrency(accounts: Account[], cents: (account: Account, balance: Cents) => Cents) {
  const totals = new Map<string, Cents>();
  for (const account of accounts) {
    if (account.balance === null) continue;
    const value = cents(account, centsFromNumeric(account.balance));
    totals.set(account.currency, (totals.get(account.currency) ?? 0) + value);
  }
  return totals;
}

function formatTotals(totals: Map<string, Cents>): string {
  if (totals.size === 0) return formatMoney(0);
  return [...totals].map(([currency, cents]) => formatMoney(cents, currency)).join(" · ");
}

function Summary({ accounts }: { accounts: Account[] }) {
  const cash = totalsByCurrency(
    accounts.filter((account) => account.type === "checking" || account.type === "savings"),
    (_, balance) => balance,
  );
  // A card's balance is negative while money is owed; a card in credit owes nothing.
  const owed = totalsByCurrency(
    accounts.filter((account) => account.type === "credit_card"),
    (_, balance) => (balance < 0 ? -balance : 0),
  );
  const cards = accounts.filter((account) => account.type === "credit_card").length;
  const stats = [
    {
      label: "Accounts",
      value: accounts.length.toLocaleString("en-US"),
      note: "Linked or imported",
    },
    { label: "Cash", value: formatTotals(cash), note: "Checking and savings balances" },
    {
      label: "Owed on cards",
      value: cards > 0 ? formatTotals(owed) : "No cards",
      note: cards > 0 ? "Current credit card balances" : "No credit card accounts yet",
    },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <dt className="text-sm font-medium text-slate-600">{stat.label}</dt>
          <dd className="tabular mt-1 text-2xl font-semibold tracking-tight text-slate-900">{stat.value}</dd>
          <dd className="mt-1 text-xs text-slate-500">{stat.note}</dd>
        </div>
      ))}
    </dl>
  );
}

async function RecentTransactions({ recent }: { recent: Promise<{ rows: TransactionRow[] }> }) {
  const { rows } = await recent;
  if (rows.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No transactions yet. A new bank link imports its history within a minute or two.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100" aria-label="Recent transactions">
      {rows.map((row) => {
        const cents = centsFromNumeric(row.amount);
        const merchant = row.merchant?.trim() || row.description;
        return (
          <li key={row.id} className="flex items-center justify-between gap-4 py-2.5">
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-900">{merchant}</p>
              <p className="truncate text-xs text-slate-500">
                <time dateTime={row.postedOn}>{format(parseISO(row.postedOn), "MMM d")}</time>
                {" · "}
                {row.categoryName ?? "Uncategorized"}
                {row.pending ? " · Pending" : ""}
              </p>
            </div>
            <p
              className={
                cents > 0
                  ? "tabular text-sm font-medium text-brand-700"
                  : "tabular text-sm font-medium text-slate-900"
              }
            >
              {cents > 0 ? `+${formatMoney(cents, row.currency)}` : formatMoney(cents, row.currency)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function RecentSkeleton() {
  return (
    <LoadingRegion label="Loading recent transactions…">
      <div className="space-y-3">
        {[0, 1, 2, 3, 4].map((key) => (
          <div key={key} className="flex items-center justify-between gap-4">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-16" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
