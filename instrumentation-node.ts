// Server start-up on the Node.js runtime (loaded from instrumentation.ts). Start the process's part of the
// background jobs: in embedded mode (no Inngest server configured) the durable runner, which takes up runs a
// previous process left unfinished, fires cron ticks missed while the app was down and relays the outbox; with
// an Inngest server, the outbox relay that hands events to it.

import { assertProductionSecrets, jobsMode } from "@/env";
import { consoleJobLog } from "@/inngest/log";

// Any run finishes, retries included, long before this: a sync still unfinished after it has lost its event.
const STRANDED_AFTER_MS = 24 * 60 * 60 * 1000;

export async function startServer(): Promise<void> {
  assertProductionSecrets();
  // The jobs layer logs through what it is given here (the app's logger, once server/log.ts exists).
  const log = consoleJobLog;
  if (jobsMode === "inngest") {
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
    const { resumeUnfinishedSyncs } = await import("@/server/sync/refresh");
    const resumed = await resumeUnfinishedSyncs(await getDb(), new Date(Date.now() - STRANDED_AFTER_MS));
    if (resumed > 0) log.warn(`[jobs] re-queued ${resumed} sync(s) left unfinished for over a day`);
  })().catch((error) => log.error(`[jobs] could not check for stranded syncs: ${String(error)}`));
}
