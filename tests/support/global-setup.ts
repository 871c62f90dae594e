// Prepares one migrated database per test run that every test file copies, so no test touches a developer's
// data and files never see each other's rows: PGlite by default, the Postgres server when DATABASE_URL is set.

import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase:
      | { driver: "pglite"; dumpPath: string }
      | { driver: "postgres"; adminUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  // Each Vitest project that needs a database runs this once; the name keeps their templates and dumps apart.
  const runId = `${project.name}_${process.pid}_${Date.now().toString(36)}`;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `tally_test_${runId}_template`;
    const { default: postgres } = await import("postgres");
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const dropAll = async () => {
      const leftovers = await admin<{ datname: string }[]>`
        select datname from pg_database where datname like ${`tally_test_${runId}_%`}`;
      for (const { datname } of leftovers)
        await admin.unsafe(`drop database if exists "${datname}" with (force)`);
      await admin.end();
    };
    try {
      await admin.unsafe(`create database "${template}"`);
      const handle = await openDatabase({
        driver: "postgres",
        url: withDatabase(serverUrl, template),
        max: 2,
      });
      await migrateDatabase(handle).finally(() => handle.close());
    } catch (error) {
      await dropAll();
      throw error;
    }
    project.provide("testDatabase", { driver: "postgres", adminUrl: serverUrl, template });
    return dropAll;
  }

  const handle = await openDatabase({ driver: "pglite" });
  await migrateDatabase(handle);
  if (handle.raw.kind !== "pglite") throw new Error("expected PGlite");
  const dump = await handle.raw.pg.dumpDataDir("none");
  await handle.close();
  const dumpPath = path.resolve(".test-data", `pglite-${runId}.tar`);
  fs.mkdirSync(path.dirname(dumpPath), { recursive: true });
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { driver: "pglite", dumpPath });
  return () => fs.rmSync(dumpPath, { force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
