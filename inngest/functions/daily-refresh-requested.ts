// The daily refresh on demand (`npm run sync:daily`): the same pages as the cron, with every sync due now.

import { defineFunction } from "@/inngest/define";
import { planDailyRefresh } from "./daily-refresh";

export const dailyRefreshRequested = defineFunction(
  { id: "daily-refresh-requested", trigger: { event: "sync/daily-refresh.requested" }, retries: 3 },
  (ctx) => planDailyRefresh(ctx, { spreadSeconds: 0, pageSize: ctx.event.data.pageSize }),
);
