// Server start-up on the Node.js runtime (loaded from instrumentation.ts). First the checks that must pass before
// serving (secrets, DATA_DIR's permissions, the embedded database's lock; on a serverless host, every setting it
// needs and the schema). Then the process's part of the background jobs: in embedded mode (no Inngest server
// configured) the durable runner, which takes up runs a previous process left unfinished, fires cron ticks
// missed while the app was down and relays the outbox; with an Inngest server, the outbox relay that hands
// events to it (on a serverless host, only after each request that wrote some).

import { jobsMode, serverless } from "@/env";

export async function startServer(): Promise<void> {
  // Secrets, DATA_DIR's permissions and the embedded database's lock: exits with the reason if any fails.
  const { prepareToServeOrExit } = await import("@/server/operations/startup");
  await prepareToServeOrExit();
  // Rate limits need the client's real address: stamp every request with its TCP peer (server/http/client-ip.ts).
  const { installPeerAddressStamp } = await import("@/server/http/client-ip");
  installPeerAddressStamp();
  // The jobs layer logs through what it is given here: the app's structured logger.
  const { jobLog: log } = await import("@/server/log");
  if (jobsMode === "inngest") {
    if (serverless) {
      // No timers in a function instance that is frozen between requests: each write's events go after its
      // response, and the relay-outbox cron (invoked by Inngest every minute) catches anything missed.
      const { relayAfterEachWrite } = await import("@/inngest/inngest-relay");
      relayAfterEachWrite({ log });
      return;
    }
    const { startInngestRelay } = await import("@/inngest/inngest-relay");
    const relay = startInngestRelay({ log });
    process.once("SIGTERM", () => void relay.stop());
    return;
  }
  const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
  const runner = bootEmbeddedRunner({ start: true, runner: { log } });
  process.once("SIGTERM", () => void runner.stop());
  // Not awaited: the server should accept requests while the database opens.
  void (async () => {
    const { getDb } = await import("@/db");
    const { resumeUnfinishedSyncs, STRANDED_SYNC_AGE_MS } = await import("@/server/sync/refresh");
    const resumed = await resumeUnfinishedSyncs(await getDb(), new Date(Date.now() - STRANDED_SYNC_AGE_MS));
    if (resumed > 0) log.warn("re-queued syncs left unfinished for over six hours", { resumed });
  })().catch((error: unknown) =>
    log.error("could not check for stranded syncs", { err: error instanceof Error ? error : String(error) }),
  );
}
