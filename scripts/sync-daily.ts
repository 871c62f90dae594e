// npm run sync:daily [-- --page-size 500] — run the daily refresh now, every due connection at once (the cron
// spreads them over the day). With an Inngest server configured the syncs run there; without one they run in
// this process (so, on the embedded database, stop the app first: PGlite serves one process).

import { parseArgs } from "node:util";
import { and, eq, gte } from "drizzle-orm";
import { getDatabaseHandle } from "@/db";
import { syncs } from "@/db/schema";
import { jobsMode } from "@/env";
import { sendEvents } from "@/inngest/client";
import { dailyRefreshRequested } from "@/inngest/events";

async function main() {
  const { values } = parseArgs({ options: { "page-size": { type: "string" } } });
  const pageSize = values["page-size"] ? Number(values["page-size"]) : undefined;
  const handle = await getDatabaseHandle();
  const startedAt = new Date();
  const day = startedAt.toISOString().slice(0, 10);
  await sendEvents(dailyRefreshRequested(pageSize ? { pageSize } : {}, { id: `daily-refresh:${day}` }));
  if (jobsMode === "inngest") {
    console.log("Sent the daily refresh to the Inngest server; follow it in its dashboard.");
  } else {
    const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
    const { consoleJobLog } = await import("@/inngest/log");
    const runner = bootEmbeddedRunner({ runner: { log: consoleJobLog } });
    await runner.drain();
    await runner.stop();
    const ran = await handle.db
      .select({ status: syncs.status, imported: syncs.imported })
      .from(syncs)
      .where(and(eq(syncs.reason, "daily"), gte(syncs.createdAt, startedAt)));
    const failed = ran.filter((sync) => sync.status === "failed").length;
    const imported = ran.reduce((sum, sync) => sum + sync.imported, 0);
    console.log(
      `Daily refresh: ${ran.length} connection(s) synced, ${imported} new transaction(s), ${failed} failed.`,
    );
  }
  await handle.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
