import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as refreshRoute } from "@/app/api/v1/connections/[id]/refresh/route";
import {
  DELETE as deleteConnectionRoute,
  GET as getConnectionRoute,
  PATCH as patchConnectionRoute,
} from "@/app/api/v1/connections/[id]/route";
import { POST as linkRoute, GET as listConnectionsRoute } from "@/app/api/v1/connections/route";
import { GET as getSyncRoute } from "@/app/api/v1/syncs/[id]/route";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { connections, monthlySpending, syncs, transactions } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import {
  beginConnectionSync,
  fetchConnectionStatements,
  importAccountStatement,
  importConnectionStatements,
  readStoredAnswer,
} from "@/server/sync/connection-sync";
import { resumeUnfinishedSyncs } from "@/server/sync/refresh";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { startDemoBank, type TestDemoBank } from "../support/demo-bank";
import { expectAggregateMatchesTransactions } from "../support/ledger";

let handle: DatabaseHandle;
let db: Database;
let bank: TestDemoBank;
let runner: EmbeddedRunner;

async function linkDemo(token: string, password = "demo") {
  return call(linkRoute, {
    token,
    body: { institution_id: "demo", account_login: "casey", account_password: password },
  });
}

async function syncOf(token: string, id: string) {
  return (await call(getSyncRoute, { token, params: { id } })).body;
}

