import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { type ParsedTransaction, StatementNeedsAnswerError } from "@/server/statements/types";
import { only } from "../support/statement-fixtures";

// The third round of real-world statement quirks, found by running public sample exports (German fintechs,
// Swiss card and bank exports, UK card statements, Belgian and French banks) through the parser. Every file
// here is our own, with invented rows, in the shape the bank's export has.

const rows = (transactions: ParsedTransaction[]) =>
  transactions.map((t) => [t.postedOn, t.amount, t.description]);

const file = (text: string, filename = "export.csv") => ({ bytes: new TextEncoder().encode(text), filename });

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
    const statement = parseStatementFile(file(finom));
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
    const memos = only(parseStatementFile(file(finom))).map((t) => t.memo);
    expect(memos).toEqual(["Rechnung 17", null, null, "Kontoführung"]);
  });

  it("still reads a card's own export, with a balance owed that purchases raise, as a card", () => {
    const card =
      "Date,Card Number,Description,Amount,Balance\n" +
      "02/04/2025,4111 **** 1111,COFFEE HOUSE,4.20,104.20\n" +
      "03/04/2025,4111 **** 1111,BOOKSHOP,15.80,120.00\n" +
      "05/04/2025,4111 **** 1111,PAYMENT THANK YOU,-100.00,20.00\n" +
      "06/04/2025,4111 **** 1111,PETROL STATION,30.00,50.00\n";
    expect(rows(only(parseStatementFile(file(card))))).toEqual([
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
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
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
    const statement = parseStatementFile(file(text));
    expect(rows(only(statement))).toEqual([
      ["2025-03-25", 250000, "Arbeitgeber AG"],
      ["2025-03-04", -8050, "Stadtwerke Nord"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 341950, balanceAsOf: "2025-03-31" });
  });

  it("does not take the balance the period started from for the balance now", () => {
    const withoutFooter = text.replace(/Kontostand;31\.3\.2025.*\n$/, "");
    const statement = parseStatementFile(file(withoutFooter));
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
    const statement = parseStatementFile(file(text));
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
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
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
    expect(() => parseStatementFile(file(text))).toThrow(/Line 3: the date "Janvier"/);
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
    const statement = parseStatementFile(file(text));
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
    const statement = parseStatementFile(file(text, "umsaetze.qif"));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2025-11-03", -500],
      ["2025-11-04", -35761],
      ["2025-11-10", 8316],
    ]);
  });

  it("still reads slashed dates month first when nothing says otherwise, as Quicken writes them", () => {
    const text = "!Type:Bank\nD03/11/25\nT-5.00\nPCOFFEE\n^\nD04/11/25\nT-9.00\nPLUNCH\n^\n";
    expect(only(parseStatementFile(file(text, "export.qif"))).map((t) => t.postedOn)).toEqual([
      "2025-03-11",
      "2025-04-11",
    ]);
  });
});

describe("a description split at an unquoted comma in the last column", () => {
  it("reads whole, not as a description and a memo", () => {
    const text =
      "Date,Amount,Description\n" +
      "2024-01-02,-4.50,AMAZON, INC\n" +
      "2024-01-03,-10.00,TESCO STORES\n" +
      "2024-01-04,200.00,SALARY ACME\n";
    const transactions = only(parseStatementFile(file(text)));
    expect(rows(transactions)).toEqual([
      ["2024-01-02", -450, "AMAZON, INC"],
      ["2024-01-03", -1000, "TESCO STORES"],
      ["2024-01-04", 20000, "SALARY ACME"],
    ]);
    expect(transactions.map((t) => t.memo)).toEqual([null, null, null]);
  });
});

