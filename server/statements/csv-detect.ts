import "server-only";

import { type DecimalSeparator, sniffDecimalSeparator } from "@/server/statements/amounts";
import {
  describeColumns,
  findAccountColumns,
  findStatusColumn,
  findTypeColumn,
  readClosingBalance,
  readStatedAccount,
  readStatedBalance,
  type StatedAccount,
  type StatedBalance,
} from "@/server/statements/csv-columns";
import { chooseDateFormat, dateOrderQuestion } from "@/server/statements/csv-date-order";
import { findFeeColumn } from "@/server/statements/csv-fee";
import { currencyInName, mentionsCard, normalizeName, type Role } from "@/server/statements/csv-header-names";
import {
  asnMapping,
  isAsnShape,
  isWellsFargoShape,
  type LayoutMatch,
  matchLayout,
} from "@/server/statements/csv-layouts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import {
  minorUnitsQuestion,
  thousandthsQuestion,
  writesAmbiguousThousandths,
  writesPaddedWholeNumbers,
} from "@/server/statements/csv-minor-units";
import { chooseAmounts, inTwoCurrencies, type RowOrder } from "@/server/statements/csv-money";
import {
  type ColumnProfile,
  isAmountColumn,
  isDateColumn,
  profileColumns,
} from "@/server/statements/csv-profile";
import {
  decideSign,
  isDebitCardAccount,
  owesWithPayments,
  type SignDecision,
  type SignQuestion,
} from "@/server/statements/csv-sign";
import { isHeaderLike, locateTable } from "@/server/statements/csv-table";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { cardPaymentColumn, signsByCardPayments, signsByWords } from "@/server/statements/csv-worded-signs";
import {
  currencyCode,
  isCurrencyCode,
  isCurrencyWord,
  minorDigits,
} from "@/server/statements/currency-codes";
import { parseDateCell } from "@/server/statements/dates";
import type { AccountType } from "@/server/statements/types";

// Reads an unknown CSV layout from its contents: which column is the date, the amount (or a debit/credit
// pair), the description, a balance, a status, a currency; then how to read the amount's sign. The result
// is a complete mapping, or a mapping plus the one question the file cannot answer, or nothing when the file
// has no dated amounts at all.

export type DetectContext = {
  /** The account the file goes into: a card's file is read with the card's sign habits. */
  accountType?: AccountType | null;
};

export type CsvDetection = {
  headerRow: number | null;
  /** Where the table ends (exclusive) and where other tables start, as file rows. */
  endRow: number;
  otherTables: number[];
  /** Null when Tally found no date and amount columns; `problem` says why. */
  mapping: CsvMapping | null;
  layoutId: string | null;
  /** Set when the file cannot say how to read its signs: the preview asks, and the import waits. */
  question: SignQuestion | null;
  /** How the sign convention was told, in words for the preview. */
  signReason: string | null;
  problem: string | null;
  /** A balance stated above the table ("Saldo:";"-76.77 EUR"), with its date when one is given there. */
  statedBalance: StatedBalance | null;
  /** The account's number and currency stated above the table. */
  statedAccount: StatedAccount | null;
};

export type { StatedBalance } from "@/server/statements/csv-columns";

export type { SignQuestion } from "@/server/statements/csv-sign";

// "4月30日" (Japanese, Chinese) and "4월 30일" (Korean): a month and day with no year, as JA Bank writes them.
const YEARLESS_CJK_DATE = /^\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]$/;

/** The problem of a file that is only a header line: the bank exported a period without transactions. */
export const EMPTY_EXPORT = "The file holds column names and not one transaction.";

