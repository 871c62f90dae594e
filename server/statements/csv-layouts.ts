import "server-only";

import { normalizeName } from "@/server/statements/csv-header-names";
import type { CsvMapping, SignConvention } from "@/server/statements/csv-mapping";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import type { DateFormat } from "@/server/statements/dates";
import type { AccountType } from "@/server/statements/types";

// Exports Tally knows by name. Detection reads any CSV by content; a known layout only settles what content
// cannot (which of two description columns is the raw bank text, a card's sign convention) and names the
// bank in the preview. A layout matches by fingerprint: most of its column names present, in any order,
// so a newer export with renamed or added columns is still recognized.

export type LayoutColumn = Exclude<
  keyof CsvMapping,
  "headerRow" | "dateFormat" | "signConvention" | "decimalSeparator" | "accountType" | "currency"
>;

type Layout = {
  id: string;
  /** Normalized header names that identify the export. */
  signature: string[];
  /** Which column plays which part, by any of these normalized names. */
  columns: Partial<Record<LayoutColumn, string[]>>;
  /** Parts that no column plays, whatever the names suggest (Amex's "Account #" is a card member's). */
  none?: LayoutColumn[];
  signConvention?: SignConvention;
  accountType?: AccountType;
  /** The order of its dates, where a file of a few rows may not show it (RBC's "3/2/2026"). */
  dateFormat?: DateFormat;
};

const LAYOUTS: Layout[] = [
  {
    id: "mint",
    signature: [
      "date",
      "description",
      "original description",
      "amount",
      "transaction type",
      "category",
      "account name",
      "labels",
      "notes",
    ],
    columns: {
      description: ["original description"],
      typeColumn: ["transaction type"],
      category: ["category"],
      accountName: ["account name"],
      memo: ["notes"],
    },
  },
  {
    // Revolut's statement: one file for all of a currency's pockets, each row's in Product ("Current",
    // "Savings", "Deposit"), so a move to the savings vault is two accounts' rows, not one account's pair.
    id: "revolut",
    signature: [
      "type",
      "product",
      "started date",
      "completed date",
      "description",
      "amount",
      "fee",
      "currency",
      "state",
      "balance",
    ],
    columns: { accountName: ["product"] },
  },
  {
    // mBank's history: "#Opis operacji" is the kind of operation ("ZAKUP PRZY UŻYCIU KARTY"); the shop or the
    // transfer's title is in "#Tytuł".
    id: "mbank",
    signature: [
      "data ksiegowania",
      "data operacji",
      "opis operacji",
      "tytuł",
      "nadawca odbiorca",
      "numer konta",
      "kwota",
      "saldo po operacji",
    ],
    columns: { description: ["tytuł"], memo: ["opis operacji"] },
  },
  {
    id: "chase-checking",
    signature: ["details", "posting date", "description", "amount", "type", "balance", "check or slip"],
    columns: { date: ["posting date", "post date"], checkNumber: ["check or slip"] },
    // "Details" only repeats DEBIT/CREDIT/CHECK.
    none: ["memo"],
    accountType: "checking",
  },
  {
    id: "chase-credit-card",
    signature: ["transaction date", "post date", "description", "category", "type", "amount", "memo"],
    columns: {
      date: ["post date", "posting date"],
      transactionDate: ["transaction date"],
      category: ["category"],
      memo: ["memo"],
    },
    signConvention: "negative_is_out",
    accountType: "credit_card",
  },
  {
    id: "capital-one",
    signature: ["transaction date", "posted date", "card no", "description", "category", "debit", "credit"],
    columns: { date: ["posted date"], transactionDate: ["transaction date"], category: ["category"] },
    accountType: "credit_card",
  },
  {
    id: "bank-of-america-credit-card",
    signature: ["posted date", "reference number", "payee", "address", "amount"],
    columns: { description: ["payee"], memo: ["address"], externalId: ["reference number"] },
    signConvention: "negative_is_out",
    accountType: "credit_card",
  },
  {
    // RBC Royal Bank's download, every account of the client in one file ("Chequing", "Savings", "Visa"): money out
    // negative in each, the amount in "CAD$" or, for a US dollar account, "USD$".
    id: "rbc",
    signature: [
      "account type",
      "account number",
      "transaction date",
      "cheque number",
      "description 1",
      "description 2",
      "cad",
      "usd",
    ],
    columns: {},
    signConvention: "negative_is_out",
    dateFormat: "MM/DD/YYYY",
  },
  {
    id: "bank-of-america-checking",
    signature: ["date", "description", "amount", "running bal"],
    columns: { balance: ["running bal"] },
    accountType: "checking",
  },
  {
    id: "amex-extended",
    signature: [
      "date",
      "description",
      "card member",
      "account",
      "amount",
      "extended details",
      "appears on your statement as",
      "address",
      "reference",
      "category",
    ],
    columns: { externalId: ["reference"], category: ["category"], memo: ["extended details"] },
    // "Account #" tells the card members of one account apart; it is not a second account.
    none: ["account", "accountName"],
    // American Express writes charges as positive amounts and payments as negative ones.
    signConvention: "positive_is_out",
    accountType: "credit_card",
  },
  {
    id: "schwab-checking",
    signature: ["date", "type", "check", "description", "withdrawal", "deposit", "runningbalance"],
    columns: { checkNumber: ["check"], balance: ["runningbalance", "running balance"] },
    accountType: "checking",
  },
  {
    id: "schwab-brokerage",
    signature: ["date", "action", "symbol", "description", "quantity", "price", "fees comm", "amount"],
    columns: { description: ["description"], memo: ["action"] },
    accountType: "other",
  },
  {
    id: "fidelity-all-accounts",
    signature: ["run date", "account", "account number", "action", "symbol", "description", "amount"],
    columns: {
      description: ["action"],
      memo: ["description"],
      account: ["account number"],
      accountName: ["account"],
    },
    accountType: "other",
  },
  {
    id: "fidelity",
    signature: ["run date", "action", "symbol", "security description", "security type", "amount"],
    columns: { description: ["action"], memo: ["security description"] },
    accountType: "other",
  },
  {
    id: "dcu",
    signature: ["date", "transaction type", "description", "amount", "id", "memo", "current balance"],
    columns: { externalId: ["id"], memo: ["memo"] },
    accountType: "checking",
  },
];

