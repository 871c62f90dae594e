// Syncs one connection in three steps: claim the sync; fetch every account's statement in one request (the raw
// answer kept); import each account's and record the outcome.
// One run per connection at a time, throttled per bank; failed steps are retried with backoff and completed
// steps are not redone.

import { NonRetriableError } from "inngest";
import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import {
  beginConnectionSync,
  failConnectionSync,
  fetchConnectionStatements,
  finishConnectionSync,
  importConnectionStatements,
  isPermanentSyncError,
  syncErrorMessage,
} from "@/server/sync/connection-sync";
import { StatementRejectedError } from "@/server/sync/errors";
import { syncIdForEvent } from "@/server/sync/syncs";

export const syncConnection = defineFunction(
  {
    id: "sync-connection",
    trigger: { event: "connection/sync.requested" },
    concurrency: { key: "event.data.connectionId", limit: 1 },
    // A bank sees at most 5 sync starts a second from Tally (20 at once after a lull). The daily refresh
    // spreads its syncs over the day, so this only holds back bursts: 432,000 syncs a day per bank fit.
    // The key names the bank's server (syncThrottleKey); the Demo Bank, Tally's own code, is not held back.
    throttle: { key: "event.data.throttleKey", limit: 300, period: "1m", burst: 20 },
    retries: 4,
    onFailure: async ({ event, error }) => {
      const data = event.data.event.data;
      if (data)
        await failConnectionSync(
          await getDb(),
          { userId: data.userId, syncId: data.syncId, connectionId: data.connectionId },
          error,
        );
    },
  },
  async ({ event, step }) => {
    // A daily sync is created by this step; its id comes from the event, so that a retry of a step that
    // created it and then failed picks it up rather than leaving it running, blocking the connection.
    const newSyncId =
      event.data.syncId || event.id === undefined || event.ts === undefined
        ? undefined
        : syncIdForEvent({ id: event.id, ts: event.ts });
    const plan = await step.run("begin", async () =>
      beginConnectionSync(await getDb(), { ...event.data, newSyncId }),
    );
    if (!plan) return { skipped: true };
    // One request for every account (one sign-on at the bank); a connection without accounts asks nothing.
    if (plan.accounts.length > 0) {
      const fetched = await step.run("fetch", async () => {
        try {
          return await fetchConnectionStatements(await getDb(), plan);
        } catch (error) {
          // A refused login will be refused again: tell the user now instead of retrying (and risking a lockout).
          if (isPermanentSyncError(error))
            throw new NonRetriableError(syncErrorMessage(error), { cause: error });
          throw error;
        }
      });
      // Every account's import (each its own transaction, none done twice on a retry), then the outcome.
      return step.run("import", async () => {
        const db = await getDb();
        const { rejected } = await importConnectionStatements(db, plan, fetched);
        if (rejected.length > 0) {
          // The other accounts' statements are stored; the sync fails once, saying which one was refused and why.
          const sync = { userId: plan.userId, syncId: plan.syncId, connectionId: plan.connectionId };
          await failConnectionSync(db, sync, new StatementRejectedError(rejected.join(" ")));
          return { syncId: plan.syncId, rejected: rejected.length };
        }
        return outcome(await finishConnectionSync(db, plan));
      });
    }
    return outcome(await step.run("finish", async () => finishConnectionSync(await getDb(), plan)));
  },
);

function outcome(sync: { id: string; imported: number; duplicates: number } | null) {
  return sync ? { syncId: sync.id, imported: sync.imported, duplicates: sync.duplicates } : { skipped: true };
}
