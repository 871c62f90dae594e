"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useId, useState } from "react";
import { Cell, Pie, PieChart } from "recharts";
import { formatMoney } from "@/lib/money";
import { useMounted } from "./use-mounted";
import { useReducedMotion } from "./use-reduced-motion";

export type DonutCategory = {
  categoryId: string;
  name: string;
  color: string;
  amount: number;
  count: number;
};
export type DonutGroup = {
  groupId: string;
  name: string;
  color: string;
  amount: number;
  categories: DonutCategory[];
};

const MAX_SLICES = 7;
const REST_COLOR = "var(--color-chart-rest)";

type Slice = { id: string; name: string; color: string; amount: number };

/** The biggest slices, the rest folded into one grey slice so the donut stays readable. */
function donutSlices(slices: Slice[]): Slice[] {
  if (slices.length <= MAX_SLICES + 1) return slices;
  const rest = slices.slice(MAX_SLICES).reduce((sum, slice) => sum + slice.amount, 0);
  return [
    ...slices.slice(0, MAX_SLICES),
    { id: "rest", name: "Everything else", color: REST_COLOR, amount: rest },
  ];
}

/** A share for people: never "0%" for a real amount. */
export function shareLabel(amount: number, total: number): string {
  if (total <= 0 || amount <= 0) return "";
  const percent = (100 * amount) / total;
  if (percent < 0.1) return "<0.1%";
  return percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}

/**
 * A month's spending by group, with a drill-down into each group's categories. The list beside the donut is the
 * real content (and what screen readers get): every group and category, with links to its page; the donut
 * shows the shape. Hovering a slice writes its figures in the centre, so nothing covers the numbers.
 */
export function SpendingDonut({
  groups,
  currency,
  month,
}: {
  groups: DonutGroup[];
  currency: string;
  /** YYYY-MM: category links open on this month. */
  month: string;
}) {
  const reduced = useReducedMotion();
  const mounted = useMounted();
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const listId = useId();
  const group = groups.find((candidate) => candidate.groupId === openGroup) ?? null;
  const slices: Slice[] = group
    ? group.categories.map((category) => ({
        id: category.categoryId,
        name: category.name,
        color: category.color,
        amount: category.amount,
      }))
    : groups.map((entry) => ({
        id: entry.groupId,
        name: entry.name,
        color: entry.color,
        amount: entry.amount,
      }));
  const shown = donutSlices(slices);
  const total = slices.reduce((sum, slice) => sum + slice.amount, 0);
  const focus = hovered === null ? null : shown[hovered];
  const centreAmount = formatMoney(focus ? focus.amount : total, currency);

  return (
    <div className="grid items-start gap-6 sm:grid-cols-[13rem_1fr]">
      <div className="relative mx-auto h-52 w-52" aria-hidden="true">
        {mounted ? (
          <PieChart responsive style={{ width: "100%", height: "100%" }} accessibilityLayer={false}>
            <Pie
              data={shown}
              dataKey="amount"
              nameKey="name"
              innerRadius="64%"
              outerRadius="100%"
              paddingAngle={1}
              isAnimationActive={!reduced}
              stroke="none"
              // The list beside the donut is what keyboards and screen readers use; the drawing takes no focus.
              rootTabIndex={-1}
              onMouseEnter={(_, index) => setHovered(index)}
              onMouseLeave={() => setHovered(null)}
              onClick={(_, index) => {
                const slice = shown[index];
                if (!group && slice && slice.id !== "rest") setOpenGroup(slice.id);
              }}
            >
              {shown.map((slice) => (
                <Cell key={slice.id} fill={slice.color} className={group ? undefined : "cursor-pointer"} />
              ))}
            </Pie>
          </PieChart>
        ) : null}
        <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center px-8 text-center">
          <span className="line-clamp-2 text-xs text-fg-muted">
            {focus ? focus.name : group ? group.name : "Spent"}
          </span>
          <span
            className={clsx(
              "tabular font-semibold text-fg",
              // Six figures and more still fit inside the ring.
              centreAmount.length > 12 ? "text-sm" : centreAmount.length > 9 ? "text-base" : "text-lg",
            )}
          >
            {centreAmount}
          </span>
          {focus ? <span className="text-xs text-fg-muted">{shareLabel(focus.amount, total)}</span> : null}
        </div>
      </div>
      <div className="min-w-0">
        {group ? (
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-sm font-semibold text-fg">
              <Link
                href={`/categories/${group.groupId}?month=${month}`}
                className="underline-offset-2 hover:underline"
              >
                {group.name}
              </Link>
              <span className="tabular ml-2 font-normal text-fg-muted">
                {formatMoney(group.amount, currency)}
              </span>
            </h3>
            <button
              type="button"
              className="rounded-md px-2 py-1 text-sm font-medium text-accent hover:bg-surface-strong"
              onClick={() => setOpenGroup(null)}
            >
              ← All groups
            </button>
          </div>
        ) : null}
        <ul
          id={listId}
          className="space-y-1.5"
          aria-label={group ? `Spending in ${group.name} by category` : "Spending by group"}
        >
          {slices.map((slice, index) => {
            const inRest = slices.length > MAX_SLICES + 1 && index >= MAX_SLICES;
            return (
              <li key={slice.id} className="flex items-center gap-3 text-sm">
                <span
                  aria-hidden="true"
                  className="h-3 w-3 shrink-0 rounded-sm"
                  style={{ background: inRest ? REST_COLOR : slice.color }}
                />
                <Link
                  href={`/categories/${slice.id}?month=${month}`}
                  className="min-h-6 min-w-0 flex-1 truncate leading-6 text-fg underline-offset-2 hover:underline"
                >
                  {slice.name}
                </Link>
                <span className="tabular font-medium text-fg">{formatMoney(slice.amount, currency)}</span>
                <span className="tabular w-12 text-right text-xs text-fg-muted">
                  {shareLabel(slice.amount, total)}
                </span>
                {group ? null : (
                  <button
                    type="button"
                    className="inline-flex min-h-6 items-center rounded px-2 text-xs font-medium text-accent hover:bg-surface-strong"
                    aria-controls={listId}
                    onClick={() => setOpenGroup(slice.id)}
                  >
                    Details<span className="sr-only"> of {slice.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