export type LayoutMatch = {
  id: string;
  columns: Partial<Record<LayoutColumn, number>>;
  none: LayoutColumn[];
  signConvention?: SignConvention;
  accountType?: AccountType;
  dateFormat?: DateFormat;
};

// Three quarters of the signature, and at least three names; and the names that are not in every bank's
// export must carry it: "Date, Description, Amount, Balance" alone is anyone's.
const MIN_SHARE = 0.75;
const MIN_NAMES = 3;
const COMMON_NAMES = new Set([
  "date",
  "description",
  "amount",
  "balance",
  "type",
  "category",
  "memo",
  "notes",
  "id",
  "status",
  "account",
  "reference",
  "symbol",
  "quantity",
  "price",
  "action",
  "details",
  "debit",
  "credit",
  "address",
]);

export function matchLayout(header: string[]): LayoutMatch | null {
  const names = header.map(normalizeName);
  let best: { layout: Layout; share: number } | null = null;
  for (const layout of LAYOUTS) {
    const found = layout.signature.filter((name) => names.includes(name));
    const share = found.length / layout.signature.length;
    const distinctive = layout.signature.filter((name) => !COMMON_NAMES.has(name));
    const distinctiveFound = found.filter((name) => !COMMON_NAMES.has(name)).length;
    if (found.length < MIN_NAMES || share < MIN_SHARE) continue;
    if (distinctiveFound < Math.min(2, distinctive.length)) continue;
    if (!best || share > best.share) best = { layout, share };
  }
  if (!best) return null;
  const columns: Partial<Record<LayoutColumn, number>> = {};
  for (const [key, aliases] of Object.entries(best.layout.columns) as [LayoutColumn, string[]][]) {
    const index = names.findIndex((name) => aliases.includes(name));
    if (index !== -1) columns[key] = index;
  }
  return {
    id: best.layout.id,
    columns,
    none: best.layout.none ?? [],
    ...(best.layout.signConvention ? { signConvention: best.layout.signConvention } : {}),
    ...(best.layout.accountType ? { accountType: best.layout.accountType } : {}),
    ...(best.layout.dateFormat ? { dateFormat: best.layout.dateFormat } : {}),
  };
}

