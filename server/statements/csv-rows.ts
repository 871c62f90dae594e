import "server-only";

import type { Cents } from "@/lib/money";
import { readAmountCell } from "@/server/statements/amounts";
import { type ChainEntry, readBalanceChain } from "@/server/statements/csv-balance-chain";
import {
  isBalanceLabel,
  isClosingBalanceLabel,
  isNeutralDirection,
  isPlaceholderCell,
  isSummaryText,
  statusOf,
  yesMeansPending,
} from "@/server/statements/csv-cell-words";
import { nameBeforeAddress, nameFromLabels } from "@/server/statements/csv-labelled-text";
import { type CsvMapping, mappedColumns } from "@/server/statements/csv-mapping";
import { readAmount, readBalance } from "@/server/statements/csv-row-amounts";
import { type CsvRow, isBlankRow } from "@/server/statements/csv-tokenize";
import {
  currencyOfCell,
  currentCurrencyCode,
  isCurrencyCode,
  isCurrencyWord,
} from "@/server/statements/currency-codes";
import { parseDateCell } from "@/server/statements/dates";
import {
  type AccountType,
  type ParsedAccount,
  type ParsedTransaction,
  type ParseWarning,
  StatementParseError,
} from "@/server/statements/types";

// Turns tokenized rows into accounts under one mapping. A row that plainly is not a transaction (a section
// label, a total, a footer, a repeated header) is passed over; a row that is one but cannot be read refuses
// the whole file with its line, because importing the rest would leave a silent hole in the user's history.
// Pending rows are imported as pending; pending rows without any date and declined ones are counted in a
// warning, never dropped without a word.

export type CsvRead = { accounts: ParsedAccount[]; warnings: ParseWarning[] };

/**
 * A balance the file states for a day; `running` when it is the balance column's, after a row, whose amount
 * `amount` is.
 */
type Balance = { date: string; balance: Cents; at: number; running?: boolean; amount?: Cents };
type AccountDraft = ParsedAccount & { balances: Balance[]; chain: ChainEntry[] };

const NO_DESCRIPTION = "(no description)";

