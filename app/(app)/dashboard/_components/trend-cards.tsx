import { CashFlowChart } from "@/components/charts/cash-flow-chart";
import { CategoryTrendChart } from "@/components/charts/category-trend-chart";
import { IncomeSpendingChart } from "@/components/charts/income-spending-chart";
import { Card } from "@/components/ui/card";
import type { CategoryInfo } from "@/server/reports/categories";
import type { NetWorthPoint } from "@/server/reports/net-worth";
import { topCategorySeries } from "@/server/reports/spending";
import type { MonthSpending } from "@/server/spending/monthly";

type Trend = Promise<MonthSpending[]>;

export async function IncomeSpendingCard({ trend, currency }: { trend: Trend; currency: string }) {
  const months = await trend;
  return (
    <Card labelledBy="income-spending-heading">
      <h2 id="income-spending-heading" className="mb-3 text-lg font-semibold text-fg">
        Income and spending, last {months.length} months
      </h2>
      <IncomeSpendingChart
        currency={currency}
        months={months.map((month) => ({
          month: month.month,
          income: month.totalIncome,
          spending: month.totalSpent,
        }))}
      />
    </Card>
  );
}

export async function CategoryTrendCard({
  trend,
  directory,
  currency,
}: {
  trend: Trend;
  directory: Promise<CategoryInfo[]>;
  currency: string;
}) {
  const [months, categories] = await Promise.all([trend, directory]);
  const series = topCategorySeries(months, categories);
  return (
    <Card labelledBy="category-trend-heading">
      <h2 id="category-trend-heading" className="mb-3 text-lg font-semibold text-fg">
        Top categories over time
      </h2>
      {series.length === 0 ? (
        <p className="text-sm text-fg-muted">No spending in these months yet.</p>
      ) : (
        <CategoryTrendChart months={months.map((month) => month.month)} series={series} currency={currency} />
      )}
    </Card>
  );
}

export async function CashFlowCard({
  trend,
  netWorth,
  currency,
}: {
  trend: Trend;
  netWorth: Promise<NetWorthPoint[]>;
  currency: string;
}) {
  const [months, worth] = await Promise.all([trend, netWorth]);
  const worthByMonth = new Map(worth.map((point) => [point.month, point.netWorth]));
  return (
    <Card labelledBy="cash-flow-heading">
      <h2 id="cash-flow-heading" className="mb-3 text-lg font-semibold text-fg">
        Cash flow and net worth
      </h2>
      <CashFlowChart
        currency={currency}
        months={months.map((month) => ({
          month: month.month,
          cashFlow: month.totalIncome - month.totalSpent,
          netWorth: worthByMonth.get(month.month) ?? null,
        }))}
      />
    </Card>
  );
}
