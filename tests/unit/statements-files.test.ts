import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CsvMapping } from "@/server/statements/csv";
import type { ParsedTransaction } from "@/server/statements/types";
import { FIXTURES, only, parse, refusal } from "../support/statement-fixtures";

function byDescription(transactions: ParsedTransaction[], description: string): ParsedTransaction {
  const found = transactions.find((t) => t.description === description);
  if (!found)
    throw new Error(
      `no transaction "${description}" in ${transactions.map((t) => t.description).join(" | ")}`,
    );
  return found;
}

describe("built-in CSV layouts", () => {
  it("reads a Chase checking export whose rows carry one more field than the header", () => {
    const rows = only(parse("csv/tally-chase-checking.csv"));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      postedOn: "2024-03-14",
      amount: -5421,
      description: "TRADER JOE'S #552  PORTLAND OR",
    });
    expect(byDescription(rows, "CHECK 1042")).toMatchObject({ amount: -12000, checkNumber: "1042" });
  });

  it("keeps both dates and the category of a Chase card export", () => {
    const statement = parse("csv/tally-chase-credit-card.csv");
    expect(statement.accounts[0]?.type).toBe("credit_card");
    const coffee = byDescription(only(statement), "BLUE BOTTLE COFFEE");
    expect(coffee).toMatchObject({ postedOn: "2024-03-04", transactedOn: "2024-03-02", amount: -675 });
    expect(coffee.bankCategory).toBe("Food & Drink");
    expect(byDescription(only(statement), "CITY PARKING").memo).toBe("garage level 2");
  });

  it("turns a card's positive charges into money out when purchases make up most of the file", () => {
    const rows = only(parse("csv/tally-amex.csv", { accountType: "credit_card" }));
    expect(byDescription(rows, "DELTA AIR LINES ATLANTA").amount).toBe(-38920);
    expect(byDescription(rows, "ONLINE PAYMENT - THANK YOU").amount).toBe(50000);
  });

  it("reads the same file in a bank account the way bank accounts write signs", () => {
    const rows = only(parse("csv/tally-amex.csv", { accountType: "checking" }));
    expect(byDescription(rows, "ONLINE PAYMENT - THANK YOU").amount).toBe(-50000);
  });

  it("reads the longer Amex export, whose details cell spans two lines", () => {
    const rows = only(parse("csv/tally-amex-extended.csv"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ amount: -1840, bankCategory: "Transportation-Taxis & Coach" });
    expect(rows[1]).toMatchObject({
      postedOn: "2024-04-06",
      amount: 2599,
      description: "AMAZON MARKETPLACE",
    });
  });

  it("skips Bank of America's summary block and the beginning-balance row", () => {
    const rows = only(parse("csv/tally-bank-of-america-checking.csv"));
    expect(rows.map((r) => r.amount)).toEqual([-14510, 300000, -70000]);
    expect(rows[1]?.description).toBe("EXAMPLE CORP DES:PAYROLL");
  });

  it("uses the reference number of a Bank of America card export as the id", () => {
    const rows = only(parse("csv/tally-bank-of-america-credit-card.csv"));
    expect(rows[0]).toMatchObject({
      externalId: "24692164150100011112222",
      amount: -6348,
      description: "SAFEWAY #1234",
    });
  });

  it("reads Capital One's separate debit and credit columns and ISO dates", () => {
    const rows = only(parse("csv/tally-capital-one.csv"));
    expect(rows.map((r) => r.amount)).toEqual([-4810, 25000, -1549]);
    expect(rows[2]).toMatchObject({
      postedOn: "2024-07-05",
      transactedOn: "2024-07-04",
      bankCategory: "Entertainment",
    });
  });

  it("recognizes Wells Fargo's headerless export by its shape", () => {
    const rows = only(parse("csv/tally-wells-fargo.csv"));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ postedOn: "2024-08-05", amount: -8000, checkNumber: "2231" });
  });

  it("splits a Mint export by account, signs amounts by type and decodes HTML in the raw description", () => {
    const statement = parse("csv/tally-mint.csv");
    expect(statement.accounts.map((a) => [a.name, a.type, a.transactions.length])).toEqual([
      ["Rewards Visa", "credit_card", 1],
      ["Everyday Checking", "checking", 2],
    ]);
    const [depot] = statement.accounts[0]?.transactions ?? [];
    expect(depot).toMatchObject({
      postedOn: "2023-09-14",
      amount: -8412,
      description: "THE HOME DEPOT #4711 / PAINT & SUPPLIES",
      bankCategory: "Home Improvement",
    });
    expect(statement.accounts[1]?.transactions.map((t) => t.amount)).toEqual([210000, -30000]);
  });

  it("reads Schwab checking: title line, pending and posted sections, an out-of-order last row", () => {
    const rows = only(parse("csv/tally-schwab-checking.csv"));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ description: "COFFEE CART SAN JOSE CA", amount: -450, pending: true });
    expect(byDescription(rows, "Check Paid #311")).toMatchObject({
      amount: -125000,
      checkNumber: "311",
      pending: false,
    });
    expect(byDescription(rows, "Payroll Deposit").amount).toBe(325400);
    expect(rows[4]?.postedOn).toBe("2023-10-03");
  });

  it("splits Schwab's 'as of' date and ignores the total footer", () => {
    const rows = only(parse("csv/tally-schwab-brokerage.csv"));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ postedOn: "2024-09-30", transactedOn: "2024-09-28", amount: 12 });
    expect(rows[1]).toMatchObject({ amount: -84030, memo: "Buy" });
  });

  it("reads Fidelity between its comma-only preamble and disclaimer footer", () => {
    const rows = only(parse("csv/tally-fidelity.csv"));
    expect(rows.map((r) => r.amount)).toEqual([184322, -3760, 205]);
    expect(rows[0]).toMatchObject({
      postedOn: "2024-03-11",
      description: "DIRECT DEPOSIT EXAMPLE CO PAYROLL (Cash)",
      memo: null,
    });
  });

  it("splits Fidelity's all-accounts export into one account per account number", () => {
    const statement = parse("csv/tally-fidelity-all-accounts.csv");
    expect(statement.accounts.map((a) => [a.accountNumber, a.name, a.transactions.length])).toEqual([
      ["Z11122233", "Roth IRA", 1],
      ["Z44455566", "Cash Management", 2],
    ]);
    expect(statement.accounts[1]?.transactions[1]?.amount).toBe(-8950);
  });

  it("reads DCU's CRLF file with no final newline, '-$7,971.39' and opaque ids", () => {
    const rows = only(parse("csv/tally-dcu.csv"));
    expect(rows[0]).toMatchObject({ amount: -797139, externalId: "cXVpdGUgb3BhcXVlIGlkIG51bWJlciBvbmU=" });
    expect(rows[1]).toMatchObject({ postedOn: "2024-11-29", amount: 600036, memo: null });
  });
});

