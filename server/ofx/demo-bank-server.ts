import "server-only";

import { createHash } from "node:crypto";
import { formatDecimal } from "@/lib/money";
import { formatOfxDateTime, isoDateToOfx, parseOfxDate } from "./dates";
import {
  DEMO_BANK_ID,
  DEMO_FID,
  DEMO_ORG,
  DEMO_PASSWORD,
  type DemoAccountKind,
  type DemoTransaction,
} from "./demo-bank-types";
import { findAggregate, findAllAggregates, findLeaf, leafText, type OfxAggregate } from "./elements";
import { parseOfxTree } from "./sgml";
import { aggregate, leaf, sgmlDocument } from "./sgml-writer";

// The Demo Bank's OFX Direct Connect server as a pure function: request text in, OFX 1.02 SGML out.
// It answers the way real banks do (sign-on status, per-request TRNUID echo, statement-level errors), so
// the Direct Connect client is exercised end to end without a real bank.

export type DemoBankDeps = {
  history: (
    userId: string,
    accountKind: DemoAccountKind,
    range: { start: string; end: string },
  ) => DemoTransaction[];
  /** The ledger balance in cents on `asOf` (YYYY-MM-DD, today). */
  balances: (userId: string, accountKind: DemoAccountKind, asOf: string) => number;
  today: Date;
  /** The account numbers to serve; server/demo-bank has its own, so the wiring passes them in. */
  accounts?: (userId: string) => DemoAccountIds;
};

export type DemoAccountIds = { checking: string; creditCard: string };

/** Default account numbers, derived from the user id so the same login always sees the same accounts. */
export function demoAccountIds(userId: string): DemoAccountIds {
  const digits = BigInt(`0x${createHash("sha256").update(userId).digest("hex").slice(0, 15)}`)
    .toString()
    .padStart(18, "0");
  return { checking: `10${digits.slice(0, 8)}`, creditCard: `4000${digits.slice(-12)}` };
}

const DEFAULT_HISTORY_DAYS = 90;
// Real banks cut NAME at 32 characters and carry the full text in MEMO.
const NAME_LIMIT = 32;

export function handleDemoBankRequest(requestBody: string, deps: DemoBankDeps): string {
  let request: OfxAggregate;
  try {
    request = parseOfxTree(requestBody).root;
  } catch {
    return respond([signonResponse(deps.today, 2000, "ERROR", "The request is not an OFX document")]);
  }
  const sonrq = findAggregate(request, "SONRQ");
  const userId = leafText(sonrq, "USERID");
  if (!userId || leafText(sonrq, "USERPASS") !== DEMO_PASSWORD) {
    return respond([signonResponse(deps.today, 15500, "ERROR", "Invalid user ID or password")]);
  }
  const ids = (deps.accounts ?? demoAccountIds)(userId);
  const sets: string[] = [signonResponse(deps.today, 0, "INFO", "Success")];

  const accountInfo = findAllAggregates(request, "ACCTINFOTRNRQ").map((rq) =>
    transactionResponse("ACCTINFOTRNRS", rq, success(), accountInfoResponse(ids, deps.today)),
  );
  if (accountInfo.length > 0) sets.push(aggregate("SIGNUPMSGSRSV1", accountInfo));

  const bank = findAllAggregates(request, "STMTTRNRQ").map((rq) => {
    const accountId = leafText(findAggregate(rq, "BANKACCTFROM"), "ACCTID");
    if (accountId !== ids.checking) return transactionResponse("STMTTRNRS", rq, unknownAccount(), null);
    const from = aggregate("BANKACCTFROM", [
      leaf("BANKID", DEMO_BANK_ID),
      leaf("ACCTID", ids.checking),
      leaf("ACCTTYPE", "CHECKING"),
    ]);
    return transactionResponse(
      "STMTTRNRS",
      rq,
      success(),
      statement("STMTRS", from, userId, "checking", rq, deps),
    );
  });
  if (bank.length > 0) sets.push(aggregate("BANKMSGSRSV1", bank));

  const card = findAllAggregates(request, "CCSTMTTRNRQ").map((rq) => {
    const accountId = leafText(findAggregate(rq, "CCACCTFROM"), "ACCTID");
    if (accountId !== ids.creditCard) return transactionResponse("CCSTMTTRNRS", rq, unknownAccount(), null);
    const from = aggregate("CCACCTFROM", [leaf("ACCTID", ids.creditCard)]);
    return transactionResponse(
      "CCSTMTTRNRS",
      rq,
      success(),
      statement("CCSTMTRS", from, userId, "credit_card", rq, deps),
    );
  });
  if (card.length > 0) sets.push(aggregate("CREDITCARDMSGSRSV1", card));

  return respond(sets);
}

