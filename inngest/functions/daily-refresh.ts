// Every morning: one event per connection due a sync, each with a deterministic id so that a retried fan-out
// (or the operator command on the same day) never syncs a connection twice.

import { getDb } from "@/db";
import { defineFunction, type TallyStep } from "@/inngest/define";
import { connectionSyncRequested } from "@/inngest/events";
import { dailySyncEventId, dueConnections } from "@/server/sync/daily";

/** The fan-out, shared with daily-refresh-requested (the operator command's trigger). */
export async function fanOutDailySyncs({ step }: { step: TallyStep }) {
  // Memoized: a retry after midnight still fans out for the day the run started.
  const day = await step.run("pick-day", () => new Date().toISOString().slice(0, 10));
  let after: string | null = null;
  let total = 0;
  for (let page = 0; ; page++) {
    const due: Array<{ connectionId: string; userId: string }> = await step.run(
      `load-due-${page}`,
      async () => dueConnections(await getDb(), { day, after }),
    );
    if (due.length === 0) break;
    await step.sendEvent(
      `fan-out-${page}`,
      due.map((connection) =>
        connectionSyncRequested(
          { connectionId: connection.connectionId, userId: connection.userId, reason: "daily" },
          { id: dailySyncEventId(connection.connectionId, day) },
        ),
      ),
    );
    total += due.length;
    after = due.at(-1)!.connectionId;
  }
  return { day, connections: total };
}

export const dailyRefresh = defineFunction(
  { id: "daily-refresh", trigger: { cron: "0 6 * * *" }, retries: 3 },
  fanOutDailySyncs,
);
