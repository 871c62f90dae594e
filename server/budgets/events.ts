import "server-only";
import type { Database } from "@/db";
import { budgetEvaluateRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { currentMonth, laterMonth, monthRange, shiftMonth } from "@/lib/months";

// How a write asks for the affected months' budgets to be evaluated (the job in
// inngest/functions/evaluate-budget-notifications.ts, which records the notices it calls for).
//
// Every caller passes its own transaction: the request is an outbox row that commits (or not) with the write.

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
  tx: Database,
  userId: string,
  months: readonly string[],
  options: { id?: string } = {},
): Promise<void> {
  if (months.length === 0) return;
  await enqueueEvents(tx, budgetEvaluateRequested({ userId, months: [...new Set(months)].sort() }, options));
}

/**
 * After a sync or a statement import: the months from the earliest transaction it could have brought (the
 * first day asked of the bank, or the file's earliest row) to now. The sync id makes a retried step a no-op.
 */
export async function requestBudgetEvaluationAfterSync(
  tx: Database,
  input: {
    userId: string;
    syncId: string;
    since: string | null;
  },
): Promise<void> {
  const now = currentMonth();
  await requestBudgetEvaluation(tx, input.userId, monthsToEvaluate((input.since ?? now).slice(0, 7), now), {
    id: `budget-evaluate:sync:${input.syncId}`,
  });
}