export function detectCsv(rows: CsvRow[], context: DetectContext = {}): CsvDetection {
  const shape = locateTable(rows);
  const base = { headerRow: shape.headerRow, endRow: shape.endRow, otherTables: shape.otherTables };
  const fail = (problem: string): CsvDetection => ({
    ...base,
    mapping: null,
    layoutId: null,
    question: null,
    signReason: null,
    problem,
    statedBalance: null,
    statedAccount: null,
  });
  if (shape.dataRows.length === 0) {
    const lines = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
    const [only] = lines;
    const yearless = lines
      .flatMap((row) => row.cells)
      .map((cell) => cell.trim())
      .find((cell) => YEARLESS_CJK_DATE.test(cell));
    return fail(
      lines.length === 1 && only && isHeaderLike(only)
        ? EMPTY_EXPORT
        : yearless
          ? `The dates in this file have no year ("${yearless}"), so Tally cannot tell which year they are in. Export the statement with full dates (with the year) to import it.`
          : "No row in this file has both a date and an amount.",
    );
  }

  const header = shape.headerRow === null ? [] : (rows[shape.headerRow]?.cells ?? []);
  const profiles = profileColumns(rows, header, shape.bodyRows);
  const layout = header.length > 0 ? matchLayout(header) : null;
  const taken = new Set<number>();
  const take = (profile: ColumnProfile | undefined) => {
    if (profile) taken.add(profile.index);
    return profile?.index;
  };
  const byIndex = (index: number | undefined) => (index === undefined ? undefined : profiles[index]);
  const fromLayout = (key: keyof LayoutMatch["columns"], check: (p: ColumnProfile) => boolean) => {
    const profile = byIndex(layout?.columns[key]);
    return profile && check(profile) && !taken.has(profile.index) ? profile : undefined;
  };

  // Dates. A column named as a date may hold an unreadable cell: it is still the date column, and reading
  // it will name the line, where passing over it would take another column's dates without a word.
  const dateColumns = profiles.filter(
    (p) => isDateColumn(p) || (DATE_HINTS.has(p.hint as Role) && p.dates > 0 && p.dates * 2 >= p.filled),
  );
  // One date repeated on every row beside a date that changes is the statement's (CSB43's "initial_date",
  // an export date), not the transaction's: a column named as the booking date is kept all the same.
  const dates = dateColumns.filter(
    (p) =>
      !(
        p.distinct === 1 &&
        p.filled >= 2 &&
        p.hint !== "postedDate" &&
        dateColumns.some((other) => other !== p && other.distinct > 1)
      ),
  );
  const posted =
    fromLayout("date", (p) => dates.includes(p)) ??
    firstWithHint(dates, ["postedDate", "date"]) ??
    firstWithHint(dates, [null]) ??
    firstWithHint(dates, ["valueDate"]) ??
    dates[0];
  if (!posted) return fail("Tally found no column of dates.");
  take(posted);
  const transacted =
    fromLayout("transactionDate", (p) => dates.includes(p)) ??
    dates.find((p) => p.hint === "transactionDate" && !taken.has(p.index));
  take(transacted);

  // Amounts: a debit/credit pair or one amount column, and a running balance.
  // A column named as money may hold an unreadable cell: it is still the amount, and reading it will say
  // which line is wrong instead of "no amount column".
  // Wells Fargo's headerless export: its fourth column is the check number, a figure but no amount.
  const wellsFargo = header.length === 0 && isWellsFargoShape(rows);
  const amounts = profiles.filter(
    (p) =>
      !taken.has(p.index) &&
      !(wellsFargo && p.index === 3) &&
      !EXCLUDED_FROM_AMOUNTS.has(p.hint as Role) &&
      (isAmountColumn(p) || (MONEY_HINTS.has(p.hint as Role) && p.amounts > 0 && p.amounts * 2 >= p.filled)),
  );
  const emptySides = profiles.filter(
    (p) => !taken.has(p.index) && (p.hint === "debit" || p.hint === "credit") && p.nonZero === 0,
  );
  const money = chooseAmounts(amounts, layout, rowOrder(rows, shape.bodyRows, posted), emptySides);
  if (!money) return fail("Tally found no column of amounts.");
  for (const p of [money.amount, money.debit, money.credit, money.balance]) take(p);
  const otherCurrency = money.amount ? otherCurrencyAmount(profiles, taken, money.amount) : undefined;
  take(otherCurrency);

  // Columns that say something about each row.
  const typeColumn = money.amount
    ? (fromLayout("typeColumn", () => true) ?? findTypeColumn(profiles, taken, money.amount))
    : undefined;
  take(typeColumn);
  const status = findStatusColumn(profiles, taken);
  take(status);
  // Each row's own currency is on every row; a foreign or original amount's currency only on some.
  const currencyColumn = profiles.find(
    (p) =>
      !taken.has(p.index) &&
      p.filled > 0 &&
      p.filled >= p.rows * 0.95 &&
      (p.currencies >= p.filled * 0.9 || namesCurrenciesInWords(p)) &&
      p.hint !== "notAmount" &&
      // "Валюта операции": the purchase's currency, beside the account's.
      !/foreign|original|local|fremd|ursprung|exchange|origine|origineel|операции/.test(
        normalizeName(p.name),
      ),
  );
  take(currencyColumn);
  const externalId =
    fromLayout("externalId", () => true) ??
    profiles.find(
      (p) => !taken.has(p.index) && p.hint === "id" && p.distinct === p.filled && p.filled >= p.rows * 0.9,
    );
  take(externalId);
  const checkNumber =
    fromLayout("checkNumber", () => true) ??
    (wellsFargo && !taken.has(3) ? profiles[3] : undefined) ??
    // A column named for references or cheques that holds words (SBI's "Ref No./Cheque No.": "TRANSFER TO 4898…") is
    // text about the row, not a cheque number.
    profiles.find((p) => !taken.has(p.index) && p.hint === "check" && p.words * 2 < p.filled);
  take(checkNumber);
  const category =
    fromLayout("category", () => true) ??
    profiles.find((p) => !taken.has(p.index) && p.hint === "category" && p.words > 0) ??
    profiles.find((p) => !taken.has(p.index) && p.hint === "category" && holdsCategoryCodes(p));
  take(category);
  const accounts = layout?.none.includes("account")
    ? {}
    : findAccountColumns(profiles, taken, header.length === 0, layout);
  take(accounts.number);
  take(accounts.name);
  // Text past the header's last name on only some rows is a description split at an unquoted comma
  // ("AMAZON, INC"), put back together row by row, not a memo column; livebank runs on past it on every row.
  const named = header.reduce((last, name, i) => (name !== "" ? i + 1 : last), 0);
  const spilled = profiles.filter((p) => header.length > 0 && p.index >= named && p.filled * 2 < p.rows);
  const texts = describeColumns(profiles, new Set([...taken, ...spilled.map((p) => p.index)]), layout);
  if (texts.description === undefined) return fail("Tally found no column that describes the transactions.");

  const preambleRows = rows.slice(0, shape.headerRow ?? 0);
  const preamble = preambleRows.flatMap((row) => row.cells);
  const lastBodyRow = shape.bodyRows.at(-1) ?? rows.length;
  const footerRows = rows.slice(lastBodyRow + 1, shape.endRow);
  const statedBalance =
    readClosingBalance(footerRows, posted.dateFormat) ?? readStatedBalance(preambleRows, posted.dateFormat);
  // In a pair no name tells apart, the payment a card issuer thanks you for is money in; a balance that falls with it
  // is the amount owed, and the file a card's (TD's headerless Visa export).
  const paidInto =
    money.debit && money.credit && !money.pairNamed
      ? cardPaymentColumn(rows, shape.bodyRows, profiles[texts.description], money.debit, money.credit)
      : null;
  const isCard =
    context.accountType === "credit_card" ||
    layout?.accountType === "credit_card" ||
    preamble.some((cell) => mentionsCard(cell)) ||
    (header.some((name) => mentionsCard(name)) && !isDebitCardAccount(money)) ||
    (paidInto !== null &&
      context.accountType !== "checking" &&
      context.accountType !== "savings" &&
      owesWithPayments(money, paidInto));
  const sign: SignDecision = decideSign({
    money,
    typeColumn,
    layoutConvention: layout?.signConvention,
    isCard,
    accountType: context.accountType ?? null,
    statedBalance: statedBalance?.balance ?? null,
    wordedSigns:
      money.amount && !typeColumn ? signsByWords(rows, shape.bodyRows, profiles, money.amount) : null,
    cardPayments: money.amount
      ? signsByCardPayments(rows, shape.bodyRows, profiles[texts.description], money.amount)
      : null,
  });

  const fee = findFeeColumn(profiles, money);
  const amountHeader = money.amount?.name ?? money.debit?.name ?? "";
  const currency =
    currencyColumn === undefined
      ? (currencyInName(amountHeader) ??
        (money.amount ?? money.debit)?.cellCurrency ??
        (money.balance ? currencyInName(money.balance.name) : null))
      : null;
  const fileCurrency = currency ?? (currencyColumn ? currencyCode(currencyColumn.sample) : null);
  // A sort code column is a British or Irish bank's (Lloyds: "Sort Code"), whose dates are day-first: it settles
  // the order of dates that read both ways, as a pound or euro amount would. It says nothing of the currency.
  const dateCurrency =
    fileCurrency ?? (header.some((name) => /^sort ?code$/.test(normalizeName(name))) ? "GBP" : null);
  const mapping: CsvMapping = {
    headerRow: shape.headerRow,
    date: posted.index,
    ...(transacted ? { transactionDate: transacted.index } : {}),
    description: texts.description,
    ...(texts.descriptionIn !== undefined ? { descriptionIn: texts.descriptionIn } : {}),
    ...(texts.memo !== undefined ? { memo: texts.memo } : {}),
    ...(money.amount ? { amount: money.amount.index } : {}),
    ...(otherCurrency
      ? {
          otherCurrencyAmount: { column: otherCurrency.index, currency: currencyInName(otherCurrency.name)! },
        }
      : {}),
    ...(money.debit ? { debit: money.debit.index } : {}),
    ...(money.credit ? { credit: money.credit.index } : {}),
    ...(typeColumn ? { typeColumn: typeColumn.index } : {}),
    ...(status ? { status: status.index } : {}),
    ...(money.balance ? { balance: money.balance.index } : {}),
    ...(fee && sign.convention === "negative_is_out" ? { fee: fee.index } : {}),
    ...(currencyColumn ? { currencyColumn: currencyColumn.index } : {}),
    ...(externalId ? { externalId: externalId.index } : {}),
    ...(accounts.number ? { account: accounts.number.index } : {}),
    ...(accounts.name ? { accountName: accounts.name.index } : {}),
    ...(category ? { category: category.index } : {}),
    ...(checkNumber ? { checkNumber: checkNumber.index } : {}),
    dateFormat:
      layout?.dateFormat ?? chooseDateFormat(rows, shape.bodyRows, posted, money, dateCurrency, transacted),
    signConvention: sign.convention,
    // The balance counts too: amounts in whole kronor ("-1000") say nothing, a balance of "28148,13" does.
    decimalSeparator: moneySeparator(
      rows,
      shape.bodyRows,
      [money.amount, money.debit, money.credit, money.balance],
      fileCurrency,
    ),
    ...(isCard
      ? { accountType: "credit_card" as const }
      : layout?.accountType
        ? { accountType: layout.accountType }
        : {}),
    ...(currency ? { currency } : {}),
  };
  if (header.length === 0 && isAsnShape(rows)) {
    return {
      ...base,
      mapping: asnMapping(mapping),
      layoutId: "asn",
      question: null,
      signReason: "ASN Bank writes money out as a negative amount.",
      problem: null,
      statedBalance: null,
      statedAccount: null,
    };
  }
  const padded = writesPaddedWholeNumbers(rows, shape.bodyRows, [money.amount, money.debit, money.credit]);
  const thousandths =
    mapping.decimalSeparator === "," && fileCurrency === null
      ? writesAmbiguousThousandths(rows, shape.bodyRows, [
          money.amount,
          money.debit,
          money.credit,
          money.balance,
        ])
      : null;
  const read = sign.swap ? { ...mapping, debit: mapping.credit, credit: mapping.debit } : mapping;
  return {
    ...base,
    // Cents without a decimal point is the likelier reading, and the one shown until the user answers.
    mapping: padded && !sign.question ? { ...read, amountsInMinorUnits: true } : read,
    layoutId: layout?.id ?? (wellsFargo ? "wells-fargo" : null),
    question:
      sign.question ??
      (padded ? minorUnitsQuestion(padded) : null) ??
      (thousandths ? thousandthsQuestion(thousandths) : null) ??
      (layout?.dateFormat
        ? null
        : dateOrderQuestion(rows, shape.bodyRows, posted, money, dateCurrency, transacted)),
    signReason: sign.reason,
    problem: null,
    statedBalance,
    statedAccount: readStatedAccount(preambleRows),
  };
}

