// An installation holding data from migration 0012 moves to the user-led keys (0013–0014) with nothing lost:
// the tables that gain user_id take it from their parent row, the totals still equal the transactions, a
// statement imported again is still recognized, and removing a connection still removes what hangs on it.

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { TAXONOMY } from "@/server/categorize/taxonomy";
import { insertBatch } from "@/server/sync/ingest";
import { expectAggregateMatchesTransactions } from "../support/ledger";
import { openDatabaseAtMigration } from "../support/migration-at";

let opened: { handle: DatabaseHandle; drop: () => Promise<void> } | undefined;
afterAll(async () => {
  await opened?.handle.close();
  await opened?.drop();
});

const TABLES = [
  "users",
  "connections",
  "accounts",
  "syncs",
  "sync_accounts",
  "transactions",
  "monthly_spending",
  "balance_snapshots",
  "csv_mappings",
  "notifications",
  "notification_deliveries",
  "sessions",
  "api_tokens",
  "crowd_votes",
];

async function counts(
  handle: DatabaseHandle,
  tables: readonly string[] = TABLES,
): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql.raw(`select count(*)::int as n from ${table}`),
    );
    result[table] = Number(row?.n);
  }
  return result;
}

/** The default taxonomy as installations before migration 0016 held it: rows of categories with user_id null. */
async function seedDefaultCategoriesAsBefore0016(db: DatabaseHandle["db"]): Promise<void> {
  for (const category of TAXONOMY) {
    await db.execute(sql`
      insert into categories (id, user_id, slug, name, group_name, parent_id, kind)
      values (${defaultCategoryId(category.slug)}::uuid, null, ${category.slug}, ${category.name}, ${category.group},
        ${category.parentSlug ? defaultCategoryId(category.parentSlug) : null}::uuid, ${category.kind})`);
  }
}

