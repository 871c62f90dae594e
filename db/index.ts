// The app's database, opened once per process from the environment and migrated before first use.

import path from "node:path";
import { dataDir, env } from "@/env";
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
  const handle = env.DATABASE_URL
    ? await openDatabase({ driver: "postgres", url: env.DATABASE_URL })
    : await openDatabase({ driver: "pglite", dataDir: embeddedDatabaseDir() });
  await migrateDatabase(handle);
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
