import "server-only";

import { type ParsedAccount, StatementParseError } from "@/server/statements/types";
import { type BankTransport, defaultBankTransport } from "./bank-transport";
import { findAllAggregates } from "./elements";
import { OfxSignonError, OfxStatementError, OfxUnreachableError, redact } from "./errors";
import { mergeStatements, parseOfxDocument } from "./parse";
import {
  buildAccountInfoRequest,
  buildStatementsRequest,
  type OfxCredentials,
  type OfxRequest,
  type StatementRequestItem,
} from "./requests";
import { decodeEntities } from "./sgml";
import { readStatus } from "./statement";
import { isErrorStatus, type OfxAccountInfo, type OfxDocument } from "./types";

// OFX Direct Connect over HTTP. Every failure is sorted into one of three errors (see errors.ts) so the
// sync job can decide between "retry later" and "ask the user", and no error text ever holds the password.
// Requests go out only through a BankTransport (bank-transport.ts), which decides where they may go.

export type FetchOfxOptions = {
  /** The whole exchange, redirects and the cookie retry included. */
  timeoutMs?: number;
  /** Tests inject one with their own resolver or a stand-in bank; the app uses defaultBankTransport(). */
  transport?: BankTransport;
  /** Receives the reply's text once it is known to be OFX, before any status check: the sync keeps it. */
  onRawResponse?: (text: string) => void | Promise<void>;
};

/** POSTs one request and returns the parsed reply once sign-on and every transaction status are fine. */
export async function fetchOfx(request: OfxRequest, options: FetchOfxOptions = {}): Promise<OfxDocument> {
  const secret = passwordIn(request.body);
  const { status, text } = await post(request, options);
  if (status >= 500) {
    throw new OfxUnreachableError(
      `The bank's OFX server is having trouble (HTTP ${status}). Tally will try again later.`,
      "http_status",
      status,
    );
  }
  // Bot protection and retired endpoints answer with HTML login or "Access Denied" pages, often with 200.
  if (!/<OFX\s*>/i.test(text)) {
    throw new OfxUnreachableError(
      `The bank answered with something other than OFX data (HTTP ${status}); its Direct Connect service may be blocked or retired.`,
      "not_ofx",
      status,
    );
  }
  await options.onRawResponse?.(text);
  let document: OfxDocument;
  try {
    document = parseOfxDocument(text);
  } catch (error) {
    // The reason names the line ("Line 40: … has an amount that is not a number"), never the request.
    const reason = error instanceof StatementParseError ? ` ${redact(error.message, secret)}` : "";
    throw new OfxUnreachableError(`The bank's answer could not be read as OFX.${reason}`, "not_ofx", status, {
      cause: error,
    });
  }
  const { signon } = document;
  if (!signon) {
    throw new OfxUnreachableError("The bank's answer has no sign-on response.", "not_ofx", status);
  }
  if (signon.code !== 0 && (isErrorStatus(signon) || [15000, 15500, 15510].includes(signon.code))) {
    throw new OfxSignonError(signon.code, signon.message && redact(signon.message, secret));
  }
  for (const statement of document.statements) {
    if (statement.status && isErrorStatus(statement.status)) {
      const message = statement.status.message && redact(statement.status.message, secret);
      throw new OfxStatementError(
        statement.status.code,
        message,
        statement.account.accountNumber ?? undefined,
      );
    }
  }
  for (const wrapper of findAllAggregates(document.root, "ACCTINFOTRNRS")) {
    const infoStatus = readStatus(wrapper);
    if (infoStatus && isErrorStatus(infoStatus)) {
      throw new OfxStatementError(infoStatus.code, infoStatus.message && redact(infoStatus.message, secret));
    }
  }
  return document;
}

/** The accounts this login can download (ACCTINFORS). */
export async function listAccounts(
  credentials: OfxCredentials,
  options: FetchOfxOptions = {},
): Promise<OfxAccountInfo[]> {
  const document = await fetchOfx(buildAccountInfoRequest(credentials), options);
  return document.accountInfo;
}

export type StatementAccount = Pick<OfxAccountInfo, "accountNumber" | "type"> &
  Partial<Pick<OfxAccountInfo, "kind" | "bankId" | "ofxAccountType">>;

/** The statement request for one account: CCSTMTRQ for a credit card, STMTRQ with its ACCTTYPE otherwise. */
export function buildStatementRequest(
  credentials: OfxCredentials,
  account: StatementAccount,
  range: { start: Date; end?: Date },
): OfxRequest {
  return buildAccountsStatementRequest(credentials, [account], range);
}