export function readAccounts(rows: CsvRow[], mapping: CsvMapping, endRow = rows.length): CsvRead {
  const mapped = new Set(mappedColumns(mapping));
  const accounts = new Map<string, AccountDraft>();
  const header = mapping.headerRow === null ? null : (rows[mapping.headerRow]?.cells.join("\u0000") ?? null);
  const headerFirst = mapping.headerRow === null ? null : rows[mapping.headerRow]?.cells[0];
  const statusHeader =
    mapping.status !== undefined && mapping.headerRow !== null
      ? (rows[mapping.headerRow]?.cells[mapping.status] ?? "")
      : "";
  let pendingSection = false;
  let pendingWithoutDate = 0;
  let voided = 0;
  let neutral = 0;
  let lastRead: { index: number; transaction: ParsedTransaction } | null = null;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const start = mapping.headerRow === null ? 0 : mapping.headerRow + 1;
  // A status column that says only "posted", blank on the other rows (USAA's older export): those are not posted.
  const blankIsPending =
    mapping.status !== undefined && postedOrBlankOnly(rows, start, endRow, mapping.status);

  for (let index = start; index < Math.min(endRow, rows.length); index++) {
    const row = rows[index]!;
    if (
      isBlankRow(row.cells) ||
      (header !== null && row.cells[0] === headerFirst && row.cells.join("\u0000") === header)
    )
      continue;
    // DBS and OCBC write the kind on the dated line ("DEBIT PURCHASE") and the merchant on the line below, alone
    // in the description column: the row is both. (A section label such as "Posted Transactions" stands alone
    // too, but not under a transaction in the description column.)
    const previous = lastRead?.index === index - 1 ? lastRead.transaction : null;
    const below = cleanText(cellOf(row, mapping.description));
    if (
      previous &&
      mapping.date !== mapping.description &&
      below !== "" &&
      previous.description !== NO_DESCRIPTION &&
      row.cells.every((cell, at) => at === mapping.description || cell.trim() === "") &&
      !isSummaryText(below) &&
      !/\b(pending|posted)\b/i.test(below)
    ) {
      previous.description = `${previous.description} ${below}`;
      continue;
    }
    const label = sectionLabel(row.cells);
    if (label !== null) {
      // Schwab lists "Pending Transactions" then "Posted Transactions" in one table.
      if (/\bpending\b/i.test(label) && !/\btotal\b/i.test(label)) pendingSection = true;
      if (/\bposted\b/i.test(label)) pendingSection = false;
      continue;
    }
    const amountCells = [
      mapping.amount,
      mapping.debit,
      mapping.credit,
      mapping.otherCurrencyAmount?.column,
    ].map((at) => cellOf(row, at));
    // No amount at all: a footer, a note, a balance-only line ("Beginning balance as of 01/01/2024").
    if (amountCells.every((c) => c === "")) {
      // Or the second line of the row above, when that row had no description: Fintro's card export writes
      // each purchase's merchant on a line of its own under the date and the amount.
      if (previous?.description === NO_DESCRIPTION && below !== "" && cellOf(row, mapping.date) === "") {
        previous.description = below;
      }
      continue;
    }

    const dateCell = cellOf(row, mapping.date);
    const date = dateCell === "" ? null : parseDateCell(dateCell, mapping.dateFormat);
    const transactionCell = cellOf(row, mapping.transactionDate);
    const transacted = transactionCell === "" ? null : parseDateCell(transactionCell, mapping.dateFormat);
    // "offen" or "Pending" written where the date would be (comdirect) marks a pending row.
    const statusCell = cellOf(row, mapping.status);
    const status =
      (mapping.status === undefined
        ? null
        : blankIsPending && statusCell === ""
          ? "pending"
          : rowStatus(statusCell, statusHeader)) ??
      (!date && dateCell !== "" && statusOf(dateCell) === "pending" ? "pending" : null);

    // A declined or reverted row moved no money: counted, not imported, whatever its dates say.
    if (status === "void") {
      voided++;
      continue;
    }
    if (!date) {
      const readable = amountCells.some((c) => c !== "" && readAmountCell(c, mapping.decimalSeparator));
      // "Transactions Total", "Opening balance" where the date would be; a disclaimer with a stray number.
      const firstText = row.cells.find((c) => c !== "") ?? "";
      if (!readable || isSummaryText(dateCell) || isSummaryText(firstText)) continue;
      // A title line above a file without a header (BNP Paribas: the account's name, a date and the balance):
      // words where the date would be, before any transaction.
      const title = mapping.headerRow === null && firstDate === null && /^\D+$/.test(dateCell);
      if (title && statusOf(dateCell) !== "pending") continue;
      const pending = status === "pending" || pendingSection || (dateCell === "" && transacted !== null);
      if (dateCell !== "" && statusOf(dateCell) !== "pending") {
        throw new StatementParseError(
          `Line ${row.line}: the date "${dateCell}" is not a ${mapping.dateFormat} date`,
          row.line,
          "date",
        );
      }
      if (!pending) {
        throw new StatementParseError(`Line ${row.line}: the transaction has no date`, row.line, "date");
      }
      if (!transacted) {
        pendingWithoutDate++;
        continue;
      }
    }
    // An opening or closing balance or a turnover written as a dated row (Swedbank) moved no money. Its label
    // is in the memo, or in a column of its own (Volksbank's "Anfangssaldo" under "Kundenreferenz"), when the
    // description is the other party's column, which such a row leaves empty.
    const described = cellOf(row, mapping.description);
    if (
      isBalanceLabel(described) ||
      (described.trim() === "" &&
        (isBalanceLabel(cellOf(row, mapping.memo)) || row.cells.some((cell) => isBalanceLabel(cell))))
    ) {
      // A closing balance's figure is the account's balance on its day (Volksbank's "Endsaldo", Swedbank's
      // "Lõppsaldo"), signed as the file signs its amounts.
      const closingDate = row.cells.some(isClosingBalanceLabel)
        ? parseDateCell(cellOf(row, mapping.date), mapping.dateFormat)?.postedOn
        : undefined;
      const figure = closingDate ? closingFigure(row, mapping) : null;
      if (closingDate && figure !== null) {
        const account = accountFor(accounts, row, mapping, inOtherCurrency(row, mapping));
        account.balances.push({ date: closingDate, balance: figure, at: index });
      }
      continue;
    }
    // Marked neither in nor out (Alipay's 不计收支): a move between the user's own balances, counted, not imported.
    if (isNeutralDirection(cellOf(row, mapping.typeColumn))) {
      neutral++;
      continue;
    }
    const amount = readAmount(row, mapping);
    const postedOn = date?.postedOn ?? transacted!.postedOn;
    // A description masked whole ("*****": Nationwide's midata export hides a transfer's counterparty) says nothing:
    // the memo names the row.
    const written = withoutMaskOnly(cleanText(cellOf(row, mapping.description)));
    // "Nazwa odbiorcy: FILIP" among the row's labelled details (PKO BP), or a card terminal's name before its
    // backslashed address (SEB Estonia), names the row; the whole text becomes the memo.
    const labelled = nameFromLabels(written) ?? nameBeforeAddress(written);
    const mappedMemo = cleanText(cellOf(row, mapping.memo));
    // A description of numbers only (Nationwide writes a transfer's sort code and account number there, and its
    // counterparty in the type column) gives way to a memo in words, and becomes the memo.
    const numbersOnly = written !== "" && !/\p{L}/u.test(written) && /\p{L}/u.test(mappedMemo);
    const memo = labelled
      ? [mappedMemo, written].filter((part) => part !== "").join(" – ")
      : numbersOnly
        ? written
        : mappedMemo;
    const category = cellOf(row, mapping.category);
    const transaction: ParsedTransaction = {
      externalId: cellOf(row, mapping.externalId) || null,
      postedOn,
      transactedOn: date?.transactedOn ?? (transacted && date ? transacted.postedOn : null),
      amount,
      description:
        (amount > 0 ? cleanText(cellOf(row, mapping.descriptionIn)) : "") ||
        labelled ||
        (numbersOnly ? mappedMemo : written) ||
        memo ||
        unmappedText(row, mapped) ||
        NO_DESCRIPTION,
      memo: memo || null,
      checkNumber: cellOf(row, mapping.checkNumber) || null,
      pending: !date || status === "pending" || pendingSection,
      ...(category ? { bankCategory: category } : {}),
    };
    lastRead = { index, transaction };
    firstDate ??= postedOn;
    lastDate = postedOn;
    const account = accountFor(accounts, row, mapping, inOtherCurrency(row, mapping));
    account.transactions.push(transaction);
    const balance = mapping.balance === undefined ? "" : cellOf(row, mapping.balance);
    let after: Cents | null = null;
    if (balance !== "") {
      const written = readBalance(row, balance, mapping);
      after = mapping.balanceBeforeRow ? written + amount : written;
      account.balances.push({ date: postedOn, balance: after, at: index, running: true, amount });
    }
    account.chain.push({
      postedOn,
      amount,
      balance: after,
      pending: transaction.pending === true,
      line: row.line,
    });
  }

  // The latest balance belongs to the newest row: the first of its day in a newest-first file, the last otherwise.
  const newestFirst = firstDate !== null && lastDate !== null && firstDate > lastDate;
  const warnings: ParseWarning[] = [];
  if (pendingWithoutDate > 0) {
    warnings.push({
      message: `${pendingWithoutDate} pending transaction(s) without a date were not imported; they will come in once the bank posts them.`,
    });
  }
  if (neutral > 0) {
    warnings.push({
      message: `${neutral} transaction(s) marked as neither money in nor money out (such as 不计收支, a move between your own balances) were not imported.`,
    });
  }
  if (voided > 0) {
    warnings.push({
      message: `${voided} declined or reverted transaction(s) were not imported: no money moved.`,
    });
  }
  for (const account of accounts.values()) {
    const label = account.name ?? account.accountNumber ?? (accounts.size === 1 ? "this file" : "an account");
    const chain = readBalanceChain(account.chain, label, account.type === "credit_card");
    if (chain.warning) warnings.push(chain.warning);
    // A card's balance owed is kept as Tally keeps every balance: money held, so negative when owed.
    if (chain.owed) for (const entry of account.balances) if (entry.running) entry.balance = -entry.balance;
  }
  return {
    accounts: [...accounts.values()].map(({ balances, chain: _chain, ...account }) => {
      const latest = latestBalance(balances, newestFirst);
      return { ...account, balance: latest?.balance ?? null, balanceAsOf: latest?.date ?? null };
    }),
    warnings,
  };
}

