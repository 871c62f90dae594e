import "server-only";

import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { parseAmountText, readAmountCell, sniffDecimalSeparator } from "@/server/statements/amounts";
import { directionOf } from "@/server/statements/csv-cell-words";
import { hintFor, normalizeName, type Role } from "@/server/statements/csv-header-names";
import type { LayoutMatch } from "@/server/statements/csv-layouts";
import { isUnsigned } from "@/server/statements/csv-money";
import { type ColumnProfile, isIban } from "@/server/statements/csv-profile";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { currencyCode } from "@/server/statements/currency-codes";
import { DATE_FORMATS, type DateFormat, parseDateCell } from "@/server/statements/dates";

// The columns that say something about each row besides its date and amount: a debit/credit word, a status,
// the account, the seller and memo texts; and a balance stated above the table.

/** `currency`: the one the balance is written in ("18'367.58 CHF"), when it says. */
export type StatedBalance = { balance: number; asOf: string | null; currency?: string | null };

/** A column of debit/credit words or marks beside an amount column. */
export function findTypeColumn(
  profiles: ColumnProfile[],
  taken: Set<number>,
  amount: ColumnProfile,
): ColumnProfile | undefined {
  // Amounts written with both signs say which way each went: a column of kinds beside them (Chase's "Sale",
  // "Return", "Payment", "Adjustment") is no debit/credit column, whatever some of its words mean.
  if (amount.minus > 0 && amount.nonZero > amount.minus) return undefined;
  return profiles.find((p) => {
    if (taken.has(p.index) || p === amount || p.filled === 0) return false;
    const { debit, credit, singleLetters, neutral } = p.directions;
    const worded = debit + credit;
    if (worded === 0 || worded + neutral < p.filled * 0.9) return false;
    // Single letters (D/C, S/H) and bare +/- only in a column that holds nothing else.
    if (singleLetters > 0 && singleLetters < p.filled) return false;
    // The marks must stand beside amounts: a "K" on a line above the table (an Austrian ELBA export's
    // "K|32000|244081|EUR") is no debit/credit column, and would turn every unmarked deposit into money out.
    const marked = p.values.filter((value, row) => directionOf(value) !== null && amount.cells[row] != null);
    if (marked.length === 0) return false;
    // A column of words for only one side counts when the other side is left blank ("CR" or nothing), or when
    // the amounts carry no sign of their own (an Alipay export of purchases only: 支出 on every row).
    return (debit > 0 && credit > 0) || p.filled < p.rows || isUnsigned(amount);
  });
}

export function findStatusColumn(profiles: ColumnProfile[], taken: Set<number>): ColumnProfile | undefined {
  return profiles.find((p) => {
    if (taken.has(p.index) || p.filled === 0) return false;
    const { pending, posted, void: voided, yes, no } = p.statuses;
    const worded = pending + posted + voided;
    if (worded > 0 && worded + yes + no >= p.filled * 0.9) return true;
    // A column named for it may hold words of its own beside the common ones (Cash App's Status: PAYMENT SENT,
    // PAYMENT DEPOSITED, FAILED): its pending and failed rows are still those.
    return p.hint === "status" && (worded > 0 || yes + no >= p.filled * 0.9);
  });
}

export function findAccountColumns(
  profiles: ColumnProfile[],
  taken: Set<number>,
  headerless: boolean,
  layout: LayoutMatch | null,
): { number?: ColumnProfile; name?: ColumnProfile } {
  const free = (p: ColumnProfile | undefined) => (p && !taken.has(p.index) ? p : undefined);
  // The file's own account is on every row, and each account on many: a counterparty's account number
  // (N26 "Account number", Wise "Payee Account Number") is blank on card payments and varies row to row.
  const fewValues = (p: ColumnProfile) =>
    p.filled > 0 && p.filled === p.rows && (p.distinct === 1 || p.distinct * 3 <= p.rows);
  const fromLayout = {
    number: free(layout?.columns.account === undefined ? undefined : profiles[layout.columns.account]),
    name: free(layout?.columns.accountName === undefined ? undefined : profiles[layout.columns.accountName]),
  };
  if (fromLayout.number || fromLayout.name) return fromLayout;
  // An account number beside an account name or type that always goes with it (RBC's "Account Number" and
  // "Account Type", on every row) is the file's own account even in a short file of several accounts.
  const named = profiles.filter((p) => free(p) && p.hint === "accountName" && p.filled === p.rows);
  const numbered = profiles.filter((p) => free(p) && p.hint === "account" && p.filled === p.rows);
  const paired = numbered.find((n) => named.some((m) => pairedOneToOne(n, m)));
  const pairedName = paired ? named.find((m) => pairedOneToOne(paired, m)) : undefined;
  const hinted = profiles.filter(
    (p) =>
      free(p) &&
      (p.hint === "account" || p.hint === "accountName") &&
      (fewValues(p) || p === paired || p === pairedName),
  );
  // A column of IBANs numbers the account, though its letters make every cell a word (Triodos's "Account").
  const numbers = (p: ColumnProfile) => p.words < p.filled || p.ibans === p.filled;
  const number = hinted.find((p) => numbers(p) || p.hint === "account");
  const name = hinted.find((p) => p !== number && !numbers(p));
  if (number || name) return { number, name };
  if (!headerless) return {};
  // A file without a header that repeats one account number (or IBAN) on every row, or a few of them, each on
  // many rows (Rabobank's old export of all the holder's accounts in one file).
  const repeated = profiles.find(
    (p) =>
      free(p) &&
      p.filled === p.rows &&
      p.rows >= 2 &&
      p.cells.length > 0 &&
      (p.distinct === 1 || p.distinct * 3 <= p.rows) &&
      p.values.every((value) => ACCOUNT_DIGITS.test(value) || isIban(value)),
  );
  return repeated ? { number: repeated } : {};
}

