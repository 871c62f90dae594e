import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { StatementNeedsAnswerError } from "@/server/statements/types";
import { only, rows, textFile } from "../support/statement-fixtures";

// Real-world statement quirks, continued from statements-quirks-3.test.ts: text split at commas, pipes,
// fintech exports (Nubank, Satispay, Fio banka, Fineco), zero-padded cents and rows missing their first
// values. Every file here is our own, with invented rows, in the shape the bank's export has.

describe("a description split at an unquoted comma in the last column", () => {
  it("reads whole, not as a description and a memo", () => {
    const text =
      "Date,Amount,Description\n" +
      "2024-01-02,-4.50,AMAZON, INC\n" +
      "2024-01-03,-10.00,TESCO STORES\n" +
      "2024-01-04,200.00,SALARY ACME\n";
    const transactions = only(parseStatementFile(textFile(text)));
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
    const statement = parseStatementFile(textFile(text, "statement.txt"));
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
    expect(only(parseStatementFile(textFile(text))).map((t) => t.amount)).toEqual([-1234, 200000, -560]);
  });
});

describe("Nubank's exports", () => {
  it("name each row of the account export after its description, not after its id", () => {
    const text =
      "Data,Valor,Identificador,Descrição\n" +
      "01/03/2025,100.00,0acaccd4-7fdf-4a34-b462-9ed0c0e44d4c,Transferência recebida pelo Pix - JOAO DA SILVA\n" +
      "02/03/2025,-50.00,1bcbdde5-8fe0-4b45-c573-0fe1d1f55e5d,Compra no débito - PADARIA CENTRAL\n" +
      "15/03/2025,-200.00,3dedf0a7-0ba2-4d67-e795-2ba3f3b77a7f,Aplicação RDB\n";
    const transactions = only(parseStatementFile(textFile(text)));
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
    expect(() => parseStatementFile(textFile(card))).toThrow(StatementNeedsAnswerError);
    expect(() => parseStatementFile(textFile(card))).toThrow(/Which amounts in this file are money out\?/);
  });

  it("read the card export's purchases as money out when it goes into a card account", () => {
    const statement = parseStatementFile({ ...textFile(card), accountType: "credit_card" });
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
    const statement = parseStatementFile(textFile(text));
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
    const statement = parseStatementFile(textFile(text));
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
    const transactions = only(parseStatementFile(textFile(text)));
    expect(transactions.map((t) => [t.amount, t.description, t.pending])).toEqual([
      [185000, "Bon. da Datore Srl Stipendio gennaio", false],
      [-4567, "Esselunga Milano", false],
      [-999, "Netflix.com", true],
    ]);
  });
});

