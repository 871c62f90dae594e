import "server-only";
import type { Cents } from "@/lib/money";
import { shiftMonth } from "@/lib/months";

export type RolloverHistory = {
  /** The month's budget before rollover, or null when the category had none that month. */
  budgetIn: (month: string) => Cents | null;
  spentIn: (month: string) => Cents;
  /** Whether the month takes in what was left (or overspent) at the end of the month before. */
  rolloverIn: (month: string) => boolean;
  /** The earliest month with rollover on, or null when it never was: where carrying starts. */
  firstRolloverMonth: string | null;
};

/**
 * What carries into `month`: the previous month's budget plus what it carried in, less what was spent. Overspending
 * carries too, as a negative amount, so it never silently disappears. A month without a budget passes nothing on;
 * a month with rollover off takes nothing in. Walks forward from the first month rollover was on, so it crosses
 * year boundaries like any other month.
 */
export function carryInto(month: string, history: RolloverHistory): Cents {
  const first = history.firstRolloverMonth;
  if (!first || first > month) return 0;
  let carried = 0; // into the month before `first`: nothing, as rollover was off everywhere before it
  for (let current = first; current <= month; current = shiftMonth(current, 1)) {
    const previous = shiftMonth(current, -1);
    const previousBudget = history.budgetIn(previous);
    const leftover = previousBudget === null ? 0 : previousBudget + carried - history.spentIn(previous);
    carried = history.rolloverIn(current) ? leftover : 0;
  }
  return carried;
}
