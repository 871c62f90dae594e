import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBankTransport } from "@/server/ofx/bank-transport";
import { accountFromDocument, fetchOfx } from "@/server/ofx/client";
import { OfxUnreachableError } from "@/server/ofx/errors";
import { parseOfxDocument, parseOfxStatement } from "@/server/ofx/parse";
import { buildBankStatementRequest } from "@/server/ofx/requests";
import { chooseFileAccount, fileAccounts } from "@/server/statements/file-accounts";
import { parseStatementFile } from "@/server/statements/parse-file";
import { StatementParseError } from "@/server/statements/types";
import { isPermanentSyncError, syncErrorMessage } from "@/server/sync/connection-sync";

// An OFX file or reply is imported whole or not at all: a file cut off in transit, a row whose date or amount
// cannot be read, a NUL character or an amount too large to store refuses it with the line; nothing is
// skipped without a word. The reader keeps its own stacks, so no nesting depth in a file can overflow it.

const FIXTURES = path.resolve(__dirname, "../fixtures/statements/ofx");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function statement(transactions: string, currency = "<CURDEF>USD"): string {
  return (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n" +
    "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240301</SONRS></SIGNONMSGSRSV1>\n" +
    `<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>${currency}\n` +
    "<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n" +
    `${transactions}\n` +
    "</BANKTRANLIST><LEDGERBAL><BALAMT>10.00<DTASOF>20240229</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1>\n" +
    "</OFX>\n"
  );
}
const row = (date: string, amount: string, id = "T1") =>
  `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>${date}<TRNAMT>${amount}<FITID>${id}<NAME>SHOP</STMTTRN>`;

function refusal(read: () => unknown): StatementParseError {
  try {
    read();
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("an OFX file cut off anywhere is refused", () => {
  it("refuses every cut between <OFX> and the end of </OFX>, and reads the whole file", () => {
    const text = fixture("tally-card-two-cycles.ofx");
    const start = text.indexOf("<OFX>") + "<OFX>".length;
    const end = text.lastIndexOf("</OFX>") + "</OFX>".length;
    expect(parseOfxStatement(text).accounts[0]?.transactions).toHaveLength(4);
    for (let cut = start; cut < end; cut++) {
      const error = refusal(() => parseOfxStatement(text.slice(0, cut)));
      expect(error.message, `cut at ${cut}`).toMatch(/cut off|could not produce|no <OFX>/);
    }
  });

  it("says where a transaction cut inside an element ends", () => {
    const whole = statement(row("20240105", "-20.00"));
    const cut = whole.slice(0, whole.indexOf("-20.00") + 2); // "<TRNAMT>-2"
    const error = refusal(() => parseOfxStatement(cut));
    expect(error.message).toMatch(/^Line 9: the file ends inside <STMTTRN> without its closing <\/OFX>/);
    expect(error.line).toBe(9);
  });
});

describe("a row Tally cannot read refuses the file with its line", () => {
  it.each([
    ["20260231", "-12.00", /posting date that is not a real date: "20260231"/],
    ["", "-12.00", /has no posting date/],
    ["20240105", "1e309", /amount that is not a number: "1e309"/],
    // Accounting parentheses are a CSV habit; in OFX a negative amount is written with a minus sign.
    ["20240105", "(12.00)", /amount that is not a number: "\(12.00\)"/],
    ["20240105", "", /has no amount/],
    ["20240105", "1000000000000.00", /too large/],
  ])("date %j, amount %j", (date, amount, message) => {
    const text = statement(`${row("20240104", "-1.00", "OK")}\n${row(date, amount)}`);
    const error = refusal(() => parseOfxStatement(text));
    expect(error.message).toMatch(message);
    expect(error.line).toBe(10);
  });

  it("keeps the day of a posting whose time of day is malformed", () => {
    const [account] = parseOfxStatement(statement(row("20240215048208.398", "-10.00"))).accounts;
    expect(account?.transactions[0]).toMatchObject({ postedOn: "2024-02-15", amount: -1000 });
  });

  it("refuses a NUL character with its line", () => {
    const text = statement(row("20240105", "-1.00").replace("SHOP", "SH\u0000OP"));
    expect(refusal(() => parseOfxDocument(text)).line).toBe(9);
    const upload = () => parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "a.ofx" });
    expect(refusal(upload).message).toMatch(/^Line 9: .*NUL/);
  });

  it("does not name a currency the file does not state", () => {
    expect(parseOfxStatement(statement(row("20240105", "-1.00"), "")).accounts[0]?.currency).toBeNull();
  });
});

