import { describe, expect, it } from "vitest";
import type { SignQuestion } from "@/server/statements/csv";
import { parseStatementFile } from "@/server/statements/parse-file";
import { StatementNeedsAnswerError } from "@/server/statements/types";
import { only, rows, textFile, textRefusal } from "../support/statement-fixtures";

// Real-world statement quirks, continued from statements-quirks-4.test.ts: the fourth round of files from public
// repositories. Columns, signs and dates here; texts in statements-quirks-5-text.test.ts; MT940, CAMT, QIF and the
// published files in statements-quirks-5-formats.test.ts. Every file here is our own, with invented rows, in the
// shape the bank's export has.

describe("a header whose column names end in numbers (GLS Bank's VWZ1 … VWZ14)", () => {
  it("is the header, not a row of amounts, so the dates and amounts below it are read", () => {
    const purpose = Array.from({ length: 14 }, (_, i) => `VWZ${i + 1}`).join(";");
    const text =
      `Kontonummer;Buchungstag;Wertstellung;Auftraggeber/Empfänger;Buchungstext;${purpose};Betrag;Kontostand;Währung\n` +
      `4000000001;10.10.2024;10.10.2024;Mobilfunk GmbH;SEPA-Basislastschrift;Rechnung 4711;Kunde 42${";".repeat(13)}-19,99;1.480,01;EUR\n` +
      `4000000001;11.10.2024;11.10.2024;Stadtwerke;SEPA-Basislastschrift;Abschlag Oktober${";".repeat(14)}-80,00;1.400,01;EUR\n`;
    const statement = parseStatementFile(textFile(text));
    expect(rows(only(statement))).toEqual([
      ["2024-10-10", -1999, "Mobilfunk GmbH"],
      ["2024-10-11", -8000, "Stadtwerke"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "EUR", balance: 140001 });
  });

  it("still reads an amount written with its currency code, a retired one included", () => {
    const text = "Date,Description,Amount\n2024-03-01,Coffee,EUR -3.50\n2024-03-02,Refund,EUR 12.00\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([-350, 1200]);
    // The litas, which Intl no longer lists, in a Lithuanian statement from before the euro.
    const litas = "Data;Aprašymas;Suma\n02.01.2010;Maxima;-12,50 LTL\n05.01.2010;Alga;2500,00 LTL\n";
    const statement = parseStatementFile(textFile(litas));
    expect(only(statement).map((t) => t.amount)).toEqual([-1250, 250000]);
    expect(statement.accounts[0]?.currency).toBe("LTL");
  });
});

describe("a debit column beside a credit column that is empty on every row (DBS)", () => {
  it("reads every figure as money out instead of asking which way they go", () => {
    const text =
      "Account Details For:,Savings Account 000-00000-0\n" +
      "Ledger Balance:,1200.00\n" +
      "\n" +
      "Transaction Date,Reference,Debit Amount,Credit Amount,Transaction Ref1\n" +
      "06 May 2024,MST, 34.65, ,GROCER SINGAPORE\n" +
      "05 May 2024,ITR, 7.50, ,TOP-UP TO WALLET\n" +
      "01 May 2024,BILL, 1500.00, ,CARD BILL PAYMENT\n";
    const transactions = only(parseStatementFile(textFile(text)));
    expect(transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-05-06", -3465],
      ["2024-05-05", -750],
      ["2024-05-01", -150000],
    ]);
  });

  it("reads every figure as money in when only the credit column is filled", () => {
    const text =
      "Date,Description,Debit,Credit\n" +
      "01/03/2024,SALARY ACME,,2500.00\n" +
      "15/03/2024,INTEREST,,1.25\n" +
      "28/03/2024,REFUND SHOP,,19.99\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([250000, 125, 1999]);
  });

  it("still asks when an unnamed column of unsigned figures is all the file has", () => {
    const text = "Date,Description,Value\n01/03/2024,SHOP,12.50\n02/03/2024,CAFE,3.20\n";
    expect(() => parseStatementFile(textFile(text))).toThrow(StatementNeedsAnswerError);
  });
});

describe("an export of column names and no rows", () => {
  it("is refused as empty, not as columns Tally could not read", () => {
    const error = textRefusal("Posted Account,Date,Description,Debit Amount,Credit Amount,Balance\r\n");
    expect(error.message).toBe(
      "The file holds column names and not one transaction. Export it again from your bank for a period that has transactions.",
    );
  });

  it("leaves a file of words without dates to the mapping message", () => {
    const error = textRefusal("Name,Note\nAlice,hello\nBob,world\n");
    expect(error.message).toMatch(/could not read the columns.*Map its columns/);
  });
});

