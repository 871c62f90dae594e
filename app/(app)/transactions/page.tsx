import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import type { Account } from "@/db/schema";
import { listAccounts } from "@/server/accounts/accounts";
import { requireUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { categoryDirectory } from "@/server/reports/categories";
import { missingFilterTargets } from "@/server/transactions/filters";
import { listTransactions, summarizeTransactions } from "@/server/transactions/list";
import { countUncategorizedSellers } from "@/server/transactions/uncategorized-sellers";
import { WaitingSellers } from "../_components/waiting-sellers";
import { CategoryEditorProvider } from "./_components/category-editor";
import { TransactionFilters } from "./_components/filters";
import {
  apiFilterSearch,
  type IgnoredFilter,
  isFiltered,
  pageSearch,
  parsePageFilters,
  withoutMissingTargets,
} from "./_components/search-params";
import { SummaryLine } from "./_components/summary-line";
import { type TransactionPage, TransactionsTable } from "./_components/transactions-table";
import { type CategoryOption, categoryOptions } from "./_components/types";

export const metadata: Metadata = { title: "Transactions" };

const PAGE_SIZE = 100;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const href = (search: string) => (search ? `/transactions?${search}` : "/transactions");

export default async function TransactionsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const db = await getDb();
  const parsed = parsePageFilters(params);
  const { filters, ignored } = withoutMissingTargets(
    parsed,
    await missingFilterTargets(db, user.id, parsed.filters),
    params,
  );
  // Started together; each widget awaits its own data under its own Suspense boundary.
  const accounts = listAccounts(db, user.id);
  const categories = categoryDirectory(db, user.id).then(categoryOptions);
  const { sort, cursor, ...filter } = filters;
  const summary = summarizeTransactions(db, user.id, filter);
  const waitingSellers = countUncategorizedSellers(db, user.id);
  const page: Promise<TransactionPage> = listTransactions(db, {
    ...filter,
    userId: user.id,
    sort,
    cursor,
    limit: PAGE_SIZE,
  }).catch((error: unknown) => {
    // A stale or edited cursor: say so and offer the first page.
    if (error instanceof AppError) return { error: error.message };
    throw error;
  });
  for (const promise of [accounts, categories, summary, waitingSellers]) promise.catch(() => undefined);

  return (
    <>
      <PageHeader
        title="Transactions"
        description="Everything from your linked accounts, filtered and sorted your way."
      />
      <Suspense fallback={null}>
        <WaitingSellers count={waitingSellers} />
      </Suspense>
      {ignored.length > 0 ? (
        <IgnoredFilters
          ignored={ignored}
          clearHref={href(
            pageSearch(params, Object.fromEntries(ignored.map((item) => [item.key, undefined]))),
          )}
        />
      ) : null}
      <Suspense fallback={<FiltersSkeleton />}>
        <FiltersSection accounts={accounts} categories={categories} />
      </Suspense>
      <Suspense
        // Sibling boundaries need different keys, also when no filter is set (both searches are then empty).
        key={`summary?${pageSearch(params, { cursor: undefined })}`}
        fallback={<Skeleton className="mb-3 h-5 w-72" />}
      >
        <SummaryLine
          summary={summary}
          exportHref={`/api/v1/transactions/export?${apiFilterSearch(filters, params)}`}
        />
      </Suspense>
      <Suspense key={`table?${pageSearch(params)}`} fallback={<TableSkeleton />}>
        <TableSection
          page={page}
          categories={categories}
          sort={sort}
          filtered={isFiltered(filters)}
          paged={Boolean(cursor)}
          nextHref={(next) => href(pageSearch(params, { cursor: next }))}
          firstHref={href(pageSearch(params, { cursor: undefined }))}
        />
      </Suspense>
    </>
  );
}

/** Filters in the link that were left out, so a list showing more than was asked is never taken for the answer. */
function IgnoredFilters({ ignored, clearHref }: { ignored: IgnoredFilter[]; clearHref: string }) {
  return (
    <div className="mb-4" data-testid="ignored-filters">
      <Alert tone="info">
        <p className="font-medium">
          {ignored.length === 1 ? "A filter in this link was" : "Some filters in this link were"} left out, so
          the list below is not narrowed by {ignored.length === 1 ? "it" : "them"}:
        </p>
        <ul className="mt-1 list-disc pl-5">
          {ignored.map((item) => (
            <li key={item.key}>
              {item.label} “<span className="break-all">{item.value}</span>” {item.reason}.
            </li>
          ))}
        </ul>
        <Link href={clearHref} className="mt-2 inline-block font-medium underline">
          Remove {ignored.length === 1 ? "it" : "them"} from the link
        </Link>
      </Alert>
    </div>
  );
}

async function FiltersSection({
  accounts,
  categories,
}: {
  accounts: Promise<Account[]>;
  categories: Promise<CategoryOption[]>;
}) {
  const [accountRows, categoryRows] = await Promise.all([accounts, categories]);
  return (
    <TransactionFilters
      accounts={accountRows.map((account) => ({ id: account.id, name: account.name }))}
      categories={categoryRows}
    />
  );
}

async function TableSection({
  page,
  categories,
  ...table
}: Omit<Parameters<typeof TransactionsTable>[0], "page"> & {
  page: Promise<TransactionPage>;
  categories: Promise<CategoryOption[]>;
}) {
  const [rows, categoryRows] = await Promise.all([page, categories]);
  return (
    <CategoryEditorProvider categories={categoryRows}>
      <TransactionsTable page={rows} {...table} />
    </CategoryEditorProvider>
  );
}

function FiltersSkeleton() {
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 rounded-xl bg-surface p-4 shadow-sm ring-1 ring-line lg:grid-cols-5">
      {[0, 1, 2, 3, 4].map((key) => (
        <div key={key} className="space-y-1">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-9" />
        </div>
      ))}
    </div>
  );
}

function TableSkeleton() {
  return (
    <LoadingRegion label="Loading transactions…">
      <div className="space-y-px overflow-hidden rounded-xl bg-surface p-4 shadow-sm ring-1 ring-line">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows
          <div key={i} className="flex items-center gap-4 py-2">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="hidden h-4 w-32 md:block" />
            <Skeleton className="h-4 w-16" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
