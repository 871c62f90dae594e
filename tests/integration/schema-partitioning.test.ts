// The schema is ready to be partitioned by user (docs/scaling.md): read from the database's own catalog, every
// user-scoped table's primary and unique keys lead with user_id, and user-scoped tables refer to each other by
// (user_id, id), so a row can never point at another user's row. New ids are time-ordered (UUID version 7).

import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { newId } from "@/lib/ids";
import { addTransactions, createAccount } from "../factories/stored-transactions";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

// Tables that are not partitioned by user, each for its reason (docs/scaling.md lists the same):
const GLOBAL_TABLES = new Set([
  // The distribution table itself: its id is the user id.
  "users",
  // The default categories are shared by everyone: a reference table (users' own are in "categories").
  "default_categories",
  // The crowd's answer per seller, across users: a reference table.
  "crowd_top",
  // The job runner's queue and its outbox: keyed by job and event, not by user.
  "job_outbox",
  "job_runs",
  "job_steps",
  "job_events",
  "job_crons",
  "job_throttles",
  // One row per run of the daily aggregation check, across all users.
  "aggregate_checks",
]);

// Keys a request presents before its user is known: an API token, a provider identity. They are looked up by
// that key alone (docs/scaling.md, identity lookups).
const IDENTITY_LOOKUP_KEYS = new Set(["api_tokens_token_hash_key", "oauth_accounts_provider_account_key"]);

// The references between user-scoped tables, each of which must be (user_id, x_id) → parent (user_id, id).
const COMPOSITE_REFERENCES = [
  ["accounts", "connection_id", "connections"],
  ["syncs", "connection_id", "connections"],
  ["syncs", "account_id", "accounts"],
  ["sync_accounts", "sync_id", "syncs"],
  ["sync_accounts", "account_id", "accounts"],
  ["transactions", "account_id", "accounts"],
  ["balance_snapshots", "account_id", "accounts"],
  ["csv_mappings", "account_id", "accounts"],
  ["notification_deliveries", "notification_id", "notifications"],
] as const;

let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

type Key = { table: string; name: string; columns: string[]; primary: boolean };

/** Every table of the app's schema and whether it has a user_id column. */
async function tables(): Promise<Map<string, boolean>> {
  const rows = await queryRows<{ table: string; has_user_id: boolean }>(
    db,
    sql`select c.relname as table,
          exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'user_id'
                  and not a.attisdropped) as has_user_id
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
  );
  return new Map(rows.map((row) => [row.table, row.has_user_id]));
}

/** Every primary key and unique index, with its columns in key order. */
async function uniqueKeys(): Promise<Key[]> {
  const rows = await queryRows<{ table: string; name: string; columns: string[] | string; primary: boolean }>(
    db,
    sql`select t.relname as table, i.relname as name, i_x.indisprimary as primary,
          array(select a.attname from unnest(i_x.indkey) with ordinality as k(attnum, position)
                join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                order by k.position)::text[] as columns
        from pg_index i_x
        join pg_class i on i.oid = i_x.indexrelid
        join pg_class t on t.oid = i_x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and (i_x.indisunique or i_x.indisprimary)`,
  );
  return rows.map((row) => ({ ...row, columns: pgTextArray(row.columns) }));
}

/** Every foreign key: child columns → parent columns, pairwise. */
async function foreignKeys() {
  const rows = await queryRows<{ child: string; parent: string; pairs: string[] | string }>(
    db,
    sql`select c.relname as child, p.relname as parent,
          array(select ca.attname || '>' || pa.attname
                from unnest(k.conkey, k.confkey) with ordinality as u(child_attnum, parent_attnum, position)
                join pg_attribute ca on ca.attrelid = k.conrelid and ca.attnum = u.child_attnum
                join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = u.parent_attnum
                order by u.position)::text[] as pairs
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  return rows.map((row) => ({ child: row.child, parent: row.parent, pairs: pgTextArray(row.pairs) }));
}

// PGlite returns text[] as an array; postgres.js too, but a cast through a CTE can come back as '{a,b}'.
function pgTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, "")
    .split(",")
    .filter(Boolean);
}

