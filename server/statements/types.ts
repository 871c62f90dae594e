// The shape every statement source (OFX Direct Connect, OFX/QFX/QIF/CSV files, the Demo Bank) parses into.
// Amounts are integer cents from the account holder's point of view: negative is money out.

import type { Cents } from "@/lib/money";

export type AccountType = "checking" | "savings" | "credit_card" | "other";

export type ParsedTransaction = {
  /** The bank's own id (OFX FITID, a CSV id column). Null when the source has none or it is blank. */
  externalId: string | null;
  /** The calendar date the bank posted it, as written (never shifted by time zone): YYYY-MM-DD. */
  postedOn: string;
  /** The date the purchase happened, when the source says (OFX DTUSER, a CSV "transaction date"). */
  transactedOn?: string | null;
  amount: Cents;
  /** The best raw seller text: OFX NAME, or MEMO when NAME is missing or a number; CSV description. */
  description: string;
  memo?: string | null;
  checkNumber?: string | null;
  /**
   * The bank has not posted it yet (a status column says "Pending"/"Umsatz vorgemerkt", or it has a
   * transaction date but no posting date, in which case postedOn holds the transaction date).
   */
  pending?: boolean;
  /** The user's own category from a personal-finance export (QIF L): a hint, never trusted as ours. */
  categoryHint?: string | null;
  /**
   * The bank's own category for the row: a CSV category column ("Food & Drink", "Restaurant-Bar & Café",
   * "Dining") or an OFX SIC / merchant category code as its 4 digits ("5812"). Categorization uses it when nothing
   * more specific matches (server/categorize/bank-category.ts maps it).
   */
  bankCategory?: string;
};

export type ParsedAccount = {
  /** The account number as the source gives it (OFX ACCTID); null for files that do not say. */
  accountNumber: string | null;
  type: AccountType;
  /** Routing number / BANKID when present. */
  bankId?: string | null;
  /** A human name when the source has one (OFX DESC, a CSV "Account" column). */
  name?: string | null;
  /** ISO 4217 code the file states (OFX CURDEF, a CSV currency column); null when it does not say. */
  currency: string | null;
  /** The ledger balance the file states (OFX LEDGERBAL, a CSV's latest running balance), in cents. */
  balance: Cents | null;
  /** The calendar date of that balance, YYYY-MM-DD. */
  balanceAsOf?: string | null;
  transactions: ParsedTransaction[];
};

export type ParseWarning = { line?: number; message: string };

export type ParsedStatement = {
  format: "ofx" | "qif" | "csv" | "camt" | "mt940";
  accounts: ParsedAccount[];
  /** What the user should know about the file: rows not imported and why, a statement the bank refused. */
  warnings: ParseWarning[];
};

/** The file cannot be read at all; nothing from it is imported. `line` is 1-based when known. */
export class StatementParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = "StatementParseError";
  }
}

/** A CSV that can be read once the user answers one question (which amounts are money out). */
export class StatementNeedsAnswerError extends StatementParseError {
  constructor(
    message: string,
    readonly question: { prompt: string; reason: string },
  ) {
    super(message);
    this.name = "StatementNeedsAnswerError";
  }
}
