import { format, parseISO } from "date-fns";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { centsFromNumeric, formatMoney } from "@/lib/money";
import type { TransactionRow } from "@/server/transactions/list";

export async function RecentTransactionsCard({ recent }: { recent: Promise<{ rows: TransactionRow[] }> }) {
  const { rows } = await recent;
  return (
    <Card labelledBy="recent-heading">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="recent-heading" className="text-lg font-semibold text-fg">
          Recent transactions
        </h2>
        <Link href="/transactions" className="text-sm font-medium text-accent underline">
          All transactions
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-fg-muted">
          No transactions yet. A new bank link imports its history within a minute or two.
        </p>
      ) : (
        <ul className="divide-y divide-line" aria-label="Recent transactions">
          {rows.map((row) => {
            const cents = centsFromNumeric(row.amount);
            const merchant = row.merchant?.trim() || row.description;
            return (
              <li key={row.id} className="flex items-center justify-between gap-4 py-2.5">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-fg">{merchant}</p>
                  <p className="truncate text-xs text-fg-muted">
                    <time dateTime={row.postedOn}>{format(parseISO(row.postedOn), "MMM d")}</time>
                    {" · "}
                    <Link
                      href={`/categories/${row.categoryId ?? UNCATEGORIZED_CATEGORY_ID}?month=${row.postedOn.slice(0, 7)}`}
                      className="underline-offset-2 hover:underline"
                    >
                      {row.categoryName ?? "Uncategorized"}
                    </Link>
                    {row.pending ? " · Pending" : ""}
                  </p>
                </div>
                <p
                  className={
                    cents > 0
                      ? "tabular text-sm font-medium text-accent"
                      : "tabular text-sm font-medium text-fg"
                  }
                >
                  {cents > 0 ? `+${formatMoney(cents, row.currency)}` : formatMoney(cents, row.currency)}
                  {cents > 0 ? <span className="sr-only"> (money in)</span> : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
