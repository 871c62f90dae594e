// One batch of the seller re-key: rules, choices and crowd votes keyed by an older normalizer move to the key their
// sample text reads into now (server/categorize/rekey.ts), then the next batch is asked for while any are left.
// One batch at a time: two would only contend for the same rows.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { rekeyRequested } from "@/inngest/events";
import { rekeyStaleSellerRows } from "@/server/categorize/rekey";

export const rekeySellers = defineFunction(
  {
    id: "rekey-sellers",
    trigger: { event: "categorize/rekey.requested" },
    concurrency: { key: "event.data.version", limit: 1 },
    retries: 5,
  },
  async ({ event, step }) => {
    const { version, chain, batch } = event.data;
    const result = await step.run("rekey", async () => rekeyStaleSellerRows(await getDb(), { version }));
    if (!result.done)
      await step.sendEvent("next-batch", rekeyRequested({ version, chain, batch: batch + 1 }));
    return result;
  },
);