describe("deeply nested files", () => {
  const depth = 100_000;
  const nest = (inner: string) =>
    Array.from({ length: depth }, (_, i) => `<X${i}>`).join("") +
    inner +
    Array.from({ length: depth }, (_, i) => `</X${depth - 1 - i}>`).join("");

  it("reads a statement buried under a hundred thousand unknown elements", () => {
    const text = statement(row("20240105", "-1.00")).replace("<BANKMSGSRSV1>", () => nest("<BANKMSGSRSV1>"));
    // The wrapper opens inside the nest, so close the nest after the statement instead.
    const balanced = `${text.slice(0, text.indexOf("<OFX>") + 5)}${nest(
      text.slice(text.indexOf("<BANKMSGSRSV1>", text.indexOf("<X0>")), text.indexOf("</OFX>")),
    )}</OFX>`;
    const [account] = parseOfxStatement(balanced).accounts;
    expect(account?.transactions[0]).toMatchObject({ postedOn: "2024-01-05", amount: -100 });
  });

  it("reads a transaction with a deep unknown element inside it", () => {
    const text = statement(row("20240105", "-1.00").replace("<NAME>", `${nest("deep")}<NAME>`));
    expect(parseOfxStatement(text).accounts[0]?.transactions[0]?.description).toBe("SHOP");
  });
});

describe("several statements in one file", () => {
  it("merges one card's billing cycles into one account with the latest balance", () => {
    const result = parseOfxStatement(fixture("tally-card-two-cycles.ofx"));
    expect(result.accounts).toHaveLength(1);
    const [card] = result.accounts;
    // The grocery purchase is listed in both cycles and kept once.
    expect(card?.transactions.map((t) => [t.externalId, t.amount])).toEqual([
      ["C1-A", -4000],
      ["C1-B", -6000],
      ["C2-C", -15000],
      ["C2-D", 10000],
    ]);
    expect(card).toMatchObject({ type: "credit_card", balance: -15000, balanceAsOf: "2024-02-29" });
    expect(card?.transactions[1]?.bankCategory).toBe("5411");
    expect(card?.transactions[2]?.bankCategory).toBeUndefined();
  });

  it("merges a card's billing cycles in a Direct Connect reply too", () => {
    const account = accountFromDocument(parseOfxDocument(fixture("tally-card-two-cycles.ofx")), {
      accountNumber: "4111222233334444",
    });
    expect(account.transactions.map((t) => t.externalId)).toEqual(["C1-A", "C1-B", "C2-C", "C2-D"]);
    expect(account.balance).toBe(-15000);
  });

  it("keeps two real accounts apart and lets the caller pick one by its number", () => {
    const result = parseOfxStatement(fixture("tally-two-accounts.ofx"));
    expect(
      fileAccounts(result).map((a) => [a.key, a.account.type, a.account.currency, a.account.balance]),
    ).toEqual([
      ["DE0011110000", "checking", "EUR", 308770],
      ["DE0022220000", "savings", "EUR", 500417],
    ]);
    expect(chooseFileAccount(result, {})).toMatchObject({ ok: false, reason: "several" });
    const picked = chooseFileAccount(result, { fileAccount: "DE0022220000" });
    expect(picked.ok && picked.chosen.account.transactions.map((t) => t.amount)).toEqual([417]);
    const byNumber = chooseFileAccount(result, { accountNumber: "DE0011110000" });
    expect(byNumber.ok && byNumber.chosen.account.transactions).toHaveLength(2);
    expect(chooseFileAccount(result, { fileAccount: "nope" })).toMatchObject({
      ok: false,
      reason: "unknown_key",
    });
  });
});

describe("OFX replies in a connection sync", () => {
  let server: Server;
  let url = "";
  let body = "";

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on("end", () => response.writeHead(200, { "Content-Type": "application/x-ofx" }).end(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ofx`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // The bank double listens on loopback, which the bank transport refuses unless the URL is trusted.
  const local = () => ({ transport: createBankTransport({ trustedUrls: () => [url] }) });
  const request = () =>
    buildBankStatementRequest(
      { url, org: "B1", fid: "1", userId: "u", password: "secret-pass" },
      { bankId: "1", accountId: "42", accountType: "CHECKING" },
      { start: new Date("2024-01-01T00:00:00Z") },
    );

  it("fails the sync with the line and the reason when a reply has an unreadable row", async () => {
    body = statement(`${row("20240104", "-1.00", "OK")}\n${row("20240105", "1e309")}`);
    const failure = await fetchOfx(request(), local()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OfxUnreachableError);
    expect(syncErrorMessage(failure)).toMatch(/could not be read.*Line 10: .*"1e309"/);
  });

  it("fails the sync when a reply is cut off, instead of importing what arrived", async () => {
    const whole = statement(row("20240105", "-20.00"));
    body = whole.slice(0, whole.indexOf("-20.00") + 2);
    const failure = await fetchOfx(request(), local()).catch((error: unknown) => error);
    expect(syncErrorMessage(failure)).toMatch(/cut off/);
    // A cut-off reply may be the network's doing: the sync is retried before it fails for good.
    expect(isPermanentSyncError(failure)).toBe(false);
  });
});
