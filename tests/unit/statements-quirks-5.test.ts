import { describe, expect, it } from "vitest";
import type { SignQuestion } from "@/server/statements/csv";
import { parseStatementFile } from "@/server/statements/parse-file";
import {
  type ParsedTransaction,
  StatementNeedsAnswerError,
  StatementParseError,
} from "@/server/statements/types";
import { only } from "../support/statement-fixtures";

// Real-world statement quirks, continued from statements-quirks-4.test.ts: the fourth round of files from public
// repositories (GLS Bank, DBS, empty exports, ABN AMRO's, Citi's and mBank's MT940/MT942). Every file here is our
// own, with invented rows, in the shape the bank's export has.

const rows = (transactions: ParsedTransaction[]) =>
  transactions.map((t) => [t.postedOn, t.amount, t.description]);

const file = (text: string, filename = "export.csv") => ({ bytes: new TextEncoder().encode(text), filename });

function refusal(text: string, filename?: string): StatementParseError {
  try {
    parseStatementFile(file(text, filename));
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error("the file was read");
}

describe("a header whose column names end in numbers (GLS Bank's VWZ1 … VWZ14)", () => {
  it("is the header, not a row of amounts, so the dates and amounts below it are read", () => {
    const purpose = Array.from({ length: 14 }, (_, i) => `VWZ${i + 1}`).join(";");
    const text =
      `Kontonummer;Buchungstag;Wertstellung;Auftraggeber/Empfänger;Buchungstext;${purpose};Betrag;Kontostand;Währung\n` +
      `4000000001;10.10.2024;10.10.2024;Mobilfunk GmbH;SEPA-Basislastschrift;Rechnung 4711;Kunde 42${";".repeat(13)}-19,99;1.480,01;EUR\n` +
      `4000000001;11.10.2024;11.10.2024;Stadtwerke;SEPA-Basislastschrift;Abschlag Oktober${";".repeat(14)}-80,00;1.400,01;EUR\n`;
    const statement = parseStatementFile(file(text));
    expect(rows(only(statement))).toEqual([
      ["2024-10-10", -1999, "Mobilfunk GmbH"],
      ["2024-10-11", -8000, "Stadtwerke"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "EUR", balance: 140001 });
  });

  it("still reads an amount written with its currency code", () => {
    const text = "Date,Description,Amount\n2024-03-01,Coffee,EUR -3.50\n2024-03-02,Refund,EUR 12.00\n";
    expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([-350, 1200]);
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
    const transactions = only(parseStatementFile(file(text)));
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
    expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([250000, 125, 1999]);
  });

  it("still asks when an unnamed column of unsigned figures is all the file has", () => {
    const text = "Date,Description,Value\n01/03/2024,SHOP,12.50\n02/03/2024,CAFE,3.20\n";
    expect(() => parseStatementFile(file(text))).toThrow(StatementNeedsAnswerError);
  });
});

describe("an export of column names and no rows", () => {
  it("is refused as empty, not as columns Tally could not read", () => {
    const error = refusal("Posted Account,Date,Description,Debit Amount,Credit Amount,Balance\r\n");
    expect(error.message).toBe(
      "The file holds column names and not one transaction. Export it again from your bank for a period that has transactions.",
    );
  });

  it("leaves a file of words without dates to the mapping message", () => {
    const error = refusal("Name,Note\nAlice,hello\nBob,world\n");
    expect(error.message).toMatch(/could not read the columns.*Map its columns/);
  });
});

describe("MT940 files", () => {
  it("skip the plain-text envelope ABN AMRO writes before each message", () => {
    const text =
      "ABNANL2A\n940\nABNANL2A\n" +
      ":20:ABN AMRO BANK NV\n:25:123456789\n:28:100/1\n:60F:C240522EUR100,00\n" +
      ":61:2405240524D9,50N426NONREF\n:86:BEA NR:XXX1234 24.05.24/12.54 BAKERY AMSTERDAM,PAS999\n" +
      ":62F:C240524EUR90,50\n-\n" +
      "ABNANL2A\n940\nABNANL2A\n" +
      ":20:ABN AMRO BANK NV\n:25:123456789\n:28C:101/1\n:60M:C240524EUR90,50\n" +
      ":61:2405250525C10,00N426NONREF\n:86:REFUND SHOP\n" +
      ":62M:C240525EUR100,50\n-\n";
    const statement = parseStatementFile(file(text, "statement.sta"));
    expect(rows(only(statement))).toEqual([
      ["2024-05-24", -950, "BEA NR:XXX1234 24.05.24/12.54 BAKERY AMSTERDAM,PAS999"],
      ["2024-05-25", 1000, "REFUND SHOP"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 10050, balanceAsOf: "2024-05-25" });
    expect(statement.warnings).toEqual([]);
  });

  it("read a statement line whose entry date is left blank (Citi)", () => {
    const text =
      ":20:REF1\n:25:123456789\n:28:1/1\n:60F:C240312USD1000,00\n" +
      ":61:240312    DD212,39NMSCNONREF//\n/ABC/DEF/MISCELLANEOUS\n:86:RENT MARCH\n" +
      ":61:240312    CD50,00NMSCNONREF//\n:86:DEPOSIT\n" +
      ":62F:C240312USD837,61\n-";
    expect(rows(only(parseStatementFile(file(text, "citi.txt"))))).toEqual([
      ["2024-03-12", -21239, "RENT MARCH"],
      ["2024-03-12", 5000, "DEPOSIT"],
    ]);
  });

  it("read an MT942 interim report (mBank's intraday download), which has no balances", () => {
    const text =
      "\n:20:ST240119CYC/0001\n:25:PL00114000000000000000000000\n:28C:1/1\n:34F:PLN0\n:13D:2401191815+0100\n" +
      ":61:2401190119CN25,00NTRFNONREF//MB240119012058\n911-PRZELEW\n:86:PRZELEW OD JAN NOWAK\n" +
      ":61:2401190119DN7,50NTRFNONREF//MB240119012085\n911-PRZELEW\n:86:OPLATA ZA KARTE\n" +
      ":90D:1PLN7,50\n:90C:1PLN25,00\n-\n";
    const statement = parseStatementFile(file(text, "mt942.sta"));
    expect(rows(only(statement))).toEqual([
      ["2024-01-19", 2500, "PRZELEW OD JAN NOWAK"],
      ["2024-01-19", -750, "OPLATA ZA KARTE"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "PLN", balance: null });
  });

  it("still refuse an MT940 statement cut off before its closing balance", () => {
    const text =
      ":20:REF1\n:25:123456789\n:28:1/1\n:60F:C240312EUR1000,00\n:61:240312D12,00NMSCNONREF\n:86:SHOP\n";
    expect(refusal(text, "cut.sta").message).toMatch(/has no closing balance/);
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
    const statement = parseStatementFile(file(text));
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
    const statement = parseStatementFile({ ...file(text), csvMapping: { amount: 6 } });
    const amounts = statement.accounts.flatMap((a) => a.transactions.map((t) => t.amount));
    expect(amounts).toEqual([2000, 274203, -12055, -8417, -1661, 50000]);
  });
});

describe("a QIF register whose opening balance is written in another language", () => {
  it("takes the transfer of the account to itself as the opening balance (Eröffnungssaldo)", () => {
    const text =
      "!Account\nNGiro Berlin\nTBank\n^\n!Type:Bank\n" +
      "D10/01/2023\nT1,500.00\nCX\nPEröffnungssaldo\nL[Giro Berlin]\n^\n" +
      "D10/18/2023\nT-200.00\nPSupermarkt\n^\n";
    const statement = parseStatementFile(file(text, "export.qif"));
    expect(rows(only(statement))).toEqual([["2023-10-18", -20000, "Supermarkt"]]);
    expect(statement.accounts[0]?.balance).toBe(130000);
  });
});

describe("a CSV whose dates read both ways and nothing says which", () => {
  const oneDay = "Date,Description,Amount,Balance\n10/02/2018,MERCHANT NAME@12:34,-5.00,995.00\n";

  it("asks whether the day or the month comes first, instead of taking the US order", () => {
    let question: SignQuestion | null = null;
    try {
      parseStatementFile(file(oneDay));
    } catch (error) {
      if (error instanceof StatementNeedsAnswerError) question = error.question as SignQuestion;
      else throw error;
    }
    expect(question?.prompt).toBe("Is “10/02/2018” 10 February 2018 or 2 October 2018?");
    const dayFirst = question?.options[0]?.patch;
    expect(dayFirst).toEqual({ dateFormat: "DD/MM/YYYY" });
    const answered = parseStatementFile({ ...file(oneDay), csvMapping: dayFirst });
    expect(rows(only(answered))).toEqual([["2018-02-10", -500, "MERCHANT NAME@12:34"]]);
  });

  it("does not ask when the rows' dates tell the order, or the currency does", () => {
    const spread =
      "Date,Description,Amount\n01/02/2024,COFFEE,-4.50\n01/05/2024,BOOKS,-12.30\n01/09/2024,PAY,100.00\n";
    expect(only(parseStatementFile(file(spread))).map((t) => t.postedOn)).toEqual([
      "2024-01-02",
      "2024-01-05",
      "2024-01-09",
    ]);
    const euros = "Datum;Omschrijving;Bedrag\n10/02/2018;SUPERMARKT;-5,00\n";
    expect(only(parseStatementFile(file(euros))).map((t) => t.postedOn)).toEqual(["2018-02-10"]);
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
    const transactions = only(parseStatementFile(file(text, "kta_ei.dat")));
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
    const salary = only(parseStatementFile(file(text, "kta_ei.dat"))).find(
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
    const [transaction] = only(parseStatementFile(file(text)));
    expect(transaction).toMatchObject({ amount: -1000, description: "Tesco", memo: null });
  });
});

describe("Nordic and Finnish exports", () => {
  it("read Norwegian money-out and money-in columns named after the account (DNB)", () => {
    const text =
      '"Dato";"Forklaring";"Rentedato";"Uttak fra konto";"Innskudd på konto"\n' +
      '"03.01.2024";"Varekjøp REMA 1000 OSLO";"03.01.2024";"234,50";""\n' +
      '"05.01.2024";"Lønn ACME AS";"05.01.2024";"";"32 500,00"\n' +
      '"10.01.2024";"Nettgiro til: Husleie";"10.01.2024";"12 000,00";""\n';
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
      ["2024-01-03", -23450, "Varekjøp REMA 1000 OSLO"],
      ["2024-01-05", 3250000, "Lønn ACME AS"],
      ["2024-01-10", -1200000, "Nettgiro til: Husleie"],
    ]);
  });

  it("mark a Danish row that is waiting (Venter) as pending", () => {
    const text =
      '"Dato";"Tekst";"Beløb";"Saldo";"Status";"Afstemt"\n' +
      '"02.01.2024";"Netto 1234 København";"-123,45";"10.876,55";"Udført";"Nej"\n' +
      '"05.01.2024";"Løn ACME A/S";"25.000,00";"35.876,55";"Udført";"Nej"\n' +
      '"06.01.2024";"MobilePay Jens Hansen";"-200,00";"35.676,55";"Venter";"Nej"\n';
    expect(only(parseStatementFile(file(text))).map((t) => t.pending)).toEqual([false, false, true]);
  });

  it("name a Finnish row after its payee or payer (OP's Saaja/Maksaja), not its kind", () => {
    const text =
      "Kirjauspäivä;Arvopäivä;Määrä EUROA;Laji;Selitys;Saaja/Maksaja;Saajan tilinumero;Viite;Viesti\n" +
      "05.01.2024;05.01.2024;-23,40;162;PKORTTIMAKSU;K-MARKET KAMPPI;;;Viesti: 123\n" +
      "10.01.2024;10.01.2024;+2450,00;710;PALKKA;ACME OY;FI9876543210987654;;Viesti: palkka\n";
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
      ["2024-01-05", -2340, "K-MARKET KAMPPI"],
      ["2024-01-10", 245000, "ACME OY"],
    ]);
  });
});

describe("a value date written with a month name (SBI)", () => {
  it("is not taken for the memo", () => {
    const text =
      "Txn Date,Value Date,Description,Ref No./Cheque No.,Debit,Credit,Balance\n" +
      '5 Feb 2024,5 Feb 2024,ATM WDL ATM CASH 1234 MUMBAI,123,"2,000.00", ,"8,000.00"\n' +
      '6 Feb 2024,7 Feb 2024,BY TRANSFER-NEFT*ACME*SALARY, , ,"85,000.00","93,000.00"\n';
    const transactions = only(parseStatementFile(file(text)));
    expect(transactions.map((t) => [t.amount, t.memo])).toEqual([
      [-200000, null],
      [8500000, null],
    ]);
  });
});

describe("details written as labelled parts", () => {
  it("name a PKO BP row after its payee, payer or card terminal, not its kind", () => {
    const text =
      '"Data operacji","Data waluty","Typ transakcji","Kwota","Waluta","Saldo po transakcji","Opis transakcji","","",""\n' +
      '"2026-06-13","2026-06-13","Przelew na telefon","-30.00","PLN","+1244.60","Rachunek odbiorcy: 37 1140 2004 0000 3002 8166 8200","Nazwa odbiorcy: FILIP","Tytuł: PRZELEW NA TELEFON",""\n' +
      '"2026-06-10","2026-06-10","Przelew na konto","+2500.00","PLN","+1274.60","Rachunek nadawcy: 12 3456 0000 0000 0000 0000 0000","Nazwa nadawcy: ACME SP Z OO","Tytuł: WYNAGRODZENIE",""\n' +
      '"2026-06-08","2026-06-07","Płatność kartą","-28.50","PLN","+1246.10","Tytuł: 000498849 74230786089131200164721","Lokalizacja: Adres: STARBUCKS WARSZAWA Miasto: WARSZAWA Kraj: POLSKA","Numer karty: 425125******1234",""\n';
    const transactions = only(parseStatementFile(file(text)));
    expect(transactions.map((t) => [t.amount, t.description])).toEqual([
      [-3000, "FILIP"],
      [250000, "ACME SP Z OO"],
      [-2850, "STARBUCKS WARSZAWA"],
    ]);
    expect(transactions[0]?.memo).toContain("Tytuł: PRZELEW NA TELEFON");
  });

  it("name an mBank MT940 line after the party its OD or DO part names", () => {
    const text =
      ":20:ST240119CYC/0001\n:25:PL00114000000000000000000000\n:28C:1/1\n:60F:C240118PLN100,00\n" +
      ":61:2401190119CN25,00NTRFNONREF//MB240119012058\n" +
      ":86:911 PRZELEW ZEWNETRZNY PRZYCHODZACY; Z RACH.: 56114010810000267002001001; OD: JAN NOWAK UL. NIJAKA 1 31-234 KRAKOW; TYT.: ZWROT ZA OBIAD; TNR: 179171073864111.010001\n" +
      ":62F:C240119PLN125,00\n-\n";
    const [line] = only(parseStatementFile(file(text, "mbank.sta")));
    expect(line).toMatchObject({
      amount: 2500,
      description: "JAN NOWAK UL. NIJAKA 1 31-234 KRAKOW – ZWROT ZA OBIAD",
    });
  });

  it("name a card payment after the terminal before its backslashed address (SEB Estonia)", () => {
    const text =
      "Account;Document No.;Date;Beneficiary's account;\"Beneficiary's name\";Type;(D/C);Amount;Description;Currency\n" +
      '"EE001010010000000012";"CLR1";"04.07.2024";"";"RIMI ISETEEN\\TAMMSAARE TEE 104A        \\TALLINN      \\12918     ESTEST";"MK";"D";13,56;"kaart...075740 RIMI";"EUR"\n' +
      '"EE001010010000000012";"69";"05.07.2024";"EE931010220020360011";"DORMIKOR OÜ";"MK";"D";2,85;"Tellimus 458926";"EUR"\n' +
      '"EE001010010000000012";"";"06.07.2024";"EE952200221019227912";"JAAN TAMM";"MK";"C";30,00;"Inv";"EUR"\n';
    expect(only(parseStatementFile(file(text))).map((t) => [t.amount, t.description])).toEqual([
      [-1356, "RIMI ISETEEN"],
      [-285, "DORMIKOR OÜ"],
      [3000, "JAAN TAMM"],
    ]);
  });
});

describe("ASB's preamble (New Zealand)", () => {
  it("gives the ledger balance written with its key in one cell, and its date", () => {
    const text = [
      "Created date / time : 12 April 2025 / 11:10:19",
      "Bank 12; Branch 3405; Account 0123456-50 (Streamline)",
      "From date 20250101",
      "To date 20250412",
      "Avail Bal : 1020.00 as of 20250320",
      "Ledger Balance : 20.00 as of 20250412",
      "Date,Unique Id,Tran Type,Cheque Number,Payee,Memo,Amount",
      "",
      '2025/01/18,2025011801,D/C,,"D/C FROM A B Cat","Credit Card",1300.00',
      '2025/01/18,2025011802,TFR OUT,,"MB TRANSFER","TO CARD 5023",-1300.00',
      '2025/02/18,2025021801,EFTPOS,,"NEW WORLD, REMUERA","4835-****-****-1234",-82.10',
      "",
    ].join("\r\n");
    const statement = parseStatementFile(file(text));
    expect(rows(only(statement))).toEqual([
      ["2025-01-18", 130000, "D/C FROM A B Cat"],
      ["2025-01-18", -130000, "MB TRANSFER"],
      ["2025-02-18", -8210, "NEW WORLD, REMUERA"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 2000, balanceAsOf: "2025-04-12" });
  });
});

describe("a file in ISO-8859-15 (Latin-9)", () => {
  // Latin-9 differs from Latin-1 in eight places: € is 0xA4 and Œ is 0xBC among them.
  const latin9 = (text: string) =>
    Uint8Array.from(Array.from(text), (char) =>
      char === "€" ? 0xa4 : char === "Œ" ? 0xbc : char.charCodeAt(0),
    );

  it("reads € as the euro, so amounts written with it are read", () => {
    const text =
      "Date;Libellé;Montant\n" +
      "02/01/2024;CARREFOUR MARKET ŒUFS;-12,50 €\n" +
      "05/01/2024;VIREMENT SALAIRE ACME;2 500,00 €\n" +
      "08/01/2024;LOYER JANVIER;-850,00 €\n";
    const statement = parseStatementFile({ bytes: latin9(text), filename: "releve.csv" });
    expect(rows(only(statement))).toEqual([
      ["2024-01-02", -1250, "CARREFOUR MARKET ŒUFS"],
      ["2024-01-05", 250000, "VIREMENT SALAIRE ACME"],
      ["2024-01-08", -85000, "LOYER JANVIER"],
    ]);
    expect(statement.accounts[0]?.currency).toBe("EUR");
  });
});

describe("a merchant written on the line below the kind of payment (DBS, OCBC)", () => {
  it("is added to the row's description, not dropped", () => {
    const text =
      "Account details for:,Savings Account 123-456789-0\n" +
      'Ledger Balance,"1,234.56"\n' +
      "\n" +
      "Transaction date,Value date,Description,Withdrawals (SGD),Deposits (SGD)\n" +
      "18/04/2024,18/04/2024,DEBIT PURCHASE,5.60,\n" +
      ",,15/04/24 xx-1234 TOAST BOX SINGAPORE\n" +
      "17/04/2024,17/04/2024,CASH WITHDRAWAL ATM,50.00,\n" +
      ",,xx-1234 OCBC ATM ORCHARD\n" +
      "16/04/2024,16/04/2024,SALARY,,3500.00\n" +
      ",,ACME PTE LTD\n";
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
      ["2024-04-18", -560, "DEBIT PURCHASE 15/04/24 xx-1234 TOAST BOX SINGAPORE"],
      ["2024-04-17", -5000, "CASH WITHDRAWAL ATM xx-1234 OCBC ATM ORCHARD"],
      ["2024-04-16", 350000, "SALARY ACME PTE LTD"],
    ]);
  });
});

