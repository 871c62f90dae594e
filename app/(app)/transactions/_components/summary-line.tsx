import { formatMoney } from "@/lib/money";
import type { TransactionSummary } from "@/server/transactions/list";

/** The true count and total of every row the filters match (not just this page), per currency. */
export async function SummaryLine({
  summary,
  exportHref,
}: {
  summary: Promise<TransactionSummary>;
  exportHref: string;
}) {
  const { count, totals } = await summary;
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
      <p className="text-fg-muted" data-testid="transactions-summary">
        <span className="font-semibold text-fg">
          {count.toLocaleString("en-US")} transaction{count === 1 ? "" : "s"}
        </span>
        {totals.map((total) => (
          <span key={total.currency} className="tabular">
            {" · "}
            {formatMoney(total.moneyOut, total.currency)} out, {formatMoney(total.moneyIn, total.currency)}{" "}
            in, net <span className="font-medium text-fg">{formatMoney(total.net, total.currency)}</span>
          </span>
        ))}
      </p>
      {count > 0 ? (
        <a href={exportHref} className="font-medium text-accent underline" download>
          Download these as CSV
        </a>
      ) : null}
    </div>
  );
}
