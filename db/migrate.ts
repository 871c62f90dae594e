// Applies the committed drizzle-kit migrations. Called when a long-running app starts and by
// `npm run db:migrate` (the deploy step on a serverless host, where the app only checks `schemaStatus`).

import { sql } from "drizzle-orm";
import { type DatabaseHandle, migrationsFolder, queryRows } from "./client";
// Imported, not read from disk: a serverless bundle carries it even where db/migrations/ is not deployed.
import journal from "./migrations/meta/_journal.json";
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

export type SchemaStatus = {
  /** Every migration this code ships has been applied. */
  current: boolean;
  applied: number;
  expected: number;
  /** Tags of the migrations not yet applied, oldest first. */
  pending: string[];
};

/**
 * Whether the database has every migration this code ships, read the way drizzle's migrator decides what to
 * apply: each journal entry newer than the last applied migration is pending.
 */
export async function schemaStatus(handle: Pick<DatabaseHandle, "db">): Promise<SchemaStatus> {
  const [table] = await queryRows<{ present: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  let last = -1;
  let applied = 0;
  if (table?.present) {
    const [row] = await queryRows<{ last: string | number | null; applied: number }>(
      handle.db,
      sql`select max(created_at) as last, count(*)::int as applied from drizzle.__drizzle_migrations`,
    );
    last = row?.last === null || row?.last === undefined ? -1 : Number(row.last);
    applied = row?.applied ?? 0;
  }
  const pending = journal.entries.filter((entry) => entry.when > last).map((entry) => entry.tag);
  return { current: pending.length === 0, applied, expected: journal.entries.length, pending };
}
