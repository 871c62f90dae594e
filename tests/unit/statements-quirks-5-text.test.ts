import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, rows, textFile } from "../support/statement-fixtures";

// Real-world statement quirks of the fourth round (see statements-quirks-5.test.ts): how rows are named, pending
// words, preambles and encodings. Every file here is our own, with invented rows, in the shape the bank's export has.

describe("Nordic and Finnish exports", () => {
  it("read Norwegian money-out and money-in columns named after the account (DNB)", () => {
    const text =
      '"Dato";"Forklaring";"Rentedato";"Uttak fra konto";"Innskudd på konto"\n' +
      '"03.01.2024";"Varekjøp REMA 1000 OSLO";"03.01.2024";"234,50";""\n' +
      '"05.01.2024";"Lønn ACME AS";"05.01.2024";"";"32 500,00"\n' +
      '"10.01.2024";"Nettgiro til: Husleie";"10.01.2024";"12 000,00";""\n';
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
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
    expect(only(parseStatementFile(textFile(text))).map((t) => t.pending)).toEqual([false, false, true]);
  });

  it("name a Finnish row after its payee or payer (OP's Saaja/Maksaja), not its kind", () => {
    const text =
      "Kirjauspäivä;Arvopäivä;Määrä EUROA;Laji;Selitys;Saaja/Maksaja;Saajan tilinumero;Viite;Viesti\n" +
      "05.01.2024;05.01.2024;-23,40;162;PKORTTIMAKSU;K-MARKET KAMPPI;;;Viesti: 123\n" +
      "10.01.2024;10.01.2024;+2450,00;710;PALKKA;ACME OY;FI9876543210987654;;Viesti: palkka\n";
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
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
    const transactions = only(parseStatementFile(textFile(text)));
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
    const transactions = only(parseStatementFile(textFile(text)));
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
    const [line] = only(parseStatementFile(textFile(text, "mbank.sta")));
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
    expect(only(parseStatementFile(textFile(text))).map((t) => [t.amount, t.description])).toEqual([
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
    const statement = parseStatementFile(textFile(text));
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
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2024-04-18", -560, "DEBIT PURCHASE 15/04/24 xx-1234 TOAST BOX SINGAPORE"],
      ["2024-04-17", -5000, "CASH WITHDRAWAL ATM xx-1234 OCBC ATM ORCHARD"],
      ["2024-04-16", 350000, "SALARY ACME PTE LTD"],
    ]);
  });
});
