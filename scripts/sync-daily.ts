// npm run sync:daily — run the daily refresh now. With an Inngest server configured the syncs run there; without
// one they run in this process (so, on the embedded database, stop the app first: PGlite serves one process).

import { and, eq, gte } from "drizzle-orm";
import { getDatabaseHandle } from "@/db";
import { syncs } from "@/db/schema";
import { jobsMode } from "@/env";
import { sendEvents } from "@/inngest/client";
import { dailyRefreshRequested } from "@/inngest/events";

async function main() {
  const handle = await getDatabaseHandle();
  const startedAt = new Date();
  const day = startedAt.toISOString().slice(0, 10);
  await sendEvents(dailyRefreshRequested({ id: `daily-refresh:${day}` }));
  if (jobsMode === "inngest") {
    console.log("Sent the daily refresh to the Inngest server; follow it in its dashboard.");
  } else {
    const { getEmbeddedRunner } = await import("@/inngest/embedded/boot");
    await getEmbeddedRunner().drain();
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
