// What the ledger refuses to store, before any row reaches the database, and how it says so.

import { describe, expect, it } from "vitest";
import { asStatementRejection, checkStatementRows, StatementRejectedError } from "@/server/sync/errors";
import { describeSync } from "@/server/sync/syncs";
import { transactionFactory } from "../factories/transactions";

describe("checking a statement before storing it", () => {
  const make = transactionFactory("check");

  it("refuses an amount beyond numeric(14,2), naming the transaction: row 1,501 of 1,501", () => {
    const rows = Array.from({ length: 1500 }, () => make.posted());
    rows.push(make.posted({ amount: -100_000_000_000_000 }));
    expect(() => checkStatementRows(rows)).toThrow(StatementRejectedError);
    expect(() => checkStatementRows(rows)).toThrow(/Transaction 1,501 .*larger than Tally can store/);
    // The largest storable amount is fine.
    expect(checkStatementRows([make.posted({ amount: -99_999_999_999_999 })])).toHaveLength(1);
  });

  it("refuses an impossible date, and a purchase date that is not a date", () => {
    expect(() => checkStatementRows([make.posted({ postedOn: "2026-02-31" })])).toThrow(
      /Transaction 1 .*impossible date \(2026-02-31\)/,
    );
    expect(() => checkStatementRows([make.posted(), make.posted({ transactedOn: "" })])).toThrow(
      /Transaction 2 .*impossible purchase date/,
    );
  });

  it("drops NUL characters from the text, which Postgres cannot store, and keeps the row", () => {
    const [row] = checkStatementRows([make.posted({ description: "CAFE\u0000 ROMA", memo: "\u0000" })]);
    expect(row).toMatchObject({ description: "CAFE ROMA", memo: "" });
  });
});

describe("a database error while storing a statement", () => {
  it("is the statement's when Postgres calls the data wrong (class 22), and a passing fault otherwise", () => {
    // As drizzle wraps a driver's error: the SQLSTATE sits on the cause.
    const overflow = Object.assign(new Error("Failed query"), { cause: { code: "22003" } });
    const rejected = asStatementRejection(overflow);
    expect(rejected).toBeInstanceOf(StatementRejectedError);
    expect((rejected as Error).message).toMatch(/out of range or unreadable\. Nothing from it was imported/);
    const lostConnection = Object.assign(new Error("Failed query"), { cause: { code: "57P01" } });
    expect(asStatementRejection(lostConnection)).toBe(lostConnection);
  });
});

describe("what a finished sync says", () => {
  const sync = {
    status: "succeeded" as const,
    imported: 412,
    duplicates: 3,
    pending: 2,
    settled: 0,
    removed: 0,
  };

  it("counts what was imported, what was already there, and what is pending", () => {
    expect(describeSync(sync)).toBe("412 transactions imported, 3 already in Tally, 2 pending.");
    expect(describeSync({ ...sync, imported: 1, duplicates: 0, pending: 0, settled: 1, removed: 1 })).toBe(
      "1 transaction imported, 1 pending purchase posted, 1 pending purchase the bank dropped removed.",
    );
    expect(describeSync({ ...sync, status: "running" })).toBeNull();
  });
});