describe("a file whose fields are separated by pipes", () => {
  it("is read, not refused as having no dates and amounts", () => {
    const text =
      "Date|Description|Amount|Balance\n" +
      "02/01/2024|GROCER, KUALA LUMPUR|-45.60|1954.40\n" +
      "03/01/2024|SALARY ACME SDN BHD|3000.00|4954.40\n" +
      "13/01/2024|PETRONAS SETAPAK|-80.00|4874.40\n";
    const statement = parseStatementFile(file(text, "statement.txt"));
    expect(rows(only(statement))).toEqual([
      ["2024-01-02", -4560, "GROCER, KUALA LUMPUR"],
      ["2024-01-03", 300000, "SALARY ACME SDN BHD"],
      ["2024-01-13", -8000, "PETRONAS SETAPAK"],
    ]);
    expect(statement.accounts[0]?.balance).toBe(487440);
  });

  it("is not taken for the delimiter when a pipe only divides text inside semicolon fields", () => {
    // easybank writes "Text|Reference" inside one field of a semicolon file.
    const text =
      "AT000000000000000001;Bezahlung Karte MC/000001|BILLA DANKT 1234 WIEN;01.02.2024;01.02.2024;-12,34;EUR\n" +
      "AT000000000000000001;Gutschrift|Gehalt Jänner;02.02.2024;02.02.2024;2.000,00;EUR\n" +
      "AT000000000000000001;Bezahlung Karte MC/000002|SPAR 5678 WIEN;03.02.2024;03.02.2024;-5,60;EUR\n";
    expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([-1234, 200000, -560]);
  });
});

describe("Nubank's exports", () => {
  it("name each row of the account export after its description, not after its id", () => {
    const text =
      "Data,Valor,Identificador,Descrição\n" +
      "01/03/2025,100.00,0acaccd4-7fdf-4a34-b462-9ed0c0e44d4c,Transferência recebida pelo Pix - JOAO DA SILVA\n" +
      "02/03/2025,-50.00,1bcbdde5-8fe0-4b45-c573-0fe1d1f55e5d,Compra no débito - PADARIA CENTRAL\n" +
      "15/03/2025,-200.00,3dedf0a7-0ba2-4d67-e795-2ba3f3b77a7f,Aplicação RDB\n";
    const transactions = only(parseStatementFile(file(text)));
    expect(rows(transactions)).toEqual([
      ["2025-03-01", 10000, "Transferência recebida pelo Pix - JOAO DA SILVA"],
      ["2025-03-02", -5000, "Compra no débito - PADARIA CENTRAL"],
      ["2025-03-15", -20000, "Aplicação RDB"],
    ]);
    expect(transactions[0]?.externalId).toBe("0acaccd4-7fdf-4a34-b462-9ed0c0e44d4c");
  });

  // The card export writes purchases positive; read as a bank account's, each purchase would be income.
  const card =
    "date,title,amount\n" +
    "2025-03-01,Padaria Central,12.50\n" +
    "2025-03-02,Uber *Trip,23.90\n" +
    "2025-03-05,Pagamento recebido,-1500.00\n" +
    "2025-03-07,Amazon - Parcela 2/10,89.90\n" +
    "2025-03-10,Estorno - Loja X,-45.00\n" +
    "2025-03-12,Farmacia Sao Joao,31.20\n" +
    "2025-03-14,Posto Ipiranga,150.00\n";

  it("ask which way the card export's amounts go when nothing says the account is a card", () => {
    expect(() => parseStatementFile(file(card))).toThrow(StatementNeedsAnswerError);
    expect(() => parseStatementFile(file(card))).toThrow(/Which amounts in this file are money out\?/);
  });

  it("read the card export's purchases as money out when it goes into a card account", () => {
    const statement = parseStatementFile({ ...file(card), accountType: "credit_card" });
    expect(only(statement).map((t) => t.amount)).toEqual([-1250, -2390, 150000, -8990, 4500, -3120, -15000]);
  });
});

