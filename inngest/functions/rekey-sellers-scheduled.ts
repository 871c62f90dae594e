// Every hour: when a release raised the seller-key version and rules, choices or votes are still keyed by an older
// one, start the re-key chain (rekey-sellers). One indexed probe per table when there is nothing to do; the hour in
// the chain's id makes a repeated tick start nothing twice.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { rekeyRequested } from "@/inngest/events";
import { SELLER_KEY_VERSION } from "@/server/categorize/normalize";
import { hasStaleSellerRows } from "@/server/categorize/rekey";

export const rekeySellersScheduled = defineFunction(
  { id: "rekey-sellers-scheduled", trigger: { cron: "23 * * * *" }, retries: 3 },
  async ({ event, step }) => {
    // Memoized: a retry in the next hour still names the hour the run started.
    const hour = await step.run("pick-hour", () =>
      new Date(event.ts ?? Date.now()).toISOString().slice(0, 13),
    );
    const stale = await step.run("find-stale", async () =>
      hasStaleSellerRows(await getDb(), SELLER_KEY_VERSION),
    );
    if (!stale) return { started: false };
    await step.sendEvent("start", rekeyRequested({ version: SELLER_KEY_VERSION, chain: hour, batch: 0 }));
    return { started: true };
  },
);
