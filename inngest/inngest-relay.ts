// The outbox relay when jobs run on an Inngest server: rows go to Inngest's event API with their row id as the
// event id. It runs in three places, so that delivery never depends on one process staying alive (a serverless
// host freezes a process between requests): right after a write in the writing process (a kick), on a timer
// in a long-running server, and every minute as the relay-outbox cron function, which Inngest invokes. On a
// serverless host there is no timer (a frozen instance runs none): a write's events are relayed once its
// response has been sent, while the platform keeps the function alive for it (Next's `after`).

import { after } from "next/server";
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

const afterWriteGlobal = globalThis as unknown as { __tallyRelayAfterWrite?: () => void };

/**
 * For a serverless host: after each request that wrote outbox rows, relay them (its transaction has committed
 * by the time the response is sent). Outside a request (a script) the relay runs at once and again shortly
 * after, for a transaction still open. Returns the function that stops it.
 */
export function relayAfterEachWrite(options: { log: JobLog }): () => void {
  if (afterWriteGlobal.__tallyRelayAfterWrite) return afterWriteGlobal.__tallyRelayAfterWrite;
  const relay = async () => {
    try {
      const { failed } = await relayToInngest({ maxBatches: 1 });
      if (failed > 0) options.log.warn(`[jobs] Inngest refused ${failed} event(s); they stay in the outbox`);
    } catch (error) {
      options.log.warn("[jobs] could not relay the outbox after a write; the relay-outbox cron will", {
        err: error instanceof Error ? error : String(error),
      });
    }
  };
  const unsubscribe = onOutboxWrite(() => {
    try {
      after(relay);
    } catch {
      // `after` exists only inside a request.
      void relay();
      setTimeout(() => void relay(), 500).unref?.();
    }
  });
  afterWriteGlobal.__tallyRelayAfterWrite = () => {
    unsubscribe();
    afterWriteGlobal.__tallyRelayAfterWrite = undefined;
  };
  return afterWriteGlobal.__tallyRelayAfterWrite;
}
