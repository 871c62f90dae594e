import { describe, expect, it } from "vitest";
import type { BankTransport } from "@/server/ofx/bank-transport";
import { fetchStatement, listAccounts } from "@/server/ofx/client";
import { type DemoBankDeps, demoAccountIds, handleDemoBankRequest } from "@/server/ofx/demo-bank-server";
import { DEMO_FID, DEMO_ORG, DEMO_PASSWORD, type DemoTransaction } from "@/server/ofx/demo-bank-types";
import { OfxSignonError, OfxStatementError } from "@/server/ofx/errors";
import { parseOfxDocument, parseOfxStatement } from "@/server/ofx/parse";
import {
  buildAccountInfoRequest,
  buildBankStatementRequest,
  type OfxCredentials,
} from "@/server/ofx/requests";

// The Demo Bank answers our own client's requests; the transport hands the body straight to the pure handler,
// so the round trip covers builders, server and parser together.

const TODAY = new Date("2024-03-15T18:00:00Z");

const CHECKING: DemoTransaction[] = [
  {
    fitid: "c-1",
    postedOn: "2024-02-20",
    transactedOn: "2024-02-20",
    amount: 285000,
    name: "ACME CORP PAYROLL",
    type: "DIRECTDEP",
  },
  {
    fitid: "c-2",
    postedOn: "2024-03-01",
    transactedOn: "2024-03-01",
    amount: -175000,
    name: "RENT & UTILITIES LLC",
    type: "CHECK",
  },
  {
    fitid: "c-3",
    postedOn: "2024-03-20",
    transactedOn: "2024-03-20",
    amount: -100,
    name: "FUTURE ROW",
    type: "DEBIT",
  },
];
const CARD: DemoTransaction[] = [
  {
    fitid: "k-1",
    postedOn: "2024-03-12",
    transactedOn: "2024-03-10",
    amount: -575,
    name: "SQ *BLUE BOTTLE COFFEE",
    type: "POS",
  },
  {
    fitid: "k-2",
    postedOn: "2024-03-14",
    transactedOn: "2024-03-13",
    amount: -4299,
    name: "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA",
    type: "DEBIT",
  },
];

const calls: Array<{ userId: string; kind: string; start: string; end: string }> = [];
const deps: DemoBankDeps = {
  history: (userId, kind, range) => {
    calls.push({ userId, kind, ...range });
    return kind === "checking" ? CHECKING : CARD;
  },
  balances: (_userId, kind) => (kind === "checking" ? 123456 : -4874),
  today: TODAY,
};

const transport: BankTransport = async (request) => ({
  status: 200,
  setCookies: [],
  text: handleDemoBankRequest(request.body, deps),
});

const credentials = (password = DEMO_PASSWORD): OfxCredentials => ({
  url: "https://demo.invalid/ofx",
  org: DEMO_ORG,
  fid: DEMO_FID,
  userId: "user-123",
  password,
});

describe("Demo Bank OFX server", () => {
  it("lists a checking account and a card whose numbers depend only on the user id", async () => {
    const accounts = await listAccounts(credentials(), { transport });
    const ids = demoAccountIds("user-123");
    expect(accounts).toEqual([
      expect.objectContaining({ accountNumber: ids.checking, type: "checking", name: "Demo Checking" }),
      expect.objectContaining({
        accountNumber: ids.creditCard,
        type: "credit_card",
        name: "Demo Rewards Card",
      }),
    ]);
    expect(demoAccountIds("user-123")).toEqual(ids);
    expect(demoAccountIds("user-456").checking).not.toBe(ids.checking);
  });

  it("serves the checking statement from DTSTART to today with the ledger balance", async () => {
    calls.length = 0;
    const [checking] = await listAccounts(credentials(), { transport });
    if (!checking) throw new Error("no checking account");
    const account = await fetchStatement(credentials(), checking, {
      start: new Date("2024-02-01"),
      transport,
    });
    expect(calls).toEqual([{ userId: "user-123", kind: "checking", start: "2024-02-01", end: "2024-03-15" }]);
    expect(account).toMatchObject({
      type: "checking",
      currency: "USD",
      balance: 123456,
      balanceAsOf: "2024-03-15",
    });
    // The row posted after today is not served even though the history returned it.
    expect(account.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description])).toEqual([
      ["c-1", "2024-02-20", 285000, "ACME CORP PAYROLL"],
      ["c-2", "2024-03-01", -175000, "RENT & UTILITIES LLC"],
    ]);
  });

  it("serves the card statement with DTUSER and cuts long names to 32 characters like a bank", async () => {
    const card = { accountNumber: demoAccountIds("user-123").creditCard, type: "credit_card" as const };
    const account = await fetchStatement(credentials(), card, { start: new Date("2024-03-01"), transport });
    expect(account.balance).toBe(-4874);
    expect(account.transactions[0]).toMatchObject({
      externalId: "k-1",
      postedOn: "2024-03-12",
      transactedOn: "2024-03-10",
      amount: -575,
      description: "SQ *BLUE BOTTLE COFFEE",
    });
    // NAME holds the first 32 characters, MEMO the full text, and the parser picks the full one.
    expect(account.transactions[1]).toMatchObject({
      amount: -4299,
      memo: "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA",
      description: "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA",
    });
  });

  it("answers a wrong password with sign-on 15500", async () => {
    const response = handleDemoBankRequest(buildAccountInfoRequest(credentials("nope")).body, deps);
    expect(parseOfxDocument(response).signon).toMatchObject({
      code: 15500,
      severity: "ERROR",
      message: "Invalid user ID or password",
    });
    expect(() => parseOfxStatement(response)).toThrow(
      "The bank refused the sign-on (code 15500): Invalid user ID or password",
    );
    await expect(listAccounts(credentials("nope"), { transport })).rejects.toMatchObject({
      kind: "invalid_credentials",
    });
    await expect(listAccounts(credentials("nope"), { transport })).rejects.toBeInstanceOf(OfxSignonError);
  });

  it("answers an unknown account with statement status 2000 and echoes the TRNUID", async () => {
    const request = buildBankStatementRequest(
      credentials(),
      { bankId: "999999999", accountId: "0000000000", accountType: "CHECKING" },
      { start: new Date("2024-03-01") },
    );
    const document = parseOfxDocument(handleDemoBankRequest(request.body, deps));
    expect(document.signon?.code).toBe(0);
    expect(document.statements[0]).toMatchObject({
      trnUid: request.trnUid,
      status: { code: 2000, severity: "ERROR", message: "Unknown account" },
    });
    const error = fetchStatement(
      credentials(),
      { accountNumber: "0000000000", type: "checking", bankId: "999999999" },
      { start: new Date("2024-03-01"), transport },
    );
    await expect(error).rejects.toBeInstanceOf(OfxStatementError);
  });

  it("writes OFX 1.02 SGML a v1 parser can read", () => {
    const response = handleDemoBankRequest(buildAccountInfoRequest(credentials()).body, deps);
    expect(response.startsWith("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n")).toBe(true);
    expect(parseOfxDocument(response).signon).toMatchObject({ code: 0, org: DEMO_ORG, fid: DEMO_FID });
  });

  it("answers a request that is not OFX with a sign-on error instead of throwing", () => {
    expect(parseOfxDocument(handleDemoBankRequest("hello", deps)).signon).toMatchObject({ code: 2000 });
  });
});