const ACCOUNT_DIGITS = /^\d[\d -]{5,}$/;

/** Two columns whose values go together on every row, each value of one with a single value of the other. */
function pairedOneToOne(a: ColumnProfile, b: ColumnProfile): boolean {
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  for (let row = 0; row < a.values.length; row++) {
    const [x, y] = [a.values[row] ?? "", b.values[row] ?? ""];
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
  }
  return forward.size >= 2 && forward.size < a.values.length;
}

const TEXT_WEIGHTS: Partial<Record<Role | "none", number>> = {
  payee: 3,
  description: 2.5,
  memo: 1.5,
  none: 1,
  kind: 0.6,
  type: 0.3,
  accountName: 0.3,
  // A second category column (a category's group, Boursorama's "categoryParent") describes no payment.
  category: 0,
};

/**
 * A column of ids such as "0acaccd4-7fdf-4a34-b462-9ed0c0e44d4c" (Nubank's "Identificador") or "X01KU8784PA3V3UX-5"
 * (ZKB's "ZKB-Referenz"): letters and digits in one word, no words.
 */
function holdsIdentifiers(profile: ColumnProfile): boolean {
  if (profile.filled === 0) return false;
  if (profile.uuids >= profile.filled * 0.9) return true;
  const codes = profile.values.filter((value) => REFERENCE_CODE.test(value.trim())).length;
  return codes >= profile.filled * 0.9;
}

const REFERENCE_CODE = /^(?=[^ ]*\d)(?=[^ ]*[A-Za-z])[A-Za-z0-9-]{10,}$/;

