import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, parse, rows, textFile, textRefusal } from "../support/statement-fixtures";

// Real-world statement quirks of the fifth round, each in an inline file of our own with invented rows; the
// published files they were first seen in are named in each test.

describe("Swedbank's Estonian and Latvian exports", () => {
  // rsi2m/ofxstatement-ee-swedbank reads the Estonian layout and skips its AS, K2 and LS rows; the Latvian one
  // is the same with Latvian words.
  const header =
    '"Kliendi konto";"Reatüüp";"Kuupäev";"Saaja/Maksja";"Selgitus";"Summa";"Valuuta";"Deebet/Kreedit";"Arhiveerimistunnus";"Tehingu tüüp";"Viitenumber";"Dokumendi number";\n';
  const estonian =
    header +
    '"EE001234567890123456";"10";"01.11.2022";"";"Algsaldo";"120,00";"EUR";"K";"";"AS";"";"";\n' +
    '"EE001234567890123456";"20";"24.11.2022";"KOHVIK OÜ";"\'400000******0001 22.11.22 KOHVIK OÜ";"7,50";"EUR";"D";"2022112400000001";"K";"";"";\n' +
    '"EE001234567890123456";"20";"26.11.2022";"TÖÖANDJA AS";"Palk november";"1500,00";"EUR";"K";"2022112600000003";"MK";"";"";\n' +
    '"EE001234567890123456";"82";"30.11.2022";"";"Käive";"7,50";"EUR";"D";"";"K2";"";"";\n' +
    '"EE001234567890123456";"82";"30.11.2022";"";"Käive";"1500,00";"EUR";"K";"";"K2";"";"";\n' +
    '"EE001234567890123456";"86";"30.11.2022";"";"Lõppsaldo";"1612,50";"EUR";"K";"";"LS";"";"";\n';

  it("do not import the opening balance, the turnovers and the closing balance as money (Estonian)", () => {
    const statement = parseStatementFile(textFile(estonian));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2022-11-24", -750],
      ["2022-11-26", 150000],
    ]);
    // Lõppsaldo, the closing balance: 120.00 − 7.50 + 1,500.00.
    expect(statement.accounts[0]).toMatchObject({ balance: 161250, balanceAsOf: "2022-11-30" });
  });

  it("skip those rows too when the other party's column is the description", () => {
    const statement = parseStatementFile({ ...textFile(estonian), csvMapping: { description: 3, memo: 4 } });
    expect(rows(only(statement))).toEqual([
      ["2022-11-24", -750, "KOHVIK OÜ"],
      ["2022-11-26", 150000, "TÖÖANDJA AS"],
    ]);
  });

  it("do not import Sākuma atlikums, Apgrozījums and Beigu atlikums (Latvian)", () => {
    const text =
      '"Klienta konts";"Ieraksta tips";"Datums";"Saņēmējs/Maksātājs";"Informācija saņēmējam";"Summa";"Valūta";"Debets/Kredīts";"Arhīva kods";"Maksājuma veids";"Refernces numurs";"Dokumenta numurs";\n' +
      '"LV00HABA0000000000001";"10";"01.03.2024";"";"Sākuma atlikums";"200,00";"EUR";"K";"";"AS";"";"";\n' +
      '"LV00HABA0000000000001";"20";"02.03.2024";"SIA KAFEJNĪCA";"PIRKUMS 400000******0001 01.03.2024 6.40 EUR SIA KAFEJNĪCA RIGA";"6,40";"EUR";"D";"2024030200000001";"CTX";"";"";\n' +
      '"LV00HABA0000000000001";"20";"05.03.2024";"DARBA DEVĒJS SIA";"Alga par februāri";"900,00";"EUR";"K";"2024030500000002";"MK";"";"";\n' +
      '"LV00HABA0000000000001";"82";"31.03.2024";"";"Apgrozījums";"6,40";"EUR";"D";"";"K2";"";"";\n' +
      '"LV00HABA0000000000001";"82";"31.03.2024";"";"Apgrozījums";"900,00";"EUR";"K";"";"K2";"";"";\n' +
      '"LV00HABA0000000000001";"86";"31.03.2024";"";"Beigu atlikums";"1093,60";"EUR";"K";"";"LS";"";"";\n';
    expect(only(parseStatementFile(textFile(text))).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-03-02", -640],
      ["2024-03-05", 90000],
    ]);
  });
});

