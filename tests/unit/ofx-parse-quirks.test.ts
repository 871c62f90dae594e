import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOfxDocument, parseOfxStatement } from "@/server/ofx/parse";
import { decodeStatementBytes } from "@/server/statements/decode";
import { StatementParseError } from "@/server/statements/types";

// Our own minimal reproductions (tests/fixtures/statements/ofx/tally-*) of quirks that the public samples
// show only in GPL-licensed files, plus a few inline one-liners.

function fixture(name: string): string {
  return decodeStatementBytes(readFileSync(path.join(__dirname, "../fixtures/statements/ofx", name))).text;
}

function firstAccount(text: string) {
  const statement = parseOfxStatement(text);
  const account = statement.accounts[0];
  if (!account) throw new Error("no account");
  return { account, warnings: statement.warnings };
}

const BANK_BODY =
  "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1>" +
  "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD" +
  "<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>" +
  "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.50<FITID>a<NAME>TEA &amp; CAKE</STMTTRN>" +
  "</BANKTRANLIST><LEDGERBAL><BALAMT>10.00<DTASOF>20240105</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

describe("OFX quirks (own reproductions)", () => {
  it("reads OFX 2's pending list (BANKTRANLISTP) as pending rows dated when they happened, in SGML and in XML", () => {
    const pending =
      "<BANKTRANLISTP><DTASOF>20240107<STMTTRNP><TRNTYPE>HOLD<DTTRAN>20240106<TRNAMT>-34.90<NAME>KELDORA GROCERY" +
      "<MEMO>KELDORA GROCERY 0412</STMTTRNP><STMTTRNP><TRNTYPE>HOLD<DTTRAN>20240107<TRNAMT>-2.57<NAME>ZORVEX TAXI" +
      "</STMTTRNP></BANKTRANLISTP>";
    const sgml = BANK_BODY.replace("</BANKTRANLIST>", `</BANKTRANLIST>${pending}`);
    const xml = sgml.replace(/<(\w+)>([^<]+)(?=<)/g, "<$1>$2</$1>");
    for (const text of [sgml, xml]) {
      const { account } = firstAccount(text);
      expect(account.transactions.map((t) => [t.postedOn, t.amount, t.pending, t.description])).toEqual([
        ["2024-01-05", -150, false, "TEA & CAKE"],
        ["2024-01-06", -3490, true, "KELDORA GROCERY 0412"],
        ["2024-01-07", -257, true, "ZORVEX TAXI"],
      ]);
      expect(account.balance).toBe(1000);
    }
  });

  it("ignores AMEX's close tags piled up at the end of each aggregate", () => {
    const { account, warnings } = firstAccount(fixture("tally-amex-misplaced-close.ofx"));
    expect(account).toMatchObject({ accountNumber: "300000000000009", type: "credit_card", balance: -41275 });
    expect(
      account.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description, t.memo]),
    ).toEqual([
      ["AX0001", "2024-02-15", -5820, "GREEN LEAF BISTRO   PORTLAND", "55501       RESTAURANT"],
      ["AX0002", "2024-03-01", 25000, "ONLINE PAYMENT - THANK YOU", null],
    ]);
    expect(warnings).toEqual([]);
    expect(parseOfxDocument(fixture("tally-amex-misplaced-close.ofx")).signon).toMatchObject({
      message: "OK",
      org: "CARDCO",
      fid: "4242",
      intuBid: "4242",
    });
  });

  it("reads values on the next line, survives a stray </BANKTRANLIST> and keeps duplicate FITIDs", () => {
    const { account, warnings } = firstAccount(fixture("tally-values-next-line.qfx"));
    expect(account).toMatchObject({
      accountNumber: "55501",
      bankId: "021000021",
      type: "savings",
      balance: 120050,
    });
    // The second transaction sits after the stray close tag and is still read; both keep FITID 9000111,
    // and the posting date outside DTSTART–DTEND is not filtered out.
    expect(account.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description])).toEqual([
      ["9000111", "2024-01-02", -4000, "Transfer to checking"],
      ["9000111", "2024-01-02", 300, "Interest paid"],
    ]);
    expect(warnings).toEqual([
      {
        message: "2 transactions share the id (FITID) 9000111; all were kept, so check them for duplicates.",
      },
    ]);
  });

  it("reads a comment-wrapped header, self-closing <BANKID/> and <BALAMT/>, and UTF-8 text", () => {
    const text = fixture("tally-comment-header.ofx");
    expect(parseOfxDocument(text).header).toMatchObject({
      version: "102",
      encoding: "UTF-8",
      charset: "NONE",
    });
    const { account } = firstAccount(text);
    expect(account).toMatchObject({ accountNumber: "DE00TALLY", currency: "EUR", balance: null });
    expect(account.bankId).toBeUndefined();
    expect(account.transactions[0]).toMatchObject({
      postedOn: "2024-05-28",
      amount: -450,
      description: "Café Zoë",
      memo: "Kartenzahlung 4,50 €",
    });
  });

  it("keeps the calendar date as written under a mislabelled offset (Nubank [-3:GMT])", () => {
    const text = fixture("tally-nubank-cc.ofx");
    const { account } = firstAccount(text);
    expect(account).toMatchObject({ accountNumber: "aaaa-bbbb-cccc", currency: "BRL", balance: -14790 });
    // 23:00 at -3 is already April 1st in UTC; the statement still says March 31st.
    expect(account.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2024-03-15", -2790, "Padaria Pão Quente"],
      ["2024-03-31", -12000, "Mercado Azul"],
    ]);
    expect(parseOfxDocument(text).signon?.serverTime?.toISOString()).toBe("2024-04-02T03:00:00.000Z");
  });

  it("uses MEMO when there is no NAME and keeps the day of a posting whose time is broken (minute 82)", () => {
    const { account, warnings } = firstAccount(fixture("tally-memo-only.qfx"));
    expect(account).toMatchObject({
      accountNumber: "4321",
      type: "savings",
      balance: 500042,
      balanceAsOf: "2024-03-10",
    });
    expect(account.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description])).toEqual([
      ["mm-3", "2024-02-29", 42, "Monthly Interest Paid"],
      ["mm-2", "2024-02-15", -1000, "Withdrawal with a broken date"],
      ["mm-1", "2024-02-01", -10000, "Withdrawal to SAVINGS PLUS ACH"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads an empty <BALAMT/> as no balance and a cut-off NAME as the full MEMO", () => {
    const { account } = firstAccount(fixture("tally-empty-ledgerbal.ofx"));
    expect(account).toMatchObject({ accountNumber: "7788~1", balance: null, balanceAsOf: "2024-03-31" });
    expect(account.transactions.map((t) => [t.amount, t.checkNumber, t.description])).toEqual([
      [-8500, "1042", "CHECK 1042"],
      [-6117, null, "AUTOMATIC PAYMENT, CITY WATER UTILITY DISTRICT WEB"],
    ]);
  });

  it("reads a one-line v2 file whose <?OFX?> lacks its '>' and pulls cash out of INVBANKTRAN", () => {
    const text = fixture("tally-one-line-v2-investment.ofx");
    expect(parseOfxDocument(text).header).toMatchObject({ version: "202", encoding: "utf-8" });
    const { account } = firstAccount(text);
    expect(account).toMatchObject({ accountNumber: "Z99", type: "other", balance: null });
    expect(account.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2024-03-04", 7550, "DIRECT               DEPOSIT ACME"],
      ["2024-04-01", -2001, "ELECTRONIC FUNDS TRANSFER PAID"],
    ]);
  });

  it("reads a v1 header run together with the body on one line, and a raw & in SGML", () => {
    const text = fixture("tally-one-line-v1.qfx");
    expect(parseOfxDocument(text).header).toMatchObject({
      version: "102",
      charset: "1252",
      newFileUid: "NONE",
    });
    const { account } = firstAccount(text);
    expect(account).toMatchObject({ accountNumber: "1000200030", balance: 248766 });
    expect(account.transactions.map((t) => [t.amount, t.description])).toEqual([
      [-1234, "AT&T MOBILITY"],
      [150000, "ACME PAYROLL"],
    ]);
  });

  it("reads headers with a space after the colon, CR-only line ends, or blank lines before", () => {
    const spaced = `OFXHEADER: 100\nDATA: OFXSGML\nVERSION: 103\n\n${BANK_BODY}`;
    const crOnly = `OFXHEADER:100\rDATA:OFXSGML\rVERSION:102\r\r${BANK_BODY.replaceAll("><", ">\n<")}`;
    const blankFirst = `\r\n\r\n\r\nOFXHEADER:100\r\nVERSION:102\r\n\r\n${BANK_BODY}`;
    expect(parseOfxDocument(spaced).header.version).toBe("103");
    expect(parseOfxDocument(crOnly).header.version).toBe("102");
    expect(parseOfxDocument(blankFirst).header.version).toBe("102");
    for (const text of [spaced, crOnly, blankFirst]) {
      expect(firstAccount(text).account.transactions[0]).toMatchObject({
        amount: -150,
        description: "TEA & CAKE",
      });
    }
  });

  it("reads a file with a BOM and lower-case tags", () => {
    const { account } = firstAccount(`\uFEFF${BANK_BODY.toLowerCase()}`);
    expect(account).toMatchObject({ accountNumber: "42", balance: 1000 });
    expect(account.transactions[0]?.amount).toBe(-150);
  });

  it("rejects an HTML page with the line where it starts", () => {
    const html = "\n<!DOCTYPE html>\n<html><body><h1>Access Denied</h1></body></html>";
    expect(() => parseOfxDocument(html)).toThrow(StatementParseError);
    try {
      parseOfxDocument(html);
    } catch (error) {
      expect(error).toMatchObject({
        message: "This is a web page (HTML), not an OFX or QFX statement.",
        line: 2,
      });
    }
  });

  it("reads the payee from PAYEE when NAME is only a number, and checks leap days in posting dates", () => {
    const withPayee = BANK_BODY.replace(
      "<NAME>TEA &amp; CAKE",
      "<NAME>000000<PAYEE><NAME>City Water Dept<ADDR1>1 Main St</PAYEE>",
    );
    expect(parseOfxStatement(withPayee).accounts[0]?.transactions[0]?.description).toBe("City Water Dept");
    const postedOn = (date: string) =>
      parseOfxStatement(BANK_BODY.replace("<DTPOSTED>20240105", `<DTPOSTED>${date}`)).accounts[0]
        ?.transactions[0]?.postedOn;
    expect(postedOn("20240229")).toBe("2024-02-29");
    expect(postedOn("20000229120000")).toBe("2000-02-29");
    expect(() => postedOn("20230229")).toThrow(/not a real date: "20230229"/);
    expect(() => postedOn("21000229")).toThrow(/not a real date: "21000229"/);
  });

  it("names the line of the OFX element when nothing inside it can be read, after reading the whole file", () => {
    expect(() => parseOfxStatement("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX>\n</OFX>\n")).toThrow(
      expect.objectContaining({ line: 4 }),
    );
  });

  it("rejects text that is not OFX and an OFX shell with nothing inside", () => {
    expect(() => parseOfxStatement("Date,Amount\n2024-01-01,5.00")).toThrow(/has no <OFX> element/);
    expect(() => parseOfxStatement("OFXHEADER:100\n\n<OFX></OFX>")).toThrow(
      /nothing inside it could be read/,
    );
  });

  it("imports the readable statements when another one in the file failed", () => {
    const failed =
      "<STMTTRNRS><TRNUID>2<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>Try later</STATUS></STMTTRNRS>";
    const text = BANK_BODY.replace("</BANKMSGSRSV1>", `${failed}</BANKMSGSRSV1>`);
    const statement = parseOfxStatement(text);
    expect(statement.accounts.map((a) => a.accountNumber)).toEqual(["42"]);
    expect(statement.warnings).toEqual([
      { message: "The bank could not produce one statement (code 2000): Try later." },
    ]);
  });
});
