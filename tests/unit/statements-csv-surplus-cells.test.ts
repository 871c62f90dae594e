import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { previewCsv, resolveCsv } from "@/server/statements/csv";
import { tokenizeCsv } from "@/server/statements/csv-tokenize";
import { decodeStatementBytes } from "@/server/statements/decode";
import { detectStatementFormat, readStatementFile } from "@/server/statements/parse-file";
import { type ParsedStatement, StatementParseError } from "@/server/statements/types";

// A comma file whose amounts carry an unquoted thousands separator: "-2,150.00" arrives as two values. The
// statement must import whole and exactly, or be refused with the line to fix; never as -2.00.

function read(text: string, csvMapping?: unknown): ParsedStatement {
  return readStatementFile({
    bytes: new TextEncoder().encode(text),
    filename: "statement.csv",
    accountType: "checking",
    csvMapping,
  }).statement;
}

function refusal(text: string): StatementParseError {
  try {
    read(text);
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error("the file was read; it should have been refused");
}

const rows = (statement: ParsedStatement) =>
  (statement.accounts[0]?.transactions ?? []).map((t) => [t.description, t.amount]);

// Cents from whole units and cents, so an expected amount is not written with the separator under test.
const cents = (units: number, hundredths = 0) => Math.sign(units || 1) * (Math.abs(units) * 100 + hundredths);

const SPLIT =
  "Date,Description,Amount\n" +
  "2026-01-02,RENT PAYMENT,-2,150.00\n" +
  "2026-01-03,COFFEE,-4.50\n" +
  "2026-01-05,PAYCHECK,3,200.00\n";

describe("CSV amounts split at an unquoted thousands separator", () => {
  it("reads each split amount whole, to the cent", () => {
    const statement = read(SPLIT);
    expect(statement.accounts).toHaveLength(1);
    expect(rows(statement)).toEqual([
      ["RENT PAYMENT", cents(-2150)],
      ["COFFEE", cents(-4, 50)],
      ["PAYCHECK", cents(3200)],
    ]);
    expect(statement.warnings).toEqual([]);
  });

  it("reads a million written with two separators", () => {
    const statement = read(
      "Date,Description,Amount\n2026-02-01,HOUSE PURCHASE,-1,234,567.89\n2026-02-02,COFFEE,-4.50\n",
    );
    expect(rows(statement)).toEqual([
      ["HOUSE PURCHASE", cents(-1234567, 89)],
      ["COFFEE", cents(-4, 50)],
    ]);
  });

  it("puts back both an amount and the balance beside it, and keeps the latest balance", () => {
    const statement = read(
      "Date,Description,Amount,Balance\n" +
        "2026-01-01,OPENING DEPOSIT,10.00,5,010.00\n" +
        "2026-01-02,RENT PAYMENT,-2,150.00,2,860.00\n" +
        "2026-01-03,COFFEE,-4.50,2,855.50\n" +
        "2026-01-05,PAYCHECK,3,200.00,6,055.50\n",
    );
    expect(rows(statement)).toEqual([
      ["OPENING DEPOSIT", cents(10)],
      ["RENT PAYMENT", cents(-2150)],
      ["COFFEE", cents(-4, 50)],
      ["PAYCHECK", cents(3200)],
    ]);
    const account = statement.accounts[0];
    expect(account?.balance).toBe(cents(6055, 50));
    expect(account?.balanceAsOf).toBe("2026-01-05");
    // The balances agree with the amounts as read: each step is the amount of its row.
    expect(cents(5010) + cents(-2150)).toBe(cents(2860));
  });

  it("puts back a split amount in a debit column and a split balance after it", () => {
    const statement = read(
      "Date,Description,Debit,Credit,Balance\n" +
        "2026-01-01,OPENING DEPOSIT,,10.00,5,010.00\n" +
        "2026-01-02,RENT PAYMENT,2,150.00,,2,860.00\n" +
        "2026-01-03,COFFEE,4.50,,2,855.50\n" +
        "2026-01-04,TEA,3.50,,852.00\n",
    );
    expect(rows(statement)).toEqual([
      ["OPENING DEPOSIT", cents(10)],
      ["RENT PAYMENT", cents(-2150)],
      ["COFFEE", cents(-4, 50)],
      ["TEA", cents(-3, 50)],
    ]);
    expect(statement.accounts[0]?.balance).toBe(cents(852));
  });

  it("puts back a split amount in a file without a header, even when most amounts are split", () => {
    const statement = read(
      "2026-01-02,RENT PAYMENT,-2,150.00\n2026-01-03,COFFEE,-4.50\n2026-01-04,CAR,-3,500.00\n2026-01-05,PAYCHECK,3,200.00\n",
    );
    expect(rows(statement)).toEqual([
      ["RENT PAYMENT", cents(-2150)],
      ["COFFEE", cents(-4, 50)],
      ["CAR", cents(-3500)],
      ["PAYCHECK", cents(3200)],
    ]);
  });

  it("keeps a memo after a split amount, and a trailing empty field, where they were", () => {
    const statement = read(
      "Date,Description,Amount,Memo,\n2026-01-02,RENT,-2,150.00,January,\n2026-01-03,COFFEE,-4.50,,\n",
    );
    const [rent, coffee] = statement.accounts[0]?.transactions ?? [];
    expect(rent).toMatchObject({ description: "RENT", amount: cents(-2150), memo: "January" });
    expect(coffee).toMatchObject({ description: "COFFEE", amount: cents(-4, 50), memo: null });
  });

  it("reads the same when the user confirms the mapping the preview showed", () => {
    const preview = previewCsv(SPLIT);
    expect(preview.columns).toEqual(["Date", "Description", "Amount"]);
    expect(preview.sampleRows).toEqual([
      ["2026-01-02", "RENT PAYMENT", "-2,150.00"],
      ["2026-01-03", "COFFEE", "-4.50"],
      ["2026-01-05", "PAYCHECK", "3,200.00"],
    ]);
    expect(rows(read(SPLIT, preview.mapping))).toEqual(rows(read(SPLIT)));
  });
});

describe("CSV descriptions split at an unquoted comma", () => {
  it("joins the description back as written when the amount still reads", () => {
    const statement = read(
      "Date,Description,Amount\n" +
        '2026-01-02,"AMAZON, INC",-4.50\n' +
        "2026-01-03,AMAZON, INC,-12.00\n" +
        "2026-01-04,COFFEE,-3.00\n",
    );
    expect(rows(statement)).toEqual([
      ["AMAZON, INC", cents(-4, 50)],
      ["AMAZON, INC", cents(-12)],
      ["COFFEE", cents(-3)],
    ]);
  });

  it("joins a memo split at a comma in the last column back whole", () => {
    const statement = read(
      "Date,Description,Amount,Memo\n2026-01-02,RENT,-2,150.00,January, flat 4\n2026-01-03,COFFEE,-4.50,cup\n",
    );
    const [rent] = statement.accounts[0]?.transactions ?? [];
    expect(rent).toMatchObject({ description: "RENT", amount: cents(-2150), memo: "January, flat 4" });
  });

  it("refuses a row whose text could belong to the description or the memo", () => {
    const error = refusal(
      "Date,Description,Memo,Amount\n2026-01-02,AMAZON, INC,order 1,-4.50\n2026-01-03,COFFEE,cup,-4.50\n",
    );
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^Line 2 has 5 values where the header has 4/);
    expect(error.message).toMatch(/"AMAZON" or "AMAZON, INC"/);
  });
});

