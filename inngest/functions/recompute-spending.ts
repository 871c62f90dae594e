// Rebuilds a user's monthly spending aggregate for the given months from the transactions. The app no longer
// sends this (every change moves the aggregate in its own transaction); it stays as an operator's repair tool.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { budgetEvaluateRequested } from "@/inngest/events";
import { rebuildAggregate } from "@/server/spending/aggregate";

export const recomputeSpending = defineFunction(
  {
    id: "recompute-spending",
    trigger: { event: "spending/recompute.requested" },
    concurrency: { key: "event.data.userId", limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    const { driftRows } = await step.run("recompute", async () =>
      rebuildAggregate(await getDb(), event.data.userId, event.data.months),
    );
    // A rebuild that changed figures reaches the budgets (a memoized step: sent once).
    if (event.data.months.length > 0)
      await step.sendEvent(
        "evaluate-budgets",
        budgetEvaluateRequested({ userId: event.data.userId, months: event.data.months }),
      );
    return { months: event.data.months.length, driftRows };
  },
);
