import "server-only";
import type { Cents } from "@/lib/money";
import { isConfidentlyProjectedOver as isProjectedOver } from "@/server/budgets/projection";
import {
  budgetApproachingText,
  budgetExceededText,
  budgetProjectedText,
  type Calendar,
} from "./budget-texts";

// Which budget notifications are due, decided from plain numbers: no database, no clock of its own. The
// budgets domain computes each category's status; this file only decides what is worth telling.

/** One budgeted category's standing in a month, as the budgets domain computes it. */
export type BudgetStatusInput = {
  categoryId: string;
  categoryName: string;
  /** ISO 4217 code the amounts are in (the category's, i.e. its accounts' currency). */
  currency: string;
  /** YYYY-MM */
  month: string;
  /** Net spending so far this month (refunds netted), in cents. */
  spentCents: Cents;
  /** The month's budget including any rollover, in cents. Never negative. */
  budgetCents: Cents;
  /** Where the month is headed at the current pace (the variable part projected, fixed payments as they are). */
  projectedCents: Cents | null;
  /** The month's own budget before rollover, when it differs from budgetCents. */
  plannedCents?: Cents;
  /** What rollover brought in from the month before: left over (positive) or overspent (negative). */
  carriedCents?: Cents;
};

export type BudgetNotificationKind = "budget_approaching" | "budget_exceeded" | "budget_projected";

export type BudgetNotificationDraft = {
  kind: BudgetNotificationKind;
  categoryId: string;
  /** YYYY-MM */
  month: string;
  /** Percent of the budget for approaching/exceeded; null for projected. */
  threshold: number | null;
  title: string;
  body: string;
};

export const DEFAULT_THRESHOLDS = [80, 100] as const;

/** The once-only key of the one notice a budget of zero gets: "over budget" is the 100% mark. */
const ZERO_BUDGET_THRESHOLD = 100;

/**
 * The notifications due for these statuses on `today` (YYYY-MM-DD in the user's time zone), in the order they
 * should be listed: per category, each threshold crossed from the lowest, then the projection. Only the month
 * under way is considered: a closed month is past acting on (a late posting in it is shown on the Budgets page,
 * not notified). A budget of zero gets a single "over" notice. Whether a notice was already sent is not decided
 * here: the database's unique key makes a repeat a no-op, so this may return notices that already exist.
 */
export function dueBudgetNotifications(
  statuses: readonly BudgetStatusInput[],
  options: { thresholds: readonly number[]; today: string },
): BudgetNotificationDraft[] {
  const calendar = calendarFor(options.today);
  const thresholds = [...new Set(options.thresholds)].filter((t) => t > 0).sort((a, b) => a - b);
  const drafts: BudgetNotificationDraft[] = [];
  for (const status of statuses) {
    if (status.month !== calendar.month) continue;
    if (status.budgetCents === 0) {
      // Every percentage of nothing is nothing, so the first cent passes every threshold at once: telling each
      // would say "over" (or "passed 80%", then "over") several times for one fact. A budget of zero gets one
      // notice, under the 100% key whatever the thresholds are, so changing them later does not tell it again.
      if (status.spentCents > 0) {
        drafts.push({
          kind: "budget_exceeded",
          categoryId: status.categoryId,
          month: status.month,
          threshold: ZERO_BUDGET_THRESHOLD,
          ...budgetExceededText(status, calendar),
        });
      }
      continue;
    }
    for (const threshold of thresholds) {
      if (!hasReached(status, threshold)) continue;
      const kind = threshold < 100 ? "budget_approaching" : "budget_exceeded";
      const text =
        kind === "budget_approaching"
          ? budgetApproachingText(status, calendar, threshold)
          : budgetExceededText(status, calendar, threshold);
      drafts.push({ kind, categoryId: status.categoryId, month: status.month, threshold, ...text });
    }
    if (isConfidentlyProjectedOver(status, calendar)) {
      drafts.push({
        kind: "budget_projected",
        categoryId: status.categoryId,
        month: status.month,
        threshold: null,
        ...budgetProjectedText(status, calendar),
      });
    }
  }
  return drafts;
}

/** Spending at or above `threshold` percent of the budget, in exact integer arithmetic. */
export function hasReached(status: Pick<BudgetStatusInput, "spentCents" | "budgetCents">, threshold: number) {
  // Nothing spent (or refunds exceeding purchases) reaches nothing, even against a budget of zero.
  if (status.spentCents <= 0) return false;
  return BigInt(status.spentCents) * 100n >= BigInt(threshold) * BigInt(status.budgetCents);
}

/** The budgets domain's rule for "on pace to go over" (server/budgets/projection.ts), on a notice's numbers. */
export function isConfidentlyProjectedOver(status: BudgetStatusInput, calendar: Calendar): boolean {
  if (status.month !== calendar.month) return false;
  return isProjectedOver({
    projected: status.projectedCents,
    budget: status.budgetCents,
    spent: status.spentCents,
    day: calendar.day,
    daysInMonth: calendar.daysInMonth,
  });
}

/** Where `today` (YYYY-MM-DD) falls in its month. */
export function calendarFor(today: string): Calendar {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!match) throw new Error(`Not a date: ${today}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return {
    month: `${year}-${month}`,
    day: Number(day),
    daysInMonth,
    daysLeft: daysInMonth - Number(day),
  };
}