function latestBalance(balances: Balance[], newestFirst: boolean): Balance | null {
  let latest: Balance | null = null;
  for (const entry of balances) {
    if (!latest || entry.date > latest.date) latest = entry;
    else if (entry.date === latest.date && (newestFirst ? entry.at < latest.at : entry.at > latest.at))
      latest = entry;
  }
  return (latest && closingOfDay(balances, latest.date)) ?? latest;
}

/**
 * The last day's closing balance by its figures, where the file's order does not tell (a file of one day, newest
 * row first: Revolut Business): the row whose balance is no other row's balance before it. Null when that is not
 * one row.
 */
function closingOfDay(balances: Balance[], date: string): Balance | null {
  const day = balances.filter((entry) => entry.date === date && entry.running && entry.amount !== undefined);
  if (day.length < 2) return null;
  const before = new Set(day.map((entry) => entry.balance - entry.amount!));
  const closing = day.filter((entry) => !before.has(entry.balance));
  return closing.length === 1 ? closing[0]! : null;
}

/**
 * A closing balance line's figure, or null when it has none that reads. It is a balance, not a transaction: a figure
 * Tally cannot read leaves the account without it rather than refusing the file, as the line was passed over before.
 * A card's file that writes purchases positive is left out too: its balance owed is no amount of money in or out.
 */
