// The real functions (sync-connection, import-statement, recompute-spending, the daily refresh's pages) run
// under @inngest/test, Inngest's own executor, as well as under the embedded runner, against the same
// database; and onFailure recognizes errors by name, as they arrive serialized from Inngest.
// @inngest/test traps (STACK-NOTES): a fresh engine per execution; step.sendEvent mocked by step id.

import fs from "node:fs";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { accounts, connections, syncs } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { embeddedSpec } from "@/inngest/define";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { spendingRecomputeRequested } from "@/inngest/events";
import { dailyRefreshPageFunction } from "@/inngest/functions/daily-refresh-page";
import { importStatement } from "@/inngest/functions/import-statement";
import { recomputeSpending } from "@/inngest/functions/recompute-spending";
import { syncConnection } from "@/inngest/functions/sync-connection";
import { dailySlotSeconds } from "@/server/sync/daily";
import { refreshConnection } from "@/server/sync/refresh";
import { acceptStatementUpload } from "@/server/sync/statement-import";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";
import { recordingLog } from "../support/jobs";

let handle: DatabaseHandle;
let runner: EmbeddedRunner;

beforeAll(async () => {
  handle = await useTestDatabase();
  await startDemoBank();
  runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: recordingLog() } });
});

/** The stored aggregate next to sums the test computes itself from the transactions, per month and category. */
async function aggregateAgainstRows(userId: string) {
  const stored = await queryRows<{ month: string; category_id: string; outflow: string; count: number }>(
    handle.db,
    sql`select to_char(month, 'YYYY-MM') as month, category_id::text, outflow::text, count
        from monthly_spending where user_id = ${userId}::uuid and count > 0 order by 1, 2`,
  );
  const rows = await queryRows<{ month: string; category_id: string; amount: string }>(
    handle.db,
    sql`select to_char(posted_on, 'YYYY-MM') as month,
          coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid)::text as category_id, amount::text
        from transactions where user_id = ${userId}::uuid`,
  );
  const cents = (amount: string) => {
    const [whole, fraction = "0"] = amount.replace("-", "").split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  };
  const sums = new Map<string, { outflow: number; count: number }>();
  for (const row of rows) {
    const key = `${row.month}|${row.category_id}`;
    const entry = sums.get(key) ?? { outflow: 0, count: 0 };
    if (row.amount.startsWith("-")) entry.outflow += cents(row.amount);
    entry.count++;
    sums.set(key, entry);
  }
  return {
    stored: stored.map((row) => ({
      key: `${row.month}|${row.category_id}`,
      outflow: cents(row.outflow),
      count: row.count,
    })),
    expected: [...sums.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => ({ key, ...value })),
  };
}

