// Imports an uploaded statement file that was already read once at upload time and kept in the object store.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { failStatementImport, runStatementImport } from "@/server/sync/statement-import";

export const importStatement = defineFunction(
  {
    id: "import-statement",
    trigger: { event: "statement/import.requested" },
    concurrency: { key: "event.data.accountId", limit: 1 },
    retries: 3,
    onFailure: async ({ event }) => {
      const data = event.data.event.data;
      if (data?.syncId)
        await failStatementImport(await getDb(), { userId: data.userId, syncId: data.syncId });
    },
  },
  async ({ event, step }) => {
    // A file Tally cannot store fails its sync inside this step (with the reason) rather than being retried.
    const sync = await step.run("import", async () => runStatementImport(await getDb(), event.data));
    return sync
      ? { syncId: sync.id, status: sync.status, imported: sync.imported, duplicates: sync.duplicates }
      : { skipped: true };
  },
);
