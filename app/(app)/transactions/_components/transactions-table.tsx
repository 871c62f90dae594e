import { clsx } from "clsx";
import { format, parseISO } from "date-fns";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { centsFromNumeric, formatMoney } from "@/lib/money";
import type { TransactionRow } from "@/server/transactions/list";
import { CategoryCell } from "./category-editor";
import type { TransactionView } from "./types";

export type TransactionPage = { rows: TransactionRow[]; nextCursor: string | null } | { error: string };

/** The page of transactions, newest first, with links to the next page kept in the URL. */
export function TransactionsTable({
  page,
  filtered,
  paged,
  nextHref,
  firstHref,
}: {
  page: TransactionPage;
  /** Whether any filter is applied, to tell "nothing yet" from "nothing matches". */
  filtered: boolean;
  /** Whether this is a later page (a cursor is in the URL). */
  paged: boolean;
  nextHref: (cursor: string) => string;
  firstHref: string;
}) {
  if ("error" in page) {
    return (
      <div className="space-y-3">
        <Alert>{page.error}</Alert>
        <Link href={firstHref} className={buttonClasses("secondary")}>
          Back to the newest transactions
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
            <Link href="/transactions" className={buttonClasses("secondary")}>
              Clear filters
            </Link>
          }
        >
          Try another month or account, or a shorter part of the seller&apos;s name.
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
        Link a bank, try the Demo Bank, or import a statement file. Every transaction then shows up here,
        newest first, with its category.
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Transactions, newest first</caption>
          <thead className="bg-slate-50 text-xs font-medium text-slate-600">
            <tr>
              <th scope="col" className="w-20 px-3 py-2 sm:w-32 sm:px-4">
                Date
              </th>
              <th scope="col" className="px-3 py-2 sm:px-4">
                Merchant
              </th>
              <th scope="col" className="hidden w-44 px-4 py-2 lg:table-cell">
                Account
              </th>
              <th scope="col" className="hidden w-56 px-4 py-2 md:table-cell">
                Category
              </th>
              <th scope="col" className="w-28 px-3 py-2 text-right sm:w-32 sm:px-4">
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.map((row) => (
              <TransactionTableRow key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          {page.rows.length.toLocaleString("en-US")} transaction{page.rows.length === 1 ? "" : "s"}
          {paged ? " on this page" : ""}
        </p>
        <div className="flex gap-2">
          {paged ? (
            <Link href={firstHref} className={buttonClasses("secondary")}>
              Back to newest
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={nextHref(page.nextCursor)} className={buttonClasses("secondary")}>
              Next page
            </Link>
          ) : null}
        </div>
      </nav>
    </div>
  );
}

function TransactionTableRow({ row }: { row: TransactionRow }) {
  const cents = centsFromNumeric(row.amount);
  const merchant = row.merchant?.trim() || row.description;
  const date = parseISO(row.postedOn);
  const view: TransactionView = {
    id: row.id,
    merchant,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    source: row.categorySource,
    reason: row.categoryReason,
    hasSeller: Boolean(row.sellerKey),
    dateLabel: format(date, "MMMM d, yyyy"),
  };
  return (
    <tr className="align-top">
      <td className="px-3 py-3 whitespace-nowrap text-slate-600 sm:px-4">
        <time dateTime={row.postedOn}>
          {format(date, "MMM d")}
          <span className="hidden sm:inline">{format(date, ", yyyy")}</span>
        </time>
      </td>
      <td className="px-3 py-3 sm:px-4">
        <div className="flex flex-wrap items-center gap-2">
          <span className="min-w-0 truncate font-medium text-slate-900">{merchant}</span>
          {row.pending ? <Badge tone="info">Pending</Badge> : null}
        </div>
        {row.description !== merchant ? (
          <p className="truncate text-xs text-slate-500" title={row.description}>
            {row.description}
          </p>
        ) : null}
        <p className="truncate text-xs text-slate-500 lg:hidden">{row.accountName}</p>
        <div className="mt-1 md:hidden">
          <CategoryCell row={view} />
        </div>
      </td>
      <td className="hidden truncate px-4 py-3 text-slate-600 lg:table-cell">{row.accountName}</td>
      <td className="hidden px-4 py-3 md:table-cell">
        <CategoryCell row={view} />
      </td>
      <td
        className={clsx(
          "tabular px-3 py-3 text-right font-medium whitespace-nowrap sm:px-4",
          cents > 0 ? "text-brand-700" : "text-slate-900",
        )}
      >
        {cents > 0 ? `+${formatMoney(cents, row.currency)}` : formatMoney(cents, row.currency)}
        {cents > 0 ? <span className="sr-only"> (money in)</span> : null}
      </td>
    </tr>
  );
}
