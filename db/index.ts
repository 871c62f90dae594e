// The app's database, opened once per process from the environment and migrated before first use. On a
// serverless host it is never PGlite and never migrated here: many cold starts at once would race, so
// migrations are a deploy step (`npm run db:migrate`) and this process only checks that they ran.

import path from "node:path";
import { dataDir, env, postgresPoolSettings, serverless } from "@/env";
import { type Database, type DatabaseHandle, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

export type { Database } from "./client";

type Holder = { handle?: Promise<DatabaseHandle> };
// Memoized on globalThis: Next's dev server re-evaluates modules on reload and must not open PGlite twice.
const holder = globalThis as unknown as { __tallyDatabase?: Holder };
holder.__tallyDatabase ??= {};

export function embeddedDatabaseDir(): string {
  return path.join(dataDir, "pglite");
}

async function open(): Promise<DatabaseHandle> {
  if (serverless && !env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: a serverless host cannot use the embedded database.");
  }
  const { pooler: _pooler, ...pool } = postgresPoolSettings();
  const handle = env.DATABASE_URL
    ? await openDatabase({ driver: "postgres", url: env.DATABASE_URL, ...pool })
    : await openDatabase({ driver: "pglite", dataDir: embeddedDatabaseDir() });
  if (!serverless) await migrateDatabase(handle);
  const close = () => {
    void handle.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", close);
  process.once("SIGINT", close);
  return handle;
}

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const state = holder.__tallyDatabase!;
  if (!state.handle) {
    state.handle = open().catch((error) => {
      state.handle = undefined;
      throw error;
    });
  }
  return state.handle;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
