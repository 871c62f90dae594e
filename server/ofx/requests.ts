import "server-only";

import { randomUUID } from "node:crypto";
import { formatOfxDate, formatOfxDateTime } from "./dates";
import { aggregate, leaf, type SgmlPart, sgmlDocument } from "./sgml-writer";

// OFX 1.x Direct Connect requests. Servers accept only the client identities they know (Quicken's QWIN
// 2700 by default), and the version, APPID/APPVER and CLIENTUID are configurable per institution.

export type OfxCredentials = {
  url: string;
  org: string;
  fid: string;
  userId: string;
  password: string;
  appId?: string;
  appVersion?: string;
  version?: 102 | 103;
  /** Stable per installation; the first use makes the bank ask the user to approve the new device (15510). */
  clientUid?: string;
};

/** A ready-to-send request. The body holds the password: never log it or put it in an error. */
export type OfxRequest = { url: string; body: string; trnUid: string };

export type BankAccountRef = { bankId: string; accountId: string; accountType: string };
export type StatementRange = { start: Date; end?: Date };

/** SIGNUPMSGSRQV1/ACCTINFORQ: which accounts this login can download. */
export function buildAccountInfoRequest(credentials: OfxCredentials, now = new Date()): OfxRequest {
  const trnUid = randomUUID();
  // USAA is reported to reject every DTACCTUP but this one; "since 1990" means "all accounts" anywhere.
  const body = aggregate("SIGNUPMSGSRQV1", [
    aggregate("ACCTINFOTRNRQ", [
      leaf("TRNUID", trnUid),
      aggregate("ACCTINFORQ", [leaf("DTACCTUP", "19900101")]),
    ]),
  ]);
  return document(credentials, [body], trnUid, now);
}

/** One account's statement in a request: a bank account (STMTRQ) or a credit card (CCSTMTRQ). */
export type StatementRequestItem =
  | { kind: "bank"; account: BankAccountRef }
  | { kind: "credit_card"; accountId: string };

/**
 * Several accounts' statements in one request, as Quicken's one-step update asks: one sign-on, bank statements
 * under BANKMSGSRQV1 and cards under CREDITCARDMSGSRQV1, each with its own TRNUID (trnUids, in the order given),
 * which the bank echoes on each statement of its answer.
 */
export function buildStatementsRequest(
  credentials: OfxCredentials,
  items: readonly StatementRequestItem[],
  range: StatementRange,
  now = new Date(),
): OfxRequest & { trnUids: string[] } {
  if (items.length === 0) throw new Error("A statement request needs at least one account.");
  const trnUids = items.map(() => randomUUID());
  const bank: string[] = [];
  const cards: string[] = [];
  items.forEach((item, index) => {
    const trnUid = leaf("TRNUID", trnUids[index]!);
    if (item.kind === "bank") {
      const from = aggregate("BANKACCTFROM", [
        leaf("BANKID", item.account.bankId),
        leaf("ACCTID", item.account.accountId),
        leaf("ACCTTYPE", item.account.accountType.toUpperCase()),
      ]);
      bank.push(aggregate("STMTTRNRQ", [trnUid, aggregate("STMTRQ", [from, incTran(range)])]));
    } else {
      const from = aggregate("CCACCTFROM", [leaf("ACCTID", item.accountId)]);
      cards.push(aggregate("CCSTMTTRNRQ", [trnUid, aggregate("CCSTMTRQ", [from, incTran(range)])]));
    }
  });
  const messageSets = [
    bank.length > 0 && aggregate("BANKMSGSRQV1", bank),
    cards.length > 0 && aggregate("CREDITCARDMSGSRQV1", cards),
  ];
  return { ...document(credentials, messageSets, trnUids[0]!, now), trnUids };
}

/** BANKMSGSRQV1/STMTRQ for a checking, savings, money-market or credit-line account. */
export function buildBankStatementRequest(
  credentials: OfxCredentials,
  account: BankAccountRef,
  range: StatementRange,
  now = new Date(),
): OfxRequest {
  return buildStatementsRequest(credentials, [{ kind: "bank", account }], range, now);
}

/** CREDITCARDMSGSRQV1/CCSTMTRQ. */
export function buildCreditCardStatementRequest(
  credentials: OfxCredentials,
  accountId: string,
  range: StatementRange,
  now = new Date(),
): OfxRequest {
  return buildStatementsRequest(credentials, [{ kind: "credit_card", accountId }], range, now);
}

function incTran(range: StatementRange): string {
  return aggregate("INCTRAN", [
    leaf("DTSTART", formatOfxDate(range.start)),
    range.end && leaf("DTEND", formatOfxDate(range.end)),
    leaf("INCLUDE", "Y"),
  ]);
}

function document(
  credentials: OfxCredentials,
  messageSets: SgmlPart[],
  trnUid: string,
  now: Date,
): OfxRequest {
  const version = credentials.version ?? 102;
  // 1.0.2 servers may reject CLIENTUID as an unknown element, so it goes only with 103.
  const clientUid = version >= 103 ? credentials.clientUid : undefined;
  const signon = aggregate("SIGNONMSGSRQV1", [
    aggregate("SONRQ", [
      leaf("DTCLIENT", formatOfxDateTime(now)),
      leaf("USERID", credentials.userId),
      leaf("USERPASS", credentials.password),
      leaf("LANGUAGE", "ENG"),
      aggregate("FI", [leaf("ORG", credentials.org), leaf("FID", credentials.fid)]),
      leaf("APPID", credentials.appId ?? "QWIN"),
      leaf("APPVER", credentials.appVersion ?? "2700"),
      clientUid && leaf("CLIENTUID", clientUid),
    ]),
  ]);
  const body = sgmlDocument(aggregate("OFX", [signon, ...messageSets]), {
    version,
    newFileUid: trnUid.replaceAll("-", ""),
  });
  return { url: credentials.url, body, trnUid };
}
