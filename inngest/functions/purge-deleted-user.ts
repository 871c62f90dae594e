// A user deleted their account: their raw statements leave the object store. The deletion's transaction asked
// for this run, so it happens even when the process stopped right after the user's row went.

import { defineFunction } from "@/inngest/define";
import { purgeDeletedUserFiles } from "@/server/identity/delete-account";

export const purgeDeletedUser = defineFunction(
  { id: "purge-deleted-user", trigger: { event: "user/deleted" }, retries: 5 },
  async ({ event, step }) => {
    const removed = await step.run("remove-statements", async () => purgeDeletedUserFiles(event.data.userId));
    return { removed };
  },
);
