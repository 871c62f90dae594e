import Link from "next/link";
import { SpendingDonut } from "@/components/charts/spending-donut";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { formatMoney } from "@/lib/money";
import { monthLabel, shiftMonth } from "@/lib/months";
import { getMonthSpending, listSpendingCurrencies, mainCurrency } from "@/server/spending/monthly";

/**
 * A month's spending by category, with links to the months around it and to the transactions behind it. One
 * currency at a time (the user's main one unless they pick another): dollars and euros are never added up.
 */
export async function SpendingCard({
  userId,
  month,
  thisMonth,
  currency: requested,
}: {
  userId: string;
  month: string;
  /** The current month where the user is: no link past it. */
  thisMonth: string;
  currency?: string;
}) {
  const db = await getDb();
  const [currencies, main] = await Promise.all([
    listSpendingCurrencies(db, userId),
    mainCurrency(db, userId),
  ]);
  const wanted = requested?.toUpperCase();
  const currency = wanted && currencies.includes(wanted) ? wanted : main;
  const spending = await getMonthSpending(db, userId, { month, currency });
  const isCurrent = month >= thisMonth;
  // Month links keep a chosen currency other than the main one.
  const query = (target: string) =>
    `/dashboard?month=${target}${currency === main ? "" : `&currency=${currency}`}`;
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Spending in {monthLabel(month)}</h2>
        <div className="flex flex-wrap items-center gap-3">
          {currencies.length > 1 ? (
            <nav aria-label="Currency" className="flex items-center gap-1 text-sm">
              {currencies.map((code) => (
                <Link
                  key={code}
                  href={`/dashboard?month=${month}&currency=${code}`}
                  aria-current={code === currency ? "true" : undefined}
                  className={
                    code === currency
                      ? "rounded-md bg-slate-900 px-2 py-1 font-medium text-white"
                      : "rounded-md px-2 py-1 hover:bg-slate-100"
                  }
                >
                  {code}
                </Link>
              ))}
            </nav>
          ) : null}
          <nav aria-label="Month" className="flex items-center gap-1 text-sm">
            <Link href={query(shiftMonth(month, -1))} className="rounded-md px-2 py-1 hover:bg-slate-100">
              ← {monthLabel(shiftMonth(month, -1)).split(" ")[0]}
            </Link>
            {isCurrent ? null : (
              <Link href={query(shiftMonth(month, 1))} className="rounded-md px-2 py-1 hover:bg-slate-100">
                {monthLabel(shiftMonth(month, 1)).split(" ")[0]} →
              </Link>
            )}
          </nav>
        </div>
      </div>
      {spending.categories.length === 0 ? (
        <p className="text-sm text-slate-600">
          No spending recorded in {monthLabel(month)}
          {currencies.length > 1 ? ` in ${currency}` : ""}.
        </p>
      ) : (
        <>
          <SpendingDonut
            currency={currency}
            slices={spending.categories.map((category) => ({
              id: category.categoryId,
              name: category.name,
              amount: category.amount,
            }))}
          />
          <p className="mt-4 text-sm text-slate-600">
            Income this month:{" "}
            <span className="tabular font-medium text-slate-900">
              {formatMoney(spending.totalIncome, currency)}
            </span>
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
