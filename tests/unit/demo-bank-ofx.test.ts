import { describe, expect, it } from "vitest";
import { demoBankDeps } from "@/server/demo-bank/deps";
import { demoAccount, demoBalance, demoHistory } from "@/server/demo-bank/history";
import { handleDemoBankRequest } from "@/server/ofx/demo-bank-server";
import { DEMO_BANK_ID, DEMO_FID, DEMO_ORG, DEMO_PASSWORD } from "@/server/ofx/demo-bank-types";
import { parseOfxStatement } from "@/server/ofx/parse";
import { buildBankStatementRequest, buildCreditCardStatementRequest } from "@/server/ofx/requests";

// The generator through the real OFX server and the real client parser: what a sync of the Demo Bank sees.

const NOW = new Date("2026-03-10T15:00:00Z");
const USER = "demo-user-1";
const credentials = {
  url: "http://localhost/api/demo-bank/ofx",
  org: DEMO_ORG,
  fid: DEMO_FID,
  userId: USER,
  password: DEMO_PASSWORD,
};
const range = { start: new Date("2026-02-01T00:00:00Z"), end: NOW };

describe("Demo Bank over OFX", () => {
  it("serves the checking history and balance the generator produces", () => {
    const account = demoAccount(USER, "checking");
    const request = buildBankStatementRequest(
      credentials,
      { bankId: DEMO_BANK_ID, accountId: account.accountNumber, accountType: "checking" },
      range,
      NOW,
    );
    const [statement] = parseOfxStatement(handleDemoBankRequest(request.body, demoBankDeps(NOW))).accounts;
    const expected = demoHistory(USER, "checking", { start: "2026-02-01", end: "2026-03-10" }, "2026-03-10");
    expect(statement?.accountNumber).toBe(account.accountNumber);
    expect(statement?.balance).toBe(demoBalance(USER, "checking", "2026-03-10"));
    expect(statement?.transactions.map((t) => [t.externalId, t.postedOn, t.amount])).toEqual(
      expected.map((t) => [t.fitid, t.postedOn, t.amount]),
    );
  });

  it("serves card purchases negative with their transaction dates", () => {
    const account = demoAccount(USER, "credit_card");
    const request = buildCreditCardStatementRequest(credentials, account.accountNumber, range, NOW);
    const [statement] = parseOfxStatement(handleDemoBankRequest(request.body, demoBankDeps(NOW))).accounts;
    const expected = demoHistory(
      USER,
      "credit_card",
      { start: "2026-02-01", end: "2026-03-10" },
      "2026-03-10",
    );
    expect(statement?.balance).toBeLessThan(0);
    expect(statement?.transactions.map((t) => [t.externalId, t.postedOn, t.transactedOn, t.amount])).toEqual(
      expected.map((t) => [t.fitid, t.postedOn, t.transactedOn, t.amount]),
    );
    expect(statement?.transactions.map((t) => t.description)).toContain("TRADER JOE S #123");
  });
});
