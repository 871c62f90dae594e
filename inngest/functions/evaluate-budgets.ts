// Evaluates the budgets of the months a change affected (a budget or category change, a sync), through the same
// server/ code as the Budgets page, and returns their status. Notifications are sent from this result.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { evaluateBudgetMonths } from "@/server/budgets/budgets";

export const evaluateBudgets = defineFunction(
  {
    id: "evaluate-budgets",
    trigger: { event: "budget/evaluate.requested" },
    concurrency: { key: "event.data.userId", limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    const months = await step.run("evaluate", async () =>
      evaluateBudgetMonths(await getDb(), event.data.userId, event.data.months),
    );
    return { months };
  },
);
