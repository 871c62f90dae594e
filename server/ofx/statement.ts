import "server-only";

import { fitsAmountColumn } from "@/server/statements/amounts";
import {
  type AccountType,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";
import { parseOfxAmount } from "./amounts";
import { parseOfxCalendarDate } from "./dates";
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

// One statement aggregate (STMTRS, CCSTMTRS or INVSTMTRS) into an account with its transactions. A row
// that cannot be read refuses the whole statement with its line: nothing is ever skipped without a word.

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
        currency: null,
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
  const transactions = readTransactions(rs);
  warnDuplicateFitids(transactions, warnings);
  const ledger = findAggregate(rs, "LEDGERBAL");
  const balanceText = leafText(ledger, "BALAMT");
  const balance = parseOfxAmount(balanceText);
  if (balanceText && balance === null) {
    warnings.push({
      line: ledger?.line,
      message: `The balance "${balanceText}" is not a number; it was left out.`,
    });
  }
  const balanceAsOf = parseOfxCalendarDate(leafText(ledger, "DTASOF") ?? "");
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
      currency: readCurrency(rs),
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

/** CURDEF, or the currency every transaction names when CURDEF is empty; null when the file does not say. */
function readCurrency(rs: OfxAggregate): string | null {
  const declared = leafText(rs, "CURDEF");
  if (declared && /^[A-Za-z]{3}$/.test(declared)) return declared.toUpperCase();
  const perTransaction = findAggregate(rs, "CURRENCY") ?? findAggregate(rs, "ORIGCURRENCY");
  const symbol = leafText(perTransaction, "CURSYM");
  if (symbol && /^[A-Za-z]{3}$/.test(symbol)) return symbol.toUpperCase();
  return null;
}

function readTransactions(rs: OfxAggregate): OfxTransaction[] {
  // Every STMTTRN under the statement, not just those inside BANKTRANLIST: a stray </BANKTRANLIST>
  // (Ally) leaves the last ones outside the list. Under INVSTMTRS they sit inside INVBANKTRAN.
  return findAllAggregates(rs, "STMTTRN").map(readTransaction);
}

/**
 * One transaction, or a refusal of the whole file: a row without a readable posting date or amount cannot
 * be imported, and importing the others would leave a hole in the user's history that nobody sees.
 */
function readTransaction(node: OfxAggregate): OfxTransaction {
  const externalId = leafText(node, "FITID");
  const label = externalId ? `the transaction with id ${externalId}` : "the transaction";
  const refuse = (line: number, why: string): never => {
    throw new StatementParseError(`Line ${line}: ${label} ${why}`, line, "transaction");
  };
  const at = (name: string) => findLeafHere(node, name)?.line ?? node.line;

  const postedText = leafText(node, "DTPOSTED");
  if (!postedText) refuse(at("DTPOSTED"), "has no posting date (DTPOSTED)");
  const postedOn = parseOfxCalendarDate(postedText ?? "");
  if (!postedOn) refuse(at("DTPOSTED"), `has a posting date that is not a real date: "${postedText}"`);
  const amountText = leafText(node, "TRNAMT");
  if (!amountText) refuse(at("TRNAMT"), "has no amount (TRNAMT)");
  const amount = parseOfxAmount(amountText);
  if (amount === null) refuse(at("TRNAMT"), `has an amount that is not a number: "${amountText}"`);
  if (!fitsAmountColumn(amount ?? 0)) {
    refuse(at("TRNAMT"), `has an amount too large to keep: "${amountText}" (at most 999,999,999,999.99)`);
  }

  const name = leafText(node, "NAME");
  const memo = leafText(node, "MEMO");
  const payeeName = leafText(findAggregate(node, "PAYEE"), "NAME");
  const checkNumber = leafText(node, "CHECKNUM");
  const bankCategory = readBankCategory(node);
  return {
    externalId,
    postedOn: postedOn!,
    transactedOn: parseOfxCalendarDate(leafValue(node, "DTUSER") ?? ""),
    amount: amount!,
    description: chooseDescription(name, memo, payeeName),
    memo,
    // "0" is what some banks write when a check has no number.
    checkNumber: checkNumber && !/^0+$/.test(checkNumber) ? checkNumber : null,
    pending: false,
    ...(bankCategory ? { bankCategory } : {}),
    trnType: leafText(node, "TRNTYPE")?.toUpperCase() ?? null,
  };
}

function findLeafHere(node: OfxAggregate, name: string) {
  return node.children.find((child) => child.kind === "leaf" && child.name === name);
}

// SIC is the standard's merchant category code; some exports add their own CATEGORY element instead.
function readBankCategory(node: OfxAggregate): string | null {
  const sic = leafText(node, "SIC");
  if (sic && /^\d{4}$/.test(sic)) return sic;
  const category = leafText(node, "CATEGORY");
  return category && /\p{L}/u.test(category) ? category : null;
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
