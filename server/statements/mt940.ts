import "server-only";

import type { Cents } from "@/lib/money";
import { fitsAmountColumn } from "@/server/statements/amounts";
import { currencyCode, statedCurrencyCode } from "@/server/statements/currency-codes";
import { expandYear, isoDate } from "@/server/statements/dates";
import { belowCentReason, exactUnsignedCents } from "@/server/statements/exact-amounts";
import { readNonSwiftText, readPaymentDetails, tidy } from "@/server/statements/mt940-details";
import { checkBalances, mergeStatementsByAccount } from "@/server/statements/statement-parts";
import {
  type ParsedAccount,
  type ParsedStatement,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";

// SWIFT MT940, the customer statement message banks still offer as a download (.sta, .mt940, .txt). Written by
// hand rather than with a library: the format is a dozen tagged fields, and the one JavaScript reader on npm
// (mt940js) reads amounts as floats and throws on any tag it does not know. A file is a run of statements, each
// opened by :20:, with its account (:25:), opening balance (:60F: or :60M:), statement lines (:61:, each
// followed by its details :86:) and closing balance (:62F: or :62M:). Files downloaded over SWIFT keep the
// message blocks around them ({1:…}{2:…}{4: … -}).

/** `closesMessage`: the message's closing "-" follows this field. */
type Field = { tag: string; value: string; line: number; closesMessage?: boolean };

export function parseMt940(text: string): ParsedStatement {
  const fields = readFields(text);
  const warnings: ParseWarning[] = [];
  const statements: ParsedAccount[] = [];
  let current: StatementBuilder | null = null;
  // Whether the statement being read ended with its message's closing "-": the field before the next :20:.
  const finish = (last: Field | undefined) => {
    if (current) statements.push(current.finish(warnings, last?.closesMessage === true));
    current = null;
  };
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.tag === "20") {
      finish(fields[i - 1]);
      current = new StatementBuilder(field);
      continue;
    }
    // A bank's own :NS: field ahead of the first statement describes no transaction.
    if (!current && field.tag === "NS") continue;
    if (!current) {
      throw new StatementParseError(
        `Line ${field.line}: the field :${field.tag}: comes before any statement (:20:); the file is damaged or cut at its start.`,
        field.line,
      );
    }
    if (field.tag === "61") {
      // The line's details: its :86:, and the :NS: fields some banks (Hungarian ones) write before or after it.
      // Some banks split the details over several :86: fields in a row (Danske Bank writes the IBAN, BIC and
      // address each in its own; Banca Transilvania a second one with the transfer's text): they are one text.
      const detailFields: Field[] = [];
      const nonSwift: Field[] = [];
      for (let next = fields[i + 1]; next; next = fields[i + 1]) {
        if (next.tag === "86") detailFields.push(next);
        else if (next.tag === "NS") nonSwift.push(next);
        else break;
        i++;
      }
      const [first] = detailFields;
      const details = first ? { ...first, value: detailFields.map((d) => d.value).join("\n") } : null;
      current.addLine(field, details, nonSwift);
    } else {
      current.add(field);
    }
  }
  finish(fields.at(-1));
  if (statements.length === 0)
    throw new StatementParseError("The file holds no MT940 statement (no :20: field).");
  return { format: "mt940", accounts: mergeStatementsByAccount(statements), warnings };
}

/** The file's fields: a line starting ":NN:" or ":NNa:" opens one; every other line continues the one before. */
function readFields(text: string): Field[] {
  const fields: Field[] = [];
  // "@@" is a line break where FinTS (HBCI) software kept the bank's own separator.
  const lines = text.split(/\r\n|\r|\n|@@/);
  // After a message's closing "-", lines up to the next field are the next message's envelope in plain text
  // (ABN AMRO writes "ABNANL2A", "940", "ABNANL2A" before each :20:), not more of the closing balance.
  let closed = false;
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    // The SWIFT envelope: header blocks {1:…}{2:…}{3:…}, "{4:" before the text, "-}" after it, trailer {5:…}.
    // PostFinance starts the next message on the closing line ("-}{1:F01POFICHBEAXXX…}{2:…}{4:").
    const line = raw.replace(/^(\{[1-3]:[^}]*\})*(\{4:)?/, "");
    if (/^-\}?(\{[1-5]:.*)?\s*$/.test(line) || /^\{5:/.test(line)) {
      closed = true;
      const last = fields.at(-1);
      if (last) last.closesMessage = true;
      return;
    }
    if (line.trim() === "" && raw !== line) return;
    // ":NS:" is no SWIFT tag but a bank's own (non-SWIFT) field, which opens a field all the same.
    const opened = /^:(\d{2}[A-Z]?|NS):(.*)$/.exec(line);
    // Details wrapped at 65 characters can put a time's minutes first on a line ("…T16" then ":26:37 Fo…",
    // wolph/mt940's wrapped_timestamp): inside :86:, only a tag MT940 has opens a field.
    const wrapped = opened && fields.at(-1)?.tag === "86" && !closed && !MT940_TAGS.has(opened[1]!);
    if (opened && !wrapped) {
      fields.push({ tag: opened[1]!, value: opened[2]!, line: lineNumber });
      closed = false;
      return;
    }
    const last = fields.at(-1);
    if (last && !closed && line.trim() !== "") last.value += `\n${line}`;
  });
  return fields;
}

