import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, rows, textFile } from "../support/statement-fixtures";

// The third round of real-world statement quirks, found by running public sample exports (German fintechs,
// Swiss card and bank exports, UK card statements, Belgian and French banks) through the parser. Every file
// here is our own, with invented rows, in the shape the bank's export has.

describe("a current account whose export names the debit card of each payment", () => {
  // Finom's layout: a card-number column, a running balance, "N/A" wherever a row has no value, the
  // original and the booked amount side by side, and the account's name repeated on every row.
  const finom =
    "Buchungsdatum,Status,Transaktionsart,Auftraggeber/Empfänger,Counterparty BIC,Verwendungszweck,Kartennummer,Ursprungswährung,Ursprungsbetrag,Zahlungswährung,Zahlungsbetrag,Wallet-Saldo nach Transaktion,Wallet-Name,Transaktions-ID\n" +
    "02.04.2025,Completed,Transfer,Kunde GmbH,GENODEF1XXX,Rechnung 17,N/A,EUR,800.00,EUR,800.00,800.00,Hauptkonto,TX-1\n" +
    "03.04.2025,Completed,Card,Bäckerei Korn,N/A,N/A,**** 1234,EUR,-4.20,EUR,-4.20,795.80,Hauptkonto,TX-2\n" +
    "04.04.2025,Completed,Card,Hotel Lisboa,N/A,N/A,**** 1234,USD,-110.00,EUR,-100.00,695.80,Hauptkonto,TX-3\n" +
    "05.04.2025,Completed,Fee,Finom,N/A,Kontoführung,N/A,EUR,-9.00,EUR,-9.00,686.80,Hauptkonto,TX-4\n";

  it("reads money in as positive: a card column does not make the file a credit card's", () => {
    const statement = parseStatementFile(textFile(finom));
    expect(rows(only(statement))).toEqual([
      ["2025-04-02", 80000, "Kunde GmbH"],
      ["2025-04-03", -420, "Bäckerei Korn"],
      // The amount booked in euros, not the 110 dollars the hotel charged.
      ["2025-04-04", -10000, "Hotel Lisboa"],
      ["2025-04-05", -900, "Finom"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ type: "other", balance: 68680, currency: "EUR" });
  });

  it("takes the payment reference as the memo, not the bank code, the account's name or N/A", () => {
    const memos = only(parseStatementFile(textFile(finom))).map((t) => t.memo);
    expect(memos).toEqual(["Rechnung 17", null, null, "Kontoführung"]);
  });

  it("still reads a card's own export, with a balance owed that purchases raise, as a card", () => {
    const card =
      "Date,Card Number,Description,Amount,Balance\n" +
      "02/04/2025,4111 **** 1111,COFFEE HOUSE,4.20,104.20\n" +
      "03/04/2025,4111 **** 1111,BOOKSHOP,15.80,120.00\n" +
      "05/04/2025,4111 **** 1111,PAYMENT THANK YOU,-100.00,20.00\n" +
      "06/04/2025,4111 **** 1111,PETROL STATION,30.00,50.00\n";
    expect(rows(only(parseStatementFile(textFile(card))))).toEqual([
      ["2025-04-02", -420, "COFFEE HOUSE"],
      ["2025-04-03", -1580, "BOOKSHOP"],
      ["2025-04-05", 10000, "PAYMENT THANK YOU"],
      ["2025-04-06", -3000, "PETROL STATION"],
    ]);
  });
});

describe("a statement balance written among the rows", () => {
  it("is not imported as money: Certo One's card export starts with a BALANCE row", () => {
    const text =
      "Date;Amount;Description\n" +
      "2025-10-24;540.15;BALANCE\n" +
      "2025-10-07;206.85;Ihre Zahlung\n" +
      "2025-10-06;-30.30;Coop-5726 Zürich CHE\n" +
      "2025-10-11;-74.00;Ramen Bar Zürich CHE\n";
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2025-10-07", 20685, "Ihre Zahlung"],
      ["2025-10-06", -3030, "Coop-5726 Zürich CHE"],
      ["2025-10-11", -7400, "Ramen Bar Zürich CHE"],
    ]);
  });
});

