import "server-only";

import {
  type ParsedAccount,
  type ParsedStatement,
  type ParsedTransaction,
  StatementParseError,
} from "@/server/statements/types";
import { parseOfxDate } from "./dates";
import {
  aggregates,
  findAggregate,
  findAllAggregates,
  leafText,
  type OfxAggregate,
  STATEMENT_KINDS,
  STATEMENT_WRAPPERS,
  type StatementKind,
} from "./elements";
import { parseOfxTree } from "./sgml";
import { mapBankAccountType, readStatement, readStatus, toParsedTransaction } from "./statement";
import {
  isErrorStatus,
  type OfxAccountInfo,
  type OfxDocument,
  type OfxSignon,
  type OfxStatement,
} from "./types";

/**
 * Reads an OFX 1.x/2.x or QFX text into its sign-on status, statements and account list. Bank errors are
 * data here (see parseOfxStatement for uploads); this throws StatementParseError only for text that is not
 * OFX at all or has nothing readable in it.
 */
export function parseOfxDocument(text: string): OfxDocument {
  const { header, root, warnings } = parseOfxTree(text);
  const statements = collectStatements(root, warnings);
  // Transactions with no statement around them (no STMTRS/CCSTMTRS: a hand-made or broken export) are still
  // the file's transactions: read as one account rather than reported as "no statements".
  if (statements.length === 0 && findAggregate(root, "STMTTRN")) {
    const kind: StatementKind = findAggregate(root, "CREDITCARDMSGSRSV1") ? "credit_card" : "bank";
    warnings.push({
      message:
        "The file lists its transactions outside any statement (no STMTRS); they were read as one account.",
    });
    statements.push(readStatement(kind, root, null, warnings));
  }
  return { header, signon: readSignon(root), statements, accountInfo: readAccountInfo(root), warnings, root };
}

/** An uploaded OFX/QFX file into Tally's statement shape. A bank's refusal becomes a StatementParseError. */
export function parseOfxStatement(text: string): ParsedStatement {
  const document = parseOfxDocument(text);
  const { signon } = document;
  if (signon && isErrorStatus(signon)) {
    throw new StatementParseError(
      `The bank refused the sign-on (code ${signon.code})${signon.message ? `: ${signon.message}` : "."}`,
    );
  }
  const warnings = [...document.warnings];
  const failed = document.statements.filter((statement) => isErrorStatus(statement.status));
  const succeeded = document.statements.filter((statement) => !isErrorStatus(statement.status));
  const firstFailure = failed[0]?.status;
  if (firstFailure && succeeded.length === 0) {
    throw new StatementParseError(
      `The bank could not produce the statement (code ${firstFailure.code})${firstFailure.message ? `: ${firstFailure.message}` : "."}`,
    );
  }
  // With other statements readable, one refused account should not block the rest of the file.
  for (const { status } of failed) {
    warnings.push({
      message: `The bank could not produce one statement (code ${status?.code}): ${status?.message ?? "no reason given"}.`,
    });
  }
  if (document.statements.length === 0) {
    warnings.push({ message: "The file holds no statements, so there is nothing to import." });
  }
  return { format: "ofx", accounts: mergeStatements(succeeded), warnings };
}

/**
 * A card downloaded over several billing cycles comes as several statements for one account number:
 * they are one account. Their transactions are joined (a transaction two overlapping statements both list
 * is kept once), and the balance is the latest one.
 */
export function mergeStatements(statements: OfxStatement[]): ParsedAccount[] {
  const merged = new Map<string, ParsedAccount>();
  const out: ParsedAccount[] = [];
  for (const { kind, account } of statements) {
    const transactions = account.transactions.map(toParsedTransaction);
    const key = account.accountNumber === null ? null : `${kind}\u0000${account.accountNumber}`;
    const existing = key === null ? undefined : merged.get(key);
    if (!existing) {
      const fresh = { ...account, transactions };
      if (key !== null) merged.set(key, fresh);
      out.push(fresh);
      continue;
    }
    const seen = new Set(existing.transactions.map(sameTransaction));
    existing.transactions.push(...transactions.filter((t) => !seen.has(sameTransaction(t))));
    if (
      account.balance !== null &&
      (existing.balance === null || (account.balanceAsOf ?? "") >= (existing.balanceAsOf ?? ""))
    ) {
      existing.balance = account.balance;
      existing.balanceAsOf = account.balanceAsOf ?? null;
    }
    existing.currency ??= account.currency;
  }
  return out;
}

