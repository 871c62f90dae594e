// The Postgres server of a Postgres run (DATABASE_URL), for tests of what only a server does (advisory locks, a
// connection pool, several processes on one database): tests/postgres, included only in that run.

import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { withDatabase } from "./global-setup";

export function postgresAdminUrl(): string {
  const config = inject("testDatabase");
  if (config.driver !== "postgres")
    throw new Error("tests/postgres run only with DATABASE_URL set (see README).");
  return config.adminUrl;
}

/** A new empty database on that server, and how to drop it. */
export async function createScratchDatabase(
  label: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const adminUrl = postgresAdminUrl();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `tally_test_${label}_${randomBytes(4).toString("hex")}`;
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end();
    throw new Error(
      `This test needs a Postgres server and ${adminUrl} did not accept "create database" (${(error as Error).message}). ` +
        "Set DATABASE_URL to a server where the user may create databases.",
    );
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
