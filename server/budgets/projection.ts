import "server-only";
import type { Cents } from "@/lib/money";

// A single payment at least this share of the budget (rent, a yearly insurance premium, a big purchase) is not a
// pace: it is counted as spent but not extrapolated, so a rent paid on the 1st does not "project" 30 rents.
export const LUMP_SHARE_OF_BUDGET = 0.4;

export type ProjectionInputs = {
  /** Spent so far this month (refunds netted). */
  spent: Cents;
  /** Each payment out so far this month, as positive cents. */
  payments: readonly Cents[];
  /** The budget the pace is judged against (before rollover). */
  budget: Cents;
  /** Today's day of the month (counted as elapsed) and the month's length. */
  day: number;
  daysInMonth: number;
};

export type Projection = { projected: Cents; lumps: Cents; variable: Cents };

/** Spending at month's end at the current pace, counting only the variable part as a pace. */
export function projectMonthEnd(inputs: ProjectionInputs): Projection {
  const lumpFloor = inputs.budget > 0 ? inputs.budget * LUMP_SHARE_OF_BUDGET : Number.POSITIVE_INFINITY;
  const lumps = inputs.payments.filter((cents) => cents >= lumpFloor).reduce((sum, cents) => sum + cents, 0);
  const variable = Math.max(0, inputs.spent - lumps);
  const day = Math.min(Math.max(inputs.day, 1), inputs.daysInMonth);
  const remainingDays = inputs.daysInMonth - day;
  return { projected: inputs.spent + Math.round((variable * remainingDays) / day), lumps, variable };
}

/** The first week's pace says little (one big shop, a fill-up, a yearly fee): no pace is judged before day 8. */
export const FIRST_PROJECTION_DAY = 8;

/**
 * How far over the budget the projection must be before Tally calls it, in percent of the budget: 5% plus up
 * to 15% more the earlier in the month it is. What is left to spend is the uncertain part of a projection, so
 * the margin shrinks with the days left: on day 8 of 30 a projection must be 16% over, on day 29 about 5.5%.
 */
const BASE_MARGIN_PERCENT = 5n;
const EARLY_MARGIN_PERCENT = 15n;

/**
 * The one rule for "on pace to go over", shared by the Budgets page's status and the notification: after the
 * first week, while the budget is not yet used up, when the month-end projection passes the budget by the
 * margin above. Once spending has reached the budget, "exceeded" says more than a projection could.
 */
export function isConfidentlyProjectedOver(input: {
  projected: Cents | null;
  /** What is available this month (the budget with any rollover). */
  budget: Cents;
  spent: Cents;
  day: number;
  daysInMonth: number;
}): boolean {
  // On the month's last day nothing is left to project: what was spent is the month.
  if (input.projected === null || input.day < FIRST_PROJECTION_DAY || input.day >= input.daysInMonth)
    return false;
  if (input.budget <= 0 || input.spent >= input.budget) return false;
  const days = BigInt(input.daysInMonth);
  const left = BigInt(input.daysInMonth - input.day);
  // projected / budget ≥ 1 + (5 + 15 × left / days) / 100, multiplied out to stay in integers.
  const projected = BigInt(input.projected) * 100n * days;
  const required = BigInt(input.budget) * ((100n + BASE_MARGIN_PERCENT) * days + EARLY_MARGIN_PERCENT * left);
  return projected >= required;
}
