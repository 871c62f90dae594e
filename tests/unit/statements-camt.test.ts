import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fileAccounts } from "@/server/statements/file-accounts";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import { StatementParseError } from "@/server/statements/types";
import { parse } from "../support/statement-fixtures";

const read = (xml: string | Uint8Array, filename = "statement.xml") =>
  parseStatementFile({ bytes: typeof xml === "string" ? new TextEncoder().encode(xml) : xml, filename });

/** A camt.053 document of the given version around these entries and balances. */
function camt053(
  version: string,
  body: string,
  account = "<Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy>",
) {
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-04-01T06:00:00</CreDtTm></GrpHdr><Stmt><Id>S1</Id><Acct>${account}</Acct>${body}</Stmt></BkToCstmrStmt></Document>`;
}

const entry = (fields: string) => `<Ntry>${fields}</Ntry>`;
const booked = (amount: string, direction: string, date = "2026-03-02", extra = "") =>
  entry(
    `<Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${direction}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${date}</Dt></BookgDt>${extra}`,
  );

describe("CAMT.053 statements", () => {
  const statement = parse("camt/tally-camt053-two-accounts.xml");
  const [giro, savings] = statement.accounts;

  it("reads each account of the file with its number, currency, type and closing balance", () => {
    expect(statement.format).toBe("camt");
    expect(
      statement.accounts.map((a) => [a.accountNumber, a.currency, a.type, a.balance, a.balanceAsOf]),
    ).toEqual([
      ["DE89370400440532013000", "EUR", "checking", 333001, "2026-03-31"],
      ["0202051", "CHF", "savings", 125, "2026-03-31"],
    ]);
    expect(fileAccounts(statement).map((a) => a.label)).toEqual([
      "Girokonto …3000 in EUR",
      "Savings …2051 in CHF",
    ]);
  });

  it("reads every entry as the user's bank shows it: date, signed cents, who and what for", () => {
    expect(giro?.transactions.map((t) => [t.postedOn, t.amount, t.description, t.pending])).toEqual([
      ["2026-03-02", -4999, "Stadtwerke München – Strom März 2026 Kundennr 4711", false],
      ["2026-03-03", 250000, "Acme GmbH – Gehalt März Ref. RF18539007547034", false],
      ["2026-03-05", -8990, "Fitness First – Beitrag März", false],
      // A returned direct debit: CRDT with RvslInd, money back in, from the party that had collected it.
      ["2026-03-09", 8990, "Fitness First – Rücklastschrift Beitrag März", false],
      // One booking of a batch stays one transaction, so the balance stays exact.
      ["2026-03-20", -12000, "SAMMLER (2 payments: Sportverein Nord, Musikschule Süd)", false],
      // Pending, not yet booked: dated by its value date.
      ["2026-03-31", -1200, "Bäckerei Huber", true],
    ]);
    expect(savings?.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-03-31", 125, "Zinsgutschrift"],
    ]);
    // The balances add up with the reversal read as money in: no warning.
    expect(statement.warnings).toEqual([]);
  });

  it("checks the closing balance against the opening one by its own sum", () => {
    const booked = (giro?.transactions ?? []).filter((t) => !t.pending).reduce((sum, t) => sum + t.amount, 0);
    expect(100000 + booked).toBe(giro?.balance);
  });

  it("keeps the booking text as a memo and the purchase date as the transaction date", () => {
    expect(giro?.transactions[0]?.memo).toBe("Strom März 2026 Kundennr 4711 – LASTSCHRIFT");
    expect(giro?.transactions[3]?.transactedOn).toBe("2026-03-05");
    expect(giro?.transactions[5]?.transactedOn).toBe("2026-03-30");
  });

  it("uses the bank's reference as the id, and other references only with the date and amount", () => {
    expect(giro?.transactions.map((t) => t.externalId)).toEqual([
      "R-0001",
      "2026-03-03/250000/SALARY-2026-03",
      "R-0003",
      "R-0004",
      "R-0006",
      "2026-03-31/-1200/P-77",
    ]);
    // NOTPROVIDED is no reference: the row is fingerprinted.
    const none = read(
      camt053(
        "02",
        booked(
          "1.00",
          "DBIT",
          "2026-03-02",
          "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs></TxDtls></NtryDtls>",
        ),
      ),
    );
    expect(none.accounts[0]?.transactions[0]?.externalId).toBeNull();
  });
});

describe("CAMT versions and message kinds", () => {
  // Up to version 07 the status is the code itself and a party is <Cdtr><Nm>; 08 wraps both.
  it.each(["02", "03", "04", "05", "06", "07", "08"])("reads camt.053.001.%s", (version) => {
    const nested = Number(version) >= 8;
    const status = nested ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
    const party = nested ? "<Cdtr><Pty><Nm>Café Olé</Nm></Pty></Cdtr>" : "<Cdtr><Nm>Café Olé</Nm></Cdtr>";
    const xml = camt053(
      version,
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">7.35</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>` +
        entry(
          `<Amt Ccy="EUR">7.35</Amt><CdtDbtInd>DBIT</CdtDbtInd>${status}<BookgDt><DtTm>2026-03-02T23:30:00-05:00</DtTm></BookgDt><NtryDtls><TxDtls><RltdPties>${party}</RltdPties><RmtInf><Ustrd>Frühstück</Ustrd></RmtInf></TxDtls></NtryDtls>`,
        ),
    );
    const [account] = read(xml).accounts;
    expect(account?.balance).toBe(-735);
    // The date as written, never moved by the time zone.
    expect(account?.transactions).toMatchObject([
      { postedOn: "2026-03-02", amount: -735, description: "Café Olé – Frühstück" },
    ]);
  });

  it('passes over a party name the bank filled in for no one ("keine Information vorhanden")', () => {
    const parties =
      "<Dbtr><Nm>Keldora Konto</Nm></Dbtr><UltmtDbtr><Nm>keine Information vorhanden</Nm></UltmtDbtr>" +
      "<Cdtr><Nm>Zorvex GmbH</Nm></Cdtr><UltmtCdtr><Nm>keine Information vorhanden</Nm></UltmtCdtr>";
    const xml = camt053(
      "02",
      booked(
        "3.00",
        "DBIT",
        "2026-03-02",
        `<NtryDtls><TxDtls><RltdPties>${parties}</RltdPties><RmtInf><Ustrd>Rechnung 4471</Ustrd></RmtInf></TxDtls></NtryDtls>`,
      ),
    );
    expect(read(xml).accounts[0]?.transactions[0]).toMatchObject({
      amount: -300,
      description: "Zorvex GmbH – Rechnung 4471",
    });
  });

  it("reads a namespace prefix on every element", () => {
    const xml = camt053("04", booked("3.00", "CRDT"))
      .replace(/<(\/?)(\w+)/g, (_m, slash, name) => `<${slash}ns2:${name}`)
      .replace('<ns2:Document xmlns="', '<ns2:Document xmlns:ns2="');
    expect(read(xml).accounts[0]?.transactions[0]).toMatchObject({ amount: 300, postedOn: "2026-03-02" });
  });

  it("reads a camt.054 notification and a camt.052 report like a statement", () => {
    const notification = camt053("02", booked("40.00", "CRDT"))
      .replace("camt.053", "camt.054")
      .replace(/BkToCstmrStmt/g, "BkToCstmrDbtCdtNtfctn")
      .replace(/<(\/?)Stmt>/g, "<$1Ntfctn>");
    expect(read(notification).accounts[0]?.transactions[0]?.amount).toBe(4000);
    const report = camt053(
      "08",
      booked("40.00", "DBIT").replace("<Sts>BOOK</Sts>", "<Sts><Cd>PDNG</Cd></Sts>"),
    )
      .replace("camt.053", "camt.052")
      .replace(/BkToCstmrStmt/g, "BkToCstmrAcctRpt")
      .replace(/<(\/?)Stmt>/g, "<$1Rpt>");
    expect(read(report).accounts[0]?.transactions[0]).toMatchObject({ amount: -4000, pending: true });
  });

  it("dates a booked entry that has no booking date by its value date, rather than refusing the file", () => {
    const xml = camt053(
      "08",
      entry(
        '<Amt Ccy="EUR">110.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><ValDt><Dt>2026-01-25</Dt></ValDt><AcctSvcrRef>SAL1</AcctSvcrRef>',
      ),
    );
    expect(read(xml).accounts[0]?.transactions[0]).toMatchObject({
      postedOn: "2026-01-25",
      amount: -11000,
      pending: false,
    });
  });

  it("reads the statements of one account in one file as that account, with the latest balance", () => {
    const closing = (amount: string, date: string) =>
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
    const day = (id: string, body: string) =>
      `<Stmt><Id>${id}</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>${body}</Stmt>`;
    const xml = camt053("02", "").replace(
      /<Stmt>.*<\/Stmt>/,
      day("D2", closing("15.00", "2026-03-03") + booked("5.00", "CRDT", "2026-03-03")) +
        day("D1", closing("10.00", "2026-03-02") + booked("10.00", "CRDT")),
    );
    const { accounts } = read(xml);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ balance: 1500, balanceAsOf: "2026-03-03" });
    expect(accounts[0]?.transactions.map((t) => t.amount)).toEqual([500, 1000]);
  });

  it("reads a statement's entry without a status as booked, and checks it against the balances", () => {
    const balances =
      `<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>` +
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">6.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>`;
    const statement = read(camt053("02", balances + booked("4.00", "DBIT").replace("<Sts>BOOK</Sts>", "")));
    expect(statement.accounts[0]?.transactions.map((t) => [t.amount, t.pending])).toEqual([[-400, false]]);
    expect(statement.accounts[0]?.balance).toBe(600);
    expect(statement.warnings).toEqual([]);
  });

  it("refuses a report's entry without a status, since a report may hold pending ones", () => {
    const xml = camt053("02", booked("4.00", "DBIT").replace("<Sts>BOOK</Sts>", ""))
      .replace(/camt\.053/g, "camt.052")
      .replace(/BkToCstmrStmt/g, "BkToCstmrAcctRpt")
      .replace(/<Stmt>|<\/Stmt>/g, (tag) => tag.replace("Stmt", "Rpt"));
    expect(() => read(xml)).toThrow(/has no status/);
  });

  it("leaves out entries for information only, and says so", () => {
    const info = booked("9.00", "DBIT").replace("<Sts>BOOK</Sts>", "<Sts>INFO</Sts>");
    const statement = read(camt053("02", booked("1.00", "DBIT") + info));
    expect(statement.accounts[0]?.transactions.map((t) => t.amount)).toEqual([-100]);
    expect(statement.warnings[0]?.message).toMatch(
      /1 entry of statement S1 .* for information only .* not imported/,
    );
  });

  it("tells the user when the entries do not add up to the closing balance", () => {
    const balances =
      `<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>` +
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>`;
    const statement = read(camt053("02", balances + booked("4.00", "DBIT")));
    expect(statement.warnings.map((w) => w.message)).toEqual([
      "In statement S1 the balance goes from 10.00 to 5.00, but its entries add up to -4.00; compare the imported transactions with the statement.",
    ]);
  });
});

describe("CAMT encodings", () => {
  const latin = (declared: string, text: string) =>
    camt053("02", booked("2.00", "DBIT", "2026-03-02", `<AddtlNtryInf>${text}</AddtlNtryInf>`)).replace(
      'encoding="UTF-8"',
      `encoding="${declared}"`,
    );

  it("reads the file in the encoding it declares", () => {
    const bytes = iconv.encode(latin("ISO-8859-1", "Überweisung Größe €5"), "win1252");
    expect(read(new Uint8Array(bytes)).accounts[0]?.transactions[0]?.description).toBe(
      "Überweisung Größe €5",
    );
    const polish = iconv.encode(latin("windows-1250", "Przelew Łódź"), "win1250");
    expect(read(new Uint8Array(polish)).accounts[0]?.transactions[0]?.description).toBe("Przelew Łódź");
  });

  it("reads UTF-8 that declares Latin-1 as the UTF-8 it is", () => {
    expect(read(latin("ISO-8859-1", "Müller")).accounts[0]?.transactions[0]?.description).toBe("Müller");
  });
});

describe("CAMT files that cannot be imported exactly are refused whole", () => {
  const refusal = (xml: string) => {
    try {
      read(xml);
    } catch (error) {
      expect(error).toBeInstanceOf(StatementParseError);
      return (error as Error).message;
    }
    throw new Error("the file was read");
  };

  it("refuses a file cut off in the download, with its line", () => {
    const whole = camt053("02", booked("1.00", "DBIT")).replace(/></g, ">\n<");
    const cut = whole.slice(0, whole.indexOf("</Ntry>"));
    expect(refusal(cut)).toMatch(
      /^Line \d+: the file is not complete XML .* download the statement from your bank again/,
    );
  });

  it.each([
    [
      "an amount that is not a number",
      booked("12,50", "DBIT"),
      /Entry 1 of statement S1 has an amount that is not a number in cents: "12,50"/,
    ],
    [
      "a fraction of a cent",
      booked("0.125", "DBIT"),
      /has an amount with more than two decimals: "0\.125" .*would have to round it\. Nothing from the file was imported\./,
    ],
    [
      "a booked entry without a booking date or a value date",
      entry(
        '<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><AcctSvcrRef>X9</AcctSvcrRef>',
      ),
      /Entry 1 of statement S1 \(reference X9\) has neither a booking date \(BookgDt\) nor a value date/,
    ],
    [
      "no direction",
      entry('<Amt Ccy="EUR">1.00</Amt><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>'),
      /does not say whether it is money in or out/,
    ],
    [
      "an impossible date",
      booked("1.00", "DBIT", "2026-02-30"),
      /booking date that is not a real date: "2026-02-30"/,
    ],
    [
      "an entry in another currency",
      booked("1.00", "DBIT").replace('Ccy="EUR"', 'Ccy="USD"'),
      /is in USD, but its account is kept in EUR/,
    ],
  ])("refuses %s", (_what, body, message) => {
    const text = refusal(camt053("02", booked("1.00", "CRDT") + body.replace("<Ntry>", "<Ntry>")));
    expect(text.replace("Entry 2", "Entry 1")).toMatch(message);
    expect(text).toMatch(/Nothing from the file was imported\.$/);
  });

  it("refuses a closing balance too large to keep", () => {
    const closing =
      '<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000000000000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>';
    expect(refusal(camt053("02", closing + booked("1.00", "CRDT")))).toMatch(
      /The balance of statement S1 is too large to keep: "1000000000000.00".*Nothing from the file was imported\.$/,
    );
  });

  it("refuses a file that declares entities of its own", () => {
    const xml = camt053("02", booked("1.00", "DBIT")).replace(
      "<Document",
      '<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><Document',
    );
    expect(refusal(xml)).toMatch(/declares a document type \(<!DOCTYPE>\)/);
  });

  it("says an ISO 20022 message that is no statement is not a format Tally reads", () => {
    const xml =
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.056.001.01"><FIToFIPmtCxlReq/></Document>';
    expect(() => read(xml)).toThrow(UnsupportedStatementError);
    expect(() => read(xml)).toThrow(/camt\.056 file holds no bank statement/);
  });
});
