import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOfxDocument, parseOfxStatement } from "@/server/ofx/parse";
import { decodeStatementBytes } from "@/server/statements/decode";
import { StatementParseError } from "@/server/statements/types";

// Real bank files published by MIT-licensed projects (see tests/fixtures/statements/NOTICE.md).

function fixture(name: string): string {
  const bytes = readFileSync(path.join(__dirname, "../fixtures/statements/ofx", name));
  return decodeStatementBytes(bytes).text;
}

function onlyAccount(name: string) {
  const statement = parseOfxStatement(fixture(name));
  expect(statement.accounts).toHaveLength(1);
  const [account] = statement.accounts;
  if (!account) throw new Error("no account");
  return { account, warnings: statement.warnings };
}

describe("OFX fixtures from ofxparse and Actual", () => {
  it("reads a v1 SGML bank statement with unclosed leaves (bank_medium)", () => {
    const { account, warnings } = onlyAccount("ofxparse-bank_medium.ofx");
    expect(account).toMatchObject({
      accountNumber: "12300 000012345678",
      bankId: "160000100",
      type: "checking",
      currency: "CAD",
      balance: 38234,
      balanceAsOf: "2009-05-23",
    });
    expect(account.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2009-04-01", -660, "MCDONALD'S #112"],
      ["2009-04-02", -31667, "Joe's Bald Hairstyles"],
      ["2009-04-03", -2200, "CONNIE'S HAIR D"],
    ]);
    expect(account.transactions[0]).toMatchObject({
      externalId: "0000123456782009040100001",
      memo: "POS MERCHANDISE;MCDONALD'S #112",
      pending: false,
    });
    // CHECKNUM 0 is the bank's way of saying "no number".
    expect(account.transactions[1]?.checkNumber).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("reads a v2 header over an SGML body, with MEMO standing in for NAME (anzcc)", () => {
    const document = parseOfxDocument(fixture("ofxparse-anzcc.ofx"));
    expect(document.header).toMatchObject({ version: "203", syntax: "xml" });
    const { account } = onlyAccount("ofxparse-anzcc.ofx");
    // LEDGERBAL is the balance; AVAILBAL (+123.45 of available credit) is never used for it.
    expect(account).toMatchObject({ type: "credit_card", currency: "AUD", balance: -12345 });
    expect(account.transactions).toEqual([
      expect.objectContaining({
        externalId: "201705080001",
        postedOn: "2017-05-08",
        transactedOn: "2017-05-08",
        amount: -550,
        description: "SOME MEMO",
      }),
    ]);
  });

  it("reads CDATA values and prefers the full MEMO over the cut-off NAME (suncorp, CRLF)", () => {
    const { account } = onlyAccount("ofxparse-suncorp.ofx");
    expect(account).toMatchObject({ accountNumber: "123456789", balance: 123412, currency: "AUD" });
    expect(account.transactions[0]).toMatchObject({
      externalId: "1",
      postedOn: "2013-12-15",
      amount: -1685,
      description: "EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU",
    });
  });

  it("reads two statements from one file, neither with transactions (multiple_accounts)", () => {
    const statement = parseOfxStatement(fixture("ofxparse-multiple_accounts.ofx"));
    expect(
      statement.accounts.map((a) => [a.accountNumber, a.type, a.balance, a.transactions.length]),
    ).toEqual([
      ["9100", "checking", 11100, 0],
      ["9200", "savings", 22200, 0],
    ]);
  });

  it("lists accounts from an account-information response (USAA)", () => {
    const document = parseOfxDocument(fixture("ofxparse-account_listing_aggregation.ofx"));
    expect(document.accountInfo).toEqual([
      {
        accountNumber: "0000000001",
        type: "savings",
        kind: "bank",
        bankId: "314074269",
        ofxAccountType: "SAVINGS",
        name: "USAA SAVINGS",
      },
      {
        accountNumber: "0000000002",
        type: "checking",
        kind: "bank",
        bankId: "314074269",
        ofxAccountType: "CHECKING",
        name: "FOUR STAR CHECKING",
      },
      {
        accountNumber: "00000000000003",
        type: "other",
        kind: "bank",
        bankId: "314074269",
        ofxAccountType: "CREDITLINE",
        name: "LINE OF CREDIT",
      },
      { accountNumber: "4111111111111111", type: "credit_card", kind: "credit_card", name: "MY CREDIT CARD" },
    ]);
  });

  it("reports a sign-on failure with the bank's words (signon_fail)", () => {
    const text = fixture("ofxparse-signon_fail.ofx");
    expect(parseOfxDocument(text).signon).toMatchObject({
      code: 15500,
      severity: "ERROR",
      org: "AMEX",
      fid: "3101",
    });
    expect(() => parseOfxStatement(text)).toThrow(StatementParseError);
    expect(() => parseOfxStatement(text)).toThrow(
      /^The bank refused the sign-on \(code 15500\): Your request could not be processed because you supplied an invalid/,
    );
  });

  it("reports a statement-level error after a successful sign-on (error_message)", () => {
    const text = fixture("ofxparse-error_message.ofx");
    const document = parseOfxDocument(text);
    expect(document.signon?.code).toBe(0);
    expect(document.statements[0]?.status).toEqual({
      code: 2000,
      severity: "ERROR",
      message: "General Server Error",
    });
    expect(() => parseOfxStatement(text)).toThrow(
      "The bank could not produce the statement (code 2000): General Server Error",
    );
  });

  it("reads empty elements, a wrong-case TRNTYPE and per-transaction CURRENCY (v102-empty-tags)", () => {
    const document = parseOfxDocument(fixture("ofxparse-ofx-v102-empty-tags.ofx"));
    const account = document.statements[0]?.account;
    expect(account).toMatchObject({ accountNumber: "12345678", currency: "AUD", balance: null });
    expect(account?.transactions).toEqual([
      expect.objectContaining({
        externalId: null,
        postedOn: "2018-05-07",
        amount: 1234,
        description: "CBA:Transfer",
        trnType: "CREDIT",
      }),
    ]);
  });

  it("refuses a file with a transaction that has no posting date, naming its line (failnice-date_missing)", () => {
    const read = () => parseOfxStatement(fixture("ofxparse-failnice-date_missing.ofx"));
    expect(read).toThrow(StatementParseError);
    expect(read).toThrow("Line 33: the transaction with id 184997056 has no posting date (DTPOSTED)");
    // With that row given a date, the next one (an empty DTPOSTED) is named, then 31 February.
    const second = fixture("ofxparse-failnice-date_missing.ofx").replace(
      "<TRNAMT>-80.00</TRNAMT>",
      "<DTPOSTED>20110501</DTPOSTED><TRNAMT>-80.00</TRNAMT>",
    );
    expect(() => parseOfxStatement(second)).toThrow(/Line 42: .* has no posting date/);
    const third = second.replace("<DTPOSTED></DTPOSTED>", "<DTPOSTED>20110502</DTPOSTED>");
    expect(() => parseOfxStatement(third)).toThrow(
      'Line 50: the transaction with id 2000957249 has a posting date that is not a real date: "20120231"',
    );
  });

  it("refuses a 12-digit date but reads a $ amount (failnice-decimal_error)", () => {
    expect(() => parseOfxStatement(fixture("ofxparse-failnice-decimal_error.ofx"))).toThrow(
      /not a real date: "201120000000"/,
    );
    // The same row with a good date: the "$120" amount itself is unambiguous and read.
    const fixed = fixture("ofxparse-failnice-decimal_error.ofx").replace("201120000000", "20110601");
    expect(parseOfxStatement(fixed).accounts[0]).toMatchObject({ currency: "CAD" });
    expect(parseOfxStatement(fixed).accounts[0]?.transactions[0]).toMatchObject({
      postedOn: "2011-06-01",
      amount: 12000,
      description: "Fail1",
    });
  });

  it("takes the cash activity out of an investment statement (fidelity-brokerage)", () => {
    const { account } = onlyAccount("ofxparse-fidelity-brokerage.ofx");
    expect(account).toMatchObject({ accountNumber: "SomeAccountId", type: "other", balance: null });
    expect(account.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description])).toEqual([
      ["FIT_ID_3", "2015-02-25", 5000, "DIRECT               DEPOSIT FIA CARDSVC DCB PAYMNT"],
      ["FIT_ID_4", "2015-03-06", -5001, "ELECTRONIC FUNDS TRANSFER PAID"],
    ]);
  });

  it("reads investment-only files as accounts without transactions (td_ameritrade, vanguard CR CR LF)", () => {
    for (const name of ["ofxparse-td_ameritrade.ofx", "ofxparse-vanguard.ofx"]) {
      const { account, warnings } = onlyAccount(name);
      expect(account.type).toBe("other");
      expect(account.transactions).toEqual([]);
      expect(warnings).toEqual([]);
    }
    expect(onlyAccount("ofxparse-vanguard.ofx").account.accountNumber).toBe("01234567890");
  });

  it("reads 3- and 5-decimal amounts and FITIDs with dots (Bank of America via Actual)", () => {
    const { account } = onlyAccount("actual-data-multi-decimal.ofx");
    expect(account.balance).toBeNull();
    expect(account.transactions.map((t) => [t.externalId, t.amount, t.description])).toEqual([
      ["00092990122-30.00019012312798.01", -3000, "PATIENT FIRST TOKEN 01/22 PURCHA"],
      ["00092990121-3.77019012312828.01", -377, "STARBUCKS STORE 07604 01/21 PURC"],
    ]);
    expect(parseOfxDocument(fixture("actual-data-multi-decimal.ofx")).signon?.intuBid).toBe("6526");
  });

  it("decodes UTF-8 bytes in a file that claims cp1252 (chase_cc)", () => {
    const { account } = onlyAccount("ofxparse-chase_cc.qfx");
    expect(account).toMatchObject({ accountNumber: "0123012301230123", type: "credit_card", balance: -1000 });
    expect(account.transactions[0]).toMatchObject({
      postedOn: "2020-01-01",
      amount: -1000,
      description: "SQ *ECCO UN POCO ¦ NATURA",
    });
  });

  it("decodes real cp1252 bytes, € and em dash included (actual-1252)", () => {
    const { account } = onlyAccount("actual-1252.qfx");
    expect(account.transactions[0]).toMatchObject({
      description: "Café Métro €uro",
      memo: "Paiement 5€ — débit",
    });
    expect(account.balance).toBe(999999);
  });

  it("decodes Latin-1 accents (actual-8859-1)", () => {
    const { account } = onlyAccount("actual-8859-1.qfx");
    expect(account.transactions[0]?.description).toBe("Paiement facture/Carte prépayée");
  });

  it("decodes entities once and finds the payee inside MEMO when NAME is a number (html-vals)", () => {
    const { account } = onlyAccount("actual-html-vals.qfx");
    expect(account.transactions.map((t) => t.description)).toEqual([
      "B.C. HYDRO & POWER AUTHORITY",
      "TPAY &lt;DEFTPYMT&gt;",
    ]);
    expect(account.transactions[0]?.postedOn).toBe("2023-05-09");
  });
});
