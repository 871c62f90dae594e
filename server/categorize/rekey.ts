import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { pgArray } from "@/db/sql-arrays";
import { currentSellerKey } from "./assign";
import { SELLER_KEY_VERSION } from "./normalize";
import { refreshCrowdTops } from "./votes";

// Rules, private choices and crowd votes are stored under a seller key, and a release that reads bank text better
// (a wrapper newly stripped, a town newly cut) gives some text another key: a rule left under the old key would
// silently stop applying to new imports of the very text the user filed. So each row keeps a sample of the text
// it was made on and the SELLER_KEY_VERSION it was keyed under; after a release raises the version, the re-key job
// (inngest/functions/rekey-sellers.ts) reads each older row's sample again, a batch at a time, and moves the row to
// the key that text gets now.
//
// Why a batch job rather than re-keying each user's rows lazily when an import loads their rules: crowd votes are
// shared, and a seller's crowd answer must count every voter under one key, including voters who never import
// again; the job also keeps the import path (the hot one) free of a version check per batch. Rules, choices and
// votes are a few rows per user, far fewer than transactions, so the job is bounded by them, not by history.
//
// Stored transactions are not touched: they keep the key they were imported under, as they keep their category.
// "Apply to all from this seller" still sweeps the rows stored under the chosen row's key, and the rule it makes
// goes under the text's current key (choiceSellerKey), so new imports follow it. A re-keyed vote stays verified
// through its sample text (votes.ts), which the voter's older rows still carry.

/** The key a description on an account in this currency reads into now (injectable: tests stand in a release). */
export type SellerKeyOf = (description: string, currency: string | null) => string;

/** Rows of each table one batch reads: one short transaction per table, a few hundred row locks. */
export const REKEY_BATCH = 500;

// Each table with the time its row was last chosen: when two rows meet on one key, the user's newer word wins.
const TABLES = [
  { table: "seller_rules", at: "created_at" },
  { table: "category_choices", at: "chosen_at" },
  { table: "crowd_votes", at: "voted_at" },
] as const;

type Table = (typeof TABLES)[number];

type StaleRow = {
  user_id: string;
  seller_key: string;
  category_id: string;
  at: string;
  sample_description: string | null;
  sample_currency: string | null;
};

export type RekeyResult = {
  /** Rows keyed under an older version that this batch read. */
  examined: number;
  /** Of those, rows whose text now reads into another key, moved there (or merged into the row already there). */
  moved: number;
  /** Whether no older row is left: every table's batch came back short. */
  done: boolean;
};

/**
 * One batch of the re-key: up to `limit` rows of each table keyed under an older version than `version`. Each row
 * whose sample now reads into another key moves there; where the user already has a row under that key, the newer
 * of the two stays (their latest word), and the other is dropped. Every row read is then marked with `version`, so
 * running it again changes nothing, and a crash leaves each table's batch either done or not begun. Moved votes
 * have both sellers' crowd answers recounted in the same transaction.
 */
export async function rekeyStaleSellerRows(
  db: Database,
  options: { version?: number; keyOf?: SellerKeyOf; limit?: number } = {},
): Promise<RekeyResult> {
  const version = options.version ?? SELLER_KEY_VERSION;
  const keyOf = options.keyOf ?? currentSellerKey;
  const limit = options.limit ?? REKEY_BATCH;
  const result: RekeyResult = { examined: 0, moved: 0, done: true };
  for (const table of TABLES) {
    const batch = await rekeyTable(db, table, version, keyOf, limit);
    result.examined += batch.examined;
    result.moved += batch.moved;
    if (batch.examined === limit) result.done = false;
  }
  return result;
}

