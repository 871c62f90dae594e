import "server-only";

import type { Cents } from "@/lib/money";
import { fitsAmountColumn } from "@/server/statements/amounts";
import { calendarDate, readEntry } from "@/server/statements/camt-entries";
import { attribute, child, children, readXml, text, type XmlNode } from "@/server/statements/camt-xml";
import { statedCurrencyCode } from "@/server/statements/currency-codes";
import { exactUnsignedCents } from "@/server/statements/exact-amounts";
import { checkBalances, mergeStatementsByAccount } from "@/server/statements/statement-parts";
import {
  type AccountType,
  type ParsedAccount,
  type ParsedStatement,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";

// ISO 20022 cash-management messages, as European banks offer them for download: camt.053 (the day's or
// month's statement), camt.052 (an intraday report) and camt.054 (debit and credit notifications). All three
// hold the same account and entry elements under different wrappers, so one reader serves them.

const MESSAGES: Array<{ wrapper: string; part: string; name: string }> = [
  { wrapper: "BkToCstmrStmt", part: "Stmt", name: "statement" },
  { wrapper: "BkToCstmrAcctRpt", part: "Rpt", name: "report" },
  { wrapper: "BkToCstmrDbtCdtNtfctn", part: "Ntfctn", name: "notification" },
];

/** Thrown for a well-formed ISO 20022 file that is not one of the three statement messages. */
export class NotACamtStatementError extends Error {}

export function parseCamt(text: string): ParsedStatement {
  const document = readXml(text);
  const message = MESSAGES.find(({ wrapper }) => children(document, wrapper).length > 0);
  if (!message) {
    const kind = /camt\.\d{3}/i.exec(text.slice(0, 4096))?.[0] ?? "ISO 20022";
    throw new NotACamtStatementError(
      `This ${kind} file holds no bank statement Tally can read (it reads camt.053 statements, camt.052 reports and camt.054 notifications).`,
    );
  }
  const warnings: ParseWarning[] = [];
  const parts = children(document, message.wrapper).flatMap((wrapper) =>
    children(wrapper, message.part).map((part, index) => readPart(part, index, message.name, warnings)),
  );
  return { format: "camt", accounts: mergeStatementsByAccount(parts), warnings };
}

// The account kinds ISO 20022 names (ExternalCashAccountType1Code) that Tally has a type for. A statement
// without one is a current account's: that is what banks offer as camt.053.
const ACCOUNT_TYPES: Record<string, AccountType> = {
  CACC: "checking",
  CASH: "checking",
  TRAN: "checking",
  SVGS: "savings",
  CARD: "credit_card",
};

function readPart(part: XmlNode, index: number, kind: string, warnings: ParseWarning[]): ParsedAccount {
  const account = child(part, "Acct");
  const accountNumber = text(account, "Id", "IBAN") ?? text(account, "Id", "Othr", "Id");
  const label = text(part, "Id") ?? `${index + 1}`;
  const statedCurrency = text(account, "Ccy");
  const entries = children(part, "Ntry");
  // An account that names no currency: its balances' and entries' amounts do.
  const currencyText =
    statedCurrency ??
    attribute(child(children(part, "Bal")[0], "Amt"), "Ccy") ??
    attribute(child(entries[0], "Amt"), "Ccy");
  const currency = currencyText ? statedCurrencyCode(currencyText) : null;
  const transactions: ParsedTransaction[] = [];
  let information = 0;
  entries.forEach((entry, entryIndex) => {
    const read = readEntry(entry, {
      statement: label,
      index: entryIndex,
      currency,
      bookedOnly: kind === "statement",
    });
    if (read.kind === "information") information++;
    else transactions.push(read.transaction);
  });
  if (information > 0) {
    warnings.push({
      message: `${information} entr${information === 1 ? "y" : "ies"} of ${kind} ${label} the bank marks as for information only (not on the account) were not imported.`,
    });
  }
  const closing = balance(part, ["CLBD"], label) ?? balance(part, ["ITBD"], label);
  const opening = balance(part, ["OPBD", "PRCD"], label);
  checkBalances(opening, closing, transactions, `${kind} ${label}`, warnings);
  return {
    accountNumber,
    type: ACCOUNT_TYPES[text(account, "Tp", "Cd")?.toUpperCase() ?? ""] ?? "checking",
    bankId: text(account, "Svcr", "FinInstnId", "BICFI") ?? text(account, "Svcr", "FinInstnId", "BIC"),
    name: text(account, "Nm"),
    currency,
    balance: closing?.amount ?? null,
    balanceAsOf: closing?.date ?? null,
    transactions,
  };
}

type Balance = { amount: Cents; date: string | null };

/** The first balance of one of these types (Tp/CdOrPrtry/Cd), signed; a balance that is not a number refuses the file. */
function balance(part: XmlNode, codes: string[], label: string): Balance | null {
  const found = children(part, "Bal").find((bal) =>
    codes.includes(
      (text(bal, "Tp", "CdOrPrtry", "Cd") ?? text(bal, "Tp", "CdOrPrtry", "Prtry") ?? "").toUpperCase(),
    ),
  );
  if (!found) return null;
  const amountText = text(found, "Amt") ?? "";
  const magnitude = exactUnsignedCents(amountText, ".");
  if (magnitude === null) {
    throw new StatementParseError(
      `The balance of statement ${label} is not a number in cents: "${amountText}". Nothing from the file was imported.`,
      undefined,
      "balance",
    );
  }
  if (!fitsAmountColumn(magnitude)) {
    throw new StatementParseError(
      `The balance of statement ${label} is too large to keep: "${amountText}" (at most 999,999,999,999.99). Nothing from the file was imported.`,
      undefined,
      "balance",
    );
  }
  const debit = text(found, "CdtDbtInd")?.toUpperCase() === "DBIT";
  const date = calendarDate(text(found, "Dt", "Dt") ?? text(found, "Dt", "DtTm") ?? "");
  return { amount: debit && magnitude !== 0 ? -magnitude : magnitude, date };
}
