// Every hour: syncs left unfinished for hours (their run lost) are handed out again, so that a connection is
// never blocked for good by a sync that will not finish. The app also does this when it starts.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { resumeUnfinishedSyncs, STRANDED_SYNC_AGE_MS } from "@/server/sync/refresh";

export const recoverStrandedSyncs = defineFunction(
  { id: "recover-stranded-syncs", trigger: { cron: "20 * * * *" }, retries: 3 },
  async ({ step, logger }) => {
    const resumed = await step.run("resume", async () =>
      resumeUnfinishedSyncs(await getDb(), new Date(Date.now() - STRANDED_SYNC_AGE_MS)),
    );
    if (resumed > 0) logger.warn(`Re-queued ${resumed} syncs left unfinished for over six hours`);
    return { resumed };
  },
);