describe("keys for a database partitioned by user", () => {
  it("has every table either scoped by user_id or listed as global", async () => {
    const all = await tables();
    const unclassified = [...all].filter(([table, hasUserId]) => !hasUserId && !GLOBAL_TABLES.has(table));
    expect(unclassified.map(([table]) => table)).toEqual([]);
  });

  it("leads every primary key and unique index of a user-scoped table with user_id", async () => {
    const all = await tables();
    const scoped = new Set([...all].filter(([t, has]) => has && !GLOBAL_TABLES.has(t)).map(([t]) => t));
    const keys = await uniqueKeys();
    const offending = keys
      .filter((key) => scoped.has(key.table) && !IDENTITY_LOOKUP_KEYS.has(key.name))
      .filter((key) => key.columns[0] !== "user_id")
      .map((key) => `${key.name} (${key.columns.join(", ")})`);
    expect(offending).toEqual([]);
    // Every user-scoped table has a primary key (oauth_accounts is keyed by its identity lookup alone).
    const withPrimary = new Set(keys.filter((key) => key.primary).map((key) => key.table));
    expect([...scoped].filter((table) => !withPrimary.has(table) && table !== "oauth_accounts")).toEqual([]);
  });

  it("refers between user-scoped tables by (user_id, id) only", async () => {
    const all = await tables();
    const scoped = new Set([...all].filter(([t, has]) => has && !GLOBAL_TABLES.has(t)).map(([t]) => t));
    const keys = await foreignKeys();
    // No single-column reference from one user-scoped table to another: it would let rows of two users meet.
    const singleColumn = keys
      .filter((key) => scoped.has(key.child) && scoped.has(key.parent))
      .filter((key) => !key.pairs.includes("user_id>user_id"))
      .map((key) => `${key.child} → ${key.parent} (${key.pairs.join(", ")})`);
    expect(singleColumn).toEqual([]);
    for (const [child, column, parent] of COMPOSITE_REFERENCES) {
      expect(
        keys.some(
          (key) =>
            key.child === child &&
            key.parent === parent &&
            key.pairs.length === 2 &&
            key.pairs[0] === "user_id>user_id" &&
            key.pairs[1] === `${column}>id`,
        ),
        `${child} (user_id, ${column}) → ${parent} (user_id, id)`,
      ).toBe(true);
    }
  });

  it("refuses a transaction that names another user's account", async () => {
    const { user: owner } = await createTestUser(db, { label: "owner" });
    const { user: other } = await createTestUser(db, { label: "other" });
    const account = await createAccount(db, owner.id);
    await expect(
      db.execute(sql`
        insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
          seller_key, merchant)
        values (${other.id}::uuid, ${account.id}::uuid, 'x', '2026-03-01', -1.00, 'USD', 'COFFEE', 'coffee', 'Coffee')`),
    ).rejects.toThrow();
    // The owner's own row goes in.
    await db.execute(sql`
      insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
        seller_key, merchant)
      values (${owner.id}::uuid, ${account.id}::uuid, 'x', '2026-03-01', -1.00, 'USD', 'COFFEE', 'coffee', 'Coffee')`);
  });
});

/** The version nibble and the millisecond timestamp of a UUID (RFC 9562). */
function uuidParts(id: string): { version: number; variant: number; ms: number } {
  const hex = id.replace(/-/g, "");
  return {
    version: Number.parseInt(hex[12]!, 16),
    variant: Number.parseInt(hex[16]!, 16) >> 2,
    ms: Number.parseInt(hex.slice(0, 12), 16),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("time-ordered ids", () => {
  it("gives rows inserted in SQL and in the app UUID version 7 ids, in the order they were made", async () => {
    const before = Date.now();
    const { user } = await createTestUser(db, { label: "ids" });
    const ids: string[] = [user.id];
    await pause(3);
    const first = await createAccount(db, user.id, { name: "First" });
    ids.push(first.id);
    await pause(3);
    const second = await createAccount(db, user.id, { name: "Second" });
    ids.push(second.id);
    await pause(3);
    // The import's insert … select … from unnest takes its ids from the column default.
    await addTransactions(db, { userId: user.id, accountId: second.id }, [
      { postedOn: "2026-03-01", amount: -450, description: "BLUE BOTTLE COFFEE" },
    ]);
    const [stored] = await queryRows<{ id: string }>(
      db,
      sql`select id from transactions where user_id = ${user.id}::uuid and account_id = ${second.id}::uuid`,
    );
    ids.push(stored!.id);
    await pause(3);
    ids.push(newId());
    const after = Date.now();

    for (const id of ids) {
      const parts = uuidParts(id);
      expect(parts.version, id).toBe(7);
      expect(parts.variant, id).toBe(0b10);
      // The database's clock and this process's may differ by a little; a random id would be off by decades.
      expect(parts.ms).toBeGreaterThanOrEqual(before - 5_000);
      expect(parts.ms).toBeLessThanOrEqual(after + 5_000);
    }
    // Made at least a few milliseconds apart, so they sort in the order they were made.
    expect([...ids].sort()).toEqual(ids);
  });

  it("makes distinct ids within one statement", async () => {
    const rows = await queryRows<{ distinct_ids: number; version7: number }>(
      db,
      sql`select count(distinct id)::int as distinct_ids,
            count(*) filter (where substr(id::text, 15, 1) = '7')::int as version7
          from (select uuidv7() as id from generate_series(1, 1000)) as ids`,
    );
    expect(rows[0]).toEqual({ distinct_ids: 1000, version7: 1000 });
  });
});