function respond(messageSets: string[]): string {
  return sgmlDocument(aggregate("OFX", messageSets), { version: 102 });
}

function status(code: number, severity: "INFO" | "ERROR", message: string): string {
  return aggregate("STATUS", [leaf("CODE", code), leaf("SEVERITY", severity), leaf("MESSAGE", message)]);
}

const success = () => status(0, "INFO", "Success");
const unknownAccount = () => status(2000, "ERROR", "Unknown account");

function signonResponse(today: Date, code: number, severity: "INFO" | "ERROR", message: string): string {
  return aggregate("SIGNONMSGSRSV1", [
    aggregate("SONRS", [
      status(code, severity, message),
      leaf("DTSERVER", formatOfxDateTime(today)),
      leaf("LANGUAGE", "ENG"),
      aggregate("FI", [leaf("ORG", DEMO_ORG), leaf("FID", DEMO_FID)]),
    ]),
  ]);
}

function transactionResponse(
  name: string,
  rq: OfxAggregate,
  statusPart: string,
  body: string | null,
): string {
  const cookie = leafText(rq, "CLTCOOKIE");
  return aggregate(name, [
    leaf("TRNUID", leafText(rq, "TRNUID") ?? "0"),
    statusPart,
    cookie && leaf("CLTCOOKIE", cookie),
    body,
  ]);
}

function accountInfoResponse(ids: DemoAccountIds, today: Date): string {
  const service = [
    leaf("SUPTXDL", "Y"),
    leaf("XFERSRC", "N"),
    leaf("XFERDEST", "N"),
    leaf("SVCSTATUS", "ACTIVE"),
  ];
  return aggregate("ACCTINFORS", [
    leaf("DTACCTUP", formatOfxDateTime(today)),
    aggregate("ACCTINFO", [
      leaf("DESC", "Demo Checking"),
      aggregate("BANKACCTINFO", [
        aggregate("BANKACCTFROM", [
          leaf("BANKID", DEMO_BANK_ID),
          leaf("ACCTID", ids.checking),
          leaf("ACCTTYPE", "CHECKING"),
        ]),
        ...service,
      ]),
    ]),
    aggregate("ACCTINFO", [
      leaf("DESC", "Demo Rewards Card"),
      aggregate("CCACCTINFO", [aggregate("CCACCTFROM", [leaf("ACCTID", ids.creditCard)]), ...service]),
    ]),
  ]);
}

function statement(
  name: "STMTRS" | "CCSTMTRS",
  accountFrom: string,
  userId: string,
  kind: DemoAccountKind,
  rq: OfxAggregate,
  deps: DemoBankDeps,
): string {
  const today = deps.today.toISOString().slice(0, 10);
  const requestedStart = parseOfxDate(findLeaf(rq, "DTSTART")?.value ?? "")?.date;
  const start =
    requestedStart ??
    new Date(deps.today.getTime() - DEFAULT_HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const requestedEnd = parseOfxDate(findLeaf(rq, "DTEND")?.value ?? "")?.date;
  const end = requestedEnd && requestedEnd < today ? requestedEnd : today;
  const transactions = deps
    .history(userId, kind, { start, end })
    .filter((t) => t.postedOn >= start && t.postedOn <= end);
  return aggregate(name, [
    leaf("CURDEF", "USD"),
    accountFrom,
    aggregate("BANKTRANLIST", [
      leaf("DTSTART", `${isoDateToOfx(start)}000000.000[-5:EST]`),
      leaf("DTEND", `${isoDateToOfx(end)}235959.000[-5:EST]`),
      ...transactions.map(statementTransaction),
    ]),
    aggregate("LEDGERBAL", [
      leaf("BALAMT", formatDecimal(deps.balances(userId, kind, today))),
      leaf("DTASOF", formatOfxDateTime(deps.today)),
    ]),
  ]);
}

function statementTransaction(t: DemoTransaction): string {
  const memo = t.memo ?? (t.name.length > NAME_LIMIT ? t.name : undefined);
  return aggregate("STMTTRN", [
    leaf("TRNTYPE", t.type),
    leaf("DTPOSTED", `${isoDateToOfx(t.postedOn)}120000.000[-5:EST]`),
    leaf("DTUSER", `${isoDateToOfx(t.transactedOn)}120000.000[-5:EST]`),
    leaf("TRNAMT", formatDecimal(t.amount)),
    leaf("FITID", t.fitid),
    leaf("NAME", t.name.slice(0, NAME_LIMIT)),
    memo && leaf("MEMO", memo),
  ]);
}