const base = { signConvention: "negative_is_out", decimalSeparator: "." } as const;

describe("refusals", () => {
  it("names the line and the unreadable amount, and imports nothing", () => {
    const error = refusal("csv/tally-refused-amount.csv");
    expect(error.message).toBe('Line 3: the amount "12,3x" is not a number');
    expect(error.line).toBe(3);
  });

  it("names the line and the impossible date", () => {
    const error = refusal("csv/tally-refused-date.csv");
    expect(error.message).toBe('Line 3: the date "13/45/2024" is not a MM/DD/YYYY date');
  });

  it("asks for a column mapping when no column holds dates", () => {
    expect(refusal("csv/tally-unreadable-no-dates.csv").message).toMatch(/map its columns/i);
  });

  it("refuses a mapping that points past the last column", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 9,
      dateFormat: "YYYY.MM.DD",
    };
    expect(refusal("csv/actual-windows-1252.csv", { csvMapping: mapping }).message).toMatch(
      /column 10.*3 columns/,
    );
  });

  it("names the QIF line of an unreadable amount", () => {
    const error = refusal("qif/tally-refused-amount.qif");
    expect(error.message).toBe('Line 8: the amount "3.5x" is not a number');
  });
});

describe("encodings", () => {
  it("reads a cp1252 euro sign", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY.MM.DD",
    };
    const rows = only(parse("csv/actual-windows-1252-euro.csv", { csvMapping: mapping }));
    expect(rows[0]?.description).toContain("€");
    expect(rows[0]?.description).toContain("Café");
    expect(rows[0]?.amount).toBe(10025);
  });

  it("strips the UTF-8 BOM from the first column name", async () => {
    const { previewCsv } = await import("@/server/statements/csv");
    const { decodeStatementBytes } = await import("@/server/statements/decode");
    const text = decodeStatementBytes(readFileSync(path.join(FIXTURES, "csv/actual-utf-8-bom.csv"))).text;
    const preview = previewCsv(text);
    expect(preview.columns[0]).toBe("Felhasználónév");
    expect(preview.mapping).toMatchObject({ headerRow: 0, date: 2, amount: 3, dateFormat: "YYYY.MM.DD" });
    expect(preview.sampleRows).toHaveLength(2);
  });

  it("reads a cp1252 QIF payee", () => {
    const rows = only(parse("qif/tally-cp1252.qif"));
    expect(rows[0]?.description).toBe("Café € Example");
  });
});
