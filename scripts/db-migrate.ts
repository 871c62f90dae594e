// npm run db:migrate — apply committed migrations to the Postgres server (DATABASE_DIRECT_URL, else
// DATABASE_URL), or to the embedded database when the app is not running (PGlite cannot be shared between
// processes; the lock makes this refuse instead of losing data). On a serverless host this is the deploy step
// (the build command or a release step): the app itself never migrates there. Several runs at once are safe:
// they take turns on a Postgres advisory lock, and each migration is applied once.

import { getDatabaseHandle } from "@/db";
import { openDatabase } from "@/db/client";
import { migrateDatabase, schemaStatus } from "@/db/migrate";
import { env } from "@/env";

async function main() {
  const url = env.DATABASE_DIRECT_URL ?? env.DATABASE_URL;
  if (!url) {
    const handle = await getDatabaseHandle(); // opening the embedded database migrates it
    console.log("Migrations applied (pglite).");
    await handle.close();
    return;
  }
  if (env.DATABASE_POOLER === "transaction" && !env.DATABASE_DIRECT_URL) {
    // The advisory lock that keeps two runs apart is a session lock: through a transaction pooler it would be
    // taken on one server connection and the migration run on another.
    throw new Error(
      "DATABASE_POOLER=transaction: set DATABASE_DIRECT_URL to the database's direct (unpooled) connection string for migrations.",
    );
  }
  const handle = await openDatabase({ driver: "postgres", url, max: 2, applicationName: "tally-migrate" });
  try {
    await migrateDatabase(handle);
    const status = await schemaStatus(handle);
    console.log(`Migrations applied (postgres): ${status.applied} of ${status.expected}, schema current.`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
