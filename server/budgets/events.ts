import "server-only";
import { sendEvents } from "@/inngest/client";
import { budgetEvaluateRequested } from "@/inngest/events";
import { currentMonth, laterMonth, monthRange, shiftMonth } from "@/lib/months";

// How a write asks for the affected months' budgets to be evaluated (the job in
// inngest/functions/evaluate-budget-notifications.ts, which records the notices it calls for).
//
// OUTBOX: every caller sends right after its write commits, through this one function. When the jobs work
// lands (enqueueEvents(tx, events) in inngest/outbox.ts), this becomes an outbox row in the writer's transaction.

/** Older months cannot warn anyone any more: a change further back is evaluated from here on. */
export const EVALUATION_MONTHS_BACK = 12;

/** The months from `first` to the current month, at most a year back; none when `first` is in the future. */
export function monthsToEvaluate(first: string, currentMonth: string): string[] {
  const oldest = shiftMonth(currentMonth, -EVALUATION_MONTHS_BACK);
  return monthRange(laterMonth(first, oldest), currentMonth);
}

/**
 * Emits `budget/evaluate.requested`. `id` makes a repeat of the same write (a retried sync step) a no-op; a
 * user's budget changes go without one, since evaluating twice is harmless and two equal changes are both real.
 */
export async function requestBudgetEvaluation(
  userId: string,
  months: readonly string[],
  options: { id?: string } = {},
): Promise<void> {
  if (months.length === 0) return;
  await sendEvents(budgetEvaluateRequested({ userId, months: [...new Set(months)].sort() }, options));
}

/**
 * After a sync or a statement import: the months from the earliest transaction it could have brought (the
 * first day asked of the bank, or the file's earliest row) to now. The sync id makes a retried step a no-op.
 */
export async function requestBudgetEvaluationAfterSync(input: {
  userId: string;
  syncId: string;
  since: string | null;
}): Promise<void> {
  const now = currentMonth();
  await requestBudgetEvaluation(input.userId, monthsToEvaluate((input.since ?? now).slice(0, 7), now), {
    id: `budget-evaluate:sync:${input.syncId}`,
  });
}