/**
 * A column of amounts in a second currency beside the amount column (RBC's "USD$" beside "CAD$"): named with
 * another currency, and filled only on rows where the amount column is empty.
 */
function otherCurrencyAmount(
  profiles: ColumnProfile[],
  taken: Set<number>,
  amount: ColumnProfile,
): ColumnProfile | undefined {
  if (currencyInName(amount.name) === null) return undefined;
  return profiles.find(
    (p) =>
      !taken.has(p.index) &&
      p.amounts > 0 &&
      p.amounts === p.filled &&
      inTwoCurrencies(amount, p) &&
      p.cells.every((cell, row) => cell === null || amount.cells[row] === null),
  );
}

const DATE_HINTS = new Set<Role>(["postedDate", "date", "valueDate", "transactionDate"]);
const MONEY_HINTS = new Set<Role>(["amount", "debit", "credit", "balance"]);

/** A column of four-digit merchant category codes ("5411"), which the categorizer reads as the bank's category. */
function holdsCategoryCodes(profile: ColumnProfile): boolean {
  return profile.filled > 0 && profile.values.every((value) => value === "" || /^\d{4}$/.test(value.trim()));
}

const EXCLUDED_FROM_AMOUNTS = new Set<Role>([
  "id",
  "account",
  "accountName",
  "check",
  "currency",
  "notAmount",
  "counterpartyAccount",
  "address",
  "card",
  "status",
  "category",
]);

