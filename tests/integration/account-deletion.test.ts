// Deleting one's account: asked for the password, it removes every row of the user in every table, their raw
// statements and their crowd votes' weight, and nothing of anyone else.

import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as putBudget } from "@/app/api/v1/budgets/[category_id]/route";
import { POST as linkRoute } from "@/app/api/v1/connections/route";
import { DELETE as deleteMe, GET as getMe } from "@/app/api/v1/me/route";
import { PATCH as patchTransaction } from "@/app/api/v1/transactions/[id]/route";
import { GET as listTransactions } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { defaultCategoryId } from "@/db/seed/categories";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { getObjectStore, statementKey } from "@/server/storage";
import { createTestUser, TEST_PASSWORD } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";

let db: Database;
let runner: EmbeddedRunner;
const GROCERIES = defaultCategoryId("food-dining.groceries");

/** A user with a linked Demo Bank, a budget, a category choice (a crowd vote) on Trader Joe's, and its key. */
async function userWithData(label: string) {
  const created = await createTestUser(db, { label });
  const linked = await call(linkRoute, {
    token: created.token,
    body: { institution_id: "demo", account_login: label, account_password: "demo" },
  });
  expect(linked.status).toBe(201);
  await runner.drain();
  const budget = await call(putBudget, {
    method: "PUT",
    token: created.token,
    params: { category_id: GROCERIES },
    body: { amount: "400.00" },
  });
  expect(budget.status).toBe(200);
  const listed = await call(listTransactions, {
    token: created.token,
    path: "/api/v1/transactions?q=Trader%20Joe",
  });
  const row = listed.body.data[0];
  const moved = await call(patchTransaction, {
    method: "PATCH",
    token: created.token,
    params: { id: row.id },
    body: { category_id: GROCERIES, apply_to_seller: true },
  });
  expect(moved.status).toBe(200);
  await runner.drain();
  const [vote] = await queryRows<{ seller_key: string }>(
    db,
    sql`select seller_key from crowd_votes where user_id = ${created.user.id}::uuid`,
  );
  return { ...created, sellerKey: vote!.seller_key };
}

/** How many rows of the user each table holds, for every table with a user_id column. */
async function rowsOf(userId: string): Promise<Record<string, number>> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.columns
        where column_name = 'user_id' and table_schema = 'public' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where user_id = ${userId}::uuid`,
    );
    counts[table_name] = row!.n;
  }
  return counts;
}

/** Where the bank's answers to the user's syncs are kept, whole per sync (server/sync/connection-sync.ts). */
async function statementKeys(userId: string): Promise<string[]> {
  const synced = await queryRows<{ id: string; connection_id: string }>(
    db,
    sql`select id, connection_id from syncs where user_id = ${userId}::uuid and status = 'succeeded'`,
  );
  return synced.map((sync) =>
    statementKey({ userId, connectionId: sync.connection_id, syncId: sync.id, extension: "ofx" }),
  );
}

/** How many verified votes the crowd's answer for the seller counts. */
async function crowdVotes(sellerKey: string): Promise<number> {
  const [top] = await queryRows<{ votes: number }>(
    db,
    sql`select votes from crowd_top where seller_key = ${sellerKey}`,
  );
  return top!.votes;
}

async function expectStoredNoMore(keys: readonly string[]) {
  for (const key of keys) await expect(getObjectStore().get(key)).rejects.toThrow(/No stored object/);
}

describe("deleting one's account", () => {
  beforeAll(async () => {
    db = (await useTestDatabase()).db;
    await startDemoBank(new Date());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("asks for the password, then removes everything of the user and nothing of anyone else", async () => {
    const leaving = await userWithData("leaving");
    const staying = await userWithData("staying");
    const before = await rowsOf(leaving.user.id);
    expect(before.transactions).toBeGreaterThan(250);
    expect(before.crowd_votes).toBe(1);
    const stayingBefore = await rowsOf(staying.user.id);
    const statements = await statementKeys(leaving.user.id);
    expect(statements.length).toBeGreaterThan(0);
    for (const key of statements) expect((await getObjectStore().get(key)).length).toBeGreaterThan(0);
    const crowdBefore = await crowdVotes(leaving.sellerKey);

    const wrong = await call(deleteMe, {
      method: "DELETE",
      token: leaving.token,
      body: { password: "not it" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({
      message: "That is not your password. Nothing was deleted.",
      fields: { password: "is not your password" },
    });
    expect(await rowsOf(leaving.user.id)).toEqual(before);

    const deleted = await call(deleteMe, {
      method: "DELETE",
      token: leaving.token,
      body: { password: TEST_PASSWORD },
    });
    expect(deleted.status).toBe(204);
    // The statements and the crowd's recount go by jobs the deletion asked for in its own transaction.
    await runner.drain();
    const after = await rowsOf(leaving.user.id);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    const [account] = await queryRows(db, sql`select 1 from users where id = ${leaving.user.id}::uuid`);
    expect(account).toBeUndefined();
    await expectStoredNoMore(statements);
    // Its token went with it.
    expect((await call(getMe, { token: leaving.token })).status).toBe(401);

    // The other user keeps all of theirs; the crowd's answer no longer counts the deleted vote.
    expect(await rowsOf(staying.user.id)).toEqual(stayingBefore);
    const crowdAfter = await crowdVotes(leaving.sellerKey);
    expect(crowdAfter).toBe(crowdBefore - 1);
    // Jobs still queued for the user end quietly.
    const failed = await queryRows(
      db,
      sql`select function_id from job_runs where status = 'failed' and event::text like ${`%${leaving.user.id}%`}`,
    );
    expect(failed).toEqual([]);
  });

  it("removes the statements once the object store is back, when it failed as the account was deleted", async () => {
    const leaving = await userWithData("store-down");
    const statements = await statementKeys(leaving.user.id);
    expect(statements.length).toBeGreaterThan(0);
    const crowdBefore = await crowdVotes(leaving.sellerKey);
    const outage = vi
      .spyOn(getObjectStore(), "deletePrefix")
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:9000"));
    try {
      const deleted = await call(deleteMe, {
        method: "DELETE",
        token: leaving.token,
        body: { password: TEST_PASSWORD },
      });
      // The account is gone whatever the store says; what it kept follows when it answers again.
      expect(deleted.status).toBe(204);
      await runner.drain();
      expect(outage).toHaveBeenCalledTimes(2);
    } finally {
      outage.mockRestore();
    }
    await expectStoredNoMore(statements);
    const crowdAfter = await crowdVotes(leaving.sellerKey);
    expect(crowdAfter).toBe(crowdBefore - 1);
  });

  it("an account without a password is confirmed with its e-mail address", async () => {
    const { user, token } = await createTestUser(db, { label: "oauth-only" });
    await db.execute(sql`update users set password_hash = null where id = ${user.id}::uuid`);
    const wrong = await call(deleteMe, {
      method: "DELETE",
      token,
      body: { confirm_email: "someone-else@example.com" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ confirm_email: "is not your e-mail address" });
    const deleted = await call(deleteMe, {
      method: "DELETE",
      token,
      body: { confirm_email: ` ${user.email.toUpperCase()} ` },
    });
    expect(deleted.status).toBe(204);
    expect(await queryRows(db, sql`select 1 from users where id = ${user.id}::uuid`)).toEqual([]);
  });
});
