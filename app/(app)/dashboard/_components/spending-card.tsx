import Link from "next/link";
import { SpendingDonut } from "@/components/charts/spending-donut";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { formatMoney } from "@/lib/money";
import { currentMonth, monthLabel, shiftMonth } from "@/lib/months";
import { getMonthSpending } from "@/server/spending/monthly";

/** A month's spending by category, with links to the months around it and to the transactions behind it. */
export async function SpendingCard({ userId, month }: { userId: string; month: string }) {
  const spending = await getMonthSpending(await getDb(), userId, month);
  const isCurrent = month >= currentMonth();
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Spending in {monthLabel(month)}</h2>
        <nav aria-label="Month" className="flex items-center gap-1 text-sm">
          <Link
            href={`/dashboard?month=${shiftMonth(month, -1)}`}
            className="rounded-md px-2 py-1 hover:bg-slate-100"
          >
            ← {monthLabel(shiftMonth(month, -1)).split(" ")[0]}
          </Link>
          {isCurrent ? null : (
            <Link
              href={`/dashboard?month=${shiftMonth(month, 1)}`}
              className="rounded-md px-2 py-1 hover:bg-slate-100"
            >
              {monthLabel(shiftMonth(month, 1)).split(" ")[0]} →
            </Link>
          )}
        </nav>
      </div>
      {spending.categories.length === 0 ? (
        <p className="text-sm text-slate-600">No spending recorded in {monthLabel(month)}.</p>
      ) : (
        <>
          <SpendingDonut
            slices={spending.categories.map((category) => ({
              id: category.categoryId,
              name: category.name,
              amount: category.amount,
            }))}
          />
          <p className="mt-4 text-sm text-slate-600">
            Income this month:{" "}
            <span className="tabular font-medium text-slate-900">{formatMoney(spending.totalIncome)}</span>
            {" · "}
            <Link href={`/transactions?month=${month}`} className="font-medium text-brand-700 underline">
              See the transactions
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