// Two statements list the same transaction with the same id, day, amount and text; one statement can list
// two different ones under one id (Ally), which stay two.
function sameTransaction(t: ParsedTransaction): string {
  return [t.externalId ?? "", t.postedOn, t.amount, t.description].join("\u0000");
}

type Frame =
  | { step: "visit"; node: OfxAggregate; wrapper: OfxAggregate | null }
  | { step: "statement"; node: OfxAggregate; kind: StatementKind; wrapper: OfxAggregate | null }
  | { step: "wrapper"; node: OfxAggregate; kind: StatementKind }
  | { step: "after-wrapper"; node: OfxAggregate; kind: StatementKind; before: number };

/** Every statement in document order, found with an explicit stack (no recursion depth a file can reach). */
function collectStatements(root: OfxAggregate, warnings: OfxDocument["warnings"]): OfxStatement[] {
  const out: OfxStatement[] = [];
  const stack: Frame[] = [{ step: "visit", node: root, wrapper: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    switch (frame.step) {
      case "statement":
        out.push(readStatement(frame.kind, frame.node, frame.wrapper, warnings));
        break;
      case "wrapper":
        // Its statements are read first; then, if there were none, the wrapper's STATUS says why.
        stack.push({ step: "after-wrapper", node: frame.node, kind: frame.kind, before: out.length });
        stack.push({ step: "visit", node: frame.node, wrapper: frame.node });
        break;
      case "after-wrapper":
        if (out.length === frame.before) out.push(readStatement(frame.kind, null, frame.node, warnings));
        break;
      case "visit": {
        const children = aggregates(frame.node);
        for (let i = children.length - 1; i >= 0; i--) {
          const child = children[i]!;
          const statementKind = STATEMENT_KINDS[child.name as keyof typeof STATEMENT_KINDS];
          const wrapperKind = STATEMENT_WRAPPERS[child.name as keyof typeof STATEMENT_WRAPPERS];
          if (statementKind) {
            stack.push({ step: "statement", node: child, kind: statementKind, wrapper: frame.wrapper });
          } else if (wrapperKind) {
            stack.push({ step: "wrapper", node: child, kind: wrapperKind });
          } else {
            stack.push({ step: "visit", node: child, wrapper: frame.wrapper });
          }
        }
        break;
      }
    }
  }
  return out;
}

function readSignon(root: OfxAggregate): OfxSignon | null {
  const sonrs = findAggregate(root, "SONRS");
  const status = readStatus(sonrs);
  if (!sonrs || !status) return null;
  const fi = findAggregate(sonrs, "FI");
  const org = leafText(fi, "ORG");
  const fid = leafText(fi, "FID");
  const intuBid = leafText(sonrs, "INTU.BID");
  const serverTime = parseOfxDate(leafText(sonrs, "DTSERVER") ?? "")?.instant;
  return {
    ...status,
    ...(org ? { org } : {}),
    ...(fid ? { fid } : {}),
    ...(intuBid ? { intuBid } : {}),
    ...(serverTime ? { serverTime } : {}),
  };
}

function readAccountInfo(root: OfxAggregate): OfxAccountInfo[] {
  const accounts: OfxAccountInfo[] = [];
  for (const info of findAllAggregates(root, "ACCTINFO")) {
    const name = leafText(info, "DESC") ?? undefined;
    const bank = findAggregate(info, "BANKACCTFROM");
    const card = findAggregate(info, "CCACCTFROM");
    const investment = findAggregate(info, "INVACCTFROM");
    const from = bank ?? card ?? investment;
    const accountNumber = leafText(from, "ACCTID");
    if (!from || !accountNumber) continue;
    const named = name ? { name } : {};
    if (bank) {
      const bankId = leafText(bank, "BANKID");
      const ofxAccountType = leafText(bank, "ACCTTYPE")?.toUpperCase();
      accounts.push({
        accountNumber,
        type: mapBankAccountType(ofxAccountType ?? null),
        kind: "bank",
        ...(bankId ? { bankId } : {}),
        ...(ofxAccountType ? { ofxAccountType } : {}),
        ...named,
      });
    } else if (card) {
      accounts.push({ accountNumber, type: "credit_card", kind: "credit_card", ...named });
    } else {
      const brokerId = leafText(from, "BROKERID");
      accounts.push({
        accountNumber,
        type: "other",
        kind: "investment",
        ...(brokerId ? { brokerId } : {}),
        ...named,
      });
    }
  }
  return accounts;
}