describe("CSV rows that do not fit the header and cannot be put back together", () => {
  it("refuses a row whose split could be read two ways, naming the line", () => {
    // "REF,100" could be the description and -4,500.00 the amount, or the amount could be 500.00.
    const error = refusal("Date,Description,Amount\n2026-01-02,COFFEE,-4.50\n2026-01-03,REF,100,-4,500.00\n");
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      "Line 3 has 5 values where the header has 3; an amount may contain an unquoted comma. Export the file again with amounts in quotes, or without thousands separators.",
    );
  });

  it("refuses a split amount when whole-number amounts leave two readings", () => {
    const error = refusal(
      "Date,Description,Amount,Memo\n2026-01-02,RENT,-2,150,note\n2026-01-03,COFFEE,-4,cup\n",
    );
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/the amount could be "-2" or "-2,150"/);
  });

  it("refuses a decimal-comma amount split by the comma delimiter instead of guessing", () => {
    const error = refusal(
      "Date,Description,Amount\n2026-01-02,RENT,-1.234,56\n2026-01-03,COFFEE,-4,50\n2026-01-04,TEA,-3,00\n",
    );
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^Line 2 has 4 values where the header has 3; a value may contain/);
  });

  it("refuses a dated amount too short to reach its amount column instead of passing over it", () => {
    const error = refusal("Date,Description,Amount\n2026-01-02,-4.50\n2026-01-03,COFFEE,-4.50\n");
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^Line 2 has 2 values where the header has 3, so its amount is missing/);
  });

  it("refuses through the upload check with the line, before asking anything", () => {
    expect(() => read("Date,Description,Amount\n2026-01-02,A,4.50\n2026-01-03,REF,100,4,500.00\n")).toThrow(
      /^Line 3 has 5 values/,
    );
  });
});

describe("rows wider than the header on purpose", () => {
  it("reads free text running past the last column as before", () => {
    const statement = read(
      "Account;Date;Amount;Text\n" +
        "AT01;2013-07-03;150,00;A name;A text;REF: 1\n" +
        "AT01;2013-07-01;-100,00;Transfer;A reference\n" +
        "AT01;2013-06-10;-2.000,00;Rent\n",
    );
    expect(rows(statement)).toEqual([
      ["A name", cents(150)],
      ["Transfer", cents(-100)],
      ["Rent", cents(-2000)],
    ]);
  });

  it("passes over a footer line wider than the header", () => {
    const statement = read(
      "Date,Description,Amount\n2026-01-02,COFFEE,-4.50\nThe data, and information, shown here are for your use only\n",
    );
    expect(rows(statement)).toEqual([["COFFEE", cents(-4, 50)]]);
  });
});

describe("the committed statement fixtures", () => {
  // Every real export Tally reads today fits its header as it stands (or runs on past it on purpose): none
  // is put back together or refused by the row check. A change that alters one of them shows here first.
  const roots = [
    path.resolve(__dirname, "../fixtures/statements/csv"),
    path.resolve(__dirname, "../../../shared/fixtures/statements/csv"),
    path.resolve(__dirname, "../../../../shared/fixtures/statements/csv"),
  ].filter((root, i, all) => existsSync(root) && all.indexOf(root) === i);
  const files = roots.flatMap((root) =>
    readdirSync(root)
      .filter((name) => /\.(csv|txt)$/.test(name))
      .map((name) => path.join(root, name)),
  );

  it("are found", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(files.map((file) => [path.relative(path.resolve(__dirname, "../.."), file), file]))(
    "%s reads its rows as they stand",
    (_name, file) => {
      const text = decodeStatementBytes(readFileSync(file)).text;
      if (detectStatementFormat(text, path.basename(file)) !== "csv") return;
      const resolution = resolveCsv(text, { accountType: "checking" });
      expect(resolution.rowProblems).toEqual([]);
      expect(resolution.rows).toEqual(tokenizeCsv(text).rows);
    },
  );
});
