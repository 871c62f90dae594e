// Server start-up on the Node.js runtime (loaded from instrumentation.ts). In embedded mode (no Inngest server
// configured) this process runs the background jobs: start the daily cron, and pick up syncs that a previous
// process left unfinished.

import { jobsMode } from "@/env";

export async function startServer(): Promise<void> {
  // Secrets, DATA_DIR's permissions and the embedded database's lock: exits with the reason if any fails.
  const { prepareToServeOrExit } = await import("@/server/operations/startup");
  await prepareToServeOrExit();
  // Rate limits need the client's real address: stamp every request with its TCP peer (server/http/client-ip.ts).
  const { installPeerAddressStamp } = await import("@/server/http/client-ip");
  installPeerAddressStamp();
  if (jobsMode !== "embedded") return;
  const { log } = await import("@/server/log");
  const startedAt = new Date();
  const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
  const runner = bootEmbeddedRunner({ startCron: true });
  process.once("SIGTERM", () => void runner.stop());
  // Not awaited: the server should accept requests while the database opens and stranded syncs resume.
  void (async () => {
    const { getDb } = await import("@/db");
    const { resumeUnfinishedSyncs } = await import("@/server/sync/refresh");
    const resumed = await resumeUnfinishedSyncs(await getDb(), startedAt);
    if (resumed > 0) log.info({ resumed }, "resumed syncs left unfinished by a previous run");
  })().catch((error) => log.error({ err: error }, "could not resume unfinished syncs"));
}
