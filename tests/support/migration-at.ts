// A database migrated only up to a given shipped migration: what an existing installation holds before the
// migrations that follow it. Tests put data in, run the real migrate, and check what became of the data.

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type DatabaseHandle, migrationsFolder, openDatabase } from "@/db/client";
import { withDatabase } from "./global-setup";

export async function openDatabaseAtMigration(
  lastTag: string,
): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  const last = journal.entries.findIndex((entry: { tag: string }) => entry.tag === lastTag);
  if (last < 0) throw new Error(`No migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tally-migration-"));
  fs.mkdirSync(path.join(folder, "meta"));
  for (const entry of journal.entries as Array<{ tag: string }>) {
    fs.copyFileSync(path.join(migrationsFolder, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  }
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));

  const config = inject("testDatabase");
  let handle: DatabaseHandle;
  let drop = async () => {};
  try {
    if (config.driver === "postgres") {
      const { default: postgres } = await import("postgres");
      const name = `tally_test_migration_${randomBytes(4).toString("hex")}`;
      const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}"`);
      drop = async () => {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      };
      handle = await openDatabase({ driver: "postgres", url: withDatabase(config.adminUrl, name), max: 2 });
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific database type.
      await migrate(handle.db as any, { migrationsFolder: folder });
    } else {
      handle = await openDatabase({ driver: "pglite" });
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      await migrate(handle.db as any, { migrationsFolder: folder });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return { handle, drop };
}
