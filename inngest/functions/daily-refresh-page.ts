// One page of one bucket of the daily refresh: a sync event per due connection, at its time of day, then the
// next page. Three steps and one page of state per run, however many connections there are.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { connectionSyncRequested, dailyRefreshPage } from "@/inngest/events";
import { dailySlotSeconds, dailySyncEventId, dueConnections } from "@/server/sync/daily";
import { dailyPageEventId } from "./daily-refresh";

export const dailyRefreshPageFunction = defineFunction(
  { id: "daily-refresh-page", trigger: { event: "sync/daily-refresh.page" }, retries: 3 },
  async ({ event, step }) => {
    const page = event.data;
    const due = await step.run("load-due", async () =>
      dueConnections(await getDb(), {
        day: page.day,
        bucket: page.bucket,
        after: page.after,
        limit: page.pageSize,
      }),
    );
    if (due.length === 0) return { connections: 0 };
    const dayStart = Date.parse(`${page.day}T00:00:00Z`);
    await step.sendEvent(
      "sync",
      due.map((connection) =>
        connectionSyncRequested(
          {
            connectionId: connection.connectionId,
            userId: connection.userId,
            institutionId: connection.institutionId,
            throttleKey: connection.throttleKey,
            reason: "daily",
          },
          {
            id: dailySyncEventId(connection.connectionId, page.day),
            ...(page.spreadSeconds > 0 && {
              ts: dayStart + dailySlotSeconds(connection.connectionId, page.spreadSeconds) * 1000,
            }),
          },
        ),
      ),
    );
    const lastDue = due.at(-1)!;
    const last = lastDue.connectionId;
    if (due.length === page.pageSize) {
      const next = { ...page, after: { userId: lastDue.userId, connectionId: last } };
      await step.sendEvent("next-page", dailyRefreshPage(next, { id: dailyPageEventId(next) }));
    }
    return { connections: due.length, last };
  },
);
