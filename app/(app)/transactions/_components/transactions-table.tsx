import { clsx } from "clsx";
import { format, parseISO } from "date-fns";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { centsFromNumeric, formatMoney } from "@/lib/money";
import type { TransactionSort } from "@/server/transactions/inputs";
import type { TransactionRow } from "@/server/transactions/list";
import { CategoryCell } from "./category-editor";
import type { TransactionView } from "./types";

export type TransactionPage = { rows: TransactionRow[]; nextCursor: string | null } | { error: string };

const sortCaptions: Record<TransactionSort, string> = {
  newest: "newest first",
  oldest: "oldest first",
  largest: "largest amount first",
  smallest: "smallest amount first",
};

/** A page of transactions in the chosen order, with links to the next page kept in the URL. */
export function TransactionsTable({
  page,
  sort = "newest",
  filtered,
  paged,
  nextHref,
  firstHref,
  clearHref = "/transactions",
}: {
  page: TransactionPage;
  sort?: TransactionSort;
  /** Whether any filter is applied, to tell "nothing yet" from "nothing matches". */
  filtered: boolean;
  /** Whether this is a later page (a cursor is in the URL). */
  paged: boolean;
  nextHref: (cursor: string) => string;
  firstHref: string;
  clearHref?: string;
}) {
  if ("error" in page) {
    return (
      <div className="space-y-3">
        <Alert>{page.error}</Alert>
        <Link href={firstHref} className={buttonClasses("secondary")}>
          Back to the first page
        </Link>
      </div>
    );
  }
  if (page.rows.length === 0) {
    if (filtered || paged) {
      return (
        <EmptyState
          title="Nothing matches these filters"
          action={
            <Link href={clearHref} className={buttonClasses("secondary")}>
              Clear filters
            </Link>
          }
        >
          Try another month or account, a wider amount range, or a shorter part of the seller&apos;s name.
        </EmptyState>
      );
    }
    return (
      <EmptyState
        title="No transactions yet — link an account"
        action={
          <Link href="/accounts" className={buttonClasses("primary")}>
            Link an account
          </Link>
        }
      >
        Link a bank or import a statement file. Every transaction then shows up here, newest first, with its
        category.
      </EmptyState>
    );
  }

  const byDate = sort === "newest" || sort === "oldest";
  const ariaSort = (column: "date" | "amount") =>
    (column === "date") === byDate
      ? sort === "newest" || sort === "largest"
        ? "descending"
        : "ascending"
      : undefined;
  return (
    <div className="space-y-4">
      <div className="overflow-hidden rounded-xl bg-surface shadow-sm ring-1 ring-line">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Transactions, {sortCaptions[sort]}</caption>
          <thead className="bg-surface-muted text-xs font-medium text-fg-muted">
            <tr>
              <th scope="col" aria-sort={ariaSort("date")} className="w-16 px-3 py-2 sm:w-32 sm:px-4">
                Date
              </th>
              <th scope="col" className="px-2 py-2 sm:px-4">
                Merchant
              </th>
              <th scope="col" className="hidden w-44 px-4 py-2 lg:table-cell">
                Account
              </th>
              <th scope="col" className="hidden w-56 px-4 py-2 md:table-cell">
                Category
              </th>
              <th
                scope="col"
                aria-sort={ariaSort("amount")}
                className="w-24 px-3 py-2 text-right sm:w-32 sm:px-4"
              >
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {page.rows.map((row) => (
              <TransactionTableRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex flex-wrap items-center justify-end gap-2">
        {paged ? (
          <Link href={firstHref} className={buttonClasses("secondary")}>
            Back to the first page
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={nextHref(page.nextCursor)} className={buttonClasses("secondary")}>
            Next page
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

export function transactionView(row: TransactionRow): TransactionView {
  const cents = centsFromNumeric(row.amount);
  const merchant = row.merchant?.trim() || row.description;
  return {
    id: row.id,
    merchant,
    description: row.description,
    memo: row.memo,
    amountLabel:
      cents > 0 ? `+${formatMoney(cents, row.currency)} (money in)` : formatMoney(cents, row.currency),
    accountName: row.accountName,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    source: row.categorySource,
    reason: row.categoryReason,
    hasSeller: Boolean(row.sellerKey),
    dateLabel: format(parseISO(row.postedOn), "MMMM d, yyyy"),
  };
}

function TransactionTableRow({ row }: { row: TransactionRow }) {
  const cents = centsFromNumeric(row.amount);
  const view = transactionView(row);
  const date = parseISO(row.postedOn);
  return (
    <tr className="align-top">
      <td className="px-3 py-3 whitespace-nowrap text-fg-muted sm:px-4">
        <time dateTime={row.postedOn}>
          {format(date, "MMM d")}
          <span className="hidden sm:inline">{format(date, ", yyyy")}</span>
        </time>
      </td>
      <td className="min-w-0 px-2 py-3 sm:px-4">
        <div className="flex min-w-0 items-center gap-2">
          <span className="min-w-0 truncate font-medium text-fg">{view.merchant}</span>
          {row.pending ? <Badge tone="info">Pending</Badge> : null}
        </div>
        {row.description !== view.merchant ? (
          <p className="truncate text-xs text-fg-muted" title={row.description}>
            {row.description}
          </p>
        ) : null}
        <p className="truncate text-xs text-fg-muted lg:hidden">{row.accountName}</p>
        <div className="mt-1 md:hidden">
          <CategoryCell row={view} uncategorizedId={UNCATEGORIZED_CATEGORY_ID} />
        </div>
      </td>
      <td className="hidden truncate px-4 py-3 text-fg-muted lg:table-cell">{row.accountName}</td>
      <td className="hidden px-4 py-3 md:table-cell">
        <CategoryCell row={view} uncategorizedId={UNCATEGORIZED_CATEGORY_ID} />
      </td>
      <td
        className={clsx(
          "tabular px-3 py-3 text-right font-medium whitespace-nowrap sm:px-4",
          cents > 0 ? "text-accent" : "text-fg",
        )}
      >
        {cents > 0 ? `+${formatMoney(cents, row.currency)}` : formatMoney(cents, row.currency)}
        {cents > 0 ? <span className="sr-only"> (money in)</span> : null}
      </td>
    </tr>
  );
}
