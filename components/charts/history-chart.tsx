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

/** One series by month (a category's spending), in the category's own colour. Amounts are integer cents. */
export function HistoryChart({
  label,
  seriesName,
  color,
  months,
  currency,
}: {
  label: string;
  seriesName: string;
  color: string;
  months: { month: string; amount: number }[];
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
          entries={[{ key: "amount", name: seriesName, color, amount: shown.amount }]}
        />
      ) : null}
      <ChartFigure
        label={label}
        chart={
          <BarChart {...monthlyChartProps} data={months} {...handlers}>
            <CartesianGrid {...gridProps} />
            <XAxis {...monthAxisProps} />
            <YAxis {...moneyAxisProps(currency)} />
            <Tooltip {...highlightOnlyTooltipProps} />
            <Bar
              dataKey="amount"
              name={seriesName}
              fill={color}
              isAnimationActive={!reduced}
              radius={[3, 3, 0, 0]}
            />
          </BarChart>
        }
        table={
          <FiguresTable
            caption={label}
            columns={["Month", seriesName]}
            rows={months.map((month) => ({
              key: month.month,
              cells: [monthLabel(month.month), formatMoney(month.amount, currency)],
            }))}
          />
        }
      />
    </div>
  );
}