describe("Deutsche Bank's export", () => {
  // Account lines and the period above the table, the balance the period started from, one column for the
  // other party whichever way the money went, a rarely filled "Abweichender Empfänger", Soll and Haben beside
  // Betrag, and the closing balance on a line of its own below the table.
  const text =
    "Umsätze\n" +
    "Konto;Filial-/Kontonummer;IBAN;Währung\n" +
    "Girokonto;100 2222222 00;DE00100700000222222200;EUR\n" +
    "\n" +
    "1.3.2025 - 31.3.2025\n" +
    "Letzter Kontostand;;;;1.000,00;EUR\n" +
    "Vorgemerkte und noch nicht gebuchte Umsätze sind nicht Bestandteil dieser Übersicht.\n" +
    "Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN / Kontonummer;BIC;Kundenreferenz;Mandatsreferenz;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung\n" +
    "25.3.2025;25.3.2025;SEPA Überweisung;Arbeitgeber AG;Gehalt März;DE00300000000000000001;;NOTPROVIDED;;;;2.500,00;;;;;2.500,00;EUR\n" +
    "4.3.2025;4.3.2025;SEPA Lastschrift;Stadtwerke Nord;Abschlag März;DE00300000000000000002;;K-123;M-456;DE00ZZZ00000000001;;-80,50;Stadtwerke Nord Vertrieb;;;-80,50;;EUR\n" +
    "Kontostand;31.3.2025;;;3.419,50;EUR\n";

  it("reads the rows, names the other party on both sides, and takes the balance from the line below", () => {
    const statement = parseStatementFile(textFile(text));
    expect(rows(only(statement))).toEqual([
      ["2025-03-25", 250000, "Arbeitgeber AG"],
      ["2025-03-04", -8050, "Stadtwerke Nord"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 341950, balanceAsOf: "2025-03-31" });
  });

  it("does not take the balance the period started from for the balance now", () => {
    const withoutFooter = text.replace(/Kontostand;31\.3\.2025.*\n$/, "");
    const statement = parseStatementFile(textFile(withoutFooter));
    expect(statement.accounts[0]?.balance).toBeNull();
  });
});

describe("a card export that marks refunds CR in a column its header leaves unnamed", () => {
  it("reads the CR rows as money in and the rest as purchases, pound signs and all", () => {
    // John Lewis Partnership card: three names, a trailing comma on every row, "CR" after a credit.
    const text =
      "Date Processed,Description,Amount,\n" +
      "02-Mar-2024,BOOKSHOP LONDON GBR,£12.99,\n" +
      '05-Mar-2024,DIRECT DEBIT PAYMENT,"+ £1,204.50",CR\n' +
      "09-Mar-2024,GARDEN CENTRE READING GBR,£45.00,\n" +
      "14-Mar-2024,RAILWAY TICKETS GBR,£88.20,\n";
    const statement = parseStatementFile(textFile(text));
    expect(rows(only(statement))).toEqual([
      ["2024-03-02", -1299, "BOOKSHOP LONDON GBR"],
      ["2024-03-05", 120450, "DIRECT DEBIT PAYMENT"],
      ["2024-03-09", -4500, "GARDEN CENTRE READING GBR"],
      ["2024-03-14", -8820, "RAILWAY TICKETS GBR"],
    ]);
    expect(statement.accounts[0]?.currency).toBe("GBP");
  });
});

describe("a title line above a file without a header", () => {
  it("is skipped: BNP Paribas starts its export with the account's name, a date and the balance", () => {
    const text =
      '"Compte de chèques";"Compte de chèques";****1234;09/01/2023;;20 000,10\n' +
      "02/01/2023;V;V;VIR SEPA LOYER JANVIER;-1 200,00\n" +
      "03/01/2023;V;V;VIR SEPA EMPLOYEUR SALAIRE;2 052,20\n" +
      "05/01/2023;F;F;CB BOULANGERIE DU PORT;-12,40\n";
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2023-01-02", -120000, "VIR SEPA LOYER JANVIER"],
      ["2023-01-03", 205220, "VIR SEPA EMPLOYEUR SALAIRE"],
      ["2023-01-05", -1240, "CB BOULANGERIE DU PORT"],
    ]);
  });

  it("still refuses a row whose date is damaged once transactions have begun", () => {
    const text =
      "02/01/2023;V;4411;VIR SEPA LOYER JANVIER;-1 200,00\n" +
      "03/01/2023;V;4412;VIR SEPA EMPLOYEUR SALAIRE;2 052,20\n" +
      "Janvier;F;4413;CB BOULANGERIE DU PORT;-12,40\n" +
      "06/01/2023;F;4414;CB PHARMACIE CENTRALE;-8,90\n" +
      "07/01/2023;F;4415;CB LIBRAIRIE DU MARCHE;-21,00\n";
    expect(() => parseStatementFile(textFile(text))).toThrow(/Line 3: the date "Janvier"/);
  });
});

