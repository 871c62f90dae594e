import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, parse, rows, textFile, textRefusal } from "../support/statement-fixtures";

// Real-world statement quirks of the fourth round (see statements-quirks-5.test.ts) in MT940, CAMT and QIF files,
// and the published files of that round read figure by figure. The inline files are our own, with invented rows.

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
    const statement = parseStatementFile(textFile(text, "statement.sta"));
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
    expect(rows(only(parseStatementFile(textFile(text, "citi.txt"))))).toEqual([
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
    const statement = parseStatementFile(textFile(text, "mt942.sta"));
    expect(rows(only(statement))).toEqual([
      ["2024-01-19", 2500, "PRZELEW OD JAN NOWAK"],
      ["2024-01-19", -750, "OPLATA ZA KARTE"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "PLN", balance: null });
  });

  it("still refuse an MT940 statement cut off before its closing balance", () => {
    const text =
      ":20:REF1\n:25:123456789\n:28:1/1\n:60F:C240312EUR1000,00\n:61:240312D12,00NMSCNONREF\n:86:SHOP\n";
    expect(textRefusal(text, "cut.sta").message).toMatch(/has no closing balance/);
  });
});

describe("a QIF register whose opening balance is written in another language", () => {
  it("takes the transfer of the account to itself as the opening balance (Eröffnungssaldo)", () => {
    const text =
      "!Account\nNGiro Berlin\nTBank\n^\n!Type:Bank\n" +
      "D10/01/2023\nT1,500.00\nCX\nPEröffnungssaldo\nL[Giro Berlin]\n^\n" +
      "D10/18/2023\nT-200.00\nPSupermarkt\n^\n";
    const statement = parseStatementFile(textFile(text, "export.qif"));
    expect(rows(only(statement))).toEqual([["2023-10-18", -20000, "Supermarkt"]]);
    expect(statement.accounts[0]?.balance).toBe(130000);
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
    const statement = parseStatementFile(textFile(xml, "camt053.xml"));
    expect(rows(only(statement))).toEqual([
      ["2024-04-01", -15850, "Acquisto MIGROS M ARBEDO-CAST 31.03.2024/13:30 / N. carta Maestro xxxx"],
      ["2024-04-11", 36800, "Accredito ACME SA"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 120950, balanceAsOf: "2024-04-11" });
  });
});

// Published test files (tests/fixtures/statements/NOTICE-wild-4.md), figure by figure.
describe("the fourth round's published files", () => {
  it("reads DBS's export of only spending: every amount money out, the ledger balance from its preamble", () => {
    const statement = parse("csv/csv2ofx-dbs.csv");
    const transactions = only(statement);
    expect(transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2020-05-06", -3465],
      ["2020-05-06", -4332],
      ["2020-05-05", -750],
      ["2020-05-05", -5000],
      ["2020-05-03", -4456],
      ["2020-05-02", -260331],
      ["2020-05-01", -849692],
      ["2020-05-01", -150000],
      ["2020-05-01", -410000],
    ]);
    expect(statement.accounts[0]?.balance).toBe(1353214);
    // Its "Reference" column holds transaction codes (MST, ITR, BILL); the merchant is in "Transaction Ref1".
    expect(transactions.slice(0, 3).map((t) => t.description)).toEqual([
      "COLD STORAGE  NG 04MAY",
      "COLD STORAGE  NG 04MAY",
      "TOP-UP TO PAYLAH! :",
    ]);
  });

  it("reads GLS Bank's file under its VWZ1 … VWZ14 header", () => {
    const statement = parse("csv/csv2ofx-gls.csv");
    expect(rows(only(statement))).toEqual([["2017-10-10", -9876, "Drillisch Online AG"]]);
    expect(statement.accounts[0]).toMatchObject({
      accountNumber: "1234567890",
      currency: "EUR",
      balance: 123456,
    });
  });

  it("reads UBS's French export: Débit and Crédit, and a balance with apostrophe thousands", () => {
    const statement = parse("csv/csv2ofx-ubs-ch-fr.csv");
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2019-03-31", -1000],
      ["2019-02-28", 24000],
      ["2019-04-27", -20000],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "CHF", balance: 1141394 });
  });

  it("reads ABN AMRO's MT940 with its plain-text envelope between the two statements", () => {
    const statement = parse("mt940/mt940-jejik-abnamro.sta");
    expect(only(statement).map((t) => t.amount)).toEqual([
      -900, -1159, -1163, -1180, -1345, -1549, -10700, -14148, -949, -1500,
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 184975, balanceAsOf: "2011-05-24" });
  });

  it("reads Citi's MT940, whose statement lines leave the entry date blank", () => {
    const statement = parse("mt940/mt940-citi.txt");
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-03-12", -21239],
      ["2024-03-12", -36928],
      ["2024-03-12", 0],
      ["2024-03-12", 0],
      ["2024-03-12", -56108],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "USD", balance: 1623392 });
  });
});
