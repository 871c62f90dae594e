import "server-only";
import type { Cents } from "@/lib/money";

export const budgetStatuses = ["ok", "approaching", "exceeded", "projected_to_exceed"] as const;
export type BudgetStatus = (typeof budgetStatuses)[number];

export const DEFAULT_THRESHOLDS = [80, 100];

/** The threshold that makes a budget "approaching": the user's first (lowest), 80% by default. */
export const approachingThreshold = (thresholds: readonly number[]) =>
  thresholds.length > 0 ? Math.min(...thresholds) : DEFAULT_THRESHOLDS[0]!;

/**
 * Whether `spent` is at or above `percent`% of `available`, in integer arithmetic. With nothing available
 * (a $0 budget, or overspending carried in), any spending, or the debt itself, is past every threshold.
 */
export const reaches = (spent: Cents, available: Cents, percent: number) =>
  available > 0 ? spent * 100 >= available * percent : spent > 0 || available < 0;

/**
 * Where a budget stands. Exceeded once the money is used up (nothing left, something spent) or overspent;
 * else projected to exceed when the month's pace confidently passes it (isConfidentlyProjectedOver, the rule
 * the notification follows too); else approaching at or above the first threshold.
 */
export function budgetStatus(input: {
  spent: Cents;
  available: Cents;
  projectedOver: boolean;
  threshold: number;
}): BudgetStatus {
  const remaining = input.available - input.spent;
  if (remaining < 0 || (remaining === 0 && input.spent > 0)) return "exceeded";
  if (input.projectedOver) return "projected_to_exceed";
  if (reaches(input.spent, input.available, input.threshold)) return "approaching";
  return "ok";
}

/** Spent as a share of what is available, for display only (never for a decision): one decimal place. */
export const percentOf = (spent: Cents, available: Cents): number | null =>
  available > 0 ? Math.round((spent * 1000) / available) / 10 : null;
