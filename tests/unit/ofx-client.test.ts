import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBankTransport } from "@/server/ofx/bank-transport";
import {
  accountFromDocument,
  buildAccountsStatementRequest,
  fetchOfx,
  fetchStatement,
  listAccounts,
} from "@/server/ofx/client";
import { findAggregate, findAllAggregates, leafText } from "@/server/ofx/elements";
import { OfxSignonError, OfxStatementError, OfxUnreachableError } from "@/server/ofx/errors";
import { parseOfxDocument } from "@/server/ofx/parse";
import { buildAccountInfoRequest, type OfxCredentials } from "@/server/ofx/requests";

// A real HTTP server on 127.0.0.1 stands in for the bank, so the transport (headers, status codes,
// timeouts) is exercised, not just the parsing.

const PASSWORD = "Tr0ub4dor&3";

type Reply = { status?: number; contentType?: string; setCookie?: string; body: string } | "hang";
type ReplyFor = (headers: IncomingHttpHeaders) => Reply;
let reply: Reply | ReplyFor = { body: "" };
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      const answer = typeof reply === "function" ? reply(request.headers) : reply;
      if (answer === "hang") return;
      response.writeHead(answer.status ?? 200, {
        "Content-Type": answer.contentType ?? "application/x-ofx",
        ...(answer.setCookie ? { "Set-Cookie": answer.setCookie } : {}),
      });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ofx`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

// The stand-in bank listens on plain http at 127.0.0.1, which Tally refuses for any URL but a trusted one.
const local = (trusted = url) => ({ transport: createBankTransport({ trustedUrls: () => [trusted] }) });

function credentials(overrides: Partial<OfxCredentials> = {}): OfxCredentials {
  return { url, org: "B1", fid: "10898", userId: "alice", password: PASSWORD, ...overrides };
}

function signonReply(code: number, message: string): Reply {
  return {
    body:
      "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n\r\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS>" +
      `<CODE>${code}<SEVERITY>ERROR<MESSAGE>${message}</STATUS><DTSERVER>20240105120000</SONRS></SIGNONMSGSRSV1></OFX>`,
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("expected the request to fail");
}

function expectNoPassword(error: Error): void {
  expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(PASSWORD);
  expect(String(error.cause ?? "")).not.toContain(PASSWORD);
}

describe("fetchOfx against a local HTTP server", () => {
  it("posts an OFX 1.02 SGML document with the OFX content type and CRLF line breaks", async () => {
    reply = {
      body: readFileSync(
        path.join(__dirname, "../fixtures/statements/ofx/ofxparse-account_listing_aggregation.ofx"),
        "utf8",
      ),
    };
    const accounts = await listAccounts(credentials({ version: 103, clientUid: "0F1E2D3C" }), local());
    expect(accounts.map((a) => [a.accountNumber, a.type])).toEqual([
      ["0000000001", "savings"],
      ["0000000002", "checking"],
      ["00000000000003", "other"],
      ["4111111111111111", "credit_card"],
    ]);
    const [request] = received;
    expect(request?.headers["content-type"]).toBe("application/x-ofx");
    expect(request?.headers.accept).toBe("application/x-ofx");
    expect(
      request?.body.startsWith("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:103\r\nSECURITY:NONE\r\n"),
    ).toBe(true);
    expect(request?.body).not.toMatch(/[^\r]\n/);
    const sent = parseOfxDocument(request?.body ?? "").root;
    const sonrq = findAggregate(sent, "SONRQ");
    expect(leafText(sonrq, "USERID")).toBe("alice");
    expect(leafText(sonrq, "USERPASS")).toBe(PASSWORD);
    expect(leafText(sonrq, "APPID")).toBe("QWIN");
    expect(leafText(sonrq, "APPVER")).toBe("2700");
    expect(leafText(sonrq, "CLIENTUID")).toBe("0F1E2D3C");
    expect(leafText(findAggregate(sent, "FI"), "FID")).toBe("10898");
    expect(leafText(findAggregate(sent, "ACCTINFORQ"), "DTACCTUP")).toBe("19900101");
  });

  it("classifies sign-on 15500 as invalid credentials, not retryable, with no password in the error", async () => {
    reply = signonReply(15500, `Invalid password ${PASSWORD}`);
    const error = await failure(listAccounts(credentials(), local()));
    expect(error).toBeInstanceOf(OfxSignonError);
    expect(error).toMatchObject({ kind: "invalid_credentials", code: 15500, retryable: false });
    expect(error.message).toBe("The bank did not accept that user id and password.");
    expect((error as OfxSignonError).bankMessage).toBe("Invalid password ***");
    expectNoPassword(error);
  });

  it.each([
    [15000, "must_change_password", /change your password/],
    [15510, "client_needs_approval", /approve Tally as a new device/],
    [2000, "bank_error", /General error/],
  ])("classifies sign-on code %i as %s", async (code, kind, message) => {
    reply = signonReply(code, "General error");
    const error = await failure(listAccounts(credentials(), local()));
    expect(error).toMatchObject({ kind, code, retryable: false });
    expect(error.message).toMatch(message);
  });

  it("treats an HTML login page as an unreachable bank, worth retrying", async () => {
    reply = { status: 200, contentType: "text/html", body: "<html><body><form>Sign in</form></body></html>" };
    const error = await failure(listAccounts(credentials(), local()));
    expect(error).toBeInstanceOf(OfxUnreachableError);
    expect(error).toMatchObject({ reason: "not_ofx", httpStatus: 200, retryable: true });
    expectNoPassword(error);
  });

  it("treats a 403 Access Denied page the same way", async () => {
    reply = {
      status: 403,
      contentType: "text/html",
      body: "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD></HTML>",
    };
    expect(await failure(listAccounts(credentials(), local()))).toMatchObject({
      reason: "not_ofx",
      httpStatus: 403,
    });
  });

  it("treats HTTP 503 as unreachable", async () => {
    reply = { status: 503, body: "Service Unavailable" };
    const error = await failure(listAccounts(credentials(), local()));
    expect(error).toBeInstanceOf(OfxUnreachableError);
    expect(error).toMatchObject({ reason: "http_status", httpStatus: 503, retryable: true });
    expect(error.message).toContain("HTTP 503");
  });

  it("gives up on a server that never answers", async () => {
    reply = "hang";
    const started = Date.now();
    const error = await failure(
      fetchOfx(buildAccountInfoRequest(credentials()), { timeoutMs: 150, ...local() }),
    );
    expect(error).toBeInstanceOf(OfxUnreachableError);
    expect(error).toMatchObject({ reason: "timeout", retryable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
    expectNoPassword(error);
  });

  it("reports a refused connection as a network error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(
      listAccounts(credentials({ url: `http://127.0.0.1:${port}/` }), local(`http://127.0.0.1:${port}/`)),
    );
    expect(error).toMatchObject({ reason: "network", retryable: true });
    expectNoPassword(error);
  });

  it("fetches a card statement with CCSTMTRQ and returns transactions and the ledger balance", async () => {
    reply = {
      body: readFileSync(path.join(__dirname, "../fixtures/statements/ofx/ofxparse-chase_cc.qfx"), "utf8"),
    };
    const account = await fetchStatement(
      credentials(),
      { accountNumber: "0123012301230123", type: "credit_card" },
      { start: new Date("2020-01-01T00:00:00Z"), ...local() },
    );
    expect(account).toMatchObject({ accountNumber: "0123012301230123", type: "credit_card", balance: -1000 });
    expect(account.transactions).toEqual([
      expect.objectContaining({
        postedOn: "2020-01-01",
        amount: -1000,
        description: "SQ *ECCO UN POCO ¦ NATURA",
      }),
    ]);
    const sent = parseOfxDocument(received[0]?.body ?? "").root;
    expect(leafText(findAggregate(sent, "CCACCTFROM"), "ACCTID")).toBe("0123012301230123");
    expect(leafText(findAggregate(sent, "INCTRAN"), "DTSTART")).toBe("20200101");
    expect(leafText(findAggregate(sent, "INCTRAN"), "INCLUDE")).toBe("Y");
    expect(findAggregate(sent, "STMTRQ")).toBeNull();
    // Version 102 servers may reject CLIENTUID, so it is not sent.
    expect(leafText(findAggregate(sent, "SONRQ"), "CLIENTUID")).toBeNull();
  });

  it("fetches a bank statement with STMTRQ and the bank's own account type", async () => {
    reply = {
      body: readFileSync(path.join(__dirname, "../fixtures/statements/ofx/ofxparse-bank_medium.ofx"), "utf8"),
    };
    const account = await fetchStatement(
      credentials(),
      {
        accountNumber: "12300 000012345678",
        type: "checking",
        bankId: "160000100",
        ofxAccountType: "CHECKING",
      },
      { start: new Date("2009-04-01T00:00:00Z"), ...local() },
    );
    expect(account.transactions.map((t) => t.amount)).toEqual([-660, -31667, -2200]);
    const from = findAggregate(parseOfxDocument(received[0]?.body ?? "").root, "BANKACCTFROM");
    expect([leafText(from, "BANKID"), leafText(from, "ACCTID"), leafText(from, "ACCTTYPE")]).toEqual([
      "160000100",
      "12300 000012345678",
      "CHECKING",
    ]);
  });

  it("asks for every account of a login in one request, and reads each account's statement by its TRNUID", async () => {
    const request = buildAccountsStatementRequest(
      credentials(),
      [
        { accountNumber: "111", type: "checking", bankId: "9" },
        { accountNumber: "4000222", type: "credit_card" },
        { accountNumber: "333", type: "savings", bankId: "9" },
      ],
      { start: new Date("2024-01-01T00:00:00Z") },
    );
    const sent = parseOfxDocument(request.body).root;
    // One sign-on; banks under BANKMSGSRQV1, the card under CREDITCARDMSGSRQV1, each with its own TRNUID.
    expect(findAllAggregates(sent, "SONRQ")).toHaveLength(1);
    const bankRequests = findAllAggregates(sent, "STMTTRNRQ");
    const cardRequests = findAllAggregates(sent, "CCSTMTTRNRQ");
    expect(bankRequests.map((rq) => leafText(findAggregate(rq, "BANKACCTFROM"), "ACCTID"))).toEqual([
      "111",
      "333",
    ]);
    expect(bankRequests.map((rq) => leafText(findAggregate(rq, "BANKACCTFROM"), "ACCTTYPE"))).toEqual([
      "CHECKING",
      "SAVINGS",
    ]);
    expect(cardRequests.map((rq) => leafText(findAggregate(rq, "CCACCTFROM"), "ACCTID"))).toEqual([
      "4000222",
    ]);
    expect(new Set(request.trnUids).size).toBe(3);
    expect([...bankRequests, ...cardRequests].map((rq) => leafText(rq, "TRNUID")).sort()).toEqual(
      [...request.trnUids].sort(),
    );

    // The bank's answer for two accounts: each is read from its own statement, never from the other's.
    const statement = (wrapper: string, rs: string, from: string, number: string, amount: string) =>
      `<${wrapper}><TRNUID>x<STATUS><CODE>0<SEVERITY>INFO</STATUS><${rs}><CURDEF>USD<${from}><ACCTID>${number}</${from}>` +
      `<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>${amount}<FITID>${number}-1<NAME>SHOP</STMTTRN></BANKTRANLIST>` +
      `</${rs}></${wrapper}>`;
    const answer = parseOfxDocument(
      "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1>" +
        `<BANKMSGSRSV1>${statement("STMTTRNRS", "STMTRS", "BANKACCTFROM", "111", "-1.00")}</BANKMSGSRSV1>` +
        `<CREDITCARDMSGSRSV1>${statement("CCSTMTTRNRS", "CCSTMTRS", "CCACCTFROM", "4000222", "-2.00")}</CREDITCARDMSGSRSV1></OFX>`,
    );
    expect(accountFromDocument(answer, { accountNumber: "4000222" }).transactions[0]?.amount).toBe(-200);
    expect(accountFromDocument(answer, { accountNumber: "111" }).transactions[0]?.amount).toBe(-100);
    // The savings account is missing from the answer: refused, not filled with another account's rows.
    expect(() => accountFromDocument(answer, { accountNumber: "333" })).toThrow(OfxStatementError);
  });

  it("matches each statement by the TRNUID the bank echoes, and guesses from a renumbered reply only for one account", () => {
    // A bank that masks account numbers in its answer ("XXXX0222"), echoing each request's TRNUID.
    const masked = (trnUid: string, amount: string) =>
      parseOfxDocument(
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS></SONRS></SIGNONMSGSRSV1>" +
          `<BANKMSGSRSV1><STMTTRNRS><TRNUID>${trnUid}<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD` +
          "<BANKACCTFROM><ACCTID>XXXX0222</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105" +
          `<TRNAMT>${amount}<FITID>a<NAME>SHOP</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
      );
    const reply = masked("t-2", "-3.00");
    // Asked by TRNUID: found whatever the number says.
    expect(accountFromDocument(reply, { accountNumber: "40000222" }, "t-2", false).transactions).toHaveLength(
      1,
    );
    // Asked for this account alone: the one statement is its answer.
    expect(accountFromDocument(reply, { accountNumber: "40000222" }).transactions[0]?.amount).toBe(-300);
    // Asked for several, and neither the TRNUID nor the number matches: refused, never another account's rows.
    expect(() => accountFromDocument(reply, { accountNumber: "111" }, "t-1", false)).toThrow(
      OfxStatementError,
    );
  });

  it("re-posts once with the session cookie when the first answer is an empty 200 (Vanguard)", async () => {
    const statement = readFileSync(
      path.join(__dirname, "../fixtures/statements/ofx/ofxparse-chase_cc.qfx"),
      "utf8",
    );
    reply = (headers) =>
      headers.cookie === "session=abc"
        ? { body: statement }
        : { body: "", setCookie: "session=abc; Path=/; HttpOnly" };
    const account = await fetchStatement(
      credentials(),
      { accountNumber: "0123012301230123", type: "credit_card" },
      { start: new Date("2020-01-01T00:00:00Z"), ...local() },
    );
    expect(account.transactions).toHaveLength(1);
    expect(received.map((r) => r.headers.cookie)).toEqual([undefined, "session=abc"]);
  });

  it("raises a statement error when sign-on succeeds but the statement fails", async () => {
    reply = {
      body: readFileSync(
        path.join(__dirname, "../fixtures/statements/ofx/ofxparse-error_message.ofx"),
        "utf8",
      ),
    };
    const error = await failure(
      fetchStatement(
        credentials(),
        { accountNumber: "1", type: "checking", bankId: "2" },
        { start: new Date(), ...local() },
      ),
    );
    expect(error).toBeInstanceOf(OfxStatementError);
    expect(error).toMatchObject({ code: 2000, bankMessage: "General Server Error", retryable: false });
  });
});
