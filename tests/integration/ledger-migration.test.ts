// Existing data through the ledger migrations (0001–0003): duplicate connections and active syncs resolved,
// rows that a EUR account stored as USD corrected, and the monthly aggregate rebuilt per currency.

import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, migrationsFolder, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { withDatabase } from "../support/global-setup";
import { expectAggregateMatchesTransactions } from "../support/ledger";

/** A database holding only the first, shipped migration: what an existing installation has. */
async function openDatabaseAtInit(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tally-init-"));
  fs.mkdirSync(path.join(folder, "meta"));
  fs.copyFileSync(path.join(migrationsFolder, "0000_init.sql"), path.join(folder, "0000_init.sql"));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag === "0000_init");
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));

  const config = inject("testDatabase");
  let handle: DatabaseHandle;
  let drop = async () => {};
  if (config.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const name = `tally_test_migration_${randomBytes(4).toString("hex")}`;
    const admin = postgres(config.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    handle = await openDatabase({ driver: "postgres", url: withDatabase(config.adminUrl, name), max: 2 });
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific database type.
    await migrate(handle.db as any, { migrationsFolder: folder });
    drop = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    handle = await openDatabase({ driver: "pglite" });
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    await migrate(handle.db as any, { migrationsFolder: folder });
  }
  fs.rmSync(folder, { recursive: true, force: true });
  return { handle, drop };
}

let opened: { handle: DatabaseHandle; drop: () => Promise<void> } | undefined;
afterAll(async () => {
  await opened?.handle.close();
  await opened?.drop();
});

describe("migrating an existing database", () => {
  it("keeps one connection per login, one active sync, EUR rows as EUR, and rebuilds the totals", async () => {
    opened = await openDatabaseAtInit();
    const { db } = opened.handle;
    const user = randomUUID();
    const [first, duplicate, manual] = [randomUUID(), randomUUID(), randomUUID()];
    const [firstAccount, duplicateAccount] = [randomUUID(), randomUUID()];
    const [olderSync, newerSync] = [randomUUID(), randomUUID()];
    const coffee = "c2d4a5b6-0000-5000-8000-000000000001";
    await db.execute(sql`insert into users (id, email) values (${user}::uuid, 'old@example.com')`);
    await db.execute(sql`
      insert into connections (id, user_id, institution_id, institution_name, ofx_url, org, fid, login,
        password_ciphertext, created_at)
      values (${first}::uuid, ${user}::uuid, 'demo', 'Demo Bank', 'demo', 'O', '1', 'casey', 'x', now() - interval '1 day'),
             (${duplicate}::uuid, ${user}::uuid, 'demo', 'Demo Bank', 'demo', 'O', '1', 'casey', 'x', now())`);
    await db.execute(sql`
      insert into accounts (id, user_id, connection_id, account_number, name, type, currency)
      values (${firstAccount}::uuid, ${user}::uuid, ${first}::uuid, '1111', 'Checking', 'checking', 'USD'),
             (${duplicateAccount}::uuid, ${user}::uuid, ${duplicate}::uuid, '1111', 'Checking', 'checking', 'USD'),
             (${manual}::uuid, ${user}::uuid, null, null, 'Compte', 'checking', 'EUR')`);
    await db.execute(sql`
      insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
        seller_key, merchant, category_id)
      values (${user}::uuid, ${firstAccount}::uuid, 'a', '2026-03-01', -12.50, 'USD', 'COFFEE', 'coffee', 'Coffee', ${coffee}::uuid),
             (${user}::uuid, ${firstAccount}::uuid, 'b', '2026-03-02', 100.00, 'USD', 'REFUND', 'refund', 'Refund', null),
             (${user}::uuid, ${duplicateAccount}::uuid, 'a', '2026-03-01', -12.50, 'USD', 'COFFEE', 'coffee', 'Coffee', ${coffee}::uuid),
             (${user}::uuid, ${manual}::uuid, 'e', '2026-03-03', -23.90, 'USD', 'CARREFOUR', 'carrefour', 'Carrefour', ${coffee}::uuid)`);
    await db.execute(sql`
      insert into syncs (id, user_id, connection_id, kind, reason, status, created_at)
      values (${olderSync}::uuid, ${user}::uuid, ${first}::uuid, 'connection', 'manual', 'queued', now() - interval '1 hour'),
             (${newerSync}::uuid, ${user}::uuid, ${first}::uuid, 'connection', 'manual', 'running', now())`);
    // The old aggregate: no currency, and (as after the double link) wrong.
    await db.execute(sql`
      insert into monthly_spending (user_id, month, category_id, outflow, inflow, count)
      values (${user}::uuid, '2026-03-01', ${coffee}::uuid, 48.90, 0, 3)`);

    await migrateDatabase(opened.handle);

    const connections = await queryRows<{ id: string }>(db, sql`select id from connections`);
    expect(connections.map((row) => row.id)).toEqual([first]);
    const syncs = await queryRows<{ id: string; status: string }>(
      db,
      sql`select id, status from syncs order by created_at`,
    );
    expect(syncs).toEqual([
      { id: olderSync, status: "failed" },
      { id: newerSync, status: "running" },
    ]);
    const currencies = await queryRows<{ external_id: string; currency: string }>(
      db,
      sql`select external_id, currency from transactions order by external_id`,
    );
    expect(currencies).toEqual([
      { external_id: "a", currency: "USD" },
      { external_id: "b", currency: "USD" },
      { external_id: "e", currency: "EUR" },
    ]);
    const sums = await expectAggregateMatchesTransactions(db, user);
    expect(sums.size).toBe(3);
    // The new unique index refuses a second link of the same login from now on.
    await expect(
      db.execute(sql`
        insert into connections (user_id, institution_id, institution_name, ofx_url, org, fid, login, password_ciphertext)
        values (${user}::uuid, 'demo', 'Demo Bank', 'demo', 'O', '1', 'casey', 'x')`),
    ).rejects.toThrow();
  });
});
