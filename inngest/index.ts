// Every Inngest function Tally runs, served by app/api/inngest/route.ts and run in-process by the embedded
// runner (inngest/embedded/boot.ts) when no Inngest server is configured.

import type { TallyFunction } from "@/inngest/define";
import { checkSpendingAggregate } from "@/inngest/functions/check-spending-aggregate";
import { dailyRefresh } from "@/inngest/functions/daily-refresh";
import { dailyRefreshPageFunction } from "@/inngest/functions/daily-refresh-page";
import { dailyRefreshRequested } from "@/inngest/functions/daily-refresh-requested";
import { deliverNotificationEmail } from "@/inngest/functions/deliver-notification-email";
import { evaluateBudgetNotifications } from "@/inngest/functions/evaluate-budget-notifications";
import { importStatement } from "@/inngest/functions/import-statement";
import { purgeStatements } from "@/inngest/functions/purge-statements";
import { recomputeSpending } from "@/inngest/functions/recompute-spending";
import { recountCrowd } from "@/inngest/functions/recount-crowd";
import { recoverStrandedSyncs } from "@/inngest/functions/recover-stranded-syncs";
import { rekeySellers } from "@/inngest/functions/rekey-sellers";
import { rekeySellersScheduled } from "@/inngest/functions/rekey-sellers-scheduled";
import { relayOutboxFunction } from "@/inngest/functions/relay-outbox";
import { syncConnection } from "@/inngest/functions/sync-connection";

/** What the embedded runner runs. */
export const embeddedFunctions: TallyFunction[] = [
  syncConnection,
  importStatement,
  dailyRefresh,
  dailyRefreshRequested,
  dailyRefreshPageFunction,
  recomputeSpending,
  evaluateBudgetNotifications,
  deliverNotificationEmail,
  checkSpendingAggregate,
  recoverStrandedSyncs,
  purgeStatements,
  recountCrowd,
  rekeySellersScheduled,
  rekeySellers,
];

/** What an Inngest server runs: the same, plus the outbox relay (the embedded runner relays by itself). */
export const functions: TallyFunction[] = [...embeddedFunctions, relayOutboxFunction];
