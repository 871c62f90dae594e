"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyCompact } from "@/lib/money";
import { monthLabel, shortMonthLabel } from "@/lib/months";
import { ChartFigure, FiguresTable } from "./chart-figure";
import { ChartReadout } from "./chart-readout";
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
