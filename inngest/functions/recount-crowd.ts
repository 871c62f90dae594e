// Recounts the crowd's answers for sellers that lost votes (a voter deleted their account), so the crowd never
// counts someone who left. Asked for in the same transaction as the change that removed the votes.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { refreshCrowdTops } from "@/server/categorize/votes";

export const recountCrowd = defineFunction(
  { id: "recount-crowd", trigger: { event: "crowd/recount.requested" }, retries: 5 },
  async ({ event, step }) => {
    await step.run("recount", async () => refreshCrowdTops(await getDb(), event.data.sellerKeys));
    return { sellers: event.data.sellerKeys.length };
  },
);
