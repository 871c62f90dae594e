// Every night: rebuild the monthly aggregate of each user whose transactions changed since the last run,
// compare it with the stored one, repair and count any difference (server/spending/drift.ts). Drift must stay 0.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { changedSince, checkChangedUsers, recordAggregateCheck } from "@/server/spending/drift";

export const checkSpendingAggregate = defineFunction(
  { id: "check-spending-aggregate", trigger: { cron: "30 5 * * *" }, retries: 3 },
  async ({ step, logger }) => {
    // Memoized, so a retry keeps the window and the start time of the first attempt.
    const startedAt = await step.run("pick-start", () => new Date().toISOString());
    const since = await step.run("since", async () => changedSince(await getDb()));
    let after: string | null = null;
    let usersChecked = 0;
    let driftRows = 0;
    for (let page = 0; ; page++) {
      const checked = await step.run(`check-${page}`, async () =>
        checkChangedUsers(await getDb(), { since, after }),
      );
      if (checked.users === 0) break;
      usersChecked += checked.users;
      driftRows += checked.driftRows;
      for (const row of checked.drift) {
        logger.warn("Monthly aggregate drift repaired", row);
      }
      after = checked.lastUserId;
    }
    await step.run("record", async () =>
      recordAggregateCheck(await getDb(), { startedAt, usersChecked, driftRows }),
    );
    return { usersChecked, driftRows };
  },
);