describe("a card export that writes each merchant on a line of its own", () => {
  // Fintro's Visa export: the date and the amount on one line, the merchant on the next, under "Details".
  const text =
    "Uitvoeringsdatum;Valutadatum;Bedrag;Valuta rekening;Details;Wisselkoers;Gerelateerde kost\n" +
    "30/01/2024;31/01/2024;-39,28;EUR;;;\n" +
    ";;;;Dorpswinkel Wengen        CH - 00000  WENGEN;Wisselkoers##1,0501528;Gerelateerde kost##+0,00\n" +
    "22/01/2024;23/01/2024;-46,00;EUR;;;\n" +
    ";;;;Maaltijdbox               NL - 00000  Amsterdam;Wisselkoers##;Gerelateerde kost##\n" +
    "07/01/2024;08/01/2024;+1,50;EUR;;;\n" +
    ";;;;Terugbetaling winkel      BE - 00000  Gent;Wisselkoers##;Gerelateerde kost##\n" +
    "01/01/2024;02/01/2024;-7,99;EUR;;;\n" +
    ";;;;Streamingdienst           NL - 00000  Amsterdam;Wisselkoers##;Gerelateerde kost##\n";

  it("names each purchase after the line below it, without reading those lines as other tables", () => {
    const statement = parseStatementFile(textFile(text));
    expect(statement.warnings).toEqual([]);
    expect(rows(only(statement))).toEqual([
      ["2024-01-30", -3928, "Dorpswinkel Wengen        CH - 00000  WENGEN"],
      ["2024-01-22", -4600, "Maaltijdbox               NL - 00000  Amsterdam"],
      ["2024-01-07", 150, "Terugbetaling winkel      BE - 00000  Gent"],
      ["2024-01-01", -799, "Streamingdienst           NL - 00000  Amsterdam"],
    ]);
  });
});

describe("a QIF file with dates written with dots", () => {
  it("reads them day first even when no day is above 12, as German banks write them (Targobank)", () => {
    const text =
      "!Type:Bank\n" +
      "D03.11.25\nT-5.00\nPEchtzeitüberweisung ; CHRISTIAN MUSTERMANN\n^\n" +
      "D04.11.25\nT-357.61\nPLastschrift ; TARGOBANK VISA SERVICE\n^\n" +
      "D10.11.25\nT83.16\nPGutschrift ; STADTWERKE\n^\n";
    const statement = parseStatementFile(textFile(text, "umsaetze.qif"));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2025-11-03", -500],
      ["2025-11-04", -35761],
      ["2025-11-10", 8316],
    ]);
  });

  it("still reads slashed dates month first when nothing says otherwise, as Quicken writes them", () => {
    const text = "!Type:Bank\nD03/11/25\nT-5.00\nPCOFFEE\n^\nD04/11/25\nT-9.00\nPLUNCH\n^\n";
    expect(only(parseStatementFile(textFile(text, "export.qif"))).map((t) => t.postedOn)).toEqual([
      "2025-03-11",
      "2025-04-11",
    ]);
  });
});
