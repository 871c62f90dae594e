import Link from "next/link";
import { DARK_CARD } from "@/app/(app)/budgets/_components/budget-list";
import { BudgetBar, StatusLabel } from "@/app/(app)/budgets/_components/status";
import { Card } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/lib/money";
import { monthLabel } from "@/lib/months";
import type { BudgetLine, BudgetMonth } from "@/server/budgets/evaluate";

const SHOWN = 4;
const severity: Record<BudgetLine["status"], number> = {
  exceeded: 0,
  projected_to_exceed: 1,
  approaching: 2,
  ok: 3,
};

/** This month's budgets nearest to or over their limit, linking to the Budgets page. */
export async function BudgetCard({ month }: { month: Promise<BudgetMonth> }) {
  const budget = await month;
  // Roll-ups repeat their categories; a group with a budget of its own is a budget like any other.
  const candidates = budget.lines
    .filter((line) => !line.rolledUp)
    .sort((a, b) => severity[a.status] - severity[b.status] || (b.percent ?? 999) - (a.percent ?? 999))
    .slice(0, SHOWN);
  const money = (cents: number) => formatMoney(cents, budget.currency);
  return (
    <Card className={DARK_CARD}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-fg">Budgets in {monthLabel(budget.month)}</h2>
        <Link href="/budgets" className="text-sm font-medium text-accent underline">
          All budgets
        </Link>
      </div>
      {budget.lines.length > 0 ? (
        <p className="tabular mb-4 text-sm text-fg-muted" data-testid="budget-totals">
          {money(budget.totals.spent)} spent of {money(budget.totals.available)} budgeted ·{" "}
          {budget.totals.remaining >= 0
            ? `${money(budget.totals.remaining)} left`
            : `${money(-budget.totals.remaining)} over`}
        </p>
      ) : null}
      {candidates.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {budget.guidance ?? "No category has a budget this month."}{" "}
          <Link href="/budgets" className="font-medium text-accent underline">
            Set budgets
          </Link>
        </p>
      ) : (
        <ul className="space-y-4" aria-label="Budgets nearest their limit">
          {candidates.map((line) => (
            <li key={line.categoryId} className="space-y-1.5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="text-sm font-medium text-fg">{line.name}</span>
                <StatusLabel status={line.status} remaining={line.remaining} currency={budget.currency} />
              </div>
              <BudgetBar spent={line.spent} available={line.available} status={line.status} />
              <p className="tabular text-xs text-fg-muted">
                {money(line.spent)} of {money(line.available)}
                {line.remaining >= 0 ? ` · ${money(line.remaining)} left` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function BudgetCardSkeleton() {
  return (
    <LoadingRegion label="Loading budgets…">
      <Skeleton className="h-40" />
    </LoadingRegion>
  );
}