describe("a camt.053 inside a business message envelope", () => {
  it("is read from the Document beside its application header", () => {
    // The wrapping seen in wso2/mediation-swift-iso20022-module's test messages: <BizMsgEnvlp>, <AppHdr>, <Document>.
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<BizMsgEnvlp>\n' +
      '<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.03"><BizMsgIdr>MSG1</BizMsgIdr>' +
      "<MsgDefIdr>camt.053.001.11</MsgDefIdr><CreDt>2023-10-05T10:30:00Z</CreDt></AppHdr>\n" +
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.11"><BkToCstmrStmt>' +
      "<GrpHdr><MsgId>1</MsgId><CreDtTm>2023-10-05T14:43:51</CreDtTm></GrpHdr><Stmt><Id>1</Id>" +
      "<Acct><Id><Othr><Id>12345</Id></Othr></Id><Ccy>USD</Ccy></Acct>" +
      '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2023-10-04</Dt></Dt></Bal>' +
      '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">90.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2023-10-05</Dt></Dt></Bal>' +
      '<Ntry><Amt Ccy="USD">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2023-10-05</Dt></BookgDt>' +
      "<AddtlNtryInf>Account fee</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>\n</BizMsgEnvlp>\n";
    const statement = parseStatementFile(textFile(xml, "statement.xml"));
    expect(rows(only(statement))).toEqual([["2023-10-05", -1000, "Account fee"]]);
    expect(statement.accounts[0]).toMatchObject({ accountNumber: "12345", currency: "USD", balance: 9000 });
  });
});

describe("balance lines a Brazilian bank writes among an OFX file's transactions", () => {
  const ofx = (rows: string) =>
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n" +
    "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240412<LANGUAGE>POR</SONRS></SIGNONMSGSRSV1>\n" +
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>BRL\n" +
    "<BANKACCTFROM><BANKID>0341<ACCTID>12345<ACCTTYPE>CHECKING</BANKACCTFROM>\n" +
    `<BANKTRANLIST><DTSTART>20240401<DTEND>20240412\n${rows}</BANKTRANLIST>\n` +
    "<LEDGERBAL><BALAMT>1454.10<DTASOF>20240412</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
  const row = (type: string, date: string, amount: string, id: string, memo: string) =>
    `<STMTTRN><TRNTYPE>${type}<DTPOSTED>${date}100000[-03:EST]<TRNAMT>${amount}<FITID>${id}<MEMO>${memo}</STMTTRN>\n`;

  it("are not imported as money (Itaú's SALDO ANTERIOR and SALDO TOTAL DISPONÍVEL DIA)", () => {
    const statement = parseStatementFile(
      textFile(
        ofx(
          row("CREDIT", "20240401", "1000.00", "20240401001", "SALDO ANTERIOR") +
            row("DEBIT", "20240402", "-45.90", "20240402001", "PADARIA CENTRAL") +
            row("CREDIT", "20240403", "500.00", "20240403001", "PIX RECEBIDO") +
            row("CREDIT", "20240403", "1454.10", "20240403002", "SALDO TOTAL DISPONÍVEL DIA"),
        ),
        "extrato.ofx",
      ),
    );
    expect(rows(only(statement))).toEqual([
      ["2024-04-02", -4590, "PADARIA CENTRAL"],
      ["2024-04-03", 50000, "PIX RECEBIDO"],
    ]);
    expect(statement.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^2 balance line\(s\) .* were not imported/),
    ]);
  });

  it("do not refuse the file when written without an amount (Caixa's SALDO DIA)", () => {
    const statement = parseStatementFile(
      textFile(
        ofx(
          row("DEBIT", "20240411", "-50.00", "101", "PAG BOLETO") +
            row("CREDIT", "20240411", "            .  ", "0", "SALDO DIA") +
            row("CREDIT", "20240412", "120.00", "102", "CRED PIX"),
        ),
        "extrato.ofx",
      ),
    );
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-04-11", -5000],
      ["2024-04-12", 12000],
    ]);
  });
});

