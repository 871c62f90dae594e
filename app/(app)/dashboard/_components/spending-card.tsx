import Link from "next/link";
import { SpendingDonut } from "@/components/charts/spending-donut";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import { monthLabel } from "@/lib/months";
import type { CategoryInfo } from "@/server/reports/categories";
import { spendingByGroup } from "@/server/reports/spending";
import type { MonthSpending } from "@/server/spending/monthly";

/**
 * The month at a glance: spending by group, with a drill-down into each group's categories. The month is the
 * last of the page's trend (the same aggregate rows), so it costs no read of its own.
 */
export async function SpendingCard({
  trend,
  directory: categories,
  month,
  currency,
}: {
  trend: Promise<MonthSpending[]>;
  directory: Promise<CategoryInfo[]>;
  month: string;
  currency: string;
}) {
  const [months, directory] = await Promise.all([trend, categories]);
  const spending = months.at(-1);
  if (spending?.month !== month) throw new Error(`The trend given to SpendingCard does not end at ${month}`);
  const groups = spendingByGroup(spending, directory);
  return (
    <Card labelledBy="spending-heading">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="spending-heading" className="text-lg font-semibold text-fg">
          Spending in {monthLabel(month)}
        </h2>
        <p className="text-sm text-fg-muted">
          Income{" "}
          <span className="tabular font-medium text-fg">{formatMoney(spending.totalIncome, currency)}</span>
          {" · "}
          Spent{" "}
          <span className="tabular font-medium text-fg">{formatMoney(spending.totalSpent, currency)}</span>
        </p>
      </div>
      {groups.length === 0 ? (
        <p className="text-sm text-fg-muted">No spending recorded in {monthLabel(month)}.</p>
      ) : (
        <SpendingDonut groups={groups} currency={currency} month={month} />
      )}
      <p className="mt-4 text-sm">
        <Link href={`/transactions?month=${month}`} className="font-medium text-accent underline">
          See {monthLabel(month)}&apos;s transactions
        </Link>
      </p>
    </Card>
  );
}