/** Wells Fargo sends no header: "date","signed amount","*","check number","description". */
export function isWellsFargoShape(rows: CsvRow[]): boolean {
  const first = rows.find((row) => row.cells.some((cell) => cell !== ""));
  return (
    first?.cells.length === 5 &&
    first.cells[2] === "*" &&
    /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(first.cells[0] ?? "")
  );
}

// ASN Bank's export (and its sister banks' SNS and RegioBank, one Volksbank format) has no header line. Its
// published layout is 19 columns: booking date (dd-mm-yyyy), own IBAN, counterparty IBAN, counterparty name,
// address, postcode, city, account currency, balance before the booking, booking currency, signed amount,
// journal date, value date, internal code, global code (GEA, BEA, OVB…), sequence number, reference,
// description in single quotes ('…'), statement number.
const DD_MM_YYYY = /^\d{2}-\d{2}-\d{4}$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;

export function isAsnShape(rows: CsvRow[]): boolean {
  const first = rows.find((row) => row.cells.some((cell) => cell !== ""));
  const cells = first?.cells ?? [];
  return (
    cells.length === 19 &&
    [0, 11, 12].every((i) => DD_MM_YYYY.test(cells[i] ?? "")) &&
    IBAN.test(cells[1] ?? "") &&
    /^[A-Z]{3}$/.test(cells[7] ?? "") &&
    /^[A-Z]{3}$/.test(cells[9] ?? "") &&
    /^-?\d+(?:\.\d+)?$/.test(cells[10] ?? "")
  );
}

/**
 * The columns ASN's format fixes, whatever the contents suggest: content alone took the quoted description
 * (empty on many rows) for the name, or the counterparty IBAN for a memo. A row is named by its counterparty,
 * and by the bank's description when it has none (a fee, a cash withdrawal); the amount is signed.
 */
export function asnMapping(detected: CsvMapping): CsvMapping {
  return {
    headerRow: null,
    date: 0,
    description: 3,
    memo: 17,
    amount: 10,
    // "Saldo rekening voor mutatie": the balance before the row, so the row's amount is added to it.
    balance: 8,
    balanceBeforeRow: true,
    currencyColumn: 9,
    account: 1,
    dateFormat: "DD-MM-YYYY",
    signConvention: "negative_is_out",
    decimalSeparator: detected.decimalSeparator,
  };
}

const NAMES: Record<string, string> = {
  mint: "Mint export",
  "chase-checking": "Chase checking",
  "chase-credit-card": "Chase credit card",
  "capital-one": "Capital One",
  "bank-of-america-credit-card": "Bank of America credit card",
  "bank-of-america-checking": "Bank of America checking",
  "amex-extended": "American Express",
  "schwab-checking": "Schwab checking",
  "schwab-brokerage": "Schwab brokerage",
  "fidelity-all-accounts": "Fidelity (all accounts)",
  fidelity: "Fidelity",
  dcu: "DCU",
  "wells-fargo": "Wells Fargo",
  asn: "ASN Bank",
};

export function layoutName(id: string): string {
  return NAMES[id] ?? id;
}
