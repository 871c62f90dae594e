import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, textFile } from "../support/statement-fixtures";

// Words, names and notations of many languages in statement files: currency symbols, month names, dates marked
// with CJK characters, money-in and money-out words and column names, total lines. Found while running public
// sample exports from Brazil, Poland, Czechia, Scandinavia, Italy, Russia, China and Korea through the parser;
// every file here is our own, with invented rows.

describe("amounts written with a currency symbol of more than one letter", () => {
  it.each([
    ["-R$ 45,60", "R$ 3.000,00", "R$ 1,00", "BRL"],
    ["RM45.60-", "RM3,000.00", "RM1.00", "MYR"],
    ["-45,60 zł", "3 000,00 zł", "1,00 zł", "PLN"],
    ["-45,60 Kč", "3 000,00 Kč", "1,00 Kč", "CZK"],
    // "kr" is the Swedish, Norwegian, Danish and Icelandic crown alike: no currency from it.
    ["-45,60 kr", "3.000,00 kr", "1,00 kr", null],
  ])("reads %s, %s and %s", (spent, earned, refund, currency) => {
    const text = `Date;Description;Amount\n02/01/2024;MARKET;${spent}\n03/01/2024;SALARY;${earned}\n13/01/2024;REFUND;${refund}\n`;
    const statement = parseStatementFile(textFile(text));
    expect(only(statement).map((t) => t.amount)).toEqual([-4560, 300000, 100]);
    expect(statement.accounts[0]?.currency).toBe(currency);
  });
});

describe("dates that read both ways in a file whose currency is named only in a header or a column", () => {
  it("reads them day first for a pound account (Starling's Amount (GBP))", () => {
    const text =
      "Date,Counter Party,Reference,Type,Amount (GBP)\n" +
      "05/06/2025,Tesco,CARD PAYMENT,CARD,-10.00\n" +
      "06/05/2025,Employer,SALARY,FASTER PAYMENT,1500.00\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.postedOn)).toEqual([
      "2025-06-05",
      "2025-05-06",
    ]);
  });

  it("reads them day first when a currency column says EUR", () => {
    const text =
      "Date,Description,Amount,Currency\n" +
      "05/06/2025,Supermarkt,-10.00,EUR\n" +
      "06/05/2025,Arbeitgeber,1500.00,EUR\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.postedOn)).toEqual([
      "2025-06-05",
      "2025-05-06",
    ]);
  });

  it("still reads them month first for dollars", () => {
    const text = "Date,Description,Amount (USD)\n05/06/2025,Grocery,-10.00\n06/05/2025,Payroll,1500.00\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.postedOn)).toEqual([
      "2025-05-06",
      "2025-06-05",
    ]);
  });
});

describe("dates written in words or with CJK marks", () => {
  it.each([
    ["2024年1月15日", "2024-01-15"],
    ["2024년 1월 15일", "2024-01-15"],
    ["2024年01月15日 10:22", "2024-01-15"],
    ["15 de enero de 2024", "2024-01-15"],
    ["5 de março de 2024", "2024-03-05"],
    ["12 out 2024", "2024-10-12"],
    ["3 maj 2024", "2024-05-03"],
  ])("reads %s as %s", (written, iso) => {
    const text = `Date,Description,Amount\n"${written}",SHOP A,-10.00\n"${written}",SHOP B,20.00\n`;
    expect(only(parseStatementFile(textFile(text))).map((t) => t.postedOn)).toEqual([iso, iso]);
  });
});

describe("a type column that says which way the money went in Polish, Czech, Portuguese, Italian or Swedish", () => {
  it.each([
    ["Wydatek", "Wpływ"],
    ["Obciążenie", "Uznanie"],
    ["Výdaj", "Příjem"],
    ["Saída", "Entrada"],
    ["Uscite", "Entrate"],
    ["Uttag", "Insättning"],
  ])("reads %s as money out and %s as money in, without asking", (out, into) => {
    const text =
      "Date;Description;Type;Amount\n" +
      `02/01/2024;SHOP A;${out};10,00\n03/01/2024;SALARY;${into};200,00\n05/01/2024;SHOP B;${out};5,50\n`;
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
  });
});

describe("money out and money in columns named in Polish, Czech, Spanish, Portuguese, Scandinavian or Russian", () => {
  it.each([
    ["Obciążenia", "Uznania"],
    ["Wydatki", "Wpływy"],
    ["Výdaj", "Příjem"],
    ["Gastos", "Ingresos"],
    ["Saídas", "Entradas"],
    ["Débito", "Crédito"],
    ["Utgifter", "Inkomster"],
    ["Debet", "Kredit"],
    ["Дебет", "Кредит"],
  ])("reads %s as money out and %s as money in, without asking", (out, into) => {
    const text =
      `Date;Description;${out};${into}\n` +
      "02/01/2024;SHOP A;10,00;\n03/01/2024;SALARY;;200,00\n05/01/2024;SHOP B;5,50;\n";
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
  });
});

describe("a total line below the rows, in other languages", () => {
  it.each(["Razem", "Celkem", "Итого", "合计", "합계", "Summa", "I alt", "Yhteensä", "Gesamtsumme"])(
    "is not read as a transaction without a date: %s",
    (label) => {
      const text =
        "Date;Description;Amount\n02/01/2024;SHOP A;-10,00\n03/01/2024;SALARY;200,00\n" +
        `05/01/2024;SHOP B;-5,50\n${label};;184,50\n`;
      expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
    },
  );
});

describe("Revolut's export in German and French", () => {
  it.each([
    [
      "Typ,Produkt,Startdatum,Abschlussdatum,Beschreibung,Betrag,Gebühr,Währung,Status,Saldo",
      ["Kartenzahlung", "ABGESCHLOSSEN", "AUSSTEHEND", "RÜCKGÄNGIG GEMACHT"],
    ],
    [
      "Type,Produit,Date de début,Date de fin,Description,Montant,Frais,Devise,État,Solde",
      ["Paiement par carte", "TERMINÉ", "EN ATTENTE", "ANNULÉ"],
    ],
  ])("marks pending rows, leaves out reverted ones and dates rows by completion: %s", (header, words) => {
    const [kind, done, waiting, undone] = words as [string, string, string, string];
    const text =
      `${header}\n` +
      `${kind},Current,2024-03-01 10:12:01,2024-03-02 09:00:00,Supermarket,-23.45,0.00,EUR,${done},976.55\n` +
      `${kind},Current,2024-03-04 19:30:00,,Food delivery,-31.90,0.00,EUR,${waiting},944.65\n` +
      `${kind},Current,2024-03-05 12:00:00,2024-03-05 12:00:01,Online shop,-15.00,0.00,EUR,${undone},944.65\n`;
    const transactions = only(parseStatementFile(textFile(text)));
    expect(transactions.map((t) => [t.postedOn, t.amount, t.description, t.pending])).toEqual([
      ["2024-03-02", -2345, "Supermarket", false],
      ["2024-03-04", -3190, "Food delivery", true],
    ]);
  });
});
