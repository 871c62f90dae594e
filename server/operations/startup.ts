import "server-only";
import { DataDirPermissionsError, ensurePrivateDirectory } from "@/db/data-dir";
import { assertProductionSecrets, dataDir, env } from "@/env";
import { log, serializeError } from "@/server/log";

// What must hold before this process serves a single request. A server that cannot work must not look alive:
// a missing production secret, a DATA_DIR other users can read, or an embedded database another process holds
// each stop the start with the reason and a non-zero exit, instead of a server that answers every request
// with a 500.

export async function checkReadyToServe(): Promise<void> {
  assertProductionSecrets();
  ensurePrivateDirectory(dataDir);
  if (!env.DATABASE_URL) {
    // Opening takes the directory's lock: a second process on the same DATA_DIR stops here.
    const { getDatabaseHandle } = await import("@/db");
    await getDatabaseHandle();
  }
}

/** Runs the checks; on failure reports why (stderr for the operator, the log for collectors) and exits 1. */
export async function prepareToServeOrExit(): Promise<void> {
  try {
    await checkReadyToServe();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.fatal(
      { err: serializeError(error), known: error instanceof DataDirPermissionsError },
      "cannot start",
    );
    process.stderr.write(`Tally cannot start: ${reason}\n`);
    process.exit(1);
  }
}
