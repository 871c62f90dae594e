// A fresh, migrated database for one test file, installed as the app's database so route handlers and
// server/ functions under test use it.

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { withDatabase } from "./global-setup";

let currentUrl: string | undefined;

/** The Postgres URL of this file's test database; undefined on PGlite (which one process alone may open). */
export function testDatabaseUrl(): string | undefined {
  return currentUrl;
}

export async function useTestDatabase(): Promise<DatabaseHandle> {
  const config = inject("testDatabase");
  let handle: DatabaseHandle;
  let cleanup = async () => {};
  if (config.driver === "pglite") {
    const blob = new Blob([fs.readFileSync(config.dumpPath)]);
    handle = await openDatabase({ driver: "pglite", loadDataDir: blob });
  } else {
    const { default: postgres } = await import("postgres");
    const name = `${config.template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
    const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${config.template}"`);
    currentUrl = withDatabase(config.adminUrl, name);
    handle = await openDatabase({ driver: "postgres", url: currentUrl, max: 4 });
    cleanup = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }
  (globalThis as unknown as { __tallyDatabase: { handle?: Promise<DatabaseHandle> } }).__tallyDatabase = {
    handle: Promise.resolve(handle),
  };
  afterAll(async () => {
    await handle.close();
    await cleanup();
  });
  return handle;
}
