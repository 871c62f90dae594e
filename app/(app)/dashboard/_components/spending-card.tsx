import Link from "next/link";
import { SpendingDonut } from "@/components/charts/spending-donut";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { formatMoney } from "@/lib/money";
import { monthLabel } from "@/lib/months";
import { categoryDirectory } from "@/server/reports/categories";
import { monthSpending, spendingByGroup } from "@/server/reports/spending";

/** The month at a glance: spending by group, with a drill-down into each group's categories. */
export async function SpendingCard({
  userId,
  month,
  currency,
}: {
  userId: string;
  month: string;
  currency: string;
}) {
  const db = await getDb();
  const [spending, directory] = await Promise.all([
    monthSpending(db, userId, { month, currency }),
    categoryDirectory(db, userId),
  ]);
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
