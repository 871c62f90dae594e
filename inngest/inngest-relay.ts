// The outbox relay when jobs run on an Inngest server: rows go to Inngest's event API with their row id as the
// event id. It runs in three places, so that delivery never depends on one process staying alive (a serverless
// host freezes a process between requests): right after a write in the writing process (a kick), on a timer
// in a long-running server, and every minute as the relay-outbox cron function, which Inngest invokes.

import { getDb } from "@/db";
import { sendToInngest } from "@/inngest/client";
import type { JobLog } from "@/inngest/log";
import { createLoop, type Loop } from "@/inngest/loop";
import { onOutboxWrite } from "@/inngest/outbox";
import { type OutboxDelivery, type RelayOptions, relayOutbox } from "@/inngest/relay";

export const inngestDelivery: OutboxDelivery = { kind: "remote", send: sendToInngest };

/** Delivers every due outbox row to Inngest now. */
export async function relayToInngest(options: RelayOptions & { maxBatches?: number } = {}) {
  return relayOutbox(await getDb(), inngestDelivery, options);
}

const relayGlobal = globalThis as unknown as { __tallyInngestRelay?: Loop };

/** Starts this process's relay loop (once per process): kicked by outbox writes, and every `intervalMs`. */
export function startInngestRelay(options: { log: JobLog; intervalMs?: number }): Loop {
  if (relayGlobal.__tallyInngestRelay) return relayGlobal.__tallyInngestRelay;
  const loop = createLoop(
    "outbox relay",
    async () => {
      const { delivered, failed } = await relayToInngest({ maxBatches: 1 });
      if (failed > 0) options.log.warn(`[jobs] Inngest refused ${failed} event(s); they stay in the outbox`);
      return delivered > 0;
    },
    { intervalMs: options.intervalMs ?? 5000, log: options.log },
  );
  onOutboxWrite(() => loop.kick());
  loop.start();
  relayGlobal.__tallyInngestRelay = loop;
  return loop;
}
