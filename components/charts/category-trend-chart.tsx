"use client";

import Link from "next/link";
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

export type CategorySeries = { categoryId: string; name: string; color: string; amounts: number[] };

/**
 * The top categories' spending per month, stacked (each month's stack is that month's total spending), with a
 * legend that links each category to its own page.
 */
export function CategoryTrendChart({
  months,
  series,
  currency,
}: {
  months: string[];
  series: CategorySeries[];
  currency: string;
}) {
  const reduced = useReducedMotion();
  const { active, handlers } = useActiveIndex();
  const data = months.map((month, index) => ({
    month,
    ...Object.fromEntries(series.map((line) => [line.categoryId, line.amounts[index] ?? 0])),
  }));
  const shownIndex = active ?? months.length - 1;
  return (
    <div>
      <ChartReadout
        title={months[shownIndex] ? monthLabel(months[shownIndex]) : ""}
        currency={currency}
        entries={series.map((line) => ({
          key: line.categoryId,
          name: line.name,
          color: line.color,
          amount: line.amounts[shownIndex] ?? 0,
        }))}
      />
      <ChartFigure
        label="Spending in the top categories by month"
        chart={
          <BarChart {...monthlyChartProps} data={data} {...handlers}>
            <CartesianGrid {...gridProps} />
            <XAxis {...monthAxisProps} />
            <YAxis {...moneyAxisProps(currency)} />
            <Tooltip {...highlightOnlyTooltipProps} />
            {series.map((line) => (
              <Bar
                key={line.categoryId}
                dataKey={line.categoryId}
                name={line.name}
                stackId="spending"
                fill={line.color}
                stroke="var(--color-surface)"
                strokeWidth={1}
                isAnimationActive={!reduced}
              />
            ))}
          </BarChart>
        }
        table={
          <FiguresTable
            caption="Spending in the top categories by month"
            columns={["Month", ...series.map((line) => line.name)]}
            rows={months.map((month, index) => ({
              key: month,
              cells: [
                monthLabel(month),
                ...series.map((line) => formatMoney(line.amounts[index] ?? 0, currency)),
              ],
            }))}
          />
        }
      />
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Categories in this chart">
        {series.map((line) => (
          <li key={line.categoryId} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm" style={{ background: line.color }} />
            {line.categoryId === "rest" ? (
              <span className="text-fg-muted">{line.name}</span>
            ) : (
              <Link
                href={`/categories/${line.categoryId}`}
                className="text-accent underline-offset-2 hover:underline"
              >
                {line.name}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
