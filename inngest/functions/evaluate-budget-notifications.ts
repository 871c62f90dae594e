// Decides which budget notices are due for a user after their budgets or spending changed, records them once
// each, with their e-mails asked for in the same transaction. Debounced per user: a sync that touches many months, or a burst of budget
// edits, is evaluated once when things settle.

import { getDb } from "@/db";
import { defineFunction, type TallyFunction } from "@/inngest/define";
import { type BudgetStatusLoader, loadBudgetStatuses } from "@/server/notifications/budget-statuses";
import { evaluateBudgetNotificationsNow } from "@/server/notifications/evaluate";

/** The function over a given source of budget statuses (tests pass their own; the app passes the budgets'). */
export function defineEvaluateBudgetNotifications(loadStatuses: BudgetStatusLoader): TallyFunction {
  return defineFunction(
    {
      id: "evaluate-budget-notifications",
      trigger: { event: "budget/evaluate.requested" },
      // Quiet for 20 s, or at most 2 min after the first request: "not instantly, but reliably".
      debounce: { key: "event.data.userId", period: "20s", timeout: "2m" },
      // Evaluations of one user never overlap (the unique key would absorb it, but there is no need to race).
      concurrency: { key: "event.data.userId", limit: 1 },
      retries: 3,
    },
    async ({ event, step }) => {
      const userId = event.data.userId;
      const created = await step.run("evaluate", async () =>
        (await evaluateBudgetNotificationsNow(await getDb(), userId, loadStatuses)).map((row) => row.id),
      );
      return { created: created.length };
    },
  );
}

export const evaluateBudgetNotifications = defineEvaluateBudgetNotifications(loadBudgetStatuses);
