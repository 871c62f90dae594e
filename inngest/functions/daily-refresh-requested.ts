// The daily refresh on demand (`npm run sync:daily`), through the same fan-out as the cron.

import { defineFunction } from "@/inngest/define";
import { fanOutDailySyncs } from "./daily-refresh";

export const dailyRefreshRequested = defineFunction(
  { id: "daily-refresh-requested", trigger: { event: "sync/daily-refresh.requested" }, retries: 3 },
  fanOutDailySyncs,
);