describe("RBC's export of every account, with a CAD$ and a USD$ column", () => {
  const text =
    "Account Type,Account Number,Transaction Date,Cheque Number,Description 1,Description 2,CAD$,USD$\n" +
    "Chequing,01234-5678901,6/25/2024,,Email Trfs,INTERAC E-TRF- 6319 ,20,\n" +
    "Chequing,01234-5678901,6/28/2024,,PAYROLL DEPOSIT,ACME CORP ,2742.03,\n" +
    "Chequing,01234-5678901,7/03/2024,,Online Banking payment - 1234,HYDRO ONE,-120.55,\n" +
    "Chequing,01234-5678901,7/05/2024,,Contactless Interac purchase,LOBLAWS 1029,-84.17,\n" +
    "USD Savings,01234-5679999,7/22/2024,,DEPOSIT,,,5300\n" +
    "USD Savings,01234-5679999,7/31/2024,,Deposit interest,,,0.88\n" +
    "Visa,4514xxxxxxxx1234,7/13/2024,,LYFT *RIDE VANCOUVER BC,,-16.61,\n" +
    "Visa,4514xxxxxxxx1234,7/14/2024,,PAYMENT - THANK YOU,,500.00,\n";

  it("reads the two columns as amounts in two currencies, not as money out and money in", () => {
    const statement = parseStatementFile(textFile(text));
    expect(
      statement.accounts.map((a) => [
        a.accountNumber,
        a.currency,
        a.type,
        a.transactions.map((t) => t.amount),
      ]),
    ).toEqual([
      ["01234-5678901", "CAD", "checking", [2000, 274203, -12055, -8417]],
      ["01234-5679999", "USD", "savings", [530000, 88]],
      ["4514xxxxxxxx1234", "CAD", "credit_card", [-1661, 50000]],
    ]);
  });

  it("reads the CAD$ column alone when the user maps it as the amount", () => {
    const statement = parseStatementFile({ ...textFile(text), csvMapping: { amount: 6 } });
    const amounts = statement.accounts.flatMap((a) => a.transactions.map((t) => t.amount));
    expect(amounts).toEqual([2000, 274203, -12055, -8417, -1661, 50000]);
  });
});

describe("a CSV whose dates read both ways and nothing says which", () => {
  const oneDay = "Date,Description,Amount,Balance\n10/02/2018,MERCHANT NAME@12:34,-5.00,995.00\n";

  it("asks whether the day or the month comes first, instead of taking the US order", () => {
    let question: SignQuestion | null = null;
    try {
      parseStatementFile(textFile(oneDay));
    } catch (error) {
      if (error instanceof StatementNeedsAnswerError) question = error.question as SignQuestion;
      else throw error;
    }
    expect(question?.prompt).toBe("Is “10/02/2018” 10 February 2018 or 2 October 2018?");
    const dayFirst = question?.options[0]?.patch;
    expect(dayFirst).toEqual({ dateFormat: "DD/MM/YYYY" });
    const answered = parseStatementFile({ ...textFile(oneDay), csvMapping: dayFirst });
    expect(rows(only(answered))).toEqual([["2018-02-10", -500, "MERCHANT NAME@12:34"]]);
  });

  it("does not ask when the rows' dates tell the order, or the currency does", () => {
    const spread =
      "Date,Description,Amount\n01/02/2024,COFFEE,-4.50\n01/05/2024,BOOKS,-12.30\n01/09/2024,PAY,100.00\n";
    expect(only(parseStatementFile(textFile(spread))).map((t) => t.postedOn)).toEqual([
      "2024-01-02",
      "2024-01-05",
      "2024-01-09",
    ]);
    const euros = "Datum;Omschrijving;Bedrag\n10/02/2018;SUPERMARKT;-5,00\n";
    expect(only(parseStatementFile(textFile(euros))).map((t) => t.postedOn)).toEqual(["2018-02-10"]);
  });
});

describe("a pipe-separated export whose texts hold decimal commas (Raiffeisen's ELBA)", () => {
  const text =
    "K|32000|244081|EUR\n" +
    "| POS 6,49 AT K1 09.03. 09:53|20240311|BAKERY WIEN|-6.49|\n" +
    "| POS 12,87 AT K2 09.03. 13:43|20240311|SHOE SHOP 3220|-12.87|\n" +
    "| GUTSCHRIFT GEHALT|20240312|ACME GMBH|2500.00|\n" +
    "| HOFER DANKT 0551 K2 12.03. 14:01|20240312| |-98.35|\n" +
    "| POS 9,95 AT K2 12.03. 16:08|20240313|DEICHMANN|-9.95|\n";

  it("is split at the pipes, not at the commas inside the texts", () => {
    const transactions = only(parseStatementFile(textFile(text, "kta_ei.dat")));
    expect(transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-03-11", -649],
      ["2024-03-11", -1287],
      ["2024-03-12", 250000],
      ["2024-03-12", -9835],
      ["2024-03-13", -995],
    ]);
  });

  it("does not take a letter on the line above the table for a debit/credit column", () => {
    // Read as marks, the lone "K" made every unmarked amount money out: the salary became -2,500.00.
    const salary = only(parseStatementFile(textFile(text, "kta_ei.dat"))).find(
      (t) => t.postedOn === "2024-03-12",
    );
    expect(salary?.amount).toBe(250000);
  });
});

describe("a column of currency codes", () => {
  it("is not the memo, even in a one-row file (Monzo's local_currency)", () => {
    const text =
      "id,created,amount,currency,local_amount,local_currency,category,emoji,description,address,notes,receipt\n" +
      "tx_0001,2024-02-25 12:34:56 +0000,-10,GBP,-10,GBP,general,,Tesco,,,\n";
    const [transaction] = only(parseStatementFile(textFile(text)));
    expect(transaction).toMatchObject({ amount: -1000, description: "Tesco", memo: null });
  });
});
