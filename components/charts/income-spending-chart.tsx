"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/money";
import { monthLabel } from "@/lib/months";
import { ChartFigure, FiguresTable } from "./chart-figure";
import { ChartReadout } from "./chart-readout";
import {
  gridProps,
  highlightOnlyTooltipProps,
  moneyAxisProps,
  monthAxisProps,
  monthlyChartProps,
} from "./monthly-chart-props";
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
          <BarChart {...monthlyChartProps} data={months} {...handlers}>
            <CartesianGrid {...gridProps} />
            <XAxis {...monthAxisProps} />
            <YAxis {...moneyAxisProps(currency)} />
            <Tooltip {...highlightOnlyTooltipProps} />
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
