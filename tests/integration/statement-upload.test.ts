import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createAccountRoute, GET as listAccountsRoute } from "@/app/api/v1/accounts/route";
import { GET as getSyncRoute } from "@/app/api/v1/syncs/[id]/route";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import { previewStatementUpload } from "@/server/statements/preview";
import { StatementParseError } from "@/server/statements/types";
import { getObjectStore } from "@/server/storage";
import { runStatementImport } from "@/server/sync/statement-import";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions } from "../support/ledger";
import { checkingStatementOfx } from "../support/ofx-statements";
import { uploadStatement } from "../support/statement-upload";

let db: Database;
let runner: EmbeddedRunner;
const fixtures = path.resolve(__dirname, "../fixtures/statements");

const upload = uploadStatement;

async function manualAccount(token: string, currency = "USD") {
  const created = await call(createAccountRoute, {
    token,
    body: { name: "Uploads", type: "checking", currency },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** What the parsers say about a file: the upload must agree (imported rows, or refused with a reason). */
function expectedOutcome(
  file: string,
  bytes: Uint8Array,
):
  | { status: 202; transactions: number; pending: number; currency: string }
  | { status: 415 | 422; currency?: undefined } {
  try {
    const parsed = parseStatementFile({ bytes, filename: file, accountType: "checking" });
    const withRows = parsed.accounts.filter((account) => account.transactions.length > 0);
    if (withRows.length !== 1) return { status: 422 };
    const rows = withRows[0]!.transactions;
    return {
      status: 202,
      transactions: rows.length,
      pending: rows.filter((row) => row.pending).length,
      currency: withRows[0]!.currency ?? "USD",
    };
  } catch (error) {
    if (error instanceof UnsupportedStatementError) return { status: 415 };
    if (error instanceof StatementParseError) return { status: 422 };
    throw error;
  }
}

const files = fs
  .readdirSync(fixtures, { recursive: true, encoding: "utf8" })
  .filter((file) => /\.(ofx|qfx|qif|csv|xml|sta)$/i.test(file))
  .sort();

describe("uploading statement files", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it.each(files)("%s imports every transaction once, or is refused whole with a reason", async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixtures, file)));
    const expected = expectedOutcome(file, bytes);
    const { token } = await createTestUser(db, { label: "upload" });
    // An account in the file's own currency: a file in another currency is refused (tested below).
    const accountId = await manualAccount(token, expected.currency);

    const first = await upload(token, accountId, { name: path.basename(file), bytes });
    expect(first.status).toBe(expected.status);
    if (expected.status !== 202) {
      expect(first.body.error.message.length).toBeGreaterThan(10);
      const listed = await call(listTransactionsRoute, {
        token,
        path: `/api/v1/transactions?account_id=${accountId}`,
      });
      expect(listed.body.data).toEqual([]);
      return;
    }
    await runner.drain();
    const sync = (await call(getSyncRoute, { token, params: { id: first.body.sync.id } })).body;
    expect(sync).toMatchObject({
      status: "succeeded",
      imported: expected.transactions - expected.pending,
      pending: expected.pending,
      duplicates: 0,
    });

    const again = await upload(token, accountId, { name: path.basename(file), bytes });
    await runner.drain();
    const repeat = (await call(getSyncRoute, { token, params: { id: again.body.sync.id } })).body;
    expect(repeat).toMatchObject({ status: "succeeded", imported: 0, duplicates: expected.transactions });
  });

  it("says which line is wrong in an unreadable CSV", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const csv =
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n01/02/2026,01/03/2026,COFFEE,Food,Sale,-4.50,\n01/05/2026,01/06/2026,BOOKS,Shopping,Sale,12.3x,\n";
    const response = await upload(token, accountId, {
      name: "chase.csv",
      bytes: new TextEncoder().encode(csv),
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("statement_unreadable");
    expect(response.body.error.message).toMatch(/line 3/i);
  });

  async function amountsIn(token: string, accountId: string): Promise<string[]> {
    const listed = await call(listTransactionsRoute, {
      token,
      path: `/api/v1/transactions?account_id=${accountId}`,
    });
    return listed.body.data.map((t: { amount: string }) => t.amount).sort();
  }

  async function balanceOf(token: string, accountId: string): Promise<string> {
    const listed = await call(listAccountsRoute, { token });
    return listed.body.data.find((a: { id: string }) => a.id === accountId).balance;
  }

  it("imports a CAMT.053 file's chosen account: its entries, pending row and closing balance", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token, "EUR");
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixtures, "camt/tally-camt053-two-accounts.xml")));
    // The file holds a euro current account and a franc savings account: the user says which goes here.
    const asked = await upload(token, accountId, { name: "camt053.xml", bytes });
    expect(asked.status).toBe(422);
    expect(asked.body.error.message).toMatch(/holds 2 accounts: .*DE89370400440532013000/);
    const accepted = await upload(
      token,
      accountId,
      { name: "camt053.xml", bytes },
      { file_account: "DE89370400440532013000" },
    );
    expect(accepted.status).toBe(202);
    await runner.drain();
    const sync = (await call(getSyncRoute, { token, params: { id: accepted.body.sync.id } })).body;
    expect(sync).toMatchObject({ status: "succeeded", imported: 5, pending: 1 });
    expect(await amountsIn(token, accountId)).toEqual([
      "-12.00",
      "-120.00",
      "-49.99",
      "-89.90",
      "2500.00",
      "89.90",
    ]);
    expect(await balanceOf(token, accountId)).toBe("3330.01");
  });

  it("imports an MT940 file's chosen account, and the same file again adds nothing", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token, "EUR");
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixtures, "mt940/tally-mt940-german.sta")));
    const options = { file_account: "10020030/1234567890" };
    const accepted = await upload(token, accountId, { name: "umsaetze.sta", bytes }, options);
    expect(accepted.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-12.50", "-45.90", "2500.00", "45.90"]);
    expect(await balanceOf(token, accountId)).toBe("3487.50");
    const again = await upload(token, accountId, { name: "umsaetze.sta", bytes }, options);
    await runner.drain();
    const repeat = (await call(getSyncRoute, { token, params: { id: again.body.sync.id } })).body;
    expect(repeat).toMatchObject({ status: "succeeded", imported: 0, duplicates: 4 });
  });

  it("refuses a CAMT file cut off in the download, and imports nothing from it", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token, "EUR");
    const whole = fs.readFileSync(path.join(fixtures, "camt/tally-camt053-two-accounts.xml"), "utf8");
    const cut = new TextEncoder().encode(whole.slice(0, whole.indexOf("</Ntry>", 2000)));
    const refused = await upload(
      token,
      accountId,
      { name: "camt053.xml", bytes: cut },
      { file_account: "DE89370400440532013000" },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(
      /not complete XML.*download the statement from your bank again/,
    );
    expect(await amountsIn(token, accountId)).toEqual([]);
  });

  it("imports a CSV from a bank Tally has never seen without a mapping", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const csv = "When,What,How much\n2026-01-02,CORNER BAKERY,-4.50\n2026-01-03,PAYCHECK,1200.00\n";
    const accepted = await upload(token, accountId, {
      name: "mine.csv",
      bytes: new TextEncoder().encode(csv),
    });
    expect(accepted.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-4.50", "1200.00"]);
  });

  it("asks the order of a one-day file's dates, naming the question in the refusal, and takes the answer", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const bytes = new TextEncoder().encode("Date,Description,Amount\n10/02/2026,CORNER BAKERY,-4.50\n");
    const refused = await upload(token, accountId, { name: "day.csv", bytes });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.csv_mapping).toBe(
      "must answer: Is “10/02/2026” 10 February 2026 or 2 October 2026?",
    );
    const accepted = await upload(
      token,
      accountId,
      { name: "day.csv", bytes },
      { csv_mapping: JSON.stringify({ dateFormat: "DD/MM/YYYY" }) },
    );
    expect(accepted.status).toBe(202);
    await runner.drain();
    const listed = await call(listTransactionsRoute, {
      token,
      path: `/api/v1/transactions?account_id=${accountId}`,
    });
    expect(listed.body.data.map((row: { posted_on: string }) => row.posted_on)).toEqual(["2026-02-10"]);
  });

  it("asks which amounts are money out when the file cannot say, takes the answer and remembers it", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const file = (rows: string) => new TextEncoder().encode(`Datum;Omschrijving;Bedrag\n${rows}`);
    const first = file("02-01-2026;BAKKERIJ;4,50\n03-01-2026;SUPERMARKT;12,00\n");
    const refused = await upload(token, accountId, { name: "bank.csv", bytes: first });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/money out/);
    expect(refused.body.error.fields.csv_mapping).toMatch(/money out/);
    expect(await amountsIn(token, accountId)).toEqual([]);

    const answer = JSON.stringify({ signConvention: "positive_is_out" });
    const accepted = await upload(
      token,
      accountId,
      { name: "bank.csv", bytes: first },
      { csv_mapping: answer },
    );
    expect(accepted.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-12.00", "-4.50"]);

    // The next month's file from the same bank: same columns, no question.
    const next = await upload(token, accountId, {
      name: "bank-feb.csv",
      bytes: file("02-02-2026;BAKKERIJ;3,75\n"),
    });
    expect(next.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-12.00", "-3.75", "-4.50"]);
  });

  it("takes a whole column mapping that overrides what Tally detected", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const csv = "When,What,How much\n2026-01-02,CORNER BAKERY,4.50\n2026-01-03,REFUND,-1.00\n";
    const mapping = JSON.stringify({
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY-MM-DD",
      signConvention: "positive_is_out",
      decimalSeparator: ".",
    });
    const bytes = new TextEncoder().encode(csv);
    const mapped = await upload(token, accountId, { name: "mine.csv", bytes }, { csv_mapping: mapping });
    expect(mapped.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-4.50", "1.00"]);
  });

  it("previews and imports amounts split at an unquoted thousands separator whole, or refuses the line", async () => {
    const { token, user } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const bytes = new TextEncoder().encode(
      "Date,Description,Amount\n2026-01-02,RENT PAYMENT,-2,150.00\n2026-01-03,COFFEE,-4.50\n2026-01-05,PAYCHECK,3,200.00\n",
    );
    // What the import form shows is what gets imported.
    const preview = await previewStatementUpload(db, user.id, { bytes, filename: "bank.csv" }, { accountId });
    expect(preview.problem).toBeNull();
    expect(preview.csv?.sampleRows.map((row) => row[2])).toEqual(["-2,150.00", "-4.50", "3,200.00"]);
    expect(preview.sample.map((row) => row.amount)).toEqual([-2150_00, -4_50, 3200_00]);

    const accepted = await upload(token, accountId, { name: "bank.csv", bytes });
    expect(accepted.status).toBe(202);
    await runner.drain();
    expect(await amountsIn(token, accountId)).toEqual(["-2150.00", "-4.50", "3200.00"]);

    const ambiguous = new TextEncoder().encode(
      "Date,Description,Amount\n2026-02-02,COFFEE,-4.50\n2026-02-03,REF,100,-4,500.00\n",
    );
    const refusedPreview = await previewStatementUpload(
      db,
      user.id,
      { bytes: ambiguous, filename: "bank.csv" },
      { accountId },
    );
    expect(refusedPreview.problem).toMatch(/^Line 3 has 5 values where the header has 3/);
    const refused = await upload(token, accountId, { name: "bank.csv", bytes: ambiguous });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/Line 3 has 5 values where the header has 3; an amount may/);
    expect(await amountsIn(token, accountId)).toEqual(["-2150.00", "-4.50", "3200.00"]);
  });

  it("refuses other formats with 415, big files with 413, and other users' accounts with 404", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const camt = new TextEncoder().encode(
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"></Document>',
    );
    expect((await upload(token, accountId, { name: "statement.xml", bytes: camt })).status).toBe(415);
    const huge = new Uint8Array(10 * 1024 * 1024 + 1).fill(65);
    expect((await upload(token, accountId, { name: "huge.csv", bytes: huge })).status).toBe(413);
    const { token: stranger } = await createTestUser(db);
    const ofx = new Uint8Array(fs.readFileSync(path.join(fixtures, "ofx/ofxparse-bank_medium.ofx")));
    expect((await upload(stranger, accountId, { name: "a.ofx", bytes: ofx })).status).toBe(404);
  });

  it("imports what the upload read, without reading the stored file a second time", async () => {
    const { token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const reads = vi.spyOn(getObjectStore(), "get");
    try {
      const response = await upload(token, accountId, { name: "september.ofx", bytes: ofxStatement(40) });
      expect(response.status).toBe(202);
      await runner.drain();
      const sync = (await call(getSyncRoute, { token, params: { id: response.body.sync.id } })).body;
      expect(sync).toMatchObject({ status: "succeeded", imported: 40, duplicates: 0 });
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it("reads the stored file again when an attempt stopped after taking what the upload read, and imports it once", async () => {
    const { user, token } = await createTestUser(db);
    const accountId = await manualAccount(token);
    const response = await upload(token, accountId, { name: "september.ofx", bytes: ofxStatement(40) });
    expect(response.status).toBe(202);
    // The first attempt stops midway through its import (the process dies, the database drops it): its
    // transaction rolls back, and the retry has only the stored file.
    await expect(
      runStatementImport(
        db,
        { userId: user.id, syncId: response.body.sync.id },
        {
          afterBatch: () => {
            throw new Error("Connection terminated unexpectedly");
          },
        },
      ),
    ).rejects.toThrow("Connection terminated");
    const reads = vi.spyOn(getObjectStore(), "get");
    try {
      await runner.drain();
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
    const sync = (await call(getSyncRoute, { token, params: { id: response.body.sync.id } })).body;
    expect(sync).toMatchObject({ status: "succeeded", imported: 40, duplicates: 0 });
    expect(await amountsOf(token, accountId)).toHaveLength(40);
    await expectAggregateMatchesTransactions(db, user.id);
  });
});

/** An OFX checking statement in USD with `count` rows over September 2026. */
function ofxStatement(count: number): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => ({
    posted: `202609${String(1 + (i % 28)).padStart(2, "0")}`,
    amount: `-${i + 1}.25`,
    fitid: `SEPT-${i}`,
    name: `CORNER GROCERY ${i}`,
  }));
  const text = checkingStatementOfx({
    bankId: "111000025",
    accountNumber: "5550001",
    rows,
    period: { start: "20260901", end: "20260930" },
  });
  return new TextEncoder().encode(text);
}

async function amountsOf(token: string, accountId: string): Promise<string[]> {
  const listed = await call(listTransactionsRoute, {
    token,
    path: `/api/v1/transactions?account_id=${accountId}&limit=100`,
  });
  return listed.body.data.map((t: { amount: string }) => t.amount);
}