describe("migrating a database from 0012 to user-led keys", () => {
  it("keeps every row, gives sync_accounts and notification_deliveries their owner, and still works", async () => {
    opened = await openDatabaseAtMigration("0012_backfill_balance_snapshots");
    const { db } = opened.handle;
    const [ann, bob] = [randomUUID(), randomUUID()];
    const [connection, linked, manual, bobsManual] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [connectionSync, statementSync, bobsSync] = [randomUUID(), randomUUID(), randomUUID()];
    const [notice, bobsNotice] = [randomUUID(), randomUUID()];
    const coffee = defaultCategoryId("food-dining.coffee-shops");
    await seedDefaultCategoriesAsBefore0016(db);
    await db.execute(sql`insert into users (id, email) values
      (${ann}::uuid, 'ann@example.com'), (${bob}::uuid, 'bob@example.com')`);
    await db.execute(sql`
      insert into connections (id, user_id, institution_id, institution_name, ofx_url, org, fid, login,
        password_ciphertext)
      values (${connection}::uuid, ${ann}::uuid, 'demo', 'Demo Bank', 'demo', 'O', '1', 'ann', 'x')`);
    await db.execute(sql`
      insert into accounts (id, user_id, connection_id, account_number, name, type, currency, balance)
      values (${linked}::uuid, ${ann}::uuid, ${connection}::uuid, '1111', 'Checking', 'checking', 'USD', 120.50),
             (${manual}::uuid, ${ann}::uuid, null, null, 'Cash', 'other', 'USD', null),
             (${bobsManual}::uuid, ${bob}::uuid, null, null, 'Compte', 'checking', 'EUR', null)`);
    await db.execute(sql`
      insert into syncs (id, user_id, connection_id, account_id, kind, reason, status, imported)
      values (${connectionSync}::uuid, ${ann}::uuid, ${connection}::uuid, null, 'connection', 'link', 'succeeded', 2),
             (${statementSync}::uuid, ${ann}::uuid, null, ${manual}::uuid, 'statement', 'upload', 'succeeded', 1),
             (${bobsSync}::uuid, ${bob}::uuid, null, ${bobsManual}::uuid, 'statement', 'upload', 'succeeded', 1)`);
    await db.execute(sql`
      insert into sync_accounts (sync_id, account_id, imported, duplicates, pending, settled, removed)
      values (${connectionSync}::uuid, ${linked}::uuid, 2, 0, 1, 0, 0),
             (${statementSync}::uuid, ${manual}::uuid, 1, 0, 0, 0, 0),
             (${bobsSync}::uuid, ${bobsManual}::uuid, 1, 0, 0, 0, 0)`);
    await db.execute(sql`
      insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
        seller_key, merchant, category_id, pending, sync_id)
      values (${ann}::uuid, ${linked}::uuid, 'a', '2026-03-01', -12.50, 'USD', 'COFFEE', 'coffee', 'Coffee', ${coffee}::uuid, false, ${connectionSync}::uuid),
             (${ann}::uuid, ${linked}::uuid, 'b', '2026-03-02', 100.00, 'USD', 'REFUND', 'refund', 'Refund', null, false, ${connectionSync}::uuid),
             (${ann}::uuid, ${linked}::uuid, 'p', '2026-03-03', -4.50, 'USD', 'COFFEE', 'coffee', 'Coffee', ${coffee}::uuid, true, ${connectionSync}::uuid),
             (${ann}::uuid, ${manual}::uuid, 'c', '2026-02-27', -7.25, 'USD', 'COFFEE', 'coffee', 'Coffee', ${coffee}::uuid, false, ${statementSync}::uuid),
             (${bob}::uuid, ${bobsManual}::uuid, 'e', '2026-03-03', -23.90, 'EUR', 'CARREFOUR', 'carrefour', 'Carrefour', null, false, ${bobsSync}::uuid)`);
    // The aggregate as the app kept it: per user, currency, month and category.
    await db.execute(sql`
      insert into monthly_spending (user_id, currency, month, category_id, outflow, inflow, count)
      select user_id, currency, date_trunc('month', posted_on)::date,
        coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid),
        sum(greatest(-amount, 0)), sum(greatest(amount, 0)), count(*)
      from transactions group by 1, 2, 3, 4`);
    await db.execute(sql`
      insert into balance_snapshots (user_id, account_id, sync_id, balance, currency)
      values (${ann}::uuid, ${linked}::uuid, ${connectionSync}::uuid, 120.50, 'USD')`);
    await db.execute(sql`
      insert into csv_mappings (account_id, user_id, remembered)
      values (${manual}::uuid, ${ann}::uuid, '{"columns": null}'::jsonb)`);
    await db.execute(sql`
      insert into notifications (id, user_id, kind, sync_id, title, body)
      values (${notice}::uuid, ${ann}::uuid, 'sync_completed', ${connectionSync}::uuid, 'Synced', '2 new'),
             (${bobsNotice}::uuid, ${bob}::uuid, 'sync_completed', ${bobsSync}::uuid, 'Imported', '1 new')`);
    await db.execute(sql`
      insert into notification_deliveries (notification_id, status)
      values (${notice}::uuid, 'sent'), (${bobsNotice}::uuid, 'pending')`);
    await db.execute(sql`insert into sessions (user_id) values (${ann}::uuid), (${bob}::uuid)`);
    await db.execute(
      sql`insert into api_tokens (user_id, name, token_hash) values (${ann}::uuid, 'cli', 'h1')`,
    );
    await db.execute(sql`
      insert into crowd_votes (seller_key, user_id, category_id) values ('coffee', ${ann}::uuid, ${coffee}::uuid)`);
    const before = await counts(opened.handle);

    await migrateDatabase(opened.handle);

    expect(await counts(opened.handle)).toEqual(before);
    const syncAccounts = await queryRows<{ sync_id: string; user_id: string }>(
      db,
      sql`select sync_id, user_id from sync_accounts order by sync_id`,
    );
    expect(new Map(syncAccounts.map((row) => [row.sync_id, row.user_id]))).toEqual(
      new Map([
        [connectionSync, ann],
        [statementSync, ann],
        [bobsSync, bob],
      ]),
    );
    const deliveries = await queryRows<{ notification_id: string; user_id: string; status: string }>(
      db,
      sql`select notification_id, user_id, status from notification_deliveries`,
    );
    expect(new Map(deliveries.map((row) => [row.notification_id, [row.user_id, row.status]]))).toEqual(
      new Map([
        [notice, [ann, "sent"]],
        [bobsNotice, [bob, "pending"]],
      ]),
    );
    await expectAggregateMatchesTransactions(db, ann);
    await expectAggregateMatchesTransactions(db, bob);

    // The same statement again: the stored rows are recognized under the new key; a new one is added with a
    // time-ordered id.
    const target = { userId: ann, accountId: linked, currency: "USD", syncId: null };
    const row = (externalId: string, postedOn: string, cents: number) => ({
      externalId,
      postedOn,
      transactedOn: null,
      amount: cents,
      description: "COFFEE",
      memo: null,
      sellerKey: "coffee",
      merchant: "Coffee",
      categoryId: coffee,
      categorySource: "dictionary" as const,
      categoryReason: null,
      pending: false,
    });
    const again = await db.transaction((tx) =>
      insertBatch(tx, target, [row("a", "2026-03-01", -1250), row("d", "2026-03-04", -300)]),
    );
    expect(again.imported).toBe(1);
    const [added] = await queryRows<{ id: string }>(
      db,
      sql`select id::text as id from transactions where user_id = ${ann}::uuid and external_id = 'd'`,
    );
    expect(added?.id[14]).toBe("7");

    // Removing the connection still removes its accounts and everything on them, and nothing of Bob's.
    await db.execute(sql`delete from connections where user_id = ${ann}::uuid and id = ${connection}::uuid`);
    const left = await queryRows<{ table: string; user_id: string; n: number }>(
      db,
      sql`select 'transactions' as table, user_id, count(*)::int as n from transactions group by user_id
          union all select 'sync_accounts', user_id, count(*)::int from sync_accounts group by user_id
          union all select 'syncs', user_id, count(*)::int from syncs group by user_id
          union all select 'balance_snapshots', user_id, count(*)::int from balance_snapshots group by user_id`,
    );
    const byKey = new Map(left.map((r) => [`${r.table}:${r.user_id === ann ? "ann" : "bob"}`, Number(r.n)]));
    expect(Object.fromEntries(byKey)).toEqual({
      // Ann keeps her manual account's row and its statement sync; Bob keeps everything.
      "transactions:ann": 1,
      "transactions:bob": 1,
      "sync_accounts:ann": 1,
      "sync_accounts:bob": 1,
      "syncs:ann": 1,
      "syncs:bob": 1,
    });
  });
});

