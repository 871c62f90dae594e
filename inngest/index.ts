// Every Inngest function Tally runs, served by app/api/inngest/route.ts and run in-process by the embedded
// runner (inngest/embedded/boot.ts) when no Inngest server is configured.

import type { TallyFunction } from "@/inngest/define";
import { checkSpendingAggregate } from "@/inngest/functions/check-spending-aggregate";
import { dailyRefresh } from "@/inngest/functions/daily-refresh";
import { dailyRefreshRequested } from "@/inngest/functions/daily-refresh-requested";
import { importStatement } from "@/inngest/functions/import-statement";
import { recomputeSpending } from "@/inngest/functions/recompute-spending";
import { syncConnection } from "@/inngest/functions/sync-connection";

export const functions: TallyFunction[] = [
  syncConnection,
  importStatement,
  dailyRefresh,
  dailyRefreshRequested,
  recomputeSpending,
  checkSpendingAggregate,
];
