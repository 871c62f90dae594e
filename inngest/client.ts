// The one Inngest client, and the direct way to send events. Ground floor of the jobs layer: it imports
// nothing from server/. Domain writes emit their events through the outbox (inngest/outbox.ts); `sendEvents`
// is for scripts and tests, which send outside any write.
//
// With an Inngest server configured (INNGEST_DEV, INNGEST_BASE_URL or INNGEST_EVENT_KEY; see env.ts) events go
// to it. Otherwise the embedded runner (inngest/embedded/) runs the same function definitions in-process.

import { Inngest } from "inngest";
import { env, jobsMode } from "@/env";
import { type TallyEvent, validateEvent } from "@/inngest/events";

/** An unanswered Inngest endpoint must not hang a user's request (STACK-NOTES: `send` can wait forever). */
const SEND_TIMEOUT_MS = 10_000;
/** `inngest.send` retries a failed request up to 5 times; this bounds the whole call, retries included. */
const SEND_DEADLINE_MS = 15_000;

const fetchWithTimeout: typeof fetch = (input, init) => {
  const timeout = AbortSignal.timeout(SEND_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return globalThis.fetch(input, { ...init, signal });
};

// INNGEST_DEV is "1"/"true" or the Dev Server's URL (dev mode: no signing key, local server); "0"/"false"
// means cloud mode. Unset, the SDK decides (cloud), and tests can still switch modes with setEnvVars.
const devSetting = env.INNGEST_DEV;
const isDev = devSetting === undefined ? undefined : devSetting !== "0" && devSetting !== "false";
const devUrl = isDev && devSetting && /^https?:\/\//.test(devSetting) ? devSetting : undefined;

export const inngest = new Inngest({
  id: "tally",
  ...(isDev !== undefined && { isDev }),
  baseUrl: env.INNGEST_BASE_URL ?? devUrl,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  fetch: fetchWithTimeout,
});

/** What the embedded runner exposes to `sendEvents`. Registered by inngest/embedded/boot.ts. */
export type EmbeddedDispatcher = (events: TallyEvent[]) => Promise<unknown>;

// Next can evaluate this module more than once per process (instrumentation and route bundles, dev reloads);
// the dispatcher is process-wide, so it lives on globalThis.
const jobsGlobal = globalThis as unknown as { __tallyEmbeddedDispatcher?: EmbeddedDispatcher };

export function registerEmbeddedDispatcher(dispatcher: EmbeddedDispatcher | undefined): void {
  jobsGlobal.__tallyEmbeddedDispatcher = dispatcher;
}

async function embeddedDispatcher(): Promise<EmbeddedDispatcher> {
  if (!jobsGlobal.__tallyEmbeddedDispatcher) {
    // Dynamic: boot imports the function list, whose files import server/, which imports this file.
    const { getEmbeddedRunner } = await import("@/inngest/embedded/boot");
    getEmbeddedRunner();
  }
  const dispatcher = jobsGlobal.__tallyEmbeddedDispatcher;
  if (!dispatcher) throw new Error("The embedded job runner did not register a dispatcher");
  return dispatcher;
}

/**
 * Sends events to whichever runner is configured, now, outside any transaction: for operator scripts and
 * tests. An event that a domain write implies goes through the outbox instead (`enqueueEvents` in
 * inngest/outbox.ts), in the write's transaction. Validates every event against its schema first. In embedded
 * mode this only enqueues: it resolves before the runs start. Give events a deterministic `id` wherever a
 * repeat must not start a second run.
 */
export async function sendEvents(events: TallyEvent | TallyEvent[]): Promise<void> {
  const list = (Array.isArray(events) ? events : [events]).map(validateEvent);
  if (list.length === 0) return;
  if (jobsMode === "inngest") {
    await sendToInngest(list);
    return;
  }
  const dispatch = await embeddedDispatcher();
  await dispatch(list);
}

/**
 * Hands events to the Inngest server, bounded in time. Used by the outbox relay, which gives every event its
 * row id so that a send repeated after a timeout starts nothing twice.
 */
export async function sendToInngest(events: TallyEvent[]): Promise<void> {
  if (events.length === 0) return;
  await withDeadline(inngest.send(events), SEND_DEADLINE_MS);
}

/** Rejects after `ms`. The send may still land later; deterministic event ids make a resend harmless. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Sending events to Inngest took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
