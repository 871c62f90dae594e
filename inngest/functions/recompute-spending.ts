// Rebuilds a user's monthly spending aggregate for months whose transactions changed category.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { budgetEvaluateRequested } from "@/inngest/events";
import { recomputeMonths } from "@/server/spending/aggregate";

export const recomputeSpending = defineFunction(
  {
    id: "recompute-spending",
    trigger: { event: "spending/recompute.requested" },
    concurrency: { key: "event.data.userId", limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    await step.run("recompute", async () =>
      recomputeMonths(await getDb(), event.data.userId, event.data.months),
    );
    // The category change reaches the budgets once the aggregate is rebuilt (a memoized step: sent once).
    if (event.data.months.length > 0)
      await step.sendEvent(
        "evaluate-budgets",
        budgetEvaluateRequested({ userId: event.data.userId, months: event.data.months }),
      );
    return { months: event.data.months.length };
  },
);