function closingFigure(row: CsvRow, mapping: CsvMapping): Cents | null {
  if (mapping.signConvention === "positive_is_out") return null;
  if ([mapping.amount, mapping.debit, mapping.credit].every((at) => cellOf(row, at) === "")) return null;
  try {
    return readAmount(row, mapping);
  } catch (error) {
    if (error instanceof StatementParseError) return null;
    throw error;
  }
}

/**
 * The longest text in a column the mapping does not read, for a row whose description and memo columns are both
 * empty (Volksbank writes an account's closing charges, "Abschluss per 31.05.2020", only under "Vorgang"): it
 * says more than "(no description)". A currency code is no description.
 */
function unmappedText(row: CsvRow, mapped: ReadonlySet<number>): string {
  let best = "";
  row.cells.forEach((cell, column) => {
    if (mapped.has(column) || !/\p{L}/u.test(cell) || isCurrencyCode(cell) || isCurrencyWord(cell)) return;
    const text = cleanText(cell);
    if (text.length > best.length) best = text;
  });
  return best;
}

function withoutMaskOnly(text: string): string {
  return /[\p{L}\p{N}]/u.test(text) ? text : "";
}

function postedOrBlankOnly(rows: CsvRow[], start: number, end: number, column: number): boolean {
  let posted = 0;
  let blank = 0;
  for (let index = start; index < Math.min(end, rows.length); index++) {
    const row = rows[index]!;
    if (isBlankRow(row.cells)) continue;
    const cell = row.cells[column] ?? "";
    if (cell === "") blank++;
    else if (statusOf(cell) === "posted") posted++;
    else return false;
  }
  return posted > 0 && blank > 0 && blank < posted;
}