describe("a CSV in a currency whose amounts have three decimals (Kuwaiti, Bahraini, Jordanian dinars)", () => {
  // The YNAB 4 export in hledger's examples/csv/apps/ynab4-rtl.csv keeps Jordanian dinars to the fils ("4.750").
  it("reads 4.750 KWD as four dinars seventy-five, not four thousand seven hundred fifty", () => {
    const text =
      "Date,Description,Amount,Currency,Balance\n" +
      "07/11/2022,Lunch,-4.750,KWD,95.250\n08/11/2022,Salary,100.000,KWD,195.250\n" +
      "09/11/2022,Grocer,-12.120,KWD,183.130\n";
    const statement = parseStatementFile(textFile(text));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2022-11-07", -475],
      ["2022-11-08", 10000],
      ["2022-11-09", -1212],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "KWD", balance: 18313 });
  });

  it("refuses an amount below the cent (4.755) instead of rounding it or reading it as thousands", () => {
    const text =
      "Date,Description,Amount,Currency\n07/11/2022,Lunch,-4.755,KWD\n08/11/2022,Salary,100.000,KWD\n";
    expect(textRefusal(text).message).toMatch(/^Line 2: the amount "-4\.755" has more than two decimals/);
  });
});

describe("an MT940 fee closing dated 30 February (German banks' 30-day interest months)", () => {
  // wolph/mt940's self-provided/february_30 test: ":61:1602300301DR6,00N024NONREF", ENTGELTABSCHLUSS.
  const statement = (line: string) =>
    ":20:STARTUMSE\n:25:12345678/1020304050\n:28C:00000/001\n:60F:C160229EUR1200,00\n" +
    `${line}\n:86:805?00ENTGELTABSCHLUSS?106666?20Entgeltabrechnung ?21siehe Anlage\n:62F:C160301EUR1194,00\n-\n`;

  it("reads the value date as the month's last day and books the row on its entry date", () => {
    const transactions = only(
      parseStatementFile(textFile(statement(":61:1602300301DR6,00N024NONREF"), "a.sta")),
    );
    expect(transactions.map((t) => [t.postedOn, t.transactedOn, t.amount])).toEqual([
      ["2016-03-01", "2016-02-29", -600],
    ]);
  });

  it("still refuses a value date no month has (day 32)", () => {
    expect(textRefusal(statement(":61:1602320301DR6,00N024NONREF"), "a.sta").message).toMatch(
      /value date that is not a real date: "160232"/,
    );
  });
});

describe("published files of the fifth round, read figure by figure (NOTICE-wild-5.md)", () => {
  it("KBC's Mastercard export: a signed debet column beside the credit one, money out stays out", () => {
    const statement = parse("csv/bank2ynab-kbc-mastercard.csv");
    expect(rows(only(statement))).toEqual([
      ["2020-02-01", -1652, "More info"],
      ["2020-01-24", 3577, "Payment from Checking account"],
      ["2020-01-01", -1652, "More info"],
    ]);
    expect(statement.accounts[0]?.currency).toBe("EUR");
  });

  it("Air Bank's windows-1250 export, its header ending in a comma, CRLF", () => {
    const statement = parse("csv/bank2ynab-airbank-cz.csv");
    expect(only(statement).map((t) => [t.postedOn, t.amount, t.description, t.externalId])).toEqual([
      ["2018-05-27", -100, "Name Surname", "3228446118"],
    ]);
    expect(statement.accounts[0]?.currency).toBe("CZK");
  });

  it("an Austrian pipe-separated .dat export with a record line above the rows: 11 rows, -6,152.22", () => {
    const transactions = only(parse("csv/bank2ynab-kta_ei.dat"));
    expect(transactions).toHaveLength(11);
    expect(transactions.reduce((sum, t) => sum + t.amount, 0)).toBe(-615222);
    expect([transactions[0]?.postedOn, transactions.at(-1)?.postedOn]).toEqual(["2019-03-11", "2019-03-13"]);
    expect(transactions[7]).toMatchObject({ amount: -201588, description: "SEPA Lastschrift" });
  });
});