/**
 * One decimal separator reads every money column. A debit column of whole numbers ("0", "50", "1500") says
 * nothing on its own, so when the columns disagree their cells are weighed together (Alfa-Bank's "Приход"
 * holds "33123,56" beside such a "Расход").
 */
function moneySeparator(
  rows: CsvRow[],
  bodyRows: number[],
  columns: (ColumnProfile | undefined)[],
  currency: string | null,
): DecimalSeparator {
  const money = columns.filter((p): p is ColumnProfile => p !== undefined);
  const [first] = money;
  if (!first) return ".";
  const separator = money.every((p) => p.separator === first.separator)
    ? first.separator
    : sniffDecimalSeparator(money.flatMap((p) => bodyRows.map((i) => rows[i]?.cells[p.index] ?? "")));
  // "-4.755" is four thousand in a file of rupiah or pesos, but 4.755 in one of Kuwaiti or Bahraini dinars, whose
  // amounts have three decimals: a file in such a currency that writes no decimal comma writes a decimal point.
  // Swiss francs are never grouped with a dot (1'234.50): "53.100" in Migros Bank's card export is 53.10, padded to
  // three decimals, not fifty-three thousand.
  if (separator === "," && currency !== null && (minorDigits(currency) === 3 || currency === "CHF")) {
    const cells = money.flatMap((p) => bodyRows.map((i) => rows[i]?.cells[p.index] ?? ""));
    if (!cells.some((cell) => /\d,\d{1,3}\s*$/.test(cell.trim()))) return ".";
  }
  return separator;
}