function cellOf(row: CsvRow, at: number | undefined): string {
  return at === undefined ? "" : (row.cells[at] ?? "");
}

function rowStatus(cell: string, headerName: string): "pending" | "posted" | "void" | null {
  const word = statusOf(cell);
  if (word === "yes" || word === "no")
    return (word === "yes") === yesMeansPending(headerName) ? "pending" : "posted";
  return word;
}

// A row with a single non-empty cell that has no digits is a section label ("Posted Transactions").
function sectionLabel(cells: string[]): string | null {
  const filled = cells.filter((c) => c !== "");
  return filled.length === 1 && !/\d/.test(filled[0] ?? "") ? (filled[0] ?? null) : null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

// Mint's raw descriptions carry HTML ("WA&lt;br/&gt;Skydue…"); a line break becomes " / ", and Fidelity's
// "No Description" placeholder means there is none.
function cleanText(text: string): string {
  // Placeholders for "nothing here": Fidelity's "No Description", WeChat Pay's "/", Finom's "N/A".
  if (/^no description$/i.test(text) || /^[/\\–—-]$/.test(text.trim()) || isPlaceholderCell(text)) return "";
  return (
    text
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
        if (name.startsWith("#")) {
          const code =
            name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
          return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
      })
      // A line break inside a quoted cell (Danske's two-line memos) reads as one line, like an HTML <br>.
      .replace(/\s*(?:<br\s*\/?>|\n)\s*/gi, " / ")
      .trim()
      // ASN Bank wraps its description in single quotes ('Salaris maart'): they are not part of the text.
      .replace(/^'(.+)'$/s, "$1")
      .trim()
  );
}

function accountFor(
  accounts: Map<string, AccountDraft>,
  row: CsvRow,
  mapping: CsvMapping,
  otherCurrency: string | null,
): AccountDraft {
  const cell = (at: number | undefined) => (at === undefined ? "" : (row.cells[at] ?? ""));
  const number = cell(mapping.account);
  const name = cell(mapping.accountName);
  const written = cell(mapping.currencyColumn);
  const rowCurrency = otherCurrency ?? (written === "" ? null : currencyOfCell(written));
  // A currency named in words that does not say which ("Pesos") still keeps its rows apart from the others'.
  const unnamedCurrency = rowCurrency === null && written !== "" && isCurrencyWord(written);
  if (written !== "" && rowCurrency === null && !unnamedCurrency) {
    throw new StatementParseError(
      `Line ${row.line}: the currency "${written.toUpperCase()}" is not a currency code`,
      row.line,
      "currency",
    );
  }
  const currency = rowCurrency ?? (mapping.currency ? currentCurrencyCode(mapping.currency) : null);
  const key = `${number}\u0000${name}\u0000${currency ?? (unnamedCurrency ? written.trim().toLowerCase() : "")}`;
  let account = accounts.get(key);
  if (!account) {
    account = {
      accountNumber: number || null,
      type: mapping.accountType ?? guessAccountType(name),
      name: name || null,
      currency,
      balance: null,
      transactions: [],
      balances: [],
      chain: [],
    };
    accounts.set(key, account);
  }
  return account;
}

/** The currency of a row whose amount is written in the other currency's column (RBC's "USD$"), else null. */
function inOtherCurrency(row: CsvRow, mapping: CsvMapping): string | null {
  const other = mapping.otherCurrencyAmount;
  if (!other || (row.cells[mapping.amount ?? -1] ?? "").trim() !== "") return null;
  return (row.cells[other.column] ?? "").trim() === "" ? null : other.currency;
}

export function guessAccountType(name: string): AccountType {
  if (/card|visa|mastercard|amex|karte|carte|kaart|tarjeta|carta/i.test(name)) return "credit_card";
  if (/saving|spar|epargne|épargne|ahorro|risparmio/i.test(name)) return "savings";
  if (/checking|chequing|current|giro|courant|corriente|corrente|betaal/i.test(name)) return "checking";
  return "other";
}
