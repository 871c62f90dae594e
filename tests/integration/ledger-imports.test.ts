// A statement is stored whole or not at all, counted exactly, and a statement Tally cannot store fails its sync
// once, with a reason a person can act on.

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/v1/accounts/[id]/statements/route";
import { GET as getSyncRoute } from "@/app/api/v1/syncs/[id]/route";
import type { Database } from "@/db";
import { accounts, transactions } from "@/db/schema";
import { sendEvents } from "@/inngest/client";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { statementImportRequested } from "@/inngest/events";
import { createManualAccount } from "@/server/accounts/accounts";
import { getObjectStore, statementKey } from "@/server/storage";
import { importConnectionStatements, type SyncPlan } from "@/server/sync/connection-sync";
import { importTransactions } from "@/server/sync/import-transactions";
import { createSync } from "@/server/sync/syncs";
import { createDemoConnection } from "../factories/connections";
import { transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions, storedAggregate } from "../support/ledger";
import { checkingStatementOfx } from "../support/ofx-statements";

let db: Database;
let runner: EmbeddedRunner;
const attempts: string[] = [];
const make = transactionFactory("imports");

/** A statement job for a file put straight into the object store: what runs after an upload's 202. */
async function runImportJob(userId: string, accountId: string, fileName: string, text: string) {
  const syncId = randomUUID();
  const objectKey = statementKey({ userId, accountId, syncId, extension: fileName.split(".").pop()! });
  await getObjectStore().put(objectKey, new TextEncoder().encode(text));
  await createSync(db, {
    id: syncId,
    userId,
    accountId,
    kind: "statement",
    reason: "upload",
    objectKey,
    fileName,
  });
  await sendEvents(statementImportRequested({ syncId, userId, accountId }, { id: `import:${syncId}` }));
  await runner.drain();
  return syncId;
}

const chaseCsv = (rows: string[]) =>
  ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo", ...rows].join("\n");
const csvRow = (day: number, amount: string) =>
  `03/${String((day % 28) + 1).padStart(2, "0")}/2026,03/${String((day % 28) + 1).padStart(2, "0")}/2026,SHOP ${day},Shopping,Sale,${amount},`;

describe("storing a statement", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    runner = bootEmbeddedRunner({
      runner: {
        baseDelayMs: 5,
        log: { info() {}, warn() {}, error: (message) => attempts.push(message) },
      },
    });
  });

  it("an amount that overflows at row 1,501 stores nothing and fails the sync once, saying which row", async () => {
    const { user, token } = await createTestUser(db, { label: "overflow" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    const rows = Array.from({ length: 1500 }, (_, i) => csvRow(i, "-12.34"));
    rows.push(csvRow(1500, "-10000000000000.00"));
    attempts.length = 0;
    const syncId = await runImportJob(user.id, account.id, "chase.csv", chaseCsv(rows));

    const sync = (await call(getSyncRoute, { token, params: { id: syncId } })).body;
    expect(sync).toMatchObject({ status: "failed", imported: 0, duplicates: 0 });
    expect(sync.error).toMatch(/1,?50[12]/);
    expect(sync.error).not.toMatch(/problem on our side/);
    expect(attempts.filter((line) => line.includes("import-statement"))).toEqual([]);
    expect(await db.select().from(transactions).where(eq(transactions.userId, user.id))).toEqual([]);
    expect((await storedAggregate(db, user.id)).size).toBe(0);
  });

  it("a month whose total passes numeric(14,2) still adds up, to the cent", async () => {
    const { user } = await createTestUser(db, { label: "bigmonth" });
    const account = await createManualAccount(db, user.id, {
      name: "Treasury",
      type: "checking",
      currency: "USD",
    });
    const largest = -99_999_999_999_999;
    const result = await importTransactions(
      db,
      { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
      [make.purchase(-largest, "WIRE OUT", "2026-03-02"), make.purchase(-largest, "WIRE OUT", "2026-03-03")],
    );
    expect(result).toMatchObject({ imported: 2 });
    const sums = await expectAggregateMatchesTransactions(db, user.id);
    expect([...sums.values()].map((sum) => sum.outflow)).toEqual([199_999_999_999_998n]);
  });

  it("keeps a description with a NUL byte, without the NUL, instead of failing the job", async () => {
    const { user } = await createTestUser(db, { label: "nul" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      make.posted({ description: "CAFE\u0000 ROMA" }),
    ]);
    const [row] = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(row!.description).toBe("CAFE ROMA");
  });

  it("an account the bank's answer has no statement for is reported, and the other accounts' statements are kept", async () => {
    const { user } = await createTestUser(db, { label: "bankreject" });
    const connection = await createDemoConnection(db, user.id);
    const linked = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id));
    const sync = await createSync(db, {
      userId: user.id,
      connectionId: connection.id,
      kind: "connection",
      reason: "manual",
    });
    const plan: SyncPlan = {
      syncId: sync.id,
      userId: user.id,
      connectionId: connection.id,
      since: "2026-01-01",
      accounts: linked,
      timeZone: null,
    };
    const statementFor = (accountNumber: string, amounts: string[]) =>
      checkingStatementOfx({
        bankId: "121000358",
        accountNumber,
        rows: amounts.map((amount, i) => ({
          posted: `2026020${i + 1}`,
          amount,
          fitid: `F${i}`,
          name: `SHOP ${i}`,
        })),
      });
    const [good, missing] = linked;
    // The bank's one answer for the connection holds a statement for the first account only.
    const objectKey = `test/${sync.id}/answer.ofx`;
    await getObjectStore().put(
      objectKey,
      new TextEncoder().encode(statementFor(good!.accountNumber!, ["-10.00", "-20.00"])),
    );
    const outcome = await importConnectionStatements(db, plan, { objectKey, trnUids: {} });
    expect(outcome).toEqual({
      rejected: [
        expect.stringMatching(new RegExp(`••${missing!.accountNumber!.slice(-4)} .*sent no statement`)),
      ],
    });
    // Run again, as a retried step would: the first account's rows are not stored twice, the refusal is the same.
    expect(await importConnectionStatements(db, plan, { objectKey, trnUids: {} })).toEqual(outcome);
    const stored = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(stored.map((row) => row.accountId)).toEqual([good!.id, good!.id]);
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("refuses a statement file for an account its bank keeps up to date", async () => {
    const { user, token } = await createTestUser(db, { label: "linkedupload" });
    const connection = await createDemoConnection(db, user.id);
    const [linked] = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id));
    const form = new FormData();
    form.set("file", new File([chaseCsv([csvRow(1, "-1.00")])], "chase.csv"));
    const response = await uploadRoute(
      new Request(`http://localhost/api/v1/accounts/${linked!.id}/statements`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      }),
      { params: Promise.resolve({ id: linked!.id }) },
    );
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/kept up to date by its bank connection/);
  });
});