/** The column that best names the seller, and a second one for the memo. */
export function describeColumns(
  profiles: ColumnProfile[],
  taken: Set<number>,
  layout: LayoutMatch | null,
): { description?: number; descriptionIn?: number; memo?: number } {
  // A column of currency codes (Monzo's "local_currency") says nothing about the payment, even in a one-row
  // file; nor does a second column of dates written with month names (SBI's "Value Date": "5 Feb 2024").
  const texts = profiles.filter(
    (p) =>
      !taken.has(p.index) &&
      p.words > 0 &&
      p.words >= p.filled * 0.5 &&
      !holdsIdentifiers(p) &&
      p.currencies < p.filled &&
      // Mostly dates, whatever the lines below the table hold in it (SBI's footer of interest rates).
      p.dates * 2 < p.filled,
  );
  // The payer and the payee side by side (DKB "Zahlungspflichtige*r" and "Zahlungsempfänger*in"): the payee
  // names the seller of money going out, the payer the source of money coming in; the other is the user.
  // One column named for both sides (Deutsche Bank's "Begünstigter / Auftraggeber") is the counterparty
  // whichever way the money went; an "Abweichender Empfänger" (a different final payee) is seldom filled.
  const both = (p: ColumnProfile) => PAYER.test(normalizeName(p.name)) && PAYEE.test(normalizeName(p.name));
  const sided = texts.filter((p) => p.hint === "payee" && !ALTERNATE_PARTY.test(normalizeName(p.name)));
  const payer = sided.some(both) ? [] : sided.filter((p) => PAYER.test(normalizeName(p.name)));
  const payee = sided.filter((p) => PAYEE.test(normalizeName(p.name)) && !payer.includes(p));
  if (payer.length === 1 && payee.length === 1 && layout?.columns.description === undefined) {
    const memo = texts
      .filter((p) => p !== payer[0] && p !== payee[0] && (p.hint === "memo" || p.hint === "description"))
      .sort((a, b) => b.distinct - a.distinct)[0]?.index;
    return { description: payee[0]!.index, descriptionIn: payer[0]!.index, memo };
  }
  const scored = texts
    .map((p) => {
      const weight = TEXT_WEIGHTS[p.hint ?? "none"] ?? 0.2;
      const fill = p.filled / Math.max(1, p.rows);
      const variety = p.distinct / Math.max(1, p.filled);
      const length = Math.min(1, p.averageLength / 8);
      // A column of a few repeated capital codes (DBS's "Reference": MST, ITR, BILL) is the kind of payment,
      // not its seller, whatever its name.
      const codes =
        p.filled >= 3 &&
        p.distinct < p.filled &&
        p.values.every((v) => v === "" || /^\s*[A-Z]{2,4}\s*$/.test(v));
      // A column of the other party's IBANs (BNP Paribas Fortis's "Tegenpartij", beside "Naam van de tegenpartij")
      // names an account, not the seller, whatever its name suggests: it counts only for its other cells.
      const named = 1 - p.ibans / Math.max(1, p.filled);
      // Sellers' names are often short ("REWE", "Bakker"): length counts for little.
      const score = weight * fill * named * (0.4 + 0.6 * variety) * (0.6 + 0.4 * length) * (codes ? 0.3 : 1);
      return { index: p.index, score };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
  // The same text on every row (Finom's "Wallet-Name") names the account, not the payment: no memo.
  const isConstant = (index: number) => {
    const profile = profiles[index];
    return profile !== undefined && profile.distinct === 1 && profile.filled >= 3;
  };
  const layoutDescription = layout?.columns.description;
  const layoutMemo = layout?.columns.memo;
  const description =
    layoutDescription !== undefined && !taken.has(layoutDescription) ? layoutDescription : scored[0]?.index;
  const memo = layout?.none.includes("memo")
    ? undefined
    : layoutMemo !== undefined && !taken.has(layoutMemo) && layoutMemo !== description
      ? layoutMemo
      : scored.find((s) => s.index !== description && s.score >= 0.15 && !isConstant(s.index))?.index;
  return { description, memo };
}

// Deutsche Bank heads its table with "Letzter Kontostand" (the balance the period started from), not the
// balance now.
const OPENING_BALANCE =
  /\b(letzter|alter|previous|opening|anfangs|ancien|precedent|anterior|iniziale|vorheriger|pocatecni|poczatkowe)\b/;

/**
 * "Kontostand;28.2.2026;;;3.882,54;EUR" below the table (Deutsche Bank): the closing balance, with its date.
 * Only a row that starts with a balance word and holds one amount besides its date; the last such row wins.
 */
export function readClosingBalance(footer: CsvRow[], format: DateFormat | null): StatedBalance | null {
  let found: StatedBalance | null = null;
  for (const row of footer) {
    const [key = "", ...values] = row.cells.filter((cell) => cell !== "");
    if (hintFor(key) !== "balance" || OPENING_BALANCE.test(normalizeName(key))) continue;
    let asOf: string | null = null;
    const amounts: number[] = [];
    for (const value of values) {
      const date = format ? parseDateCell(value, format)?.postedOn : undefined;
      if (date) {
        asOf ??= date;
        continue;
      }
      const amount = /\d/.test(value) ? parseAmountText(value, sniffDecimalSeparator([value])) : null;
      if (amount !== null) amounts.push(amount);
    }
    if (amounts.length === 1) found = { balance: amounts[0]!, asOf };
  }
  return found;
}

const PAYER =
  /zahlungspflichtig|auftraggeber(?! empf)|\bpayer\b|remitter|ordenante|ordinante|donneur d ordre|debtor/;
const ALTERNATE_PARTY = /abweichend|ultimate|final/;
const PAYEE = /empfanger|beguenstigt|begunstigt|\bpayee\b|beneficiar|recipient|destinatar|creditor/;

// A key, then an amount with its currency after it: "Solde au 05/03/2024 2 345,67 €".
const TRAILING_AMOUNT = /^(.*?\p{L}.*?)\s+([-+]?\d[\d\s.,']*?\d(?:[.,]\d{1,3})?)\s*(?:\p{Sc}|[A-Z]{3})?\s*$/u;
/**
 * The key and the amount of a balance line that ends in one (TRAILING_AMOUNT); only a balance's key counts ("From
 * date 20250101" is no amount), and a title line is short, so no long text is tried.
 */
function trailingAmount(line: string): string[] {
  const found = line.length > 160 ? null : TRAILING_AMOUNT.exec(line);
  return found && hintFor(found[1]!) === "balance" ? found.slice(1) : [];
}
const DATE_ONLY = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const DATE_IN_TEXT = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/;

/** "Saldo:";"-76.77 EUR" and "Datum:";"04.02.2013" above the table; an available balance or limit is not it. */
export function readStatedBalance(preamble: CsvRow[], format: DateFormat | null): StatedBalance | null {
  let balance: number | null = null;
  let asOf: string | null = null;
  let currency: string | null = null;
  for (const row of preamble) {
    const filled = row.cells.filter((cell) => cell !== "");
    // ASB writes key and value in one cell: "Ledger Balance : 20.00 as of 20250412"; Crédit Agricole without the
    // colon, the date in the key: "Solde au 05/03/2024 2 345,67 €".
    const [key = "", written = ""] =
      filled.length === 1
        ? (/^([^:]+?)\s*:\s*(.+)$/.exec(filled[0] ?? "")?.slice(1) ?? trailingAmount(filled[0] ?? ""))
        : filled;
    const dated = /^(\S+)\s+as of\s+(\S+)$/i.exec(written.trim());
    const value = dated ? dated[1]! : written;
    const hint = hintFor(key);
    if (
      hint === "balance" &&
      balance === null &&
      !/availab|verfugbar|disponib|limit|dispo/.test(normalizeName(key)) &&
      !OPENING_BALANCE.test(normalizeName(key))
    ) {
      const separator = sniffDecimalSeparator([value]);
      balance = parseAmountText(value, separator);
      if (balance !== null) currency = readAmountCell(value, separator)?.currency ?? null;
      if (balance !== null && dated && asOf === null) asOf = readAnyDate(dated[2]!, format);
      // "Koncový stav účtu k 31.07.2026: 22984,38 CZK" (Fio): the key says the day.
      const keyDate = DATE_IN_TEXT.exec(key)?.[0];
      if (balance !== null && keyDate && asOf === null) asOf = readAnyDate(keyDate, format);
    }
    if ((hint === "date" || hint === "postedDate") && asOf === null) asOf = readAnyDate(value, format);
    // "Solde au";"08/08/2025" above "Solde";"2 275,29";"EUR" (Société Générale): the balance's day on a line of its own.
    if (hint === "balance" && asOf === null && DATE_ONLY.test(value.trim()))
      asOf = readAnyDate(value, format);
  }
  return balance === null ? null : { balance, asOf, currency };
}

export type StatedAccount = { number: string | null; currency: string | null; name: string | null };

// The key of an account's number above the table ("Cuenta:", "IBAN", "Konto", "Rekeningnummer", "Account Number:").
const ACCOUNT_KEY =
  /^(iban|account|account number|account no|cuenta|numero de cuenta|konto|kontonummer|konto iban|rekening|rekeningnummer|conta|compte|numero de compte|conto|tili|tilinumero)$/;
// The key of its currency ("Divisa:", "Währung", "Currency").
const CURRENCY_KEY = /^(divisa|currency|wahrung|devise|valuta|moneda|moeda|mena|waluta)$/;

/**
 * The account's number and currency stated above the table: "Cuenta:";"ES07 0081 0284 9600 0264 6670" and
 * "Divisa:";"EUR" (Sabadell). Only an IBAN whose check digits hold is taken: a masked or invented number, or a
 * card's, is no account's number.
 */
export function readStatedAccount(preamble: CsvRow[]): StatedAccount | null {
  let number: string | null = null;
  let currency: string | null = null;
  let accountName: string | null = null;
  for (const row of preamble) {
    const [key = "", value = ""] = row.cells.filter((cell) => cell !== "");
    const name = normalizeName(key);
    // DKB writes the account's kind after its IBAN: "DE00 0000 … / Girokonto".
    const [ibanText = "", kind] = value.split(/\s+\/\s+/, 2);
    const iban = electronicFormatIBAN(ibanText) ?? "";
    if (number === null && ACCOUNT_KEY.test(name) && isValidIBAN(iban)) {
      number = iban;
      accountName = kind?.trim() || null;
    }
    if (currency === null && CURRENCY_KEY.test(name)) currency = currencyCode(value.trim());
  }
  return number === null && currency === null ? null : { number, currency, name: accountName };
}

function readAnyDate(value: string, format: DateFormat | null): string | null {
  const formats = format ? [format, ...DATE_FORMATS] : DATE_FORMATS;
  for (const candidate of formats) {
    const date = parseDateCell(value, candidate)?.postedOn;
    if (date) return date;
  }
  return null;
}
