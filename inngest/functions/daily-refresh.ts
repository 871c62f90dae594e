// Every day at 00:00 UTC: plan the day's syncs. One event per bucket of connections starts a chain of pages
// (daily-refresh-page), so no run holds state that grows with the number of users, and each connection's sync
// is scheduled at its own time of day (event `ts`), spread over the 24 hours.

import { defineFunction, type TallyStep } from "@/inngest/define";
import { dailyRefreshPage } from "@/inngest/events";
import { dailyBuckets } from "@/server/sync/daily";

/** Connections per page: one step's result and one step.sendEvent stay far below Inngest's size limits. */
export const DAILY_PAGE_SIZE = 500;
const DAY_SECONDS = 86_400;

/** The fan-out, shared with daily-refresh-requested (the operator command, which syncs at once). */
export async function planDailyRefresh(
  { event, step }: { event: { ts?: number }; step: TallyStep },
  options: { spreadSeconds: number; pageSize?: number },
) {
  // Memoized: a retry after midnight still plans the day the run started.
  const day = await step.run("pick-day", () => new Date(event.ts ?? Date.now()).toISOString().slice(0, 10));
  const pageSize = options.pageSize ?? DAILY_PAGE_SIZE;
  const buckets = dailyBuckets();
  await step.sendEvent(
    "fan-out-buckets",
    buckets.map((bucket) =>
      dailyRefreshPage(
        { day, bucket, after: null, pageSize, spreadSeconds: options.spreadSeconds },
        { id: dailyPageEventId({ day, bucket, after: null, spreadSeconds: options.spreadSeconds }) },
      ),
    ),
  );
  return { day, buckets: buckets.length };
}

/** Deterministic: a retried page, or a second plan the same day, starts no second chain. */
export const dailyPageEventId = (page: {
  day: string;
  bucket: number;
  after: { userId: string; connectionId: string } | null;
  spreadSeconds: number;
}) =>
  `daily-page:${page.day}:${page.spreadSeconds > 0 ? "spread" : "now"}:${page.bucket}:${page.after?.connectionId ?? "start"}`;

export const dailyRefresh = defineFunction(
  { id: "daily-refresh", trigger: { cron: "0 0 * * *" }, retries: 3 },
  (ctx) => planDailyRefresh(ctx, { spreadSeconds: DAY_SECONDS }),
);
