import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import type { Account } from "@/db/schema";
import { listAccounts } from "@/server/accounts/accounts";
import { transactionsQuery } from "@/server/accounts/schemas";
import { requireUser } from "@/server/auth";
import { listCategories } from "@/server/categorize/categories";
import { AppError } from "@/server/errors";
import { listTransactions } from "@/server/transactions/list";
import { CategoryEditorProvider } from "./_components/category-editor";
import { TransactionFilters } from "./_components/filters";
import { type TransactionPage, TransactionsTable } from "./_components/transactions-table";
import type { CategoryOption } from "./_components/types";

export const metadata: Metadata = { title: "Transactions" };

const PAGE_SIZE = 100;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// A malformed filter in a shared or hand-edited URL is ignored rather than failing the page.
const filterParams = {
  account: transactionsQuery.shape.account_id.catch(undefined),
  category: transactionsQuery.shape.category_id.catch(undefined),
  month: transactionsQuery.shape.month.catch(undefined),
  q: transactionsQuery.shape.q.catch(undefined),
  cursor: transactionsQuery.shape.cursor.catch(undefined),
};

type Filters = { account?: string; category?: string; month?: string; q?: string; cursor?: string };

function parseFilters(params: Record<string, string | string[] | undefined>): Filters {
  const one = (key: string) => (typeof params[key] === "string" && params[key] ? params[key] : undefined);
  return {
    account: filterParams.account.parse(one("account")),
    category: filterParams.category.parse(one("category")),
    month: filterParams.month.parse(one("month")),
    q: filterParams.q.parse(one("q")) || undefined,
    cursor: filterParams.cursor.parse(one("cursor")),
  };
}

function hrefFor(filters: Filters): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `/transactions?${query}` : "/transactions";
}

export default async function TransactionsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const filters = parseFilters(await searchParams);
  const db = await getDb();
  // Started together; each widget awaits its own data under its own Suspense boundary.
  const accounts = listAccounts(db, user.id);
  const categories = listCategories(db, user.id).then((rows) =>
    rows.map((row): CategoryOption => ({ id: row.id, name: row.name, group: row.groupName })),
  );
  const page: Promise<TransactionPage> = listTransactions(db, {
    userId: user.id,
    accountId: filters.account,
    categoryId: filters.category,
    month: filters.month,
    q: filters.q,
    cursor: filters.cursor,
    limit: PAGE_SIZE,
  }).catch((error: unknown) => {
    // A stale or edited cursor: say so and offer the first page.
    if (error instanceof AppError) return { error: error.message };
    throw error;
  });

  return (
    <>
      <PageHeader title="Transactions" description="Everything from your linked accounts, newest first." />
      <Suspense fallback={<FiltersSkeleton />}>
        <FiltersSection accounts={accounts} categories={categories} />
      </Suspense>
      <Suspense key={hrefFor(filters)} fallback={<TableSkeleton />}>
        <TableSection page={page} categories={categories} filters={filters} />
      </Suspense>
    </>
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
  filters,
}: {
  page: Promise<TransactionPage>;
  categories: Promise<CategoryOption[]>;
  filters: Filters;
}) {
  const [rows, categoryRows] = await Promise.all([page, categories]);
  const { cursor, ...withoutCursor } = filters;
  return (
    <CategoryEditorProvider categories={categoryRows}>
      <TransactionsTable
        page={rows}
        filtered={Boolean(filters.account || filters.category || filters.month || filters.q)}
        paged={Boolean(cursor)}
        nextHref={(next) => hrefFor({ ...withoutCursor, cursor: next })}
        firstHref={hrefFor(withoutCursor)}
      />
    </CategoryEditorProvider>
  );
}

function FiltersSkeleton() {
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 lg:grid-cols-4">
      {[0, 1, 2, 3].map((key) => (
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
      <div className="space-y-px overflow-hidden rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
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
