// An installation holding rules, choices and votes from before 0020 gets, for each, a sample of the bank's text it
// was made from (the user's latest row under its key, a synced one first), and key_version 0, so the re-key job
// reads every one of them again with the current normalizer.

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { defaultCategoryId } from "@/db/seed/categories";
import { openDatabaseAtMigration } from "../support/migration-at";

let opened: { handle: DatabaseHandle; drop: () => Promise<void> } | undefined;
afterAll(async () => {
  await opened?.handle.close();
  await opened?.drop();
});

describe("migrating a database from 0019: seller key samples", () => {
  it("samples each rule, choice and vote from the user's own rows under its key", async () => {
    opened = await openDatabaseAtMigration("0019_budget_currency");
    const { db } = opened.handle;
    const groceries = defaultCategoryId("food-dining.groceries");
    await db.execute(sql`insert into default_categories (id, slug, name, group_name, kind)
      values (${groceries}::uuid, 'food-dining.groceries', 'Groceries', 'Food & Dining', 'expense')
      on conflict do nothing`);
    const [ann, bob] = [randomUUID(), randomUUID()];
    const [connection, synced, manual] = [randomUUID(), randomUUID(), randomUUID()];
    await db.execute(sql`insert into users (id, email) values
      (${ann}::uuid, 'ann@example.com'), (${bob}::uuid, 'bob@example.com')`);
    await db.execute(sql`insert into connections (id, user_id, institution_id, institution_name, ofx_url, org, fid,
        login, password_ciphertext)
      values (${connection}::uuid, ${ann}::uuid, 'demo', 'Demo Bank', 'demo', 'DEMO', '0', 'ann', 'x')`);
    await db.execute(sql`insert into accounts (id, user_id, connection_id, name, type, currency) values
      (${synced}::uuid, ${ann}::uuid, ${connection}::uuid, 'Checking', 'checking', 'EUR'),
      (${manual}::uuid, ${ann}::uuid, null, 'Cash', 'cash', 'USD')`);
    // Ann's rows under "orchard grocer": the latest is in her manual account, but a synced one comes first.
    await db.execute(sql`insert into transactions (user_id, account_id, external_id, posted_on, amount, currency,
        description, seller_key, merchant) values
      (${ann}::uuid, ${synced}::uuid, 'a1', '2026-03-01', -10, 'EUR', 'ORCHARD GROCER 12 LYON', 'orchard grocer', 'Orchard Grocer'),
      (${ann}::uuid, ${synced}::uuid, 'a2', '2026-04-01', -10, 'EUR', 'CB ORCHARD GROCER 04/04', 'orchard grocer', 'Orchard Grocer'),
      (${ann}::uuid, ${manual}::uuid, 'a3', '2026-05-01', -10, 'USD', 'orchard grocer cash', 'orchard grocer', 'Orchard Grocer')`);
    for (const table of ["seller_rules", "category_choices"])
      await db.execute(sql`insert into ${sql.raw(table)} (user_id, seller_key, category_id) values
        (${ann}::uuid, 'orchard grocer', ${groceries}::uuid), (${bob}::uuid, 'orchard grocer', ${groceries}::uuid)`);
    await db.execute(sql`insert into crowd_votes (user_id, seller_key, category_id)
      values (${ann}::uuid, 'orchard grocer', ${groceries}::uuid)`);

    await migrateDatabase(opened.handle);

    for (const table of ["seller_rules", "category_choices", "crowd_votes"]) {
      const rows = await queryRows<Record<string, unknown>>(
        db,
        sql`select user_id, seller_key, sample_description, sample_currency, key_version
            from ${sql.raw(table)} order by user_id = ${ann}::uuid desc`,
      );
      const expected: Record<string, unknown>[] = [
        {
          user_id: ann,
          seller_key: "orchard grocer",
          sample_description: "CB ORCHARD GROCER 04/04",
          sample_currency: "EUR",
          key_version: 0,
        },
      ];
      // Bob has no row of his own under the key: his rule and choice keep their key and no sample.
      if (table !== "crowd_votes")
        expected.push({
          user_id: bob,
          seller_key: "orchard grocer",
          sample_description: null,
          sample_currency: null,
          key_version: 0,
        });
      expect(rows).toEqual(expected);
    }
  });
});