describe("MT940 details wrapped just before a time's minutes", () => {
  it("keep the line that starts ':26:37' as part of the text, not as a field of its own", () => {
    // As wolph/mt940's self-provided/wrapped_timestamp statement wraps "…T16" / ":26:37 Fo…".
    const text =
      ":20:STARTUMSE\n:25:12345678/1020304050\n:28C:00001/001\n:60F:C240301EUR100,00\n" +
      ":61:2403010301DR6,50N005NONREF\n" +
      ":86:106?00KARTENZAHLUNG?20SVWZ+2024-03-01T16\n:26:37 Baeckerei Mu?21eller Berlin\n" +
      ":62F:C240301EUR93,50\n-\n";
    expect(rows(only(parseStatementFile(textFile(text, "a.sta"))))).toEqual([
      ["2024-03-01", -650, "2024-03-01T16:26:37 Baeckerei Mueller Berlin"],
    ]);
  });
});

describe("BNP Paribas Fortis's export, whose Status column says a payment was refused", () => {
  // The layout other projects' importers read (Volgnummer … Status;Reden van weigering), skipping every row whose
  // status is not Geaccepteerd; our rows are invented.
  it("does not import the refused payment (Geweigerd, Refusé)", () => {
    const text =
      "Volgnummer;Uitvoeringsdatum;Valutadatum;Bedrag;Valuta rekening;Rekeningnummer;Type verrichting;Tegenpartij;Naam van de tegenpartij;Mededeling;Details;Status;Reden van weigering\n" +
      "2024-0042;05/03/2024;05/03/2024;-25,40;EUR;BE00 0000 0000 0001;Betaling met debetkaart;;DELHAIZE BRUSSEL;;BETALING MET DEBETKAART DELHAIZE BRUSSEL 05/03;Geaccepteerd;\n" +
      "2024-0041;04/03/2024;04/03/2024;-1200,00;EUR;BE00 0000 0000 0001;Overschrijving in euro;BE00 0000 0000 0002;EIGENAAR NV;huur maart;SEPA OVERSCHRIJVING HUUR MAART;Geweigerd;Onvoldoende saldo\n" +
      "2024-0040;01/03/2024;01/03/2024;2500,00;EUR;BE00 0000 0000 0001;Overschrijving in euro;BE00 0000 0000 0003;WERKGEVER NV;loon;SEPA OVERSCHRIJVING LOON;Geaccepteerd;\n";
    const statement = parseStatementFile(textFile(text));
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-03-05", -2540],
      ["2024-03-01", 250000],
    ]);
    const french = text
      .replace(/Geaccepteerd/g, "Accepté")
      .replace("Geweigerd", "Refusé")
      .replace("Status;Reden van weigering", "Statut;Motif du refus");
    expect(only(parseStatementFile(textFile(french))).map((t) => t.amount)).toEqual([-2540, 250000]);
  });
});

describe("a Brazilian CSV with its balances in a 'saldos' column and on rows of their own", () => {
  it("reads 'saldos (R$)' as the balance, not as a second amount column, and skips SALDO ANTERIOR and SALDO DO DIA", () => {
    const text =
      "data;lançamento;ag./origem;valor (R$);saldos (R$)\n" +
      "01/03/2024;SALDO ANTERIOR;;;1.000,00\n02/03/2024;PIX TRANSF JOAO;;-45,90;\n" +
      "02/03/2024;SALDO DO DIA;;;954,10\n03/03/2024;TED RECEBIDA EMPRESA;;500,00;\n" +
      "03/03/2024;SALDO DO DIA;;;1.454,10\n";
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2024-03-02", -4590, "PIX TRANSF JOAO"],
      ["2024-03-03", 50000, "TED RECEBIDA EMPRESA"],
    ]);
  });
});