describe("Satispay's export", () => {
  it("reads its Italian dates with a time after them and leaves out payments NOT APPROVED", () => {
    const text =
      "id,name,state,kind,date,amount,currency,extra info\n" +
      '17f08d62-7e44-4400-b849-6b1f4bb1d546,"Ricarica Satispay",APPROVED,BANK,"24 lug 2024. 02:59:45","30,40 ",EUR,""\n' +
      '9c4ce4dc-49ec-484e-b703-4e1dd20014bb,"Luca Bianchi",APPROVED,P2P,"22 giu 2024. 19:45:52","-17,00 ",EUR,"biglietti"\n' +
      '098a89f6-7764-4f09-8caa-cbfa18347f22,"Bar Roma",NOT APPROVED,C2B,"13 apr 2024. 11:48:16","-5,00 ",EUR,""\n' +
      '59202ceb-f965-4f20-8176-06ff6b115403,"Caffè Centrale",APPROVED,C2B,"1 mar 2024. 09:44:27","-2,40 ",EUR,""\n';
    const statement = parseStatementFile(file(text));
    expect(rows(only(statement))).toEqual([
      ["2024-07-24", 3040, "Ricarica Satispay"],
      ["2024-06-22", -1700, "Luca Bianchi"],
      ["2024-03-01", -240, "Caffè Centrale"],
    ]);
    expect(statement.warnings.map((w) => w.message)).toEqual([
      "1 declined or reverted transaction(s) were not imported: no money moved.",
    ]);
  });
});

describe("Fio banka's export", () => {
  it("reads Objem as the signed amount, without asking which of two columns is money out", () => {
    const text =
      '"accountId";"2000000000"\n' +
      '"currency";"CZK"\n' +
      '"openingBalance";"10000,00"\n' +
      '"closingBalance";"53456,44"\n' +
      '"dateStart";"01.01.2024"\n' +
      "\n" +
      '"ID pohybu";"Datum";"Objem";"Měna";"Protiúčet";"Název protiúčtu";"Poznámka";"Typ";"Upřesnění"\n' +
      '"20000000001";"05.01.2024";"-1234,56";"CZK";"";"";"Nákup: ALBERT PRAHA";"Platba kartou";""\n' +
      '"20000000002";"10.01.2024";"45000,00";"CZK";"1234567890";"ACME s.r.o.";"Mzda 12/2023";"Bezhotovostní příjem";""\n' +
      '"20000000003";"15.01.2024";"-309,00";"CZK";"";"";"Nákup: SPOTIFY";"Platba kartou";"-12,99 EUR"\n';
    const statement = parseStatementFile(file(text));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-01-05", -123456],
      ["2024-01-10", 4500000],
      ["2024-01-15", -30900],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "CZK", balance: 5345644 });
  });
});

describe("Fineco's export", () => {
  it("marks a payment that is only Autorizzato as pending", () => {
    const text =
      "Data_Operazione;Data_Valuta;Entrate;Uscite;Descrizione;Descrizione_Completa;Stato\n" +
      "01/02/2024;01/02/2024;1850;;Bonifico SEPA Italia;Bon. da Datore Srl Stipendio gennaio;Contabilizzato\n" +
      "31/01/2024;31/01/2024;;-45,67;Pagamento Visa Debit;Esselunga Milano;Contabilizzato\n" +
      "30/01/2024;30/01/2024;;-9,99;Pagamento Visa Debit;Netflix.com;Autorizzato\n";
    const transactions = only(parseStatementFile(file(text)));
    expect(transactions.map((t) => [t.amount, t.description, t.pending])).toEqual([
      [185000, "Bon. da Datore Srl Stipendio gennaio", false],
      [-4567, "Esselunga Milano", false],
      [-999, "Netflix.com", true],
    ]);
  });
});

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
    const statement = parseStatementFile(file(text));
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
    expect(only(parseStatementFile(file(text))).map((t) => t.postedOn)).toEqual(["2025-06-05", "2025-05-06"]);
  });

  it("reads them day first when a currency column says EUR", () => {
    const text =
      "Date,Description,Amount,Currency\n" +
      "05/06/2025,Supermarkt,-10.00,EUR\n" +
      "06/05/2025,Arbeitgeber,1500.00,EUR\n";
    expect(only(parseStatementFile(file(text))).map((t) => t.postedOn)).toEqual(["2025-06-05", "2025-05-06"]);
  });

  it("still reads them month first for dollars", () => {
    const text = "Date,Description,Amount (USD)\n05/06/2025,Grocery,-10.00\n06/05/2025,Payroll,1500.00\n";
    expect(only(parseStatementFile(file(text))).map((t) => t.postedOn)).toEqual(["2025-05-06", "2025-06-05"]);
  });
});