// The fields of MT940 and MT942 (:13D: to :90C:), the ones that may follow a statement line's details.
const MT940_TAGS = new Set([
  "13",
  "13D",
  "20",
  "21",
  "25",
  "25P",
  "28",
  "28C",
  "34F",
  "60F",
  "60M",
  "61",
  "62F",
  "62M",
  "64",
  "65",
  "86",
  "90C",
  "90D",
  "NS",
]);

type MtBalance = { amount: Cents; date: string; currency: string | null };

class StatementBuilder {
  private readonly reference: string;
  private accountNumber: string | null = null;
  private opening: MtBalance | null = null;
  private closing: MtBalance | null = null;
  /** An MT942 interim report (mBank's intraday download): its floor limit :34F: names the currency, and it has no balances. */
  private interimCurrency: string | null = null;
  private readonly transactions: ParsedTransaction[] = [];

  constructor(private readonly start: Field) {
    this.reference = start.value.trim() || `at line ${start.line}`;
  }

  add(field: Field): void {
    if (field.tag === "25") this.accountNumber = tidy(field.value);
    else if (field.tag === "60F" || field.tag === "60M") this.opening = readBalance(field);
    else if (field.tag === "62F" || field.tag === "62M") this.closing = readBalance(field);
    else if (field.tag === "34F") this.interimCurrency ??= currencyCode(field.value.trim().slice(0, 3));
  }

  addLine(line: Field, details: Field | null, nonSwift: Field[]): void {
    this.transactions.push(readLine(line, details, nonSwift));
  }

  finish(warnings: ParseWarning[], closedByTerminator: boolean): ParsedAccount {
    if (!this.closing && this.interimCurrency && !this.opening) {
      return {
        accountNumber: this.accountNumber,
        type: "checking",
        currency: this.interimCurrency,
        balance: null,
        balanceAsOf: null,
        transactions: this.transactions,
      };
    }
    // mBank's history download ends each statement with the message's "-" and no :62F:: the statement is whole, and
    // only its check against a closing balance is missing. A statement that stops without either may be cut off.
    if (!this.closing && closedByTerminator) {
      warnings.push({
        line: this.start.line,
        message: `Statement ${this.reference} states no closing balance (:62F:), so its entries could not be checked against one; compare them with your statement.`,
      });
      return {
        accountNumber: this.accountNumber,
        type: "checking",
        currency: this.opening?.currency ?? this.interimCurrency,
        balance: null,
        balanceAsOf: null,
        transactions: this.transactions,
      };
    }
    if (!this.closing) {
      throw new StatementParseError(
        `Line ${this.start.line}: statement ${this.reference} has no closing balance (:62F:), so the file may have been cut off. Download the statement from your bank again; nothing from the file was imported.`,
        this.start.line,
      );
    }
    checkBalances(this.opening, this.closing, this.transactions, `statement ${this.reference}`, warnings);
    return {
      accountNumber: this.accountNumber,
      type: "checking",
      currency: this.closing.currency,
      balance: this.closing.amount,
      balanceAsOf: this.closing.date,
      transactions: this.transactions,
    };
  }
}

/** ":60F:C250801EUR1500,00": mark, date, currency, amount. */
function readBalance(field: Field): MtBalance {
  const match = /^(C|D)(\d{6})([A-Z]{3})([\d,]+)\s*$/.exec(field.value.trim());
  const amount = match ? exactUnsignedCents(match[4]!, ",") : null;
  const date = match ? yymmdd(match[2]!) : null;
  if (amount !== null && !fitsAmountColumn(amount)) {
    throw new StatementParseError(
      `Line ${field.line}: the balance "${field.value.trim()}" is too large to keep (at most 999,999,999,999.99). Nothing from the file was imported.`,
      field.line,
      "balance",
    );
  }
  if (!match || amount === null || !date) {
    throw new StatementParseError(
      `Line ${field.line}: the balance "${field.value.trim()}" cannot be read (expected a C or D mark, a date YYMMDD, a currency and an amount such as C250801EUR1500,00). Nothing from the file was imported.`,
      field.line,
      "balance",
    );
  }
  return {
    amount: match[1] === "D" && amount !== 0 ? -amount : amount,
    date,
    currency: statedCurrencyCode(match[3]!),
  };
}

