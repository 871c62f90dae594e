import "server-only";

import { fitsAmountColumn } from "@/server/statements/amounts";
import { isBalanceLabel } from "@/server/statements/csv-cell-words";
import { statedCurrencyCode } from "@/server/statements/currency-codes";
import {
  type AccountType,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";
import { ofxAmountBelowCent, parseOfxAmount } from "./amounts";
import { parseOfxCalendarDate } from "./dates";
import {
  findAggregate,
  findAllAggregates,
  findLeaf,
  leafText,
  type OfxAggregate,
  type OfxLeaf,
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
  const transactions = signByType(kind, readTransactions(rs, warnings), warnings, rs.line);
  warnDuplicateFitids(transactions, warnings);
  const ledger = findAggregate(rs, "LEDGERBAL");
  const balanceText = leafText(ledger, "BALAMT");
  // A balance below the cent is left out rather than rounded: the transactions are exact, and the balance is
  // only checked against them.
  const belowCent = ofxAmountBelowCent(balanceText);
  const balance = belowCent ? null : parseOfxAmount(balanceText);
  if (balanceText && balance === null) {
    warnings.push({
      line: ledger?.line,
      message: belowCent
        ? `The balance "${balanceText}" has more than two decimals, and Tally keeps amounts to the cent; it was left out rather than rounded.`
        : `The balance "${balanceText}" is not a number; it was left out.`,
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
  if (declared && /^[A-Za-z]{3}$/.test(declared)) return statedCurrencyCode(declared);
  const perTransaction = findAggregate(rs, "CURRENCY") ?? findAggregate(rs, "ORIGCURRENCY");
  const symbol = leafText(perTransaction, "CURSYM");
  if (symbol && /^[A-Za-z]{3}$/.test(symbol)) return statedCurrencyCode(symbol);
  // Tatra banka writes the code straight into the element: <CURRENCY>EUR</CURRENCY>.
  const written = findLeaf(rs, "CURRENCY")?.value.trim() ?? "";
  if (/^[A-Za-z]{3}$/.test(written)) return statedCurrencyCode(written);
  return null;
}

// Types that only ever take money out. ATM and POS are left out: a cash deposit or a card refund has them too.
const OUTGOING_TYPES = new Set([
  "DEBIT",
  "CHECK",
  "FEE",
  "SRVCHG",
  "PAYMENT",
  "CASH",
  "DIRECTDEBIT",
  "REPEATPMT",
]);
// Types that only ever bring money in.
const INCOMING_TYPES = new Set(["CREDIT", "DEP", "DIRECTDEP", "INT", "DIV"]);

/**
 * OFX amounts carry their sign, but some exports (Tatra banka's card statements) write every TRNAMT
 * unsigned and let TRNTYPE say DEBIT or CREDIT. Only a statement that shows it both ways is read as such a
 * file: no negative amount at all, and positive rows typed as money in beside positive rows typed as money
 * out. Its outgoing rows are turned negative, and the user is told. Anything less is left exactly as written:
 * a day's sync may well hold only a refund, or only a card payment (PAYMENT on a card is money in, so it is
 * never turned).
 */
function signByType(
  kind: StatementKind,
  transactions: OfxTransaction[],
  warnings: ParseWarning[],
  line: number | undefined,
): OfxTransaction[] {
  if (transactions.some((t) => t.amount < 0)) return transactions;
  const typed = (types: Set<string>) => (t: OfxTransaction) =>
    t.amount > 0 && types.has(t.trnType ?? "") && !(kind === "credit_card" && t.trnType === "PAYMENT");
  const outgoing = typed(OUTGOING_TYPES);
  if (!transactions.some(typed(INCOMING_TYPES))) return transactions;
  const flipped = transactions.filter(outgoing).length;
  if (flipped === 0) return transactions;
  warnings.push({
    line,
    message: `This statement writes its amounts without a sign; ${flipped} transaction(s) typed as money out (DEBIT, CHECK, PAYMENT…) were read as money out.`,
  });
  return transactions.map((t) => (outgoing(t) ? { ...t, amount: -t.amount } : t));
}

function readTransactions(rs: OfxAggregate, warnings: ParseWarning[]): OfxTransaction[] {
  // Every STMTTRN under the statement, not just those inside BANKTRANLIST: a stray </BANKTRANLIST>
  // (Ally) leaves the last ones outside the list. Under INVSTMTRS they sit inside INVBANKTRAN.
  const rows = findAllAggregates(rs, "STMTTRN");
  // Brazilian banks write balances as transactions: Itaú's "SALDO ANTERIOR" and "SALDO TOTAL DISPONÍVEL DIA"
  // carry the balance as their amount, Caixa's "SALDO DIA" often a blank one ("            .  "). They moved no
  // money, so they are left out, and said to be.
  const transactions = rows.filter((row) => !isBalanceRow(row)).map((row) => readTransaction(row));
  const balances = rows.length - transactions.length;
  // OFX 2's pending list (BANKTRANLISTP: card holds and other rows not yet posted, dated by DTTRAN). Without it a
  // card's statement of holds only read as empty.
  for (const row of findAllAggregates(rs, "STMTTRNP")) transactions.push(readTransaction(row, true));
  if (balances > 0) {
    warnings.push({
      line: rs.line,
      message: `${balances} balance line(s) written among the transactions (such as SALDO ANTERIOR) moved no money and were not imported.`,
    });
  }
  return transactions;
}

/** A row whose only text names a balance: its name, or its memo when it has no name. */
function isBalanceRow(node: OfxAggregate): boolean {
  const leaves = transactionLeaves(node);
  const name = textOf(leaves.NAME);
  const memo = textOf(leaves.MEMO);
  if (name !== null && !isBalanceLabel(name)) return false;
  return (name ?? memo) !== null && (memo === null || isBalanceLabel(memo));
}

// The leaves a transaction is read from. One pass over its children collects them (the first of each name, as
// leafValue would find it): a statement holds thousands of transactions, and each name looked up on its own
// would walk the children again.
const TRANSACTION_LEAVES = [
  "FITID",
  "DTPOSTED",
  "DTTRAN",
  "DTUSER",
  "TRNAMT",
  "NAME",
  "MEMO",
  "CHECKNUM",
  "TRNTYPE",
  "SIC",
  "CATEGORY",
] as const;
type TransactionLeaf = (typeof TRANSACTION_LEAVES)[number];
const IS_TRANSACTION_LEAF = new Set<string>(TRANSACTION_LEAVES);

type TransactionLeaves = Partial<Record<TransactionLeaf, OfxLeaf>> & { hasAggregates?: true };

function transactionLeaves(node: OfxAggregate): TransactionLeaves {
  const found: TransactionLeaves = {};
  for (const child of node.children) {
    if (child.kind === "aggregate") found.hasAggregates = true;
    else if (IS_TRANSACTION_LEAF.has(child.name)) found[child.name as TransactionLeaf] ??= child;
  }
  return found;
}

/** A leaf's value or null when it is missing or blank (leafText's rule). */
const textOf = (leaf: OfxLeaf | undefined): string | null => (leaf && leaf.value !== "" ? leaf.value : null);

/**
 * One transaction, or a refusal of the whole file: a row without a readable posting date or amount cannot
 * be imported, and importing the others would leave a hole in the user's history that nobody sees.
 */
function readTransaction(node: OfxAggregate, pending = false): OfxTransaction {
  const leaves = transactionLeaves(node);
  const externalId = textOf(leaves.FITID);
  // A pending row is dated when it happened (DTTRAN): it has not been posted.
  const dateLeaf = pending ? (leaves.DTTRAN ?? leaves.DTPOSTED) : leaves.DTPOSTED;
  const dateName = pending ? "DTTRAN" : "DTPOSTED";
  const postedText = textOf(dateLeaf);
  if (!postedText) refuseTransaction(node, externalId, dateLeaf, `has no posting date (${dateName})`);
  const postedOn = parseOfxCalendarDate(postedText);
  if (!postedOn) {
    refuseTransaction(
      node,
      externalId,
      dateLeaf,
      `has a posting date that is not a real date: "${postedText}"`,
    );
  }
  const amountText = textOf(leaves.TRNAMT);
  if (!amountText) refuseTransaction(node, externalId, leaves.TRNAMT, "has no amount (TRNAMT)");
  if (ofxAmountBelowCent(amountText)) {
    refuseTransaction(
      node,
      externalId,
      leaves.TRNAMT,
      `has an amount with more than two decimals: "${amountText}" (a currency such as the Kuwaiti dinar counts thousandths); Tally keeps amounts to the cent and would have to round it, so nothing from the file was imported`,
    );
  }
  const amount = parseOfxAmount(amountText);
  if (amount === null) {
    refuseTransaction(node, externalId, leaves.TRNAMT, `has an amount that is not a number: "${amountText}"`);
  }
  if (!fitsAmountColumn(amount)) {
    refuseTransaction(
      node,
      externalId,
      leaves.TRNAMT,
      `has an amount too large to keep: "${amountText}" (at most 999,999,999,999.99)`,
    );
  }

  const name = textOf(leaves.NAME);
  const memo = textOf(leaves.MEMO);
  // PAYEE is an aggregate, searched for only in a transaction that holds one.
  const payeeName = leaves.hasAggregates ? leafText(findAggregate(node, "PAYEE"), "NAME") : null;
  const checkNumber = textOf(leaves.CHECKNUM);
  const bankCategory = readBankCategory(textOf(leaves.SIC), textOf(leaves.CATEGORY));
  const trnType = textOf(leaves.TRNTYPE);
  return {
    externalId,
    postedOn,
    transactedOn: parseOfxCalendarDate(leaves.DTUSER?.value ?? ""),
    amount,
    description: chooseDescription(name, memo, payeeName),
    memo,
    // "0" is what some banks write when a check has no number.
    checkNumber: checkNumber && !/^0+$/.test(checkNumber) ? checkNumber : null,
    pending,
    ...(bankCategory ? { bankCategory } : {}),
    trnType: trnType?.toUpperCase() ?? null,
  };
}

/** Refuses the whole file, naming the transaction and the line of the value at fault (or its own). */
function refuseTransaction(
  node: OfxAggregate,
  externalId: string | null,
  leaf: OfxLeaf | undefined,
  why: string,
): never {
  const line = leaf?.line ?? node.line;
  const label = externalId ? `the transaction with id ${externalId}` : "the transaction";
  throw new StatementParseError(`Line ${line}: ${label} ${why}`, line, "transaction");
}

// SIC is the standard's merchant category code; some exports add their own CATEGORY element instead.
function readBankCategory(sic: string | null, category: string | null): string | null {
  if (sic && /^\d{4}$/.test(sic)) return sic;
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
