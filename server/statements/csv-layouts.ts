import "server-only";

import { parseAmountText } from "@/server/statements/amounts";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { type DateFormat, parseDateCell, sniffDateFormat } from "@/server/statements/dates";
import type { AccountType } from "@/server/statements/types";

// Built-in layouts of US bank exports, recognized from their header row (or, for Wells Fargo, from the
// shape of a headerless row). Column sets are the banks' own; see tests/fixtures/statements/csv/tally-*.csv.

type ColumnKey =
  | "date"
  | "transactionDate"
  | "description"
  | "memo"
  | "amount"
  | "debit"
  | "credit"
  | "typeColumn"
  | "externalId"
  | "account"
  | "accountName"
  | "category"
  | "checkNumber";

type Layout = {
  id: string;
  /** Header names (compared trimmed and case-insensitively) that must all be present. */
  header: string[];
  /** Only these columns, no more: "Date,Description,Amount" is Amex only when it is the whole header. */
  exact?: boolean;
  columns: Partial<Record<ColumnKey, string>>;
  signConvention?: CsvMapping["signConvention"];
  accountType?: AccountType;
  dateFormats?: DateFormat[];
};

const US_DATES: DateFormat[] = ["MM/DD/YYYY", "YYYY-MM-DD"];

// Most specific first: several layouts share "Date", "Description" and "Amount".
const LAYOUTS: Layout[] = [
  {
    id: "mint",
    header: [
      "Date",
      "Description",
      "Original Description",
      "Amount",
      "Transaction Type",
      "Category",
      "Account Name",
    ],
    columns: {
      date: "Date",
      description: "Original Description",
      amount: "Amount",
      typeColumn: "Transaction Type",
      category: "Category",
      accountName: "Account Name",
      memo: "Notes",
    },
  },
  {
    id: "chase-checking",
    header: ["Details", "Posting Date", "Description", "Amount", "Type", "Balance"],
    columns: {
      date: "Posting Date",
      description: "Description",
      amount: "Amount",
      checkNumber: "Check or Slip #",
    },
    accountType: "checking",
  },
  {
    id: "chase-credit-card",
    header: ["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount"],
    columns: {
      date: "Post Date",
      transactionDate: "Transaction Date",
      description: "Description",
      amount: "Amount",
      category: "Category",
      memo: "Memo",
    },
    accountType: "credit_card",
  },
  {
    id: "capital-one",
    header: ["Transaction Date", "Posted Date", "Card No.", "Description", "Category", "Debit", "Credit"],
    columns: {
      date: "Posted Date",
      transactionDate: "Transaction Date",
      description: "Description",
      debit: "Debit",
      credit: "Credit",
      category: "Category",
    },
    accountType: "credit_card",
    dateFormats: ["YYYY-MM-DD", "MM/DD/YYYY"],
  },
  {
    id: "bank-of-america-credit-card",
    header: ["Posted Date", "Reference Number", "Payee", "Address", "Amount"],
    columns: {
      date: "Posted Date",
      description: "Payee",
      amount: "Amount",
      externalId: "Reference Number",
      memo: "Address",
    },
    accountType: "credit_card",
  },
  {
    id: "bank-of-america-checking",
    header: ["Date", "Description", "Amount", "Running Bal."],
    columns: { date: "Date", description: "Description", amount: "Amount" },
    accountType: "checking",
  },
  {
    id: "amex-extended",
    header: ["Date", "Description", "Card Member", "Account #", "Amount"],
    columns: {
      date: "Date",
      description: "Description",
      amount: "Amount",
      category: "Category",
      externalId: "Reference",
    },
    signConvention: "positive_is_out",
    accountType: "credit_card",
  },
  {
    id: "amex",
    header: ["Date", "Description", "Amount"],
    exact: true,
    columns: { date: "Date", description: "Description", amount: "Amount" },
    signConvention: "positive_is_out",
    accountType: "credit_card",
  },
  {
    id: "schwab-checking",
    header: ["Date", "Type", "Check #", "Description", "Withdrawal (-)", "Deposit (+)"],
    columns: {
      date: "Date",
      description: "Description",
      debit: "Withdrawal (-)",
      credit: "Deposit (+)",
      checkNumber: "Check #",
    },
    accountType: "checking",
  },
  {
    id: "schwab-brokerage",
    header: ["Date", "Action", "Symbol", "Description", "Quantity", "Price", "Fees & Comm", "Amount"],
    columns: { date: "Date", description: "Description", memo: "Action", amount: "Amount" },
    accountType: "other",
  },
  {
    id: "fidelity-all-accounts",
    header: ["Run Date", "Account", "Account Number", "Action", "Symbol", "Description", "Amount"],
    columns: {
      date: "Run Date",
      description: "Action",
      memo: "Description",
      amount: "Amount",
      account: "Account Number",
      accountName: "Account",
    },
    accountType: "other",
  },
  {
    id: "fidelity",
    header: ["Run Date", "Action", "Symbol", "Security Description", "Amount ($)"],
    columns: { date: "Run Date", description: "Action", memo: "Security Description", amount: "Amount ($)" },
    accountType: "other",
  },
  {
    id: "dcu",
    header: ["Date", "Transaction Type", "Description", "Amount", "ID", "Memo", "Current Balance"],
    // The amount is already signed; the DEBIT/CREDIT column only repeats it.
    columns: { date: "Date", description: "Description", amount: "Amount", externalId: "ID", memo: "Memo" },
    accountType: "checking",
  },
];

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

