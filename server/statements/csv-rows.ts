import "server-only";

import type { Cents } from "@/lib/money";
import { parseAmountText } from "@/server/statements/amounts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import { type CsvRow, isBlankRow } from "@/server/statements/csv-tokenize";
import { parseDateCell } from "@/server/statements/dates";
import {
  type AccountType,
  type ParsedAccount,
  type ParsedTransaction,
  StatementParseError,
} from "@/server/statements/types";

// Turns tokenized rows into accounts under one mapping. A row that plainly is not a transaction (a section
// label, a total, a footer, a second table's header) is skipped; a row that is one but cannot be read
// refuses the whole file, because importing the rest would leave a silent hole in the user's history.

const DEBIT_WORDS = new Set(["debit", "dr", "d", "withdrawal", "out", "soll", "belastung", "charge", "sale"]);
const CREDIT_WORDS = new Set([
  "credit",
  "cr",
  "c",
  "deposit",
  "in",
  "haben",
  "gutschrift",
  "payment",
  "return",
]);

export function readAccounts(rows: CsvRow[], mapping: CsvMapping): ParsedAccount[] {
  const accounts = new Map<string, ParsedAccount>();
  let pending = false;
  const start = mapping.headerRow === null ? 0 : mapping.headerRow + 1;
  for (const row of rows.slice(start)) {
    const cell = (index: number | undefined) => (index === undefined ? "" : (row.cells[index] ?? ""));
    if (isBlankRow(row.cells)) continue;
    const label = sectionLabel(row.cells);
    if (label !== null) {
      // Schwab lists "Pending Transactions" then "Posted Transactions" in one table.
      if (/\bpending\b/i.test(label) && !/\btotal\b/i.test(label)) pending = true;
      if (/\bposted\b/i.test(label)) pending = false;
      continue;
    }
    const dateCell = cell(mapping.date);
    const amountCells = [mapping.amount, mapping.debit, mapping.credit].map(cell);
    if (dateCell === "" || amountCells.every((c) => c === "") || !/\d/.test(dateCell)) continue;

    const date = parseDateCell(dateCell, mapping.dateFormat);
    if (!date) {
      throw new StatementParseError(
        `Line ${row.line}: the date "${dateCell}" is not a ${mapping.dateFormat} date`,
        row.line,
        "date",
      );
    }
    const amount = readAmount(row, mapping);
    const transactionDateCell = cell(mapping.transactionDate);
    const transactedOn =
      date.transactedOn ??
      (transactionDateCell === ""
        ? null
        : (parseDateCell(transactionDateCell, mapping.dateFormat)?.postedOn ?? null));
    const memo = cleanText(cell(mapping.memo));
    const transaction: ParsedTransaction = {
      externalId: cell(mapping.externalId) || null,
      postedOn: date.postedOn,
      transactedOn,
      amount,
      description: cleanText(cell(mapping.description)) || memo || "(no description)",
      memo: memo || null,
      checkNumber: cell(mapping.checkNumber) || null,
      pending,
      categoryHint: cell(mapping.category) || null,
    };
    accountFor(accounts, cell(mapping.account), cell(mapping.accountName), mapping).transactions.push(
      transaction,
    );
  }
  return [...accounts.values()];
}

function readAmount(row: CsvRow, mapping: CsvMapping): Cents {
  const parse = (index: number | undefined, field: string): Cents | null => {
    const raw = index === undefined ? "" : (row.cells[index] ?? "");
    if (raw === "") return null;
    const cents = parseAmountText(raw, mapping.decimalSeparator);
    if (cents === null) {
      throw new StatementParseError(
        `Line ${row.line}: the ${field} "${raw}" is not a number`,
        row.line,
        field,
      );
    }
    return cents;
  };
  if (mapping.amount === undefined) {
    const debit = parse(mapping.debit, "debit amount") ?? 0;
    const credit = parse(mapping.credit, "credit amount") ?? 0;
    // Some banks write the debit column unsigned, some already negative; either way it is money out.
    return Math.abs(credit) - Math.abs(debit);
  }
  const amount = parse(mapping.amount, "amount") ?? 0;
  if (mapping.typeColumn !== undefined) {
    const word = (row.cells[mapping.typeColumn] ?? "").toLowerCase();
    if (DEBIT_WORDS.has(word)) return -Math.abs(amount);
    if (CREDIT_WORDS.has(word)) return Math.abs(amount);
    throw new StatementParseError(
      `Line ${row.line}: the type "${row.cells[mapping.typeColumn] ?? ""}" is neither debit nor credit`,
      row.line,
      "type",
    );
  }
  return mapping.signConvention === "positive_is_out" ? -amount : amount;
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
  if (/^no description$/i.test(text)) return "";
  return text
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s*<br\s*\/?>\s*/gi, " / ")
    .trim();
}

function accountFor(
  accounts: Map<string, ParsedAccount>,
  number: string,
  name: string,
  mapping: CsvMapping,
): ParsedAccount {
  const key = `${number}\u0000${name}`;
  let account = accounts.get(key);
  if (!account) {
    account = {
      accountNumber: number || null,
      type: mapping.accountType ?? guessAccountType(name),
      name: name || null,
      currency: mapping.currency ?? "USD",
      balance: null,
      transactions: [],
    };
    accounts.set(key, account);
  }
  return account;
}

function guessAccountType(name: string): AccountType {
  if (/card|visa|mastercard|amex/i.test(name)) return "credit_card";
  if (/saving/i.test(name)) return "savings";
  if (/checking|chequing|current/i.test(name)) return "checking";
  return "other";
}