describe("a camt.053 from Raiffeisen Switzerland", () => {
  it("reads dates written with a time zone, and free text on one line", () => {
    const entry = (amount: string, direction: string, booked: string, info: string) =>
      `<Ntry><Amt Ccy="CHF">${amount}</Amt><CdtDbtInd>${direction}</CdtDbtInd><Sts>BOOK</Sts>` +
      `<BookgDt><Dt>${booked}</Dt></BookgDt><ValDt><Dt>${booked}</Dt></ValDt><AddtlNtryInf>${info}</AddtlNtryInf></Ntry>`;
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\n' +
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt>' +
      "<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-04-12T09:12:16.941+02:00</CreDtTm></GrpHdr>" +
      "<Stmt><Id>STM-1</Id><Acct><Id><IBAN>CH0000000000000000000</IBAN></Id></Acct>" +
      '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="CHF">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-04-01+02:00</Dt></Dt></Bal>' +
      '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="CHF">1209.5</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-04-11+02:00</Dt></Dt></Bal>' +
      entry(
        "158.5",
        "DBIT",
        "2024-04-01+02:00",
        "Acquisto MIGROS M ARBEDO-CAST\n31.03.2024/13:30 / N. carta Maestro xxxx",
      ) +
      entry("368", "CRDT", "2024-04-11+02:00", "Accredito ACME SA") +
      "</Stmt></BkToCstmrStmt></Document>\n";
    const statement = parseStatementFile(file(xml, "camt053.xml"));
    expect(rows(only(statement))).toEqual([
      ["2024-04-01", -15850, "Acquisto MIGROS M ARBEDO-CAST 31.03.2024/13:30 / N. carta Maestro xxxx"],
      ["2024-04-11", 36800, "Accredito ACME SA"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 120950, balanceAsOf: "2024-04-11" });
  });
});
