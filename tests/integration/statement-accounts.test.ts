import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createAccountRoute, GET as listAccountsRoute } from "@/app/api/v1/accounts/route";
import type { Database } from "@/db";
import { accounts, transactions } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { currentMonth } from "@/lib/months";
import { AppError } from "@/server/errors";
import { netWorthByMonth } from "@/server/reports/net-worth";
import { acceptStatementImport } from "@/server/sync/statement-import";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { uploadStatement } from "../support/statement-upload";

// Where a statement's rows, balance and currency end up: the account the user picked for each of the file's
// accounts, a new account created only when the file is accepted, and never an account in another currency.

let db: Database;
let runner: EmbeddedRunner;
const fixtures = path.resolve(__dirname, "../fixtures/statements");
const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, file)));

const upload = (
  token: string,
  accountId: string,
  name: string,
  bytes: Uint8Array,
  extra: Record<string, string> = {},
) => uploadStatement(token, accountId, { name, bytes }, extra);

async function manualAccount(token: string, body: Record<string, string>) {
  const created = await call(createAccountRoute, { token, body });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function storedRows(accountId: string) {
  return db
    .select({
      amount: transactions.amount,
      currency: transactions.currency,
      pending: transactions.pending,
      postedOn: transactions.postedOn,
    })
    .from(transactions)
    .where(eq(transactions.accountId, accountId))
    .orderBy(transactions.postedOn, transactions.amount);
}

describe("statement files and their accounts", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("asks which of a file's accounts to import, then imports the one named", async () => {
    const { token } = await createTestUser(db);
    const savings = await manualAccount(token, { name: "Sparbuch", type: "savings", currency: "EUR" });
    const bytes = bytesOf("ofx/tally-two-accounts.ofx");
    const refused = await upload(token, savings, "two.ofx", bytes);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/holds 2 accounts/);
    expect(refused.body.error.message).toContain("DE0022220000");
    expect(refused.body.error.fields).toHaveProperty("file_account");

    const accepted = await upload(token, savings, "two.ofx", bytes, { file_account: "DE0022220000" });
    expect(accepted.status).toBe(202);
    await runner.drain();
    expect((await storedRows(savings)).map((r) => [r.amount, r.currency])).toEqual([["4.17", "EUR"]]);
    const listed = await call(listAccountsRoute, { token });
    expect(listed.body.data.find((a: { id: string }) => a.id === savings).balance).toBe("5004.17");
  });

  it("imports each of a file's accounts where the user says, creating new ones only when the file is accepted", async () => {
    const { token, user } = await createTestUser(db);
    const checking = await manualAccount(token, { name: "Giro", type: "checking", currency: "EUR" });
    const file = { bytes: bytesOf("ofx/tally-two-accounts.ofx"), filename: "two.ofx" };
    const { syncs } = await acceptStatementImport(db, user.id, file, {}, [
      { fileAccount: "DE0011110000", accountId: checking },
      { fileAccount: "DE0022220000", newAccount: { name: "Tagesgeld", type: "savings", currency: "EUR" } },
    ]);
    expect(syncs).toHaveLength(2);
    await runner.drain();
    const created = await db
      .select()
      .from(accounts)
      .where(and(eq(accounts.userId, user.id), eq(accounts.name, "Tagesgeld")));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ type: "savings", currency: "EUR", accountNumber: "DE0022220000" });
    expect((await storedRows(checking)).map((r) => r.amount)).toEqual(["-12.30", "2100.00"]);
    expect((await storedRows(created[0]!.id)).map((r) => r.amount)).toEqual(["4.17"]);
  });

  it("leaves nothing behind when a file is refused: no new account, no rows", async () => {
    const { user } = await createTestUser(db);
    const before = await db.select().from(accounts).where(eq(accounts.userId, user.id));
    const file = { bytes: bytesOf("csv/tally-refused-empty-date.csv"), filename: "bad.csv" };
    await expect(
      acceptStatementImport(db, user.id, file, {}, [
        { newAccount: { name: "Should not exist", type: "checking", currency: "USD" } },
      ]),
    ).rejects.toThrow(AppError);
    const after = await db.select().from(accounts).where(eq(accounts.userId, user.id));
    expect(after).toEqual(before);
  });

  it("refuses a file in another currency than its account, and a new account in the wrong currency", async () => {
    const { token, user } = await createTestUser(db);
    const dollars = await manualAccount(token, { name: "Dollars", type: "checking", currency: "USD" });
    const bytes = bytesOf("csv/tally-nl-af-bij.csv");
    const refused = await upload(token, dollars, "ing.csv", bytes);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe(
      "This file is in EUR, but “Dollars” is kept in USD. Import it into an account in EUR.",
    );
    expect(await storedRows(dollars)).toEqual([]);
    await expect(
      acceptStatementImport(db, user.id, { bytes, filename: "ing.csv" }, {}, [
        { newAccount: { name: "ING", type: "checking", currency: "USD" } },
      ]),
    ).rejects.toMatchObject({ options: { fields: { currency: "must be EUR, the file's currency" } } });
  });

  it("stores a euro file's rows in euros, its pending row as pending, and the file's balance with its date", async () => {
    const { token } = await createTestUser(db);
    const giro = await manualAccount(token, { name: "Sparkasse", type: "checking", currency: "EUR" });
    const accepted = await upload(token, giro, "umsaetze.csv", bytesOf("csv/tally-de-sparkasse.csv"));
    expect(accepted.status).toBe(202);
    await runner.drain();
    const rows = await storedRows(giro);
    expect(rows.every((r) => r.currency === "EUR")).toBe(true);
    expect(rows.filter((r) => r.pending).map((r) => r.amount)).toEqual(["-4.80"]);

    const uk = await manualAccount(token, { name: "Nationwide", type: "checking", currency: "GBP" });
    expect((await upload(token, uk, "uk.csv", bytesOf("csv/tally-uk-month-names.csv"))).status).toBe(202);
    await runner.drain();
    const [account] = await db.select().from(accounts).where(eq(accounts.id, uk));
    expect(account?.balance).toBe("1234.56");
    expect(account?.balanceAsOf?.toISOString().slice(0, 10)).toBe("2024-05-06");
  });

  it("picks one currency of a multi-currency export and says which rows were left out and why", async () => {
    const { token } = await createTestUser(db);
    const euros = await manualAccount(token, { name: "Revolut EUR", type: "checking", currency: "EUR" });
    const bytes = bytesOf("csv/tally-revolut-currencies.csv");
    // Revolut's Product names the pocket: the euro current account is "Current EUR" beside "Current GBP".
    const accepted = await upload(token, euros, "revolut.csv", bytes, { file_account: "Current EUR" });
    expect(accepted.status).toBe(202);
    expect(accepted.body.warnings).toEqual([
      "1 declined or reverted transaction(s) were not imported: no money moved.",
    ]);
    await runner.drain();
    expect((await storedRows(euros)).map((r) => [r.amount, r.pending])).toEqual([
      ["-5.40", false],
      ["100.00", false],
      ["-23.00", true],
    ]);
  });

  it("keeps the newer balance when an older statement is uploaded after it", async () => {
    const { user, token } = await createTestUser(db);
    const card = await manualAccount(token, { name: "Card", type: "credit_card", currency: "USD" });
    const cycles = bytesOf("ofx/tally-card-two-cycles.ofx");
    expect((await upload(token, card, "cycles.ofx", cycles)).status).toBe(202);
    await runner.drain();
    // The January cycle alone, uploaded afterwards, states an older balance of -100.00.
    const january = new TextDecoder()
      .decode(cycles)
      .replace(/<CCSTMTTRNRS><TRNUID>2[\s\S]*?<\/CCSTMTTRNRS>/, "");
    expect((await upload(token, card, "jan.ofx", new TextEncoder().encode(january))).status).toBe(202);
    await runner.drain();
    const [account] = await db.select().from(accounts).where(eq(accounts.id, card));
    expect(account?.balance).toBe("-150.00");
    expect((await storedRows(card)).map((r) => r.amount)).toEqual(["-40.00", "-60.00", "-150.00", "100.00"]);

    // Net worth at each month's end agrees with the account: each statement's balance counts at its own date
    // (January's -100.00 at January 31, -150.00 at February 29), not on the day the file happened to be uploaded,
    // so the older file uploaded last does not become this month's figure.
    const now = currentMonth();
    const points = await netWorthByMonth(db, user.id, {
      months: ["2024-01", "2024-02", now],
      currency: "USD",
    });
    expect(points).toEqual([
      { month: "2024-01", netWorth: -100_00 },
      { month: "2024-02", netWorth: -150_00 },
      { month: now, netWorth: -150_00 },
    ]);
  });
});
