import "server-only";
import { DataDirPermissionsError, ensurePrivateDirectory } from "@/db/data-dir";
import { assertProductionSecrets, dataDir, env, serverless } from "@/env";
import { log, serializeError } from "@/server/log";

// What must hold before this process serves a single request. A server that cannot work must not look alive:
// a missing production secret, a DATA_DIR other users can read, or an embedded database another process holds
// each stop the start with the reason and a non-zero exit, instead of a server that answers every request
// with a 500.

export async function checkReadyToServe(): Promise<void> {
  // On a serverless host this also refuses a missing DATABASE_URL, Inngest keys, S3, secrets or REDIS_URL.
  assertProductionSecrets();
  if (serverless) {
    await checkSchemaIsCurrent();
    return;
  }
  ensurePrivateDirectory(dataDir);
  if (!env.DATABASE_URL) {
    // Opening takes the directory's lock: a second process on the same DATA_DIR stops here.
    const { getDatabaseHandle } = await import("@/db");
    await getDatabaseHandle();
  }
}

/**
 * A serverless instance never migrates (many cold starts would race): the deploy step does. Behind schema is
 * served anyway, since that step may still be running, but logged here and reported by /api/health.
 */
async function checkSchemaIsCurrent(): Promise<void> {
  const { getDatabaseHandle } = await import("@/db");
  const { schemaStatus } = await import("@/db/migrate");
  // An unreachable database is not a configuration error: /api/health says "down" until it answers.
  const status = await schemaStatus(await getDatabaseHandle()).catch((error: unknown) => {
    log.error({ err: serializeError(error) }, "could not check the database schema at start");
    return null;
  });
  if (status && !status.current) {
    log.error(
      { pending: status.pending },
      "the database schema is behind this code: run npm run db:migrate (see docs/deploy.md)",
    );
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
