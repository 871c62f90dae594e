"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyCompact } from "@/lib/money";
import { monthLabel, shortMonthLabel } from "@/lib/months";
import { ChartFigure, FiguresTable } from "./chart-figure";
import { ChartReadout } from "./chart-readout";
import { useActiveIndex } from "./use-active-index";
import { useReducedMotion } from "./use-reduced-motion";

export type IncomeSpendingMonth = { month: string; income: number; spending: number };

const INCOME = "var(--color-chart-income)";
const SPENDING = "var(--color-chart-spending)";

/** Money in and money out for each month, side by side, oldest first. Amounts are integer cents. */
export function IncomeSpendingChart({
  months,
  currency,
}: {
  months: IncomeSpendingMonth[];
  currency: string;
}) {
  const reduced = useReducedMotion();
  const { active, handlers } = useActiveIndex();
  const shown = months[active ?? months.length - 1];
  return (
    <div>
      {shown ? (
        <ChartReadout
          title={monthLabel(shown.month)}
          currency={currency}
          entries={[
            { key: "income", name: "Income", color: INCOME, amount: shown.income },
            { key: "spending", name: "Spending", color: SPENDING, amount: shown.spending },
          ]}
        />
      ) : null}
      <ChartFigure
        label="Income and spending by month"
        chart={
          <BarChart
            responsive
            style={{ width: "100%", height: "100%" }}
            data={months}
            accessibilityLayer={false}
            margin={{ top: 4, right: 4, bottom: 0, left: 4 }}
            {...handlers}
          >
            <CartesianGrid vertical={false} stroke="var(--color-chart-grid)" />
            <XAxis
              dataKey="month"
              tickFormatter={(month: string) => shortMonthLabel(month, false)}
              tick={{ fill: "var(--color-fg-muted)", fontSize: 12 }}
              stroke="var(--color-chart-grid)"
            />
            <YAxis
              tickFormatter={(cents: number) => formatMoneyCompact(cents, currency)}
              tick={{ fill: "var(--color-fg-muted)", fontSize: 12 }}
              stroke="var(--color-chart-grid)"
              width={56}
            />
            <Tooltip content={() => null} cursor={{ fill: "var(--color-surface-strong)" }} />
            <Bar
              dataKey="income"
              name="Income"
              fill={INCOME}
              isAnimationActive={!reduced}
              radius={[3, 3, 0, 0]}
            />
            <Bar
              dataKey="spending"
              name="Spending"
              fill={SPENDING}
              isAnimationActive={!reduced}
              radius={[3, 3, 0, 0]}
            />
          </BarChart>
        }
        table={
          <FiguresTable
            caption="Income and spending by month"
            columns={["Month", "Income", "Spending", "Income − spending"]}
            rows={months.map((month) => ({
              key: month.month,
              cells: [
                monthLabel(month.month),
                formatMoney(month.income, currency),
                formatMoney(month.spending, currency),
                formatMoney(month.income - month.spending, currency),
              ],
            }))}
          />
        }
      />
    </div>
  );
}
