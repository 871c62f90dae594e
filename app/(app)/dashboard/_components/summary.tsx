import { Skeleton } from "@/components/ui/skeleton";
import { type Cents, formatMoney } from "@/lib/money";
import { type AccountBalance, balanceTotals } from "@/server/reports/overview";

function formatTotals(totals: Map<string, Cents>): string {
  if (totals.size === 0) return formatMoney(0);
  return [...totals].map(([currency, cents]) => formatMoney(cents, currency)).join(" · ");
}

/** Cash, what is owed on cards, and net worth today, per currency. */
export function Summary({ accounts }: { accounts: AccountBalance[] }) {
  const { cash, owed, cards } = balanceTotals(accounts);
  const worth = new Map<string, Cents>();
  for (const account of accounts)
    if (account.balance !== null)
      worth.set(account.currency, (worth.get(account.currency) ?? 0) + account.balance);
  const stats = [
    { label: "Cash", value: formatTotals(cash), note: "Checking and savings balances" },
    {
      label: "Owed on cards",
      value: cards > 0 ? formatTotals(owed) : "No cards",
      note: cards > 0 ? "Current credit card balances" : "No credit card accounts yet",
    },
    {
      label: "Net worth",
      value: formatTotals(worth),
      note: `Across ${accounts.length} account${accounts.length === 1 ? "" : "s"}`,
    },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line">
          <dt className="text-sm font-medium text-fg-muted">{stat.label}</dt>
          <dd className="tabular mt-1 text-2xl font-semibold tracking-tight break-words text-fg">
            {stat.value}
          </dd>
          <dd className="mt-1 text-xs text-fg-muted">{stat.note}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SummarySkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-3" aria-hidden="true">
      {[0, 1, 2].map((key) => (
        <div key={key} className="rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="mt-2 h-7 w-32" />
        </div>
      ))}
    </div>
  );
}