/**
 * Every account of a login in one request: the bank signs the user on once (banks count and limit sign-ons) and
 * answers one statement per account, matched back by trnUids (in the order of `accounts`).
 */
export function buildAccountsStatementRequest(
  credentials: OfxCredentials,
  accounts: readonly StatementAccount[],
  range: { start: Date; end?: Date },
): OfxRequest & { trnUids: string[] } {
  return buildStatementsRequest(credentials, accounts.map(statementRequestItem), range);
}

function statementRequestItem(account: StatementAccount): StatementRequestItem {
  if (account.kind === "investment") {
    throw new Error("Investment accounts are not downloaded over OFX yet.");
  }
  return account.type === "credit_card"
    ? { kind: "credit_card", accountId: account.accountNumber }
    : {
        kind: "bank",
        account: {
          bankId: account.bankId ?? "",
          accountId: account.accountNumber,
          accountType: account.ofxAccountType ?? OFX_ACCOUNT_TYPES[account.type],
        },
      };
}

/** One account's transactions and ledger balance out of a statement reply. */
export function accountFromDocument(
  document: OfxDocument,
  account: Pick<StatementAccount, "accountNumber">,
  trnUid?: string,
  /** The request asked for this account alone: a reply about one account is its answer whatever the number. */
  onlyAccountAsked = true,
): ParsedAccount {
  const statement =
    (trnUid ? document.statements.find((s) => s.trnUid === trnUid) : undefined) ??
    document.statements.find((s) => s.account.accountNumber === account.accountNumber) ??
    (onlyAccountAsked ? onlyAccountsStatement(document) : undefined);
  if (!statement) throw new OfxStatementError(2000, "The bank sent no statement for this account.");
  // A card's reply can hold one statement per billing cycle: together they are this account's.
  const number = statement.account.accountNumber;
  const same = document.statements.filter(
    (s) => number !== null && s.kind === statement.kind && s.account.accountNumber === number,
  );
  return mergeStatements(same.length > 0 ? same : [statement])[0]!;
}

/**
 * A reply about a single account whose number the bank wrote differently from ours (leading zeros, a masked
 * number), to a request about that account alone: that statement is the one asked for. A reply about several
 * accounts, or to a request for several, is never guessed from: another account's statement would be imported
 * into this one. (Those are matched by the TRNUID the bank echoes.)
 */
function onlyAccountsStatement(document: OfxDocument) {
  const numbers = new Set(document.statements.map((s) => s.account.accountNumber));
  return numbers.size === 1 ? document.statements[0] : undefined;
}

/** Transactions since `start` and the ledger balance for one account. */
export async function fetchStatement(
  credentials: OfxCredentials,
  account: StatementAccount,
  range: { start: Date; end?: Date } & FetchOfxOptions,
): Promise<ParsedAccount> {
  const { timeoutMs, transport, onRawResponse, ...dates } = range;
  const request = buildStatementRequest(credentials, account, dates);
  const document = await fetchOfx(request, { timeoutMs, transport, onRawResponse });
  return accountFromDocument(document, account, request.trnUid);
}

const OFX_ACCOUNT_TYPES = {
  checking: "CHECKING",
  savings: "SAVINGS",
  credit_card: "CHECKING",
  other: "CHECKING",
};

async function post(
  request: OfxRequest,
  options: FetchOfxOptions,
): Promise<{ status: number; text: string }> {
  const { timeoutMs = 30_000, transport = defaultBankTransport() } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const send = (cookie?: string) =>
    transport({
      url: request.url,
      headers: {
        "Content-Type": "application/x-ofx",
        Accept: "application/x-ofx",
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: request.body,
      signal: controller.signal,
    });
  try {
    let response = await send();
    // Vanguard's first answer was an empty 200 that only set a session cookie; the same POST then works.
    const ok = response.status >= 200 && response.status < 300;
    if (ok && response.text.trim() === "" && response.setCookies.length > 0) {
      response = await send(response.setCookies.map((c) => c.split(";")[0]).join("; "));
    }
    return { status: response.status, text: response.text };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new OfxUnreachableError(
        `The bank's OFX server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
        "timeout",
        undefined,
        { cause: error },
      );
    }
    if (error instanceof OfxUnreachableError) throw error;
    throw new OfxUnreachableError("Could not connect to the bank's OFX server.", "network", undefined, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

function passwordIn(body: string): string {
  const match = /<USERPASS>([^<\r\n]*)/i.exec(body);
  return match?.[1] ? decodeEntities(match[1]) : "";
}
