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
