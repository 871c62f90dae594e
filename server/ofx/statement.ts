import "server-only";

import type { AccountType, ParsedTransaction, ParseWarning } from "@/server/statements/types";
import { parseOfxAmount } from "./amounts";
import { parseOfxDate } from "./dates";
import {
  findAggregate,
  findAllAggregates,
  leafText,
  leafValue,
  type OfxAggregate,
  type StatementKind,
} from "./elements";
import { chooseDescription } from "./payee";
import type { OfxStatement, OfxStatus, OfxTransaction } from "./types";

// One statement aggregate (STMTRS, CCSTMTRS or INVSTMTRS) into an account with its transactions.
// Bad rows are skipped with a warning ("fail nice"); a bad row never loses the rest of the file.

const BANK_ACCOUNT_TYPES: Record<string, AccountType> = {
  CHECKING: "checking",
  SAVINGS: "savings",
  MONEYMRKT: "savings",
  CREDITLINE: "other",
};

export function mapBankAccountType(acctType: string | null): AccountType {
  return (acctType && BANK_ACCOUNT_TYPES[acctType.toUpperCase()]) || "other";
}

export function readStatus(parent: OfxAggregate | null): OfxStatus | null {
  const status = parent ? findAggregate(parent, "STATUS") : null;
  if (!status) return null;
  const code = Number(leafText(status, "CODE") ?? "0");
  const message = leafText(status, "MESSAGE");
  return {
    code: Number.isFinite(code) ? code : 2000,
    severity: (leafText(status, "SEVERITY") ?? (code === 0 ? "INFO" : "ERROR")).toUpperCase(),
    ...(message ? { message } : {}),
  };
}

export function readStatement(
  kind: StatementKind,
  rs: OfxAggregate | null,
  wrapper: OfxAggregate | null,
  warnings: ParseWarning[],
): OfxStatement {
  const status = readStatus(wrapper);
  const trnUid = leafText(wrapper, "TRNUID");
  if (!rs) {
    return {
      kind,
      status,
      trnUid,
      account: {
        accountNumber: null,
        type: accountTypeFor(kind, null),
        currency: "USD",
        balance: null,
        transactions: [],
      },
    };
  }
  const from = findAggregate(
    rs,
    kind === "bank" ? "BANKACCTFROM" : kind === "credit_card" ? "CCACCTFROM" : "INVACCTFROM",
  );
  const accountNumber = leafText(from, "ACCTID");
  const transactions = readTransactions(rs, warnings);
  const ledger = findAggregate(rs, "LEDGERBAL");
  const balanceText = leafText(ledger, "BALAMT");
  const balance = parseOfxAmount(balanceText);
  if (balanceText && balance === null) {
    warnings.push({
      line: ledger?.line,
      message: `The balance "${balanceText}" is not a number; it was left out.`,
    });
  }
  const balanceAsOf = parseOfxDate(leafText(ledger, "DTASOF") ?? "")?.date ?? null;
  const bankId = leafText(from, "BANKID");
  return {
    kind,
    status,
    trnUid,
    account: {
      accountNumber,
      type: accountTypeFor(kind, leafText(from, "ACCTTYPE")),
      ...(bankId ? { bankId } : {}),
      name: null,
      currency: readCurrency(rs, warnings),
      balance,
      balanceAsOf,
      transactions,
    },
  };
}

function accountTypeFor(kind: StatementKind, acctType: string | null): AccountType {
  if (kind === "credit_card") return "credit_card";
  if (kind === "investment") return "other";
  return mapBankAccountType(acctType);
}

function readCurrency(rs: OfxAggregate, warnings: ParseWarning[]): string {
  const declared = leafText(rs, "CURDEF");
  if (declared) return declared.toUpperCase();
  // Some exports leave CURDEF empty but name the currency on every transaction.
  const perTransaction = findAggregate(rs, "CURRENCY") ?? findAggregate(rs, "ORIGCURRENCY");
  const symbol = leafText(perTransaction, "CURSYM");
  if (symbol) return symbol.toUpperCase();
  warnings.push({ line: rs.line, message: "The statement does not name its currency; assuming USD." });
  return "USD";
}

function readTransactions(rs: OfxAggregate, warnings: ParseWarning[]): OfxTransaction[] {
  // Every STMTTRN under the statement, not just those inside BANKTRANLIST: a stray </BANKTRANLIST>
  // (Ally) leaves the last ones outside the list. Under INVSTMTRS they sit inside INVBANKTRAN.
  const transactions: OfxTransaction[] = [];
  for (const node of findAllAggregates(rs, "STMTTRN")) {
    const transaction = readTransaction(node, warnings);
    if (transaction) transactions.push(transaction);
  }
  warnDuplicateFitids(transactions, warnings);
  return transactions;
}

function readTransaction(node: OfxAggregate, warnings: ParseWarning[]): OfxTransaction | null {
  const externalId = leafText(node, "FITID");
  const label = externalId
    ? `the transaction with FITID ${externalId}`
    : `the transaction on line ${node.line}`;
  const skip = (why: string) => {
    warnings.push({ line: node.line, message: `Skipped ${label}: ${why}.` });
    return null;
  };

  const postedText = leafText(node, "DTPOSTED");
  if (!postedText) return skip("it has no posting date");
  const posted = parseOfxDate(postedText);
  if (!posted) return skip(`the posting date "${postedText}" is not a real date`);
  const amountText = leafText(node, "TRNAMT");
  if (!amountText) return skip("it has no amount");
  const amount = parseOfxAmount(amountText);
  if (amount === null) return skip(`the amount "${amountText}" is not a number`);

  const name = leafText(node, "NAME");
  const memo = leafText(node, "MEMO");
  const payeeName = leafText(findAggregate(node, "PAYEE"), "NAME");
  const checkNumber = leafText(node, "CHECKNUM");
  return {
    externalId,
    postedOn: posted.date,
    transactedOn: parseOfxDate(leafValue(node, "DTUSER") ?? "")?.date ?? null,
    amount,
    description: chooseDescription(name, memo, payeeName),
    memo,
    // "0" is what some banks write when a check has no number.
    checkNumber: checkNumber && !/^0+$/.test(checkNumber) ? checkNumber : null,
    pending: false,
    trnType: leafText(node, "TRNTYPE")?.toUpperCase() ?? null,
  };
}

function warnDuplicateFitids(transactions: OfxTransaction[], warnings: ParseWarning[]): void {
  const counts = new Map<string, number>();
  for (const { externalId } of transactions) {
    if (externalId) counts.set(externalId, (counts.get(externalId) ?? 0) + 1);
  }
  for (const [fitid, count] of counts) {
    if (count > 1) {
      warnings.push({
        message: `${count} transactions share the id (FITID) ${fitid}; all were kept, so check them for duplicates.`,
      });
    }
  }
}

/** The shared transaction shape, for callers outside OFX that have no use for TRNTYPE. */
export function toParsedTransaction(transaction: OfxTransaction): ParsedTransaction {
  const { trnType: _trnType, ...rest } = transaction;
  return rest;
}
