"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
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
import { useMounted } from "./use-mounted";
import { useReducedMotion } from "./use-reduced-motion";

export type CashFlowMonth = { month: string; cashFlow: number; netWorth: number | null };

const IN = "var(--color-chart-income)";
const OUT = "var(--color-chart-spending)";
const NET_WORTH = "var(--color-chart-1)";

/**
 * Cash flow (income − spending) per month, green when more came in than went out, orange otherwise; and net
 * worth at each month's end, from the balances each sync recorded.
 */
export function CashFlowChart({ months, currency }: { months: CashFlowMonth[]; currency: string }) {
  const reduced = useReducedMotion();
  const mounted = useMounted();
  const { active, handlers } = useActiveIndex();
  const shown = months[active ?? months.length - 1];
  // A line needs two points; until the second month's balances, the figure above says it.
  const hasNetWorth = months.filter((month) => month.netWorth !== null).length >= 2;
  return (
    <div className="space-y-4">
      {shown ? (
        <ChartReadout
          title={monthLabel(shown.month)}
          currency={currency}
          entries={[
            { key: "flow", name: "Cash flow", color: shown.cashFlow >= 0 ? IN : OUT, amount: shown.cashFlow },
            { key: "worth", name: "Net worth", color: NET_WORTH, amount: shown.netWorth },
          ]}
        />
      ) : null}
      <ChartFigure
        label="Cash flow by month"
        height="h-40"
        chart={
          <BarChart {...monthlyChartProps} data={months} {...handlers}>
            <CartesianGrid {...gridProps} />
            <XAxis {...monthAxisProps} />
            <YAxis {...moneyAxisProps(currency)} />
            <ReferenceLine y={0} stroke="var(--color-fg-subtle)" />
            <Tooltip {...highlightOnlyTooltipProps} />
            <Bar dataKey="cashFlow" name="Cash flow" isAnimationActive={!reduced} radius={[3, 3, 3, 3]}>
              {months.map((month) => (
                <Cell key={month.month} fill={month.cashFlow >= 0 ? IN : OUT} />
              ))}
            </Bar>
          </BarChart>
        }
        table={
          <FiguresTable
            caption="Cash flow and net worth by month"
            columns={["Month", "Cash flow", "Net worth at month end"]}
            rows={months.map((month) => ({
              key: month.month,
              cells: [
                monthLabel(month.month),
                formatMoney(month.cashFlow, currency),
                month.netWorth === null ? "Not recorded" : formatMoney(month.netWorth, currency),
              ],
            }))}
          />
        }
      />
      {hasNetWorth ? (
        <div aria-hidden="true" className="h-32 w-full">
          {mounted ? (
            <LineChart
              {...monthlyChartProps}
              data={months}
              margin={{ ...monthlyChartProps.margin, top: 8 }}
              {...handlers}
            >
              <CartesianGrid {...gridProps} />
              <XAxis {...monthAxisProps} />
              <YAxis {...moneyAxisProps(currency)} domain={["auto", "auto"]} />
              <Tooltip content={() => null} cursor={{ stroke: "var(--color-fg-subtle)" }} />
              <Line
                dataKey="netWorth"
                name="Net worth"
                stroke={NET_WORTH}
                strokeWidth={2}
                dot={{ r: 3, fill: NET_WORTH }}
                connectNulls
                isAnimationActive={!reduced}
              />
            </LineChart>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-fg-muted">
          Net worth over time builds up as your accounts sync: one point for each month&apos;s last balance.
        </p>
      )}
    </div>
  );
}