export type DetectedLayout = { id: string; mapping: CsvMapping };

// How far into the file a header may sit: Bank of America's summary block is about 8 rows, Fidelity's 6.
const HEADER_SEARCH_ROWS = 40;

export function detectLayout(rows: CsvRow[]): DetectedLayout | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const names = (rows[index]?.cells ?? []).map(normalizeHeader);
    while (names.at(-1) === "") names.pop();
    const layout = LAYOUTS.find((l) => matches(l, names));
    if (layout) return { id: layout.id, mapping: buildMapping(layout, index, names, rows) };
  }
  return detectWellsFargo(rows);
}

function matches(layout: Layout, names: string[]): boolean {
  const required = layout.header.map(normalizeHeader);
  if (layout.exact && required.length !== names.length) return false;
  return required.every((name) => names.includes(name));
}

function buildMapping(layout: Layout, headerRow: number, names: string[], rows: CsvRow[]): CsvMapping {
  const indexOf = (name: string | undefined) => {
    if (name === undefined) return undefined;
    const index = names.indexOf(normalizeHeader(name));
    return index === -1 ? undefined : index;
  };
  const columns = Object.fromEntries(
    Object.entries(layout.columns).map(([key, name]) => [key, indexOf(name)]),
  ) as Partial<Record<ColumnKey, number>>;
  const date = columns.date ?? 0;
  const dateCells = rows.slice(headerRow + 1).map((row) => row.cells[date] ?? "");
  const candidates = layout.dateFormats ?? US_DATES;
  return {
    ...columns,
    headerRow,
    date,
    description: columns.description ?? 0,
    dateFormat: sniffDateFormat(dateCells, candidates) ?? candidates[0] ?? "MM/DD/YYYY",
    signConvention: layout.signConvention ?? "negative_is_out",
    decimalSeparator: ".",
    accountType: layout.accountType,
  };
}

// Wells Fargo sends no header: "date","signed amount","*","check number","description".
function detectWellsFargo(rows: CsvRow[]): DetectedLayout | null {
  const first = rows.find((row) => row.cells.some((cell) => cell !== ""));
  if (first?.cells.length !== 5) return null;
  const [date = "", amount = "", star = ""] = first.cells;
  if (star !== "*" || !parseDateCell(date, "MM/DD/YYYY") || parseAmountText(amount, ".") === null)
    return null;
  return {
    id: "wells-fargo",
    mapping: {
      headerRow: null,
      date: 0,
      amount: 1,
      checkNumber: 3,
      description: 4,
      dateFormat: "MM/DD/YYYY",
      signConvention: "negative_is_out",
      decimalSeparator: ".",
      accountType: "checking",
    },
  };
}
