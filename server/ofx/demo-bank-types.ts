import "server-only";

// The contract between the Demo Bank's OFX server (demo-bank-server.ts) and its deterministic history
// generator (server/demo-bank/). Kept deliberately small: plain strings and integer cents.

export const DEMO_PASSWORD = "demo";
export const DEMO_ORG = "TALLYDEMO";
export const DEMO_FID = "9999";
/** The routing number (BANKID) the Demo Bank reports for its checking accounts. */
export const DEMO_BANK_ID = "999999999";

export type DemoAccountKind = "checking" | "credit_card";

/** OFX TRNTYPE values the Demo Bank writes. */
export type DemoTransactionType =
  | "DEBIT"
  | "CREDIT"
  | "POS"
  | "ATM"
  | "CHECK"
  | "PAYMENT"
  | "XFER"
  | "FEE"
  | "SRVCHG"
  | "INT"
  | "DEP"
  | "DIRECTDEP"
  | "DIRECTDEBIT"
  | "REPEATPMT"
  | "OTHER";

export type DemoTransaction = {
  fitid: string;
  /** YYYY-MM-DD */
  postedOn: string;
  /** YYYY-MM-DD */
  transactedOn: string;
  /** Integer cents from the account holder's side: negative is money out. */
  amount: number;
  /** Bank-style text, e.g. "SQ *BLUE BOTTLE COFFEE". */
  name: string;
  memo?: string;
  type: DemoTransactionType;
};
