import { formatMoneyCompact } from "@/lib/money";
import { shortMonthLabel } from "@/lib/months";

// The look every month-by-month chart shares (bars or lines over months, money up the side), so the dashboard's
// and the category page's charts read as one family and change together.

export const monthlyChartProps = {
  responsive: true,
  style: { width: "100%", height: "100%" },
  // The figures table beside each chart is what keyboard and screen-reader users get.
  accessibilityLayer: false,
  margin: { top: 4, right: 4, bottom: 0, left: 4 },
} as const;

export const gridProps = { vertical: false, stroke: "var(--color-chart-grid)" } as const;

const axisStyle = {
  tick: { fill: "var(--color-fg-muted)", fontSize: 12 },
  stroke: "var(--color-chart-grid)",
};

export const monthAxisProps = {
  dataKey: "month",
  tickFormatter: (month: string) => shortMonthLabel(month, false),
  ...axisStyle,
};

export const moneyAxisProps = (currency: string) => ({
  tickFormatter: (cents: number) => formatMoneyCompact(cents, currency),
  width: 56,
  ...axisStyle,
});

/** The readout above the chart says the figures; the tooltip only highlights the month under the pointer. */
export const highlightOnlyTooltipProps = {
  content: () => null,
  cursor: { fill: "var(--color-surface-strong)" },
};
