// Net worth counts each balance in the user's own month: the day a balance is for is the user's calendar day
// (the bank's date when the statement gives one, else the user's today), not the UTC moment of the sync.

import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db";
import { accounts, users } from "@/db/schema";
import { createManualAccount } from "@/server/accounts/accounts";
import { netWorthByMonth } from "@/server/reports/net-worth";
import { getObjectStore } from "@/server/storage";
import { beginConnectionSync, importConnectionStatements } from "@/server/sync/connection-sync";
import { acceptStatementImport, runStatementImport } from "@/server/sync/statement-import";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { checkingStatementOfx } from "../support/ofx-statements";

let db: Database;

async function userIn(timeZone: string, label: string) {
  const { user } = await createTestUser(db, { label });
  await db.update(users).set({ timeZone }).where(eq(users.id, user.id));
  return user;
}

/** A user in `timeZone` with a dollar checking account kept by statement files. */
async function checkingIn(timeZone: string, label: string) {
  const user = await userIn(timeZone, label);
  const account = await createManualAccount(db, user.id, {
    name: "Checking",
    type: "checking",
    currency: "USD",
  });
  return { user, account };
}

/** The app's clock reads `moment` (the database's own clock is not moved). */
function clockAt(moment: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(moment));
}

/** A one-row OFX file with a ledger balance, dated by the bank only when `asOf` is given. */
const statement = (fitid: string, balance: { amount: string; asOf?: string }) =>
  new TextEncoder().encode(
    checkingStatementOfx({
      bankId: "121000358",
      accountNumber: "5550001111",
      rows: [{ posted: "20260915", amount: "-10.00", fitid, name: "GROCER" }],
      balance,
    }),
  );

/** Uploads a statement file for `accountId` now and runs its import job at `moment`. */
async function importFileAt(moment: string, userId: string, accountId: string, bytes: Uint8Array) {
  const { syncs } = await acceptStatementImport(db, userId, { bytes, filename: "statement.ofx" }, {}, [
    { accountId },
  ]);
  clockAt(moment);
  const finished = await runStatementImport(db, { userId, syncId: syncs[0]!.id });
  vi.useRealTimers();
  expect(finished?.status).toBe("succeeded");
}

describe("net worth by the user's calendar day", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts a balance without a date synced at 23:30 on September 30 in California in September", async () => {
    const { user, account } = await checkingIn("America/Los_Angeles", "networth-la");
    // 23:30 on September 30 in California (daylight time, UTC-7) is already October 1 in UTC.
    await importFileAt("2026-10-01T06:30:00Z", user.id, account.id, statement("LA-1", { amount: "1234.56" }));
    expect(await netWorthByMonth(db, user.id, { months: ["2026-09", "2026-10"], currency: "USD" })).toEqual([
      { month: "2026-09", netWorth: 1234_56 },
      { month: "2026-10", netWorth: 1234_56 },
    ]);
  });

  it("counts a bank's balance fetched at 00:30 on November 1 in Auckland in November, not October", async () => {
    const user = await userIn("Pacific/Auckland", "networth-akl");
    const connection = await createDemoConnection(db, user.id);
    const [checking] = await db
      .select()
      .from(accounts)
      .where(eq(accounts.connectionId, connection.id))
      .orderBy(accounts.accountNumber);
    // 00:30 on November 1 in Auckland (daylight time, UTC+13) is still October 31 in UTC.
    clockAt("2026-10-31T11:30:00Z");
    const plan = await beginConnectionSync(db, {
      connectionId: connection.id,
      userId: user.id,
      reason: "manual",
    });
    const objectKey = `test/${plan!.syncId}/answer.ofx`;
    const answer = checkingStatementOfx({
      bankId: "121000358",
      accountNumber: checking!.accountNumber!,
      rows: [{ posted: "20261030", amount: "-10.00", fitid: "AKL-1", name: "DAIRY" }],
      balance: { amount: "800.00" },
    });
    await getObjectStore().put(objectKey, new TextEncoder().encode(answer));
    await importConnectionStatements(db, plan!, { objectKey, trnUids: {} });
    vi.useRealTimers();
    expect(await netWorthByMonth(db, user.id, { months: ["2026-10", "2026-11"], currency: "USD" })).toEqual([
      { month: "2026-10", netWorth: null },
      { month: "2026-11", netWorth: 800_00 },
    ]);
  });

  it("of two balances for the same day counts the later upload, in net worth and on the account", async () => {
    const { user, account } = await checkingIn("America/Los_Angeles", "networth-tie");
    // 20:30 on September 30 in California: a file with no date for its balance.
    await importFileAt("2026-10-01T03:30:00Z", user.id, account.id, statement("TIE-1", { amount: "100.00" }));
    // An hour later, a file whose bank dates its balance 20:00 on September 30, Pacific time: September 30 as
    // printed, though that moment is October 1 in UTC.
    const dated = statement("TIE-2", { amount: "250.00", asOf: "20260930200000.000[-7:PDT]" });
    await importFileAt("2026-10-01T04:30:00Z", user.id, account.id, dated);
    expect(await netWorthByMonth(db, user.id, { months: ["2026-09", "2026-10"], currency: "USD" })).toEqual([
      { month: "2026-09", netWorth: 250_00 },
      { month: "2026-10", netWorth: 250_00 },
    ]);
    const [stored] = await db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(stored?.balance).toBe("250.00");
  });
});