describe("amounts written as zero-padded cents without a decimal point", () => {
  // Maybank's pipe-separated export pads its amounts with zeros to a fixed width and leaves out the point.
  const text =
    "02/01/2024|GROCER KL|-000000004560\n" +
    "03/01/2024|SALARY ACME|000000300000\n" +
    "15/01/2024|PETRONAS|-000000008000\n";

  it("asks whether the last two digits are cents instead of importing a hundred times the money", () => {
    expect(() => parseStatementFile(textFile(text, "statement.txt"))).toThrow(StatementNeedsAnswerError);
    expect(() => parseStatementFile(textFile(text, "statement.txt"))).toThrow(
      /Is “-000000004560” 45\.60 or 4,560\.00\?/,
    );
  });

  it("reads them as cents, or as whole units, as the user answers", () => {
    const read = (amountsInMinorUnits: boolean) =>
      only(
        parseStatementFile({ ...textFile(text, "statement.txt"), csvMapping: { amountsInMinorUnits } }),
      ).map((t) => t.amount);
    expect(read(true)).toEqual([-4560, 300000, -8000]);
    expect(read(false)).toEqual([-456000, 30000000, -800000]);
  });

  it("refuses a cell with a decimal point when the amounts are said to be cents, rather than read 45.00 as 0.45", () => {
    const mixed = "02/01/2024|GROCER KL|-000000004560\n03/01/2024|SALARY ACME|45.00\n";
    expect(() =>
      parseStatementFile({ ...textFile(mixed, "statement.txt"), csvMapping: { amountsInMinorUnits: true } }),
    ).toThrow(/Line 2: the amount "45\.00" is not a number/);
  });

  it("does not ask about amounts written with a decimal point", () => {
    const plain = "02/01/2024|GROCER KL|-45.60\n03/01/2024|SALARY ACME|3000.00\n15/01/2024|PETRONAS|-80.00\n";
    expect(only(parseStatementFile(textFile(plain, "statement.txt"))).map((t) => t.amount)).toEqual([
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
    expect(() => parseStatementFile(textFile(text))).toThrow(
      /Line 3 has 5 values where the header has 8, and no date/,
    );
  });
});

describe("a type column that marks only some rows as purchases or credits (Apple Card)", () => {
  const header = "Transaction Date,Clearing Date,Description,Merchant,Category,Type,Amount (USD)\n";
  const card =
    header +
    '03/01/2025,03/02/2025,"WHOLEFDS MKT 10234","Whole Foods","Grocery","Purchase","54.23"\n' +
    '03/03/2025,03/03/2025,"APPLE.COM/BILL","Apple","Other","Purchase","9.99"\n' +
    '03/05/2025,03/05/2025,"ACH DEPOSIT INTERNET TRANSFER","Payment","Payment","Payment","-500.00"\n' +
    '03/07/2025,03/08/2025,"UBER *TRIP","Uber","Transportation","Purchase","23.40"\n' +
    '03/09/2025,03/10/2025,"WHOLEFDS MKT RETURN","Whole Foods","Grocery","Credit","-12.00"\n';

  it("reads positive amounts as money out because the purchases carry them, without asking", () => {
    expect(only(parseStatementFile(textFile(card))).map((t) => t.amount)).toEqual([
      -5423, -999, 50000, -2340, 1200,
    ]);
  });

  it("still asks when the marked rows disagree about the sign", () => {
    const mixed =
      card.replace('"Purchase","9.99"', '"Purchase","-9.99"') +
      '03/11/2025,03/12/2025,"SHELL OIL 123","Shell","Gas","Purchase","45.00"\n' +
      '03/12/2025,03/13/2025,"BLUE BOTTLE","Blue Bottle","Restaurants","Purchase","6.50"\n';
    expect(() => parseStatementFile(textFile(mixed))).toThrow(StatementNeedsAnswerError);
  });
});

describe("a fee written beside the amount (Revolut)", () => {
  const text =
    "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n" +
    "TOPUP,Current,2024-01-01 10:00:00,2024-01-01 10:00:01,Payment from Bank Account,500.00,0.00,CHF,COMPLETED,500.00\n" +
    "CARD_PAYMENT,Current,2024-01-15 12:30:00,2024-01-15 12:30:02,Test Merchant,-25.50,0.00,CHF,COMPLETED,474.50\n" +
    "EXCHANGE,Current,2024-02-01 08:00:00,2024-02-01 08:00:01,Exchanged to EUR,-100.00,0.50,CHF,COMPLETED,374.00\n" +
    "CARD_PAYMENT,Current,2024-03-01 16:45:00,2024-03-02 10:30:00,Online Store,-42.18,0.42,CHF,COMPLETED,331.40\n";

  it("is taken with the amount when the balance falls by both", () => {
    const statement = parseStatementFile(textFile(text));
    expect(rows(only(statement))).toEqual([
      ["2024-01-01", 50000, "Payment from Bank Account"],
      ["2024-01-15", -2550, "Test Merchant"],
      ["2024-02-01", -10050, "Exchanged to EUR"],
      ["2024-03-02", -4260, "Online Store"],
    ]);
    expect(statement.accounts[0]?.balance).toBe(33140);
  });

  it("is left out when the balance shows the amount already counts it", () => {
    const counted = text.replace("374.00", "374.50").replace("331.40", "332.32");
    expect(only(parseStatementFile(textFile(counted))).map((t) => t.amount)).toEqual([
      50000, -2550, -10000, -4218,
    ]);
  });
});
