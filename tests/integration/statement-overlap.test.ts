// The same month uploaded twice in different shapes (an OFX file then a CSV export, or a CSV downloaded again
// after the bank reworded its descriptions) imports each transaction once: rows of another file with the same
// day and amount are recognized, and only what is really new is added.

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getSyncRoute } from "@/app/api/v1/syncs/[id]/route";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { createManualAccount } from "@/server/accounts/accounts";
import { importTransactions } from "@/server/sync/import-transactions";
import { createSync } from "@/server/sync/syncs";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions } from "../support/ledger";
import { uploadStatement } from "../support/statement-upload";

let db: Database;
let runner: EmbeddedRunner;

type Row = { date: string; amount: string; text: string };

function ofxFile(rows: Row[]): string {
  const lines = rows.map(
    (row, i) =>
      `<STMTTRN><TRNTYPE>${row.amount.startsWith("-") ? "DEBIT" : "CREDIT"}<DTPOSTED>${row.date.replaceAll("-", "")}` +
      `<TRNAMT>${row.amount}<FITID>20261000${i}<NAME>${row.text}</STMTTRN>`,
  );
  return [
    "OFXHEADER:100",
    "DATA:OFXSGML",
    "VERSION:102",
    "SECURITY:NONE",
    "ENCODING:USASCII",
    "CHARSET:1252",
    "COMPRESSION:NONE",
    "OLDFILEUID:NONE",
    "NEWFILEUID:NONE",
    "",
    "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD",
    "<BANKACCTFROM><BANKID>121000248<ACCTID>4417<ACCTTYPE>CHECKING</BANKACCTFROM>",
    "<BANKTRANLIST><DTSTART>20261001<DTEND>20261031",
    ...lines,
    "</BANKTRANLIST><LEDGERBAL><BALAMT>1000.00<DTASOF>20261031</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    "",
  ].join("\n");
}

const csvFile = (rows: Row[]) =>
  `${["Date,Description,Amount", ...rows.map((row) => `${row.date},"${row.text}",${row.amount}`)].join("\n")}\n`;

async function upload(token: string, accountId: string, name: string, body: string) {
  const response = await uploadStatement(token, accountId, { name, bytes: new TextEncoder().encode(body) });
  expect(response.status).toBe(202);
  await runner.drain();
  return (await call(getSyncRoute, { token, params: { id: response.body.sync.id } })).body;
}

async function newAccount(label: string) {
  const { user, token } = await createTestUser(db, { label });
  const account = await createManualAccount(db, user.id, {
    name: "Everyday",
    type: "checking",
    currency: "USD",
  });
  const stored = async () =>
    (await db.select().from(transactions).where(eq(transactions.accountId, account.id)))
      .map((row) => `${row.postedOn} ${row.amount} ${row.description}`)
      .sort();
  return { user, token, account, stored };
}

const october: Row[] = [
  { date: "2026-10-02", amount: "-4.50", text: "BLUE BOTTLE COFFEE #12" },
  { date: "2026-10-03", amount: "-82.17", text: "SAFEWAY #1234 OAKLAND CA" },
  { date: "2026-10-15", amount: "-15.99", text: "NETFLIX.COM" },
  { date: "2026-10-15", amount: "2500.00", text: "ACME CORP PAYROLL" },
  { date: "2026-10-20", amount: "-4.50", text: "BLUE BOTTLE COFFEE #12" },
];

describe("the same transactions in two uploaded files", () => {
  beforeAll(async () => {
    db = (await useTestDatabase()).db;
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("an OFX file, then a CSV of the same month with other wording and one more row: only that row is new", async () => {
    const { user, token, account, stored } = await newAccount("ofx-then-csv");
    const first = await upload(token, account.id, "october.ofx", ofxFile(october));
    expect(first).toMatchObject({ status: "succeeded", imported: 5 });

    const reworded: Row[] = [
      { date: "2026-10-02", amount: "-4.50", text: "Blue Bottle Coffee Oakland" },
      { date: "2026-10-03", amount: "-82.17", text: "Safeway Store 1234" },
      { date: "2026-10-15", amount: "-15.99", text: "Netflix.com Los Gatos CA" },
      // The same day and amount as Netflix, at another seller: a purchase the OFX file did not have.
      { date: "2026-10-15", amount: "-15.99", text: "Hulu 877-8244858 CA" },
      { date: "2026-10-15", amount: "2500.00", text: "ACME CORP DIRECT DEP" },
      { date: "2026-10-20", amount: "-4.50", text: "Blue Bottle Coffee Oakland" },
      { date: "2026-10-28", amount: "-61.00", text: "PG&E WEB ONLINE" },
    ];
    const second = await upload(token, account.id, "october.csv", csvFile(reworded));
    expect(second).toMatchObject({ status: "succeeded", imported: 2, duplicates: 5 });
    expect(await stored()).toEqual(
      [
        "2026-10-02 -4.50 BLUE BOTTLE COFFEE #12",
        "2026-10-03 -82.17 SAFEWAY #1234 OAKLAND CA",
        "2026-10-15 -15.99 NETFLIX.COM",
        "2026-10-15 -15.99 Hulu 877-8244858 CA",
        "2026-10-15 2500.00 ACME CORP PAYROLL",
        "2026-10-20 -4.50 BLUE BOTTLE COFFEE #12",
        "2026-10-28 -61.00 PG&E WEB ONLINE",
      ].sort(),
    );
    await expectAggregateMatchesTransactions(db, user.id);

    // The CSV again, as it was: nothing new.
    expect(await upload(token, account.id, "october-again.csv", csvFile(reworded))).toMatchObject({
      imported: 0,
      duplicates: 7,
    });
    expect(await stored()).toHaveLength(7);
  });

  it("two identical coffees on a day where the earlier file had one: the second is new", async () => {
    const { user, token, account, stored } = await newAccount("two-coffees");
    await upload(token, account.id, "first.csv", csvFile([october[0]!]));
    const later = [
      { date: "2026-10-02", amount: "-4.50", text: "BLUE BOTTLE COFFEE 12 OAKLAND" },
      { date: "2026-10-02", amount: "-4.50", text: "BLUE BOTTLE COFFEE 12 OAKLAND" },
    ];
    expect(await upload(token, account.id, "second.csv", csvFile(later))).toMatchObject({
      imported: 1,
      duplicates: 1,
    });
    expect(await stored()).toHaveLength(2);
    await expectAggregateMatchesTransactions(db, user.id);
  });

  it("a bank connection's new ids on the day and amount of an earlier row are new purchases", async () => {
    const { user, account, stored } = await newAccount("bank-ids");
    const sync = await createSync(db, {
      userId: user.id,
      accountId: account.id,
      kind: "statement",
      reason: "upload",
    });
    const target = { userId: user.id, accountId: account.id, currency: "USD", syncId: sync.id };
    const coffee = { postedOn: "2026-10-02", amount: -450, description: "BLUE BOTTLE COFFEE #12" };
    await importTransactions(db, target, [{ ...coffee, externalId: "A1" }]);
    const second = await importTransactions(db, target, [{ ...coffee, externalId: "A2" }]);
    expect(second).toMatchObject({ imported: 1, duplicates: 0 });
    expect(await stored()).toHaveLength(2);
  });
});