async function rekeyTable(
  db: Database,
  { table, at }: Table,
  version: number,
  keyOf: SellerKeyOf,
  limit: number,
): Promise<{ examined: number; moved: number }> {
  const name = sql.raw(`"${table}"`);
  const atColumn = sql.raw(`"${at}"`);
  return db.transaction(async (tx) => {
    // Skip locked: a row a user is changing right now is taken by the next batch instead of waited for.
    const rows = await queryRows<StaleRow>(
      tx,
      sql`select user_id, seller_key, category_id, ${atColumn}::text as at, sample_description, sample_currency
          from ${name} where key_version < ${version} limit ${limit} for update skip locked`,
    );
    if (rows.length === 0) return { examined: 0, moved: 0 };
    const moves: (StaleRow & { new_key: string })[] = [];
    for (const row of rows) {
      // No sample (an old row whose user kept no transaction under its key), or text that now names no seller:
      // the row keeps its key, which is the best anyone knows.
      const key = row.sample_description === null ? "" : keyOf(row.sample_description, row.sample_currency);
      if (key !== "" && key !== row.seller_key) moves.push({ ...row, new_key: key });
    }
    if (moves.length > 0) {
      // All moved rows leave first: a row moving onto a key another row of the batch is leaving meets no one.
      await tx.execute(
        sql`delete from ${name} t
            using unnest(${pgArray(moves.map((m) => m.user_id))}::uuid[], ${pgArray(moves.map((m) => m.seller_key))}::text[])
              as m(user_id, seller_key)
            where t.user_id = m.user_id and t.seller_key = m.seller_key`,
      );
      // Two old keys of one user may read into the same new one ("… SEATTLE" and "… PORTLAND" once towns are
      // cut): the newer choice goes in. A row already under the new key stays unless the moving one is newer.
      await tx.execute(
        sql`insert into ${name} as t
              (user_id, seller_key, category_id, ${atColumn}, sample_description, sample_currency, key_version)
            select distinct on (user_id, seller_key)
              user_id, seller_key, category_id, at, sample_description, sample_currency, ${version}::int
            from unnest(
              ${pgArray(moves.map((m) => m.user_id))}::uuid[],
              ${pgArray(moves.map((m) => m.new_key))}::text[],
              ${pgArray(moves.map((m) => m.category_id))}::uuid[],
              ${pgArray(moves.map((m) => m.at))}::timestamptz[],
              ${pgArray(moves.map((m) => m.sample_description))}::text[],
              ${pgArray(moves.map((m) => m.sample_currency))}::text[]
            ) as m(user_id, seller_key, category_id, at, sample_description, sample_currency)
            order by user_id, seller_key, at desc
            on conflict (user_id, seller_key) do update set
              category_id = excluded.category_id, ${atColumn} = excluded.${atColumn},
              sample_description = excluded.sample_description, sample_currency = excluded.sample_currency,
              key_version = excluded.key_version
            where t.${atColumn} < excluded.${atColumn}`,
      );
    }
    const moved = new Set(moves.map((m) => `${m.user_id}\u0000${m.seller_key}`));
    const stay = rows.filter((row) => !moved.has(`${row.user_id}\u0000${row.seller_key}`));
    if (stay.length > 0)
      await tx.execute(
        sql`update ${name} t set key_version = ${version}::int
            from unnest(${pgArray(stay.map((r) => r.user_id))}::uuid[], ${pgArray(stay.map((r) => r.seller_key))}::text[])
              as s(user_id, seller_key)
            where t.user_id = s.user_id and t.seller_key = s.seller_key and t.key_version < ${version}::int`,
      );
    // The crowd counts each voter once per seller: both sellers' answers change when a vote moves.
    if (table === "crowd_votes" && moves.length > 0)
      await refreshCrowdTops(tx, [...moves.map((m) => m.seller_key), ...moves.map((m) => m.new_key)]);
    return { examined: rows.length, moved: moves.length };
  });
}

/** Whether any rule, choice or vote is keyed under an older version than `version` (one index probe per table). */
export async function hasStaleSellerRows(db: Database, version = SELLER_KEY_VERSION): Promise<boolean> {
  const [row] = await queryRows<{ stale: boolean }>(
    db,
    sql`select exists (select 1 from seller_rules where key_version < ${version})
          or exists (select 1 from category_choices where key_version < ${version})
          or exists (select 1 from crowd_votes where key_version < ${version}) as stale`,
  );
  return Boolean(row?.stale);
}