describe("the real functions under @inngest/test and the embedded runner", () => {
  it("sync-connection: a refresh's sync runs to success under both", async () => {
    const { user } = await createTestUser(handle.db, { label: "parity-sync" });
    const connection = await createDemoConnection(handle.db, user.id);
    const first = await refreshConnection(handle.db, user.id, connection.id);
    const engine = new InngestTestEngine({
      function: syncConnection,
      events: [
        {
          name: "connection/sync.requested",
          id: `sync:${first.id}`,
          data: {
            connectionId: connection.id,
            userId: user.id,
            institutionId: connection.institutionId,
            syncId: first.id,
            reason: "manual",
          },
        },
      ],
    });
    const { result } = await engine.execute();
    expect(result).toMatchObject({ syncId: first.id, duplicates: 0 });
    expect((result as { imported: number }).imported).toBeGreaterThan(250);
    const [stored] = await handle.db.select().from(syncs).where(eq(syncs.id, first.id));
    expect(stored?.status).toBe("succeeded");

    // The same sync's outbox event, run by the embedded runner, finds it finished and does nothing more; the
    // runner then runs the next refresh.
    await runner.drain();
    const second = await refreshConnection(handle.db, user.id, connection.id);
    await runner.drain();
    const [again] = await handle.db.select().from(syncs).where(eq(syncs.id, second.id));
    expect(again).toMatchObject({ status: "succeeded", imported: 0 });
    // The bank resends its last week; all of it is already stored.
    expect(again!.duplicates).toBeGreaterThan(0);
  });

  it("import-statement: an uploaded file is imported under both, each row once", async () => {
    const { user } = await createTestUser(handle.db, { label: "parity-import" });
    const [account] = await handle.db
      .insert(accounts)
      .values({ userId: user.id, name: "Checking", type: "checking", currency: "CAD" })
      .returning();
    const bytes = new Uint8Array(
      fs.readFileSync(path.resolve(__dirname, "../fixtures/statements/ofx/ofxparse-bank_medium.ofx")),
    );
    const { sync: upload } = await acceptStatementUpload(handle.db, user.id, account!.id, {
      bytes,
      filename: "bank.ofx",
    });
    const engine = new InngestTestEngine({
      function: importStatement,
      events: [
        {
          name: "statement/import.requested",
          data: { syncId: upload.id, userId: user.id, accountId: account!.id },
        },
      ],
    });
    const { result } = await engine.execute();
    expect(result).toMatchObject({ syncId: upload.id, duplicates: 0 });
    const imported = (result as { imported: number }).imported;
    expect(imported).toBeGreaterThan(0);
    // The embedded runner then delivers the upload's outbox event: the import is already done.
    await runner.drain();
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from transactions where account_id = ${account!.id}::uuid`,
    );
    expect(n).toBe(imported);
  });

  it("recompute-spending: repairs a damaged aggregate to the sum of the transactions under both", async () => {
    const { user } = await createTestUser(handle.db, { label: "parity-recompute" });
    const connection = await createDemoConnection(handle.db, user.id);
    await refreshConnection(handle.db, user.id, connection.id);
    await runner.drain();
    const months = (
      await queryRows<{ month: string }>(
        handle.db,
        sql`select distinct to_char(posted_on, 'YYYY-MM') as month from transactions
            where user_id = ${user.id}::uuid order by 1`,
      )
    ).map((row) => row.month);
    // Damage one stored month (the repair tool's reason to exist), by a cent.
    const damage = () =>
      handle.db.execute(sql`update monthly_spending set outflow = outflow + 0.01
        where (user_id, currency, month, category_id) = (
          select user_id, currency, month, category_id from monthly_spending
          where user_id = ${user.id}::uuid order by month, category_id limit 1)`);
    await damage();
    expect((await aggregateAgainstRows(user.id)).stored).not.toEqual(
      (await aggregateAgainstRows(user.id)).expected,
    );
    const engine = new InngestTestEngine({
      function: recomputeSpending,
      events: [{ name: "spending/recompute.requested", data: { userId: user.id, months } }],
      // step.sendEvent would call Inngest's API for real under @inngest/test: mocked by its step id.
      steps: [{ id: "evaluate-budgets", handler: () => ({ ids: [] }) }],
    });
    expect((await engine.execute()).result).toEqual({ months: months.length, driftRows: 1 });
    const underInngest = await aggregateAgainstRows(user.id);
    expect(underInngest.stored).toEqual(underInngest.expected);

    // The same event through the embedded runner: the same repair.
    await damage();
    await runner.dispatch(spendingRecomputeRequested({ userId: user.id, months }));
    await runner.drain();
    const underRunner = await aggregateAgainstRows(user.id);
    expect(underRunner.stored).toEqual(underRunner.expected);
  });

  it("daily-refresh-page: sends one sync per due connection at its time of day, then the next page", async () => {
    const { user } = await createTestUser(handle.db, { label: "parity-daily", activeDaysAgo: 1 });
    const ids = ["e1000000-0000-4000-8000-000000000000", "e2000000-0000-4000-8000-000000000000"];
    await handle.db.insert(connections).values(
      ids.map((id) => ({
        id,
        userId: user.id,
        institutionId: "demo",
        institutionName: "Demo Bank",
        ofxUrl: "demo",
        org: "ORG",
        fid: "1",
        login: id,
        passwordCiphertext: "unused",
      })),
    );
    const day = new Date().toISOString().slice(0, 10);
    // The owner's bucket, from the owner's first key: this user's two connections are the page's first two.
    const page = {
      day,
      bucket: Number.parseInt(user.id.slice(-2), 16) % 16,
      after: { userId: user.id, connectionId: "00000000-0000-0000-0000-000000000000" },
      pageSize: 2,
      spreadSeconds: 86_400,
    };
    const engine = new InngestTestEngine({
      function: dailyRefreshPageFunction,
      events: [{ name: "sync/daily-refresh.page", data: page }],
      steps: [
        { id: "sync", handler: () => ({ ids }) },
        { id: "next-page", handler: () => ({ ids: ["next"] }) },
      ],
    });
    const { result, ctx } = await engine.execute();
    expect(result).toEqual({ connections: 2, last: ids[1] });
    const midnight = Date.parse(`${day}T00:00:00Z`);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "sync",
      ids.map((id) =>
        expect.objectContaining({
          id: `sync:${id}:${day}`,
          ts: midnight + dailySlotSeconds(id, 86_400) * 1000,
          data: {
            connectionId: id,
            userId: user.id,
            institutionId: "demo",
            throttleKey: `connection:${id}`,
            reason: "daily",
          },
        }),
      ),
    );
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "next-page",
      expect.objectContaining({
        name: "sync/daily-refresh.page",
        data: { ...page, after: { userId: user.id, connectionId: ids[1] } },
      }),
    );
  });

  it("onFailure recognizes a refused login by name, as the error arrives serialized from Inngest", async () => {
    const { user } = await createTestUser(handle.db, { label: "parity-failure" });
    const connection = await createDemoConnection(handle.db, user.id);
    const sync = await refreshConnection(handle.db, user.id, connection.id);
    // What Inngest hands onFailure: a plain Error carrying the original name, not an OfxSignonError instance.
    const error = Object.assign(new Error("The bank refused the user id and password."), {
      name: "OfxSignonError",
    });
    const data = {
      connectionId: connection.id,
      userId: user.id,
      institutionId: "demo",
      syncId: sync.id,
      reason: "manual" as const,
    };
    await syncConnection[embeddedSpec].onFailure!({
      event: {
        name: "inngest/function.failed",
        data: {
          function_id: "sync-connection",
          run_id: "run",
          error: { name: error.name, message: error.message },
          event: { name: "connection/sync.requested", data },
        },
      },
      error,
    } as never);
    const [stored] = await handle.db.select().from(connections).where(eq(connections.id, connection.id));
    expect(stored).toMatchObject({ status: "needs_attention" });
    expect(stored?.lastError).toMatch(/refused the user id and password/);
    const [failed] = await handle.db.select().from(syncs).where(eq(syncs.id, sync.id));
    expect(failed?.status).toBe("failed");
  });
});
