import "server-only";

import { type ParsedStatement, StatementParseError } from "@/server/statements/types";
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
  const statements: OfxStatement[] = [];
  collectStatements(root, null, null, statements, warnings);
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
  return {
    format: "ofx",
    accounts: succeeded.map(({ account }) => ({
      ...account,
      transactions: account.transactions.map(toParsedTransaction),
    })),
    warnings,
  };
}

function collectStatements(
  node: OfxAggregate,
  wrapper: OfxAggregate | null,
  wrapperKind: StatementKind | null,
  out: OfxStatement[],
  warnings: OfxDocument["warnings"],
): void {
  for (const child of aggregates(node)) {
    const statementKind = STATEMENT_KINDS[child.name as keyof typeof STATEMENT_KINDS];
    const childWrapperKind = STATEMENT_WRAPPERS[child.name as keyof typeof STATEMENT_WRAPPERS];
    if (statementKind) {
      out.push(readStatement(statementKind, child, wrapper, warnings));
    } else if (childWrapperKind) {
      const before = out.length;
      collectStatements(child, child, childWrapperKind, out, warnings);
      // A wrapper with only a STATUS is how a bank says this statement failed.
      if (out.length === before) out.push(readStatement(childWrapperKind, null, child, warnings));
    } else {
      collectStatements(child, wrapper, wrapperKind, out, warnings);
    }
  }
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
