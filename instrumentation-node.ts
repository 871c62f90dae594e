// Server start-up on the Node.js runtime (loaded from instrumentation.ts). In embedded mode (no Inngest server
// configured) this process runs the background jobs: start the daily cron, and pick up syncs that a previous
// process left unfinished.

import { assertProductionSecrets, jobsMode } from "@/env";

export async function startServer(): Promise<void> {
  assertProductionSecrets();
  // Rate limits need the client's real address: stamp every request with its TCP peer (server/http/client-ip.ts).
  const { installPeerAddressStamp } = await import("@/server/http/client-ip");
  installPeerAddressStamp();
  if (jobsMode !== "embedded") return;
  const startedAt = new Date();
  const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
  const runner = bootEmbeddedRunner({ startCron: true });
  process.once("SIGTERM", () => void runner.stop());
  // Not awaited: the server should accept requests while the database opens and stranded syncs resume.
  void (async () => {
    const { getDb } = await import("@/db");
    const { resumeUnfinishedSyncs } = await import("@/server/sync/refresh");
    const resumed = await resumeUnfinishedSyncs(await getDb(), startedAt);
    if (resumed > 0) console.info(`Resumed ${resumed} sync(s) left unfinished by a previous run.`);
  })().catch((error) => console.error("Could not resume unfinished syncs:", error));
}
