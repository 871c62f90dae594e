// Applies the committed drizzle-kit migrations. Called when the app starts and by `npm run db:migrate`.

import { type DatabaseHandle, migrationsFolder } from "./client";
import { seedDefaultCategories } from "./seed/categories";

// Any constant works; it only has to be the same in every Tally process sharing a Postgres server.
const MIGRATION_LOCK_KEY = 7_461_001;

/** Brings the schema up to date, then the reference data the code relies on (the default categories). */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await applyMigrations(handle);
  await seedDefaultCategories(handle.db);
}

async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific database type.
    await migrate(handle.db as any, { migrationsFolder });
    return;
  }
  if (handle.raw.kind !== "postgres") throw new Error("unreachable: postgres driver without its client");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // Several app instances may start at once. A session advisory lock held on a reserved connection lets
  // exactly one migrate at a time (the migrator runs its own transaction, so the lock cannot live in one).
  const lockConnection = await handle.raw.sql.reserve();
  try {
    await lockConnection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    await migrate(handle.db as any, { migrationsFolder });
  } finally {
    await lockConnection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => undefined);
    lockConnection.release();
  }
}