describe("amounts written as zero-padded cents without a decimal point", () => {
  // Maybank's pipe-separated export pads its amounts with zeros to a fixed width and leaves out the point.
  const text =
    "02/01/2024|GROCER KL|-000000004560\n" +
    "03/01/2024|SALARY ACME|000000300000\n" +
    "15/01/2024|PETRONAS|-000000008000\n";

  it("asks whether the last two digits are cents instead of importing a hundred times the money", () => {
    expect(() => parseStatementFile(file(text, "statement.txt"))).toThrow(StatementNeedsAnswerError);
    expect(() => parseStatementFile(file(text, "statement.txt"))).toThrow(
      /Is “-000000004560” 45\.60 or 4,560\.00\?/,
    );
  });

  it("reads them as cents, or as whole units, as the user answers", () => {
    const read = (amountsInMinorUnits: boolean) =>
      only(parseStatementFile({ ...file(text, "statement.txt"), csvMapping: { amountsInMinorUnits } })).map(
        (t) => t.amount,
      );
    expect(read(true)).toEqual([-4560, 300000, -8000]);
    expect(read(false)).toEqual([-456000, 30000000, -800000]);
  });

  it("does not ask about amounts written with a decimal point", () => {
    const plain = "02/01/2024|GROCER KL|-45.60\n03/01/2024|SALARY ACME|3000.00\n15/01/2024|PETRONAS|-80.00\n";
    expect(only(parseStatementFile(file(plain, "statement.txt"))).map((t) => t.amount)).toEqual([
      -4560, 300000, -8000,
    ]);
  });
});

describe("a row whose first values went missing", () => {
  // Commerzbank's columns, with one row that lost its two dates: its -30 sits where the text belongs.
  const header =
    "Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie\n";
  const row = (date: string, text: string, amount: string) =>
    `${date};${date};Lastschrift;${text};${amount};EUR;DE00500400000123456700;\n`;

  it("refuses the file with the line, rather than skip it or drop the rows after it", () => {
    const text =
      header +
      row("02.05.2025", "Versicherung AG Praemie 05/2025", "-10") +
      "Lastschrift;Umweltverein e.V. Spende 05.2025;-30;EUR;DE00500400000123456700;\n" +
      row("07.05.2025", "Stadtwerke Abschlag Mai", "-80,50") +
      row("09.05.2025", "Buchhandlung am Markt", "-12,99");
    expect(() => parseStatementFile(file(text))).toThrow(
      /Line 3 has 5 values where the header has 8, and no date/,
    );
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
    expect(only(parseStatementFile(file(text))).map((t) => t.postedOn)).toEqual([iso, iso]);
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
    expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
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
    expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
  });
});

describe("a total line below the rows, in other languages", () => {
  it.each(["Razem", "Celkem", "Итого", "合计", "합계", "Summa", "I alt", "Yhteensä", "Gesamtsumme"])(
    "is not read as a transaction without a date: %s",
    (label) => {
      const text =
        "Date;Description;Amount\n02/01/2024;SHOP A;-10,00\n03/01/2024;SALARY;200,00\n" +
        `05/01/2024;SHOP B;-5,50\n${label};;184,50\n`;
      expect(only(parseStatementFile(file(text))).map((t) => t.amount)).toEqual([-1000, 20000, -550]);
    },
  );
});
