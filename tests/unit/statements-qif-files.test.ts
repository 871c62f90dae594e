import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, parse } from "../support/statement-fixtures";

describe("QIF files", () => {
  it("keeps every payee/memo combination readable", () => {
    const rows = only(parse("qif/actual-data-payee-memo.qif"));
    expect(rows.map((r) => [r.description, r.memo, r.amount])).toEqual([
      ["Payee Name", "Note Text", -1000],
      ["Payee Name Only", null, -2000],
      ["Note Only Text", "Note Only Text", -3000],
      ["(no description)", null, -4000],
    ]);
    expect(rows[0]?.postedOn).toBe("2019-01-23");
  });

  it("reads two-digit years and nested categories", () => {
    const rows = only(parse("qif/actual-data-with-categories.qif"));
    expect(rows[0]).toMatchObject({
      postedOn: "2018-12-19",
      amount: -10058,
      description: "Outlet",
      categoryHint: "Usual Expenses:Shopping",
    });
  });

  it("reads a gnucash-style file: ^^, account blocks, apostrophe years, splits, transfers, skipped sections", () => {
    const statement = parse("qif/tally-gnucash-style.qif");
    expect(statement.accounts.map((a) => [a.name, a.type, a.transactions.length])).toEqual([
      ["Everyday Checking", "checking", 3],
      ["Travel Card", "credit_card", 1],
    ]);
    const checking = statement.accounts[0]?.transactions ?? [];
    expect(checking[0]).toMatchObject({
      postedOn: "2000-03-29",
      amount: -3600,
      checkNumber: "1001",
      categoryHint: "Utilities:Water",
    });
    expect(checking[1]).toMatchObject({ postedOn: "1999-03-25", description: "ATM CASH" });
    expect(checking[2]).toMatchObject({ postedOn: "2001-04-02", amount: -10000, categoryHint: "Household" });
    expect(statement.accounts[1]?.transactions[0]).toMatchObject({ postedOn: "2001-05-05", amount: -2345 });
    expect(statement.warnings.map((w) => w.message).join("\n")).toMatch(/splits add up to -90.*-100/);
    expect(statement.warnings.map((w) => w.message).join("\n")).toMatch(/1 investment transaction/);
  });

  it("imports a transaction whose split amount is no number, with a warning, instead of refusing the file", () => {
    // The QIF specification's own example writes a split amount as "$=746.36"; the transaction's T is what counts.
    const text = [
      "!Type:Bank",
      "D6/1/94",
      "T-1,000.00",
      "PKeldora Mortgage",
      "SMort Int",
      "$=746.36",
      "SMort Prin",
      "$-253.64",
      "^",
      "D6/2/94",
      "T75.00",
      "PDeposit",
      "^",
    ].join("\n");
    const statement = parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "spec.qif" });
    expect(statement.accounts[0]?.transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["1994-06-01", -100000],
      ["1994-06-02", 7500],
    ]);
    expect(statement.warnings.map((w) => w.message)).toEqual([
      "Line 6: a split's amount \"=746.36\" is not a number; the transaction's amount is imported and its splits are not checked",
    ]);
  });

  it("takes the opening balance as the start of the account's balance, not as a transaction", () => {
    const [checking, card] = parse("qif/tally-gnucash-style.qif").accounts;
    // 1,035.34 opening, then -36.00, -99.99 and -100.00.
    expect(checking).toMatchObject({ balance: 103534 - 3600 - 9999 - 10000, balanceAsOf: "2001-04-02" });
    expect(checking?.transactions.some((t) => t.description === "Opening Balance")).toBe(false);
    expect(card?.balance).toBeNull();
  });

  it("works out day-first dates from the whole file, and obeys an override", () => {
    const rows = only(parse("qif/tally-dmy.qif"));
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2019-01-23", -450],
      ["2019-02-02", -120000],
    ]);
    const forced = () => parse("qif/tally-dmy.qif", { qifDateOrder: "MDY" });
    expect(forced).toThrow(/Line 2: the date "23\/01\/2019" is not a month\/day\/year date/);
  });
});
