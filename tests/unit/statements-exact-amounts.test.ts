import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { StatementNeedsAnswerError } from "@/server/statements/types";
import { FIXTURES, only, parse, refusal, rows, textFile, textRefusal } from "../support/statement-fixtures";

// Amounts are kept to the cent: a figure below it is refused with its line, never rounded. Dinars counted in
// whole fils ("4.750") are exact and read; the fixtures here are our own, with invented rows.

describe("an OFX file with an amount below the cent", () => {
  it("is refused whole, naming the line and the amount as written, instead of rounding -12.345 to -12.35", () => {
    const error = refusal("ofx/tally-kwd-fils.ofx");
    expect(error.message).toMatch(
      /^Line 19: the transaction with id KW-3 has an amount with more than two decimals: "-12\.345" .*nothing from the file was imported/,
    );
    expect(error.line).toBe(19);
  });

  it("is read exactly when the thousandths are zeros, in the file's three-decimal currency", () => {
    const statement = parse("ofx/tally-kwd-whole-fils.ofx");
    expect(rows(only(statement))).toEqual([
      ["2024-01-02", 25000, "SALARY JANUARY"],
      ["2024-01-05", -475, "CORNER CAFE"],
      ["2024-01-09", -1234, "GROCERY MARKET"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "KWD", balance: 23291 });
  });

  it("leaves out a ledger balance below the cent, with a warning, rather than rounding it", () => {
    const text = readFileSync(path.join(FIXTURES, "ofx/tally-kwd-whole-fils.ofx"), "utf8").replace(
      "<BALAMT>232.910",
      "<BALAMT>232.915",
    );
    const statement = parseStatementFile(textFile(text, "kwd.ofx"));
    expect(statement.accounts[0]?.balance).toBeNull();
    expect(statement.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/balance "232\.915" has more than two decimals.*left out rather than rounded/),
    );
  });
});

describe("a CSV with three-decimal amounts and no currency column", () => {
  it("asks whether the dot separates thousands or decimals instead of reading -12.345 as -12,345.00", () => {
    const error = refusal("csv/tally-three-decimals-no-currency.csv");
    expect(error).toBeInstanceOf(StatementNeedsAnswerError);
    expect((error as StatementNeedsAnswerError).question).toMatchObject({
      prompt: "Is “-12.345” 12,345.00 or 12.345?",
      options: [{ patch: { decimalSeparator: "," } }, { patch: { decimalSeparator: "." } }],
    });
  });

  it("is refused at the first amount below the cent, with its line, once the user says the dot is decimal", () => {
    const error = refusal("csv/tally-three-decimals-no-currency.csv", {
      csvMapping: { decimalSeparator: "." },
    });
    expect(error).not.toBeInstanceOf(StatementNeedsAnswerError);
    expect(error.message).toMatch(
      /^Line 4: the amount "-12\.345" has more than two decimals.*nothing from the file was imported/,
    );
  });

  it("is read as thousands when the user says so", () => {
    const statement = parse("csv/tally-three-decimals-no-currency.csv", {
      csvMapping: { decimalSeparator: "," },
    });
    expect(only(statement).map((t) => t.amount)).toEqual([25000000, -475000, -1234500]);
  });

  it("is refused for a running balance below the cent too, not rounded into the account's balance", () => {
    const text =
      "Date,Description,Amount,Balance\n02/01/2024,Salary,250.00,250.005\n05/01/2024,Cafe,-4.75,245.255\n";
    expect(textRefusal(text).message).toMatch(/^Line 2: the balance "250\.005" has more than two decimals/);
  });
});

describe("a QIF file with an amount below the cent", () => {
  it("is refused with its line instead of rounding", () => {
    const text =
      "!Type:Bank\nD01/05/2024\nT-4.75\nPCorner cafe\n^\nD01/09/2024\nT-12.345\nPGrocery market\n^\n";
    expect(textRefusal(text, "export.qif").message).toMatch(
      /^Line 7: the amount "-12\.345" has more than two decimals/,
    );
  });
});

describe("an MT940 statement with Hungarian non-SWIFT :NS: fields", () => {
  it("describes each line from its :NS: texts, not from the raw tags or as (no description)", () => {
    const statement = parse("mt940/tally-hu-non-swift.sta");
    expect(rows(only(statement))).toEqual([
      ["2024-01-05", -450000, "KARTYAS VASARLAS BOLT KFT BUDAPEST"],
      ["2024-01-09", -1200000, "ATUTALAS KOVACS ANNA Januari berleti dij"],
      ["2024-01-15", 35000000, "JOVAIRAS PELDA ZRT Fizetes januar"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "HUF", balance: 43350000 });
  });

  it("keeps the :86: text as the description and the :NS: text as the memo when both are written", () => {
    const text =
      ":20:HU240131\n:25:HU00123456789012345678901234\n:28C:1/1\n:60F:C240101HUF10000,00\n" +
      ":61:2401050105D4500,00NTRFNONREF\n:86:Kartyas vasarlas\n:NS:20BOLT KFT\n:NS:21BUDAPEST\n" +
      ":62F:C240131HUF5500,00\n-\n";
    const [transaction] = only(parseStatementFile(textFile(text, "hu.sta")));
    expect(transaction).toMatchObject({
      description: "Kartyas vasarlas",
      memo: "Kartyas vasarlas – BOLT KFT BUDAPEST",
      amount: -450000,
    });
  });
});

describe("a CSV whose O/I column gives the direction of unsigned amounts", () => {
  it("reads O as money out and I as money in", () => {
    expect(only(parse("csv/tally-out-in-flag.csv")).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-01-02", 250000],
      ["2024-01-05", -475],
      ["2024-01-09", -6230],
      ["2024-01-12", 1999],
    ]);
  });

  it("reads Hungarian Terhelés and Jóváírás words the same way", () => {
    const text =
      "Dátum;Leírás;Összeg;Típus\n2024.01.02;Fizetés;250000;Jóváírás\n2024.01.05;Bolt;4500;Terhelés\n" +
      "2024.01.09;Piac;6230;Terhelés\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([
      25000000, -450000, -623000,
    ]);
  });
});

describe("a YNAB 4 export in Jordanian dinars (د.ا. before every amount)", () => {
  it("reads the outflows and inflows exactly, in fils", () => {
    const statement = parse("csv/tally-ynab4-jod.csv");
    expect(rows(only(statement))).toEqual([
      ["2024-01-02", 25000, "Employer"],
      ["2024-01-05", -475, "Corner cafe"],
      ["2024-01-09", -1234, "Grocery market"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "JOD", balance: 23291 });
  });

  it("refuses an outflow below the cent instead of rounding it", () => {
    const text =
      '"Account","Flag","Check Number","Date","Payee","Category","Master Category","Sub Category","Memo","Outflow","Inflow","Cleared","Running Balance"\n' +
      '"Checking",,,2024/01/05,"Corner cafe",,,,"Lunch",د.ا.4.755,د.ا.0.000,C,د.ا.0.000\n' +
      '"Checking",,,2024/01/09,"Market",,,,"Food",د.ا.12.340,د.ا.0.000,C,د.ا.0.000\n';
    expect(textRefusal(text).message).toMatch(
      /^Line 2: the debit amount "د\.ا\.4\.755" has more than two decimals/,
    );
  });
});
