import "server-only";

import type { Cents } from "@/lib/money";
import {
  belowCentMessage,
  type DecimalSeparator,
  fitsAmountColumn,
  parseAmountText,
  sniffDecimalSeparator,
  writesBelowCent,
} from "@/server/statements/amounts";
import { detectDateOrder, parseQifDate, type QifDateOrder } from "@/server/statements/qif-dates";
import { type QifField, type QifRecord, readQifRecords } from "@/server/statements/qif-records";
import {
  type ParsedAccount,
  type ParsedStatement,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";

export type { QifDateOrder } from "@/server/statements/qif-dates";

export type QifOptions = { dateOrder?: QifDateOrder };

export function parseQif(text: string, options: QifOptions = {}): ParsedStatement {
  const { records, skippedInvestment } = readQifRecords(text);
  const order =
    options.dateOrder ??
    detectDateOrder(
      records.flatMap((r) =>
        r.fields.filter((f) => f.code === "D").map((f) => ({ line: f.line, text: f.value })),
      ),
    );
  const separator = sniffDecimalSeparator(
    records.flatMap((r) => r.fields.filter((f) => "TU$".includes(f.code)).map((f) => f.value)),
  );
  const warnings: ParseWarning[] = [];
  const accounts = new Map<string, ParsedAccount & { opening: Cents | null }>();
  for (const record of records) {
    const transaction = readTransaction(record, order, separator, warnings);
    if (!transaction) continue;
    const key = `${record.account.name ?? ""}\u0000${record.account.type}`;
    let account = accounts.get(key);
    if (!account) {
      account = {
        accountNumber: null,
        type: record.account.type,
        name: record.account.name,
        currency: null,
        balance: null,
        transactions: [],
        opening: null,
      };
      accounts.set(key, account);
    }
    // Quicken starts a register with its opening balance, written as a transfer to the account itself.
    if (
      account.transactions.length === 0 &&
      account.opening === null &&
      isOpeningBalance(record, transaction)
    ) {
      account.opening = transaction.amount;
      continue;
    }
    account.transactions.push(transaction);
  }
  if (skippedInvestment > 0) {
    warnings.push({
      message: `${skippedInvestment} investment transaction(s) were skipped: investment accounts are not imported`,
    });
  }
  for (const account of accounts.values()) {
    if (writesPurchasesPositive(account)) {
      account.transactions = account.transactions.map((t) => ({ ...t, amount: -t.amount }));
      warnings.push({
        message: `${account.name ?? "This card"}'s file writes its purchases as positive amounts, the other way round from Quicken's; they were read as money out and its refunds and payments as money in.`,
      });
    }
  }
  return { format: "qif", accounts: [...accounts.values()].map(withBalance), warnings };
}

// Quicken writes a card's charges negative. A bank's own !Type:CCard export may write them positive (Halifax):
// in a card's file purchases far outnumber refunds and payments, so most amounts positive means that convention.
// A register with Quicken's opening balance is Quicken's own, and left as written.
const PURCHASES_SHARE = 0.7;
const MIN_CARD_ROWS = 3;

function writesPurchasesPositive(account: ParsedAccount & { opening: Cents | null }): boolean {
  if (account.type !== "credit_card" || account.opening !== null) return false;
  const amounts = account.transactions.map((t) => t.amount).filter((amount) => amount !== 0);
  const positive = amounts.filter((amount) => amount > 0).length;
  return amounts.length >= MIN_CARD_ROWS && positive >= amounts.length * PURCHASES_SHARE;
}

/** The opening balance plus every transaction after it: the balance on the last transaction's day. */
function withBalance({ opening, ...account }: ParsedAccount & { opening: Cents | null }): ParsedAccount {
  if (opening === null) return account;
  const balance = account.transactions.reduce((sum, t) => sum + t.amount, opening);
  const last = account.transactions.reduce<string | null>(
    (latest, t) => (latest === null || t.postedOn > latest ? t.postedOn : latest),
    null,
  );
  return fitsAmountColumn(balance) ? { ...account, balance, balanceAsOf: last } : account;
}

// The account's first record, moving money from the account to itself, is its opening balance in any language
// ("Opening Balance", a German Quicken's "Eröffnungssaldo"): no other entry transfers an account to itself.
function isOpeningBalance(record: QifRecord, transaction: ParsedTransaction): boolean {
  if (/^opening balance$/i.test(transaction.description.trim())) return true;
  const transfer = /^\[(.*)\]$/.exec(record.fields.find((f) => f.code === "L")?.value.trim() ?? "")?.[1];
  return (
    transfer !== undefined && record.account.name !== null && transfer.trim() === record.account.name.trim()
  );
}

function readTransaction(
  record: QifRecord,
  order: QifDateOrder,
  separator: DecimalSeparator,
  warnings: ParseWarning[],
): ParsedTransaction | null {
  const first = (code: string) => record.fields.find((f) => f.code === code);
  const dateField = first("D");
  if (!dateField) {
    throw new StatementParseError(
      `Line ${record.line}: the transaction has no date (D line)`,
      record.line,
      "date",
    );
  }
  const postedOn = parseQifDate(dateField.value, order);
  if (!postedOn) {
    throw new StatementParseError(
      `Line ${dateField.line}: the date "${dateField.value}" is not a ${order === "MDY" ? "month/day/year" : "day/month/year"} date`,
      dateField.line,
      "date",
    );
  }
  // U repeats T in newer Quicken files; older ones have only one of them.
  const amountField = first("T") ?? first("U");
  if (!amountField || amountField.value === "") {
    throw new StatementParseError(
      `Line ${record.line}: the transaction has no amount (T line)`,
      record.line,
      "amount",
    );
  }
  const amount = readAmount(amountField, separator);
  const { splits, unreadable } = readSplits(record.fields, separator);
  // A split only details the transaction's own amount (T), which is what is imported: a split amount no program
  // writes (the QIF specification's own example prints "$=746.36") is worth a warning, not refusing the file.
  if (unreadable !== null) {
    warnings.push({
      line: unreadable.line,
      message: `Line ${unreadable.line}: a split's amount "${unreadable.value}" is not a number; the transaction's amount is imported and its splits are not checked`,
    });
  } else if (splits.length > 0) {
    const total = splits.reduce((sum, split) => sum + split.amount, 0);
    if (total !== amount) {
      warnings.push({
        line: record.line,
        message: `Line ${record.line}: the splits add up to ${total / 100}, not the transaction's ${amount / 100}`,
      });
    }
  }
  const payee = first("P")?.value ?? "";
  const memo = first("M")?.value ?? "";
  const number = first("N")?.value ?? "";
  return {
    externalId: null,
    postedOn,
    transactedOn: null,
    amount,
    description: payee || memo || "(no description)",
    memo: memo || null,
    checkNumber: /^\d+$/.test(number) ? number : null,
    categoryHint:
      categoryOf(first("L")?.value ?? "") ?? splits.map((s) => s.category).find((c) => c !== null) ?? null,
  };
}

function readAmount(field: QifField, separator: DecimalSeparator): Cents {
  if (writesBelowCent(field.value, separator)) {
    throw new StatementParseError(belowCentMessage(field.line, "amount", field.value), field.line, "amount");
  }
  const cents = parseAmountText(field.value, separator);
  if (cents === null) {
    throw new StatementParseError(
      `Line ${field.line}: the amount "${field.value}" is not a number`,
      field.line,
      "amount",
    );
  }
  if (!fitsAmountColumn(cents)) {
    throw new StatementParseError(
      `Line ${field.line}: the amount "${field.value}" is too large (Tally keeps amounts up to 999,999,999,999.99)`,
      field.line,
      "amount",
    );
  }
  return cents;
}

type Split = { category: string | null; amount: Cents };

// S starts a split, E is its memo, $ its amount. A "$" before any "S" still counts (uncategorized split).
// `unreadable`: the first split amount that is no number, when there is one.
function readSplits(
  fields: QifField[],
  separator: DecimalSeparator,
): { splits: Split[]; unreadable: QifField | null } {
  const splits: Split[] = [];
  let current: { category: string | null; amount: Cents | null } | null = null;
  const close = () => {
    if (current && current.amount !== null)
      splits.push({ category: current.category, amount: current.amount });
    current = null;
  };
  for (const field of fields) {
    if (field.code === "S") {
      close();
      current = { category: categoryOf(field.value), amount: null };
    } else if (field.code === "$") {
      if (parseAmountText(field.value, separator) === null) return { splits, unreadable: field };
      current ??= { category: null, amount: null };
      current.amount = readAmount(field, separator);
      close();
    }
  }
  close();
  return { splits, unreadable: null };
}

/**
 * "Cat:Sub", "Cat:Sub/Class", "Cat|[Account]" → the category; a bare transfer "[Savings]" keeps its
 * brackets so the categorizer can tell a transfer from a category.
 */
function categoryOf(value: string): string | null {
  const [category = "", transfer = ""] = value.split("|");
  if (category.trim().startsWith("[")) return category.trim();
  const withoutClass = category.split("/")[0]?.trim() ?? "";
  if (withoutClass !== "") return withoutClass;
  const target = (transfer || category).trim();
  return target.startsWith("[") ? target : null;
}