describe("linking the Demo Bank and extracting transactions", () => {
  beforeAll(async () => {
    handle = await useTestDatabase();
    db = handle.db;
    bank = await startDemoBank(new Date());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("links, syncs about six months of history in the background, and lists it newest first", async () => {
    const { token } = await createTestUser(db, { label: "link" });
    const linked = await linkDemo(token);
    expect(linked.status).toBe(201);
    expect(linked.body.connection.institution).toEqual({ id: "demo", name: "Demo Bank" });
    expect(linked.body.connection.accounts.map((a: { type: string }) => a.type).sort()).toEqual([
      "checking",
      "credit_card",
    ]);
    expect(linked.body.connection.accounts[0].mask).toMatch(/^\d{4}$/);
    expect(["queued", "running", "succeeded"]).toContain(linked.body.sync.status);

    await runner.drain();
    const sync = await syncOf(token, linked.body.sync.id);
    expect(sync.status).toBe("succeeded");
    expect(sync.imported).toBeGreaterThan(250);
    expect(sync.duplicates).toBe(0);

    const page = await call(listTransactionsRoute, { token, path: "/api/v1/transactions?limit=500" });
    expect(page.status).toBe(200);
    const dates = page.body.data.map((t: { posted_on: string }) => t.posted_on);
    expect([...dates].sort().reverse()).toEqual(dates);
    const oldest = new Date(`${dates.at(-1)}T00:00:00Z`).getTime();
    expect((bank.today.getTime() - oldest) / 86_400_000).toBeGreaterThan(150);
    expect(page.body.data[0].amount).toMatch(/^-?\d+\.\d{2}$/);
    const sellers = page.body.data.map((t: { seller: string }) => t.seller);
    expect(sellers).toEqual(expect.arrayContaining([expect.stringMatching(/^SQ \*BLUE BOTTLE/)]));

    const connection = await call(getConnectionRoute, { token, params: { id: linked.body.connection.id } });
    expect(connection.body.last_synced_at).not.toBeNull();
    expect(connection.body.accounts.every((a: { balance: string | null }) => a.balance !== null)).toBe(true);
  });

  it("shows the bank's refusal of a wrong password and stores nothing", async () => {
    const { token, user } = await createTestUser(db, { label: "wrongpw" });
    const refused = await linkDemo(token, "not-demo");
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("bank_rejected_credentials");
    expect(refused.body.error.message).toMatch(/user id and password/i);
    const stored = await db.select().from(connections).where(eq(connections.userId, user.id));
    expect(stored).toHaveLength(0);
  });

  it("answers bank_unreachable when the bank's server is down", async () => {
    const { token } = await createTestUser(db, { label: "down" });
    bank.failNext(1);
    const response = await linkDemo(token);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("bank_unreachable");
  });

  it("imports only what is new on refresh, including late postings, and never the same row twice", async () => {
    const { token } = await createTestUser(db, { label: "refresh" });
    const linked = await linkDemo(token);
    await runner.drain();
    const first = await syncOf(token, linked.body.sync.id);

    const again = await call(refreshRoute, { token, params: { id: linked.body.connection.id } });
    expect(again.status).toBe(202);
    await runner.drain();
    const unchanged = await syncOf(token, again.body.sync.id);
    expect(unchanged.status).toBe("succeeded");
    expect(unchanged.imported).toBe(0);
    expect(unchanged.duplicates).toBeGreaterThan(0);

    // Five days later the bank has new transactions, card purchases among them dated before the last sync.
    const later = new Date(bank.today.getTime() + 5 * 86_400_000);
    const previousToday = bank.today;
    bank.today = later;
    try {
      const next = await call(refreshRoute, { token, params: { id: linked.body.connection.id } });
      await runner.drain();
      const fresh = await syncOf(token, next.body.sync.id);
      expect(fresh.status).toBe("succeeded");
      expect(fresh.imported).toBeGreaterThan(0);
      const all = await call(listTransactionsRoute, { token, path: "/api/v1/transactions?limit=500" });
      const ids = all.body.data.map((t: { id: string }) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(first.imported + fresh.imported);
    } finally {
      bank.today = previousToday;
    }
  });

  it("running the same sync three times leaves the same rows and totals", async () => {
    const { user } = await createTestUser(db, { label: "thrice" });
    const [connection] = await db
      .insert(connections)
      .values({
        userId: user.id,
        institutionId: "demo",
        institutionName: "Demo Bank",
        ofxUrl: bank.url,
        org: "TALLYDEMO",
        fid: "9999",
        login: "thrice",
        passwordCiphertext: "placeholder",
      })
      .returning();
    const { encryptSecret } = await import("@/server/security/credentials");
    await db
      .update(connections)
      .set({ passwordCiphertext: encryptSecret("demo", connection!.id) })
      .where(eq(connections.id, connection!.id));
    const { demoAccounts } = await import("@/server/demo-bank/history");
    const { accounts } = await import("@/db/schema");
    await db.insert(accounts).values(
      demoAccounts("thrice").map((account) => ({
        userId: user.id,
        connectionId: connection!.id,
        accountNumber: account.accountNumber,
        name: account.name,
        type: account.kind,
      })),
    );
    const counts: number[] = [];
    for (let run = 0; run < 3; run++) {
      const plan = await beginConnectionSync(db, {
        connectionId: connection!.id,
        userId: user.id,
        reason: "manual",
      });
      expect(plan).not.toBeNull();
      await importConnectionStatements(db, plan!, await fetchConnectionStatements(db, plan!));
      const { finishConnectionSync } = await import("@/server/sync/connection-sync");
      await finishConnectionSync(db, plan!);
      await db.update(connections).set({ lastSyncedAt: null }).where(eq(connections.id, connection!.id));
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from transactions where user_id = ${user.id}::uuid`,
      );
      counts.push(Number(row!.n));
    }
    expect(counts[0]).toBeGreaterThan(250);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("a crash in the middle of a statement stores none of it, and the retry stores all of it once", async () => {
    const { token, user } = await createTestUser(db, { label: "crash" });
    const linked = await linkDemo(token);
    await runner.drain();
    const clean = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transactions where user_id = ${user.id}::uuid`,
    );

    // The same history for a second user, imported with a crash after the second batch, then retried.
    const { user: other } = await createTestUser(db, { label: "crash2" });
    const [source] = await db.select().from(connections).where(eq(connections.id, linked.body.connection.id));
    const { accounts } = await import("@/db/schema");
    const [copy] = await db
      .insert(connections)
      .values({ ...source!, id: undefined, userId: other.id, lastSyncedAt: null })
      .returning();
    const { encryptSecret } = await import("@/server/security/credentials");
    await db
      .update(connections)
      .set({ passwordCiphertext: encryptSecret("demo", copy!.id) })
      .where(eq(connections.id, copy!.id));
    const sourceAccounts = await db.select().from(accounts).where(eq(accounts.connectionId, source!.id));
    await db.insert(accounts).values(
      sourceAccounts.map((account) => ({
        ...account,
        id: undefined,
        userId: other.id,
        connectionId: copy!.id,
        balance: null,
      })),
    );
    const plan = await beginConnectionSync(db, {
      connectionId: copy!.id,
      userId: other.id,
      reason: "manual",
    });
    const card = plan!.accounts.find((account) => account.type === "credit_card")!;
    const checking = plan!.accounts.find((account) => account.type === "checking")!;
    const fetched = await fetchConnectionStatements(db, plan!);
    const document = await readStoredAnswer(fetched.objectKey);
    const answer = (accountId: string) => ({ document, trnUid: fetched.trnUids[accountId] });
    await expect(
      importAccountStatement(db, plan!, card.id, answer(card.id), {
        batchSize: 40,
        afterBatch: (batch) => {
          if (batch === 1) throw new Error("simulated crash");
        },
      }),
    ).rejects.toThrow("simulated crash");
    const partial = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transactions where user_id = ${other.id}::uuid`,
    );
    // Two batches were written before the crash; the statement's transaction took them back.
    expect(Number(partial[0]!.n)).toBe(0);
    expect((await expectAggregateMatchesTransactions(db, other.id)).size).toBe(0);

    await importAccountStatement(db, plan!, card.id, answer(card.id), { batchSize: 40 });
    await importAccountStatement(db, plan!, checking.id, answer(checking.id));
    const finished = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transactions where user_id = ${other.id}::uuid`,
    );
    expect(Number(finished[0]!.n)).toBe(Number(clean[0]!.n));
    await expectAggregateMatchesTransactions(db, other.id);
  });

  it("asks the bank once per sync for all the connection's accounts, and keeps its answer whole", async () => {
    const { token, user } = await createTestUser(db, { label: "onesignon" });
    const linked = await linkDemo(token);
    await runner.drain();
    const requestsBefore = bank.requests;
    const refresh = await call(refreshRoute, { token, params: { id: linked.body.connection.id } });
    await runner.drain();
    expect((await syncOf(token, refresh.body.sync.id)).status).toBe("succeeded");
    // Two accounts, one sign-on.
    expect(bank.requests - requestsBefore).toBe(1);
    const { getObjectStore, statementKey } = await import("@/server/storage");
    const raw = new TextDecoder().decode(
      await getObjectStore().get(
        statementKey({
          userId: user.id,
          connectionId: linked.body.connection.id,
          syncId: refresh.body.sync.id,
          extension: "ofx",
        }),
      ),
    );
    expect(raw.match(/<STMTTRNRS>/g)).toHaveLength(1);
    expect(raw.match(/<CCSTMTTRNRS>/g)).toHaveLength(1);
  });

  it("retries a sync when the bank's server fails for a moment", async () => {
    const { token } = await createTestUser(db, { label: "retry" });
    const linked = await linkDemo(token);
    await runner.drain();
    bank.failNext(2);
    const refresh = await call(refreshRoute, { token, params: { id: linked.body.connection.id } });
    await runner.drain();
    expect((await syncOf(token, refresh.body.sync.id)).status).toBe("succeeded");
  });

  it("keeps the bank password encrypted, never returns it, and hides other users' connections", async () => {
    const { token, user } = await createTestUser(db, { label: "secret" });
    const linked = await linkDemo(token);
    await runner.drain();
    const [row] = await db.select().from(connections).where(eq(connections.userId, user.id));
    expect(row!.passwordCiphertext).toMatch(/^v1\./);
    expect(row!.passwordCiphertext).not.toContain("demo");
    const responses = [
      linked.body,
      (await call(listConnectionsRoute, { token })).body,
      (await call(getConnectionRoute, { token, params: { id: row!.id } })).body,
    ];
    for (const body of responses) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(row!.passwordCiphertext);
      expect(text).not.toMatch(/password/i);
    }

    const { token: stranger } = await createTestUser(db, { label: "stranger" });
    expect((await call(getConnectionRoute, { token: stranger, params: { id: row!.id } })).status).toBe(404);
    expect((await call(refreshRoute, { token: stranger, params: { id: row!.id } })).status).toBe(404);
    expect((await call(getSyncRoute, { token: stranger, params: { id: linked.body.sync.id } })).status).toBe(
      404,
    );
    expect((await call(deleteConnectionRoute, { token: stranger, params: { id: row!.id } })).status).toBe(
      404,
    );
    const theirs = await call(listTransactionsRoute, {
      token: stranger,
      path: `/api/v1/transactions?account_id=${linked.body.connection.accounts[0].id}`,
    });
    expect(theirs.status).toBe(404);
    expect(theirs.body.data).toBeUndefined();
  });

  it("finishes a sync a dead process left running, with nothing lost or doubled", async () => {
    const { token, user } = await createTestUser(db, { label: "stranded" });
    const linked = await linkDemo(token);
    await runner.drain();
    const before = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transactions where user_id = ${user.id}::uuid`,
    );
    // What a crash mid-sync leaves behind: a sync marked running that no process is working on.
    const [stranded] = await db
      .insert(syncs)
      .values({
        userId: user.id,
        connectionId: linked.body.connection.id,
        kind: "connection",
        reason: "manual",
        status: "running",
      })
      .returning();
    const resumed = await resumeUnfinishedSyncs(db, new Date(Date.now() + 1000));
    expect(resumed).toBeGreaterThanOrEqual(1);
    await runner.drain();
    expect(await syncOf(token, stranded!.id)).toMatchObject({ status: "succeeded", imported: 0 });
    const after = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transactions where user_id = ${user.id}::uuid`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("every hour, finishes syncs left unfinished for hours, which until then block the connection", async () => {
    const lost = await createTestUser(db, { label: "lost-run" });
    const lostLink = await linkDemo(lost.token);
    const busy = await createTestUser(db, { label: "busy-run" });
    const busyLink = await linkDemo(busy.token);
    await runner.drain();
    const unfinished = async (userId: string, connectionId: string, hoursAgo: number) =>
      (
        await db
          .insert(syncs)
          .values({
            userId,
            connectionId,
            kind: "connection",
            reason: "daily",
            status: "running",
            createdAt: new Date(Date.now() - hoursAgo * 3_600_000),
          })
          .returning()
      )[0]!;
    // A sync whose run was lost seven hours ago, and one that started an hour ago (still being worked on).
    const stuck = await unfinished(lost.user.id, lostLink.body.connection.id, 7);
    const recent = await unfinished(busy.user.id, busyLink.body.connection.id, 1);
    // Until it ends, "Refresh now" answers with it instead of syncing.
    const blocked = await call(refreshRoute, {
      token: lost.token,
      params: { id: lostLink.body.connection.id },
    });
    expect(blocked.body.sync.id).toBe(stuck.id);

    await runner.fireCron("recover-stranded-syncs");
    await runner.drain();
    expect((await syncOf(lost.token, stuck.id)).status).toBe("succeeded");
    expect((await syncOf(busy.token, recent.id)).status).toBe("running");
    const fresh = await call(refreshRoute, {
      token: lost.token,
      params: { id: lostLink.body.connection.id },
    });
    expect(fresh.body.sync.id).not.toBe(stuck.id);
    await runner.drain();
    expect((await syncOf(lost.token, fresh.body.sync.id)).status).toBe("succeeded");
    await db.update(syncs).set({ status: "failed" }).where(eq(syncs.id, recent.id));
  });

  it("stops at once when the bank refuses the stored password, and recovers with a new one", async () => {
    const { token, user } = await createTestUser(db, { label: "changedpw" });
    const connection = await createDemoConnection(db, user.id, { password: "old-password" });
    const requestsBefore = bank.requests;
    const refresh = await call(refreshRoute, { token, params: { id: connection.id } });
    await runner.drain();
    const failed = await syncOf(token, refresh.body.sync.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/did not accept.*Update the password/s);
    // Retrying a refused password could lock the account at the bank: one attempt, no retries.
    expect(bank.requests - requestsBefore).toBe(1);
    const attention = await call(getConnectionRoute, { token, params: { id: connection.id } });
    expect(attention.body).toMatchObject({ status: "needs_attention", last_error: failed.error });

    const wrong = await call(patchConnectionRoute, {
      method: "PATCH",
      token,
      params: { id: connection.id },
      body: { account_password: "still-wrong" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("bank_rejected_credentials");

    const fixed = await call(patchConnectionRoute, {
      method: "PATCH",
      token,
      params: { id: connection.id },
      body: { account_password: "demo" },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.connection).toMatchObject({ status: "active", last_error: null });
    expect(JSON.stringify(fixed.body)).not.toMatch(/password/i);
    await runner.drain();
    expect((await syncOf(token, fixed.body.sync.id)).status).toBe("succeeded");
  });

  it("removing a connection removes its transactions, their spending and the bank's answers", async () => {
    const { token, user } = await createTestUser(db, { label: "remove" });
    const linked = await linkDemo(token);
    await runner.drain();
    const { getObjectStore, statementKey } = await import("@/server/storage");
    const answers = (
      await db
        .select()
        .from(syncs)
        .where(and(eq(syncs.userId, user.id), eq(syncs.status, "succeeded")))
    ).map((sync) =>
      statementKey({ userId: user.id, connectionId: sync.connectionId!, syncId: sync.id, extension: "ofx" }),
    );
    expect(answers).toHaveLength(1);
    expect((await getObjectStore().get(answers[0]!)).length).toBeGreaterThan(0);

    const removed = await call(deleteConnectionRoute, { token, params: { id: linked.body.connection.id } });
    expect(removed.status).toBe(204);
    expect(await db.select().from(transactions).where(eq(transactions.userId, user.id))).toHaveLength(0);
    expect(await db.select().from(monthlySpending).where(eq(monthlySpending.userId, user.id))).toHaveLength(
      0,
    );
    // The stored answers go by a job the removal asked for in its own transaction.
    await runner.drain();
    await expect(getObjectStore().get(answers[0]!)).rejects.toThrow(/No stored object/);
  });
});
