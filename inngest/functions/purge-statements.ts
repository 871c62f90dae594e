// A user, a bank connection or a manual account was removed: its raw statements leave the object store. The
// removal's transaction asked for this run, so it happens even when the store failed then or the process stopped
// right after the rows went.

import { defineFunction } from "@/inngest/define";
import { purgeStatements as purge } from "@/server/storage/purge";

export const purgeStatements = defineFunction(
  { id: "purge-statements", trigger: { event: "statements/purge.requested" }, retries: 5 },
  async ({ event, step }) => {
    const removed = await step.run("remove", async () => purge(event.data));
    return { removed };
  },
);
