import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HistoryChart } from "@/components/charts/history-chart";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { clampMonth, MonthNav } from "@/components/ui/month-nav";
import { getDb } from "@/db";
import { formatMoney } from "@/lib/money";
import { MONTH_PATTERN, monthLabel, monthsBetween } from "@/lib/months";
import { requireUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { parseId } from "@/server/http/ids";
import { type CategoryInfo, categoryDirectory, getVisibleCategory } from "@/server/reports/categories";
import { categoryHistory, categoryScope } from "@/server/reports/category-history";
import { mainCurrency } from "@/server/reports/currency";
import { monthBounds } from "@/server/reports/overview";
import { topSellers } from "@/server/reports/sellers";
import { listTransactions } from "@/server/transactions/list";
import { RowsSkeleton, WidgetSkeleton } from "../../dashboard/_components/widget-skeleton";
import { CategoryEditorProvider } from "../../transactions/_components/category-editor";
import { TransactionsTable } from "../../transactions/_components/transactions-table";
import { categoryOptions } from "../../transactions/_components/types";

export const metadata: Metadata = { title: "Category" };

const HISTORY_MONTHS = 12;
const TRANSACTIONS_SHOWN = 25;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string }> };

/** A category's page: its monthly history, where the money went (sellers), and its transactions. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const db = await getDb();
  let category: CategoryInfo;
  try {
    category = await getVisibleCategory(db, user.id, parseId((await params).id, "That category"));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const requested = (await searchParams).month;
  const [bounds, directory, currency] = await Promise.all([
    monthBounds(db, user),
    categoryDirectory(db, user.id),
    mainCurrency(db, user.id),
  ]);
  const month = clampMonth(requested && MONTH_PATTERN.test(requested) ? requested : undefined, bounds);
  const scope = categoryScope(category, directory);
  const ids = scope.map((entry) => entry.id);
  const base = `/categories/${category.id}`;
  const history = categoryHistory(db, user.id, {
    scope,
    kind: category.kind,
    lastMonth: month,
    // Up to a year, never months before the first transaction.
    count: Math.min(HISTORY_MONTHS, monthsBetween(bounds.first, month) + 1),
    currency,
  });
  const sellers = topSellers(db, user.id, {
    fromMonth: month,
    toMonth: month,
    currency,
    categoryIds: ids,
    limit: 8,
  });
  const transactions = listTransactions(db, {
    userId: user.id,
    categoryId: category.id,
    month,
    limit: TRANSACTIONS_SHOWN,
  });
  for (const promise of [history, sellers, transactions]) promise.catch(() => undefined);
  const group = category.isGroup ? null : directory.find((entry) => entry.id === category.groupId);

  return (
    <>
      <PageHeader
        title={category.name}
        description={
          group ? (
            <>
              In{" "}
              <Link
                href={`${`/categories/${group.id}`}?month=${month}`}
                className="font-medium text-accent underline"
              >
                {group.name}
              </Link>
            </>
          ) : category.isGroup && scope.length > 1 ? (
            `A group of ${scope.length - 1} categories`
          ) : undefined
        }
        actions={
          <Link
            href={`/transactions?category=${category.id}&month=${month}`}
            className={buttonClasses("secondary")}
          >
            All its transactions
          </Link>
        }
      />
      <MonthNav month={month} bounds={bounds} href={(target) => `${base}?month=${target}`} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <Suspense fallback={<WidgetSkeleton label="the monthly history" />}>
            <HistoryCard category={category} history={history} currency={currency} />
          </Suspense>
        </div>
        <Suspense fallback={<RowsSkeleton label="sellers" />}>
          <SellersCard sellers={sellers} month={month} currency={currency} />
        </Suspense>
        {category.isGroup && scope.length > 1 ? (
          <SubcategoriesCard scope={scope.filter((entry) => entry.id !== category.id)} month={month} />
        ) : null}
        <div className="lg:col-span-2">
          <Suspense fallback={<RowsSkeleton label="transactions" rows={8} />}>
            <TransactionsCard
              transactions={transactions}
              categories={categoryOptions(directory)}
              title={`${category.name} in ${monthLabel(month)}`}
              moreHref={`/transactions?category=${category.id}&month=${month}`}
            />
          </Suspense>
        </div>
      </div>
    </>
  );
}

async function HistoryCard({
  category,
  history,
  currency,
}: {
  category: CategoryInfo;
  history: ReturnType<typeof categoryHistory>;
  currency: string;
}) {
  const months = await history;
  const total = months.reduce((sum, month) => sum + month.amount, 0);
  const label = category.kind === "expense" ? "Spending" : category.kind === "income" ? "Income" : "Amount";
  return (
    <Card labelledBy="history-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="history-heading" className="text-lg font-semibold text-fg">
          {label} by month
        </h2>
        <p className="text-sm text-fg-muted">
          {months.length} months:{" "}
          <span className="tabular font-medium text-fg">{formatMoney(total, currency)}</span>, on average{" "}
          <span className="tabular font-medium text-fg">
            {formatMoney(Math.round(total / Math.max(1, months.length)), currency)}
          </span>
        </p>
      </div>
      <HistoryChart
        label={`${label} in ${category.name} by month`}
        seriesName={category.name}
        color={category.color}
        months={months}
        currency={currency}
      />
    </Card>
  );
}

async function SellersCard({
  sellers,
  month,
  currency,
}: {
  sellers: ReturnType<typeof topSellers>;
  month: string;
  currency: string;
}) {
  const rows = await sellers;
  return (
    <Card labelledBy="sellers-heading">
      <h2 id="sellers-heading" className="mb-3 text-lg font-semibold text-fg">
        Sellers in {monthLabel(month)}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-fg-muted">No spending here in {monthLabel(month)}.</p>
      ) : (
        <ol className="divide-y divide-line">
          {rows.map((seller) => (
            <li key={seller.sellerKey} className="flex items-center justify-between gap-4 py-2 text-sm">
              <Link
                href={`/transactions?month=${month}&q=${encodeURIComponent(seller.name)}`}
                className="min-w-0 truncate text-fg underline-offset-2 hover:underline"
              >
                {seller.name}
              </Link>
              <span className="tabular shrink-0 font-medium text-fg">
                {formatMoney(seller.amount, currency)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function SubcategoriesCard({ scope, month }: { scope: CategoryInfo[]; month: string }) {
  return (
    <Card labelledBy="subcategories-heading">
      <h2 id="subcategories-heading" className="mb-3 text-lg font-semibold text-fg">
        Categories in this group
      </h2>
      <ul className="grid gap-1.5 text-sm sm:grid-cols-2">
        {scope.map((entry) => (
          <li key={entry.id} className="flex items-center gap-2">
            <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm" style={{ background: entry.color }} />
            <Link
              href={`/categories/${entry.id}?month=${month}`}
              className="text-fg underline-offset-2 hover:underline"
            >
              {entry.name}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

async function TransactionsCard({
  transactions,
  categories,
  title,
  moreHref,
}: {
  transactions: ReturnType<typeof listTransactions>;
  categories: ReturnType<typeof categoryOptions>;
  title: string;
  moreHref: string;
}) {
  const page = await transactions;
  return (
    <section aria-labelledby="transactions-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="transactions-heading" className="text-lg font-semibold text-fg">
          {title}
        </h2>
        {page.nextCursor ? (
          <Link href={moreHref} className="text-sm font-medium text-accent underline">
            See them all
          </Link>
        ) : null}
      </div>
      <CategoryEditorProvider categories={categories}>
        <TransactionsTable
          page={{ rows: page.rows, nextCursor: null }}
          filtered
          paged={false}
          nextHref={() => moreHref}
          firstHref={moreHref}
          clearHref={moreHref}
        />
      </CategoryEditorProvider>
    </section>
  );
}
