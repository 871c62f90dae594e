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

/**
 * Going over budget is always told, whatever percentages the user chose: Tally's promise is to tell when a
 * category approaches or exceeds its budget. The user's percentages under 100 are the warnings before it; the
 * ones above 100 are further marks past it. A budget of zero gets its one notice under this key as well.
 */
export const OVER_BUDGET_THRESHOLD = 100;

/** The percentages notices are told at: the user's (each once, lowest first) and always 100. */
export function noticeThresholds(userThresholds: readonly number[]): number[] {
  return [...new Set([...userThresholds, OVER_BUDGET_THRESHOLD])].filter((t) => t > 0).sort((a, b) => a - b);
}

/**
 * The notifications due for these statuses on `today` (YYYY-MM-DD in the user's time zone): per category, the
 * highest threshold reached, then the projection. One purchase that passes 80% and 100% at once is one fact,
 * "over budget", not two notices. Only the month under way is considered: a closed month is past acting on (a
 * late posting in it is shown on the Budgets page, not notified). A budget of zero gets a single "over" notice.
 * What was already told is not decided here: storing a draft skips it when the database holds a notice for the
 * same category and month at that threshold or higher (see isSupersededBy), so this may return notices that
 * will not be told.
 */
export function dueBudgetNotifications(
  statuses: readonly BudgetStatusInput[],
  options: { thresholds: readonly number[]; today: string },
): BudgetNotificationDraft[] {
  const calendar = calendarFor(options.today);
  const thresholds = noticeThresholds(options.thresholds);
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
          threshold: OVER_BUDGET_THRESHOLD,
          ...budgetExceededText(status, calendar),
        });
      }
      continue;
    }
    const highest = thresholds.filter((threshold) => hasReached(status, threshold)).at(-1);
    if (highest !== undefined) {
      const kind = highest < OVER_BUDGET_THRESHOLD ? "budget_approaching" : "budget_exceeded";
      const text =
        kind === "budget_approaching"
          ? budgetApproachingText(status, calendar)
          : budgetExceededText(status, calendar, highest);
      drafts.push({ kind, categoryId: status.categoryId, month: status.month, threshold: highest, ...text });
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

/** A budget notice already told: what its once-only key says about it. */
export type ToldBudgetNotice = Pick<BudgetNotificationDraft, "categoryId" | "month" | "threshold">;

/**
 * Whether a notice already told for the same category and month makes this draft say less than the user knows.
 * A threshold is never told after one at least as high ("passed 80%" after "over budget", when a refund or a
 * raised budget brings spending back down), and "on pace to go over" is never told once "over" was. A lower
 * threshold told earlier does not stop a higher one: that is the news.
 */
export function isSupersededBy(draft: ToldBudgetNotice, told: readonly ToldBudgetNotice[]): boolean {
  const floor = draft.threshold ?? OVER_BUDGET_THRESHOLD;
  return told.some(
    (notice) =>
      notice.categoryId === draft.categoryId &&
      notice.month === draft.month &&
      notice.threshold !== null &&
      notice.threshold >= floor,
  );
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