// :61: value date YYMMDD, entry date MMDD (optional, or blank), mark C/D/RC/RD, funds code (optional letter), amount with a
// decimal comma, transaction type (N/F/S and three characters), the customer's reference up to "//", then the
// bank's reference, and on a second line, supplementary details.
// Citi leaves the entry date blank, as four spaces.
const STATEMENT_LINE =
  /^(\d{6})(?:(\d{4})| {4})?(RC|RD|C|D)([A-Z])?([\d,]+)([NFS][A-Z0-9]{3})?([^\n]*?)(?:\/\/([^\n]*))?(?:\n([\s\S]*))?$/;

function readLine(field: Field, details: Field | null, nonSwift: Field[]): ParsedTransaction {
  const refuse = (why: string): never => {
    throw new StatementParseError(
      `Line ${field.line}: the transaction ${why}. Nothing from the file was imported.`,
      field.line,
      "transaction",
    );
  };
  const match = STATEMENT_LINE.exec(field.value.trim());
  if (!match) return refuse(`line "${field.value.split("\n")[0]}" cannot be read as an MT940 statement line`);
  const [
    ,
    valueText = "",
    entryText,
    mark = "",
    ,
    amountText = "",
    typeCode = "",
    ownReference = "",
    ,
    extra,
  ] = match;
  const valued = yymmdd(valueText);
  if (!valued) return refuse(`has a value date that is not a real date: "${valueText}"`);
  const postedOn = entryText ? entryDate(valued, entryText) : valued;
  if (!postedOn) return refuse(`has a booking date that is not a real date: "${entryText}"`);
  const magnitude = exactUnsignedCents(amountText, ",");
  if (magnitude === null) {
    return refuse(
      belowCentReason(amountText, ",") ?? `has an amount that is not a number in cents: "${amountText}"`,
    );
  }
  // C is money in, D money out. RC reverses a credit (money goes back out), RD a debit (money comes back in).
  const outgoing = mark === "D" || mark === "RC";
  const amount = outgoing && magnitude !== 0 ? -magnitude : magnitude;
  if (!fitsAmountColumn(amount)) return refuse(`has an amount too large to keep: "${amountText}"`);
  const payment = details
    ? readPaymentDetails(details.value)
    : { name: null, purpose: null, bookingText: null };
  const supplementary = tidy(extra ?? "");
  const bankText = readNonSwiftText(nonSwift.map((ns) => ns.value));
  const parts = [payment.name, payment.purpose].filter((part): part is string => part !== null);
  // Without details, the account owner's reference is the line's only text: Danske Bank writes "DBT.Rent" or
  // "BGGIRERING" there and leaves many lines without :86:. NONREF says there is none (a line with no type
  // code reads its NONREF as the type "NONR" and the reference "EF"). A reference of digits alone is a number,
  // no text.
  const reference =
    /NONREF$/i.test(`${typeCode}${ownReference}`) || !/\p{L}/u.test(ownReference) ? null : tidy(ownReference);
  const description =
    parts.length > 0
      ? parts.join(" – ")
      : (bankText ?? supplementary ?? payment.bookingText ?? reference ?? "(no description)");
  const memo = [payment.purpose, payment.bookingText, parts.length > 0 ? bankText : null]
    .filter((part): part is string => part !== null)
    .join(" – ");
  return {
    // MT940 references are not unique enough to deduplicate by (many banks write NONREF, or reuse theirs):
    // server/sync/fingerprint.ts fingerprints the row instead.
    externalId: null,
    postedOn,
    transactedOn: valued !== postedOn ? valued : null,
    amount,
    description,
    memo: memo && memo !== description ? memo : null,
    pending: false,
  };
}

/** "250801" → "2025-08-01"; null when it is not a real date. */
function yymmdd(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  return monthDay(expandYear(Number(match[1]), 2), Number(match[2]), Number(match[3]));
}

/**
 * The date, with a day past the month's end but within 31 read as the month's last day: German banks date a
 * quarter's fee and interest closing "30 February" (a month of 30 interest days), and the wolph/mt940 reader
 * keeps a fix-up for it. A month or day that cannot be is still no date.
 */
function monthDay(year: number, month: number, day: number): string | null {
  const exact = isoDate(year, month, day);
  if (exact || day < 29 || day > 31) return exact;
  for (let last = day - 1; last >= 28; last--) {
    const end = isoDate(year, month, last);
    if (end) return end;
  }
  return null;
}

/**
 * The booking date MMDD takes its year from the value date, across a year end either way: valued 2025-12-31
 * and booked 0102 is 2026-01-02; valued 2026-01-02 and booked 1231 is 2025-12-31.
 */
function entryDate(valued: string, mmdd: string): string | null {
  const year = Number(valued.slice(0, 4));
  const valueMonth = Number(valued.slice(5, 7));
  const month = Number(mmdd.slice(0, 2));
  const shift = valueMonth === 12 && month === 1 ? 1 : valueMonth === 1 && month === 12 ? -1 : 0;
  return monthDay(year + shift, month, Number(mmdd.slice(2, 4)));
}
