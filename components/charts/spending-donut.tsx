"use client";

import { Cell, Pie, PieChart, Tooltip } from "recharts";
import { formatMoney } from "@/lib/money";

export type SpendingSlice = { id: string; name: string; amount: number };

// Distinguishable on white and for the common color-vision deficiencies (Okabe–Ito based).
const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#64748b"];
const MAX_SLICES = 7;

const REST_COLOR = COLORS[COLORS.length - 1]!;

/** The donut's slices: the biggest categories, the rest folded into one grey slice so it stays readable. */
function donutSlices(slices: SpendingSlice[]): SpendingSlice[] {
  if (slices.length <= MAX_SLICES + 1) return slices;
  const rest = slices.slice(MAX_SLICES).reduce((sum, slice) => sum + slice.amount, 0);
  return [...slices.slice(0, MAX_SLICES), { id: "rest", name: "Everything else", amount: rest }];
}

const colorAt = (index: number, count: number) =>
  count > MAX_SLICES + 1 && index >= MAX_SLICES ? REST_COLOR : COLORS[index % COLORS.length]!;

/**
 * A month's spending by category: a donut for the shape, and beside it every category as a list, which is
 * also what screen readers get. Amounts are integer cents, largest first.
 */
export function SpendingDonut({
  slices,
  currency = "USD",
  animate = true,
}: {
  slices: SpendingSlice[];
  currency?: string;
  animate?: boolean;
}) {
  const shown = donutSlices(slices);
  const total = slices.reduce((sum, slice) => sum + slice.amount, 0);
  return (
    <div className="grid items-center gap-6 sm:grid-cols-[12rem_1fr]">
      <div className="relative mx-auto h-48 w-48" aria-hidden="true">
        <PieChart responsive style={{ width: "100%", height: "100%" }}>
          <Pie
            data={shown}
            dataKey="amount"
            nameKey="name"
            innerRadius="62%"
            outerRadius="100%"
            paddingAngle={1}
            isAnimationActive={animate}
            stroke="none"
          >
            {shown.map((slice, index) => (
              <Cell key={slice.id} fill={slice.id === "rest" ? REST_COLOR : COLORS[index % COLORS.length]} />
            ))}
          </Pie>
          <Tooltip formatter={(value) => formatMoney(Number(value), currency)} />
        </PieChart>
        <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
          <span className="text-xs text-slate-500">Spent</span>
          <span className="tabular text-lg font-semibold">{formatMoney(total, currency)}</span>
        </div>
      </div>
      <ul className="space-y-2" aria-label="Spending by category">
        {/* Every category is listed; the small ones share the donut's grey slice. */}
        {slices.map((slice, index) => (
          <li key={slice.id} className="flex items-center gap-3 text-sm">
            <span
              className="h-3 w-3 shrink-0 rounded-sm"
              style={{ background: colorAt(index, slices.length) }}
            />
            <span className="flex-1 truncate text-slate-700">{slice.name}</span>
            <span className="tabular font-medium text-slate-900">{formatMoney(slice.amount, currency)}</span>
            <span className="tabular w-10 text-right text-xs text-slate-500">
              {total > 0 ? `${Math.round((100 * slice.amount) / total)}%` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