/** A column named for the currency that names it in words on every row ("Moneda": "Pesos", "Dólares"). */
function namesCurrenciesInWords(profile: ColumnProfile): boolean {
  return (
    profile.hint === "currency" &&
    profile.distinct <= 4 &&
    profile.values.every((value) => value.trim() === "" || isCurrencyCode(value) || isCurrencyWord(value))
  );
}

function firstWithHint(profiles: ColumnProfile[], hints: (Role | null)[]): ColumnProfile | undefined {
  return profiles.find((p) => hints.includes(p.hint));
}

/**
 * Which way the rows run by their posting dates, the same under every date order the cells allow, or null: the
 * way most steps from one row to the next go. Not the first and last rows alone: a file of two accounts one after
 * the other (Revolut's current account in 2026, then its savings pocket from 2024) runs forward within each.
 */
function rowOrder(rows: CsvRow[], bodyRows: number[], posted: ColumnProfile): RowOrder | null {
  const orders = new Set<RowOrder | null>();
  for (const format of posted.tiedDateFormats.length > 0 ? posted.tiedDateFormats : [posted.dateFormat]) {
    if (!format) continue;
    const dates = bodyRows
      .map((i) => parseDateCell(rows[i]?.cells[posted.index] ?? "", format)?.postedOn)
      .filter((date): date is string => date !== undefined);
    let forward = 0;
    let backward = 0;
    for (let k = 1; k < dates.length; k++) {
      if (dates[k]! > dates[k - 1]!) forward++;
      else if (dates[k]! < dates[k - 1]!) backward++;
    }
    orders.add(forward === backward ? null : forward > backward ? "oldest-first" : "newest-first");
  }
  return orders.size === 1 ? ([...orders][0] ?? null) : null;
}