// The tables whose rows name a category by id.
const NAMING_CATEGORIES = ["budgets", "seller_rules", "crowd_votes", "crowd_top"];

describe("migrating a database from 0015: the default categories move to a table of their own", () => {
  it("keeps every default and every user's own category, and everything that names them", async () => {
    await opened?.handle.close();
    await opened?.drop();
    opened = await openDatabaseAtMigration("0015_daily_refresh_buckets");
    const { db } = opened.handle;
    await seedDefaultCategoriesAsBefore0016(db);
    const [ann, bob] = [randomUUID(), randomUUID()];
    const [annsTea, bobsTea] = [randomUUID(), randomUUID()];
    const food = defaultCategoryId("food-dining");
    const coffee = defaultCategoryId("food-dining.coffee-shops");
    await db.execute(sql`insert into users (id, email) values
      (${ann}::uuid, 'ann@example.com'), (${bob}::uuid, 'bob@example.com')`);
    // Both made a category of their own with the same name: one each, under the default group.
    await db.execute(sql`
      insert into categories (id, user_id, slug, name, group_name, parent_id, kind)
      values (${annsTea}::uuid, ${ann}::uuid, 'user.food-dining.tea', 'Tea', 'Food & Dining', ${food}::uuid, 'expense'),
             (${bobsTea}::uuid, ${bob}::uuid, 'user.food-dining.tea', 'Tea', 'Food & Dining', ${food}::uuid, 'expense')`);
    await db.execute(sql`
      insert into budgets (user_id, category_id, effective_from, amount)
      values (${ann}::uuid, ${coffee}::uuid, '2026-03-01', 40), (${ann}::uuid, ${annsTea}::uuid, '2026-03-01', 15)`);
    await db.execute(sql`
      insert into seller_rules (user_id, seller_key, category_id)
      values (${ann}::uuid, 'teahouse', ${annsTea}::uuid), (${bob}::uuid, 'bean there', ${coffee}::uuid)`);
    await db.execute(sql`
      insert into crowd_votes (seller_key, user_id, category_id) values ('bean there', ${bob}::uuid, ${coffee}::uuid)`);
    await db.execute(sql`
      insert into crowd_top (seller_key, category_id, votes, runner_up_votes) values ('bean there', ${coffee}::uuid, 3, 0)`);
    const before = await counts(opened.handle, NAMING_CATEGORIES);

    await migrateDatabase(opened.handle);

    const defaults = await queryRows<{ id: string; slug: string }>(
      db,
      sql`select id, slug from default_categories order by slug`,
    );
    expect(defaults.map((row) => row.slug)).toEqual(TAXONOMY.map((category) => category.slug).sort());
    expect(defaults.find((row) => row.slug === "food-dining.coffee-shops")?.id).toBe(coffee);
    const own = await queryRows<{ id: string; user_id: string }>(
      db,
      sql`select id, user_id from categories order by user_id`,
    );
    expect(new Map(own.map((row) => [row.id, row.user_id]))).toEqual(
      new Map([
        [annsTea, ann],
        [bobsTea, bob],
      ]),
    );
    const after = await counts(opened.handle, NAMING_CATEGORIES);
    expect(after).toEqual(before);
    // A user's own category can no longer be written without its owner, and the crowd only votes for defaults.
    await expect(
      db.execute(sql`insert into categories (user_id, slug, name, group_name, kind)
        values (null, 'user.x', 'X', 'Food & Dining', 'expense')`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`insert into crowd_votes (seller_key, user_id, category_id)
        values ('teahouse', ${ann}::uuid, ${annsTea}::uuid)`),
    ).rejects.toThrow();
  });
});
