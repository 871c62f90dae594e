import "server-only";

import type { AccountType, ParsedAccount, ParsedTransaction, ParseWarning } from "@/server/statements/types";
import type { OfxAggregate } from "./elements";
import type { OfxHeader } from "./header";

export type OfxStatus = { code: number; severity: string; message?: string };

export type OfxSignon = OfxStatus & {
  /** The institution as the server names itself (FI/ORG, FI/FID) and Intuit's bank id (QFX only). */
  org?: string;
  fid?: string;
  intuBid?: string;
  serverTime?: Date;
};

/** A transaction as OFX gives it: the shared shape plus TRNTYPE, upper-cased ("Credit" → "CREDIT"). */
export type OfxTransaction = ParsedTransaction & { trnType: string | null };

export type OfxStatement = {
  kind: "bank" | "credit_card" | "investment";
  status: OfxStatus | null;
  /** The wrapper's TRNUID, so a client can match a reply to its request. */
  trnUid: string | null;
  account: ParsedAccount & { transactions: OfxTransaction[] };
};

export type OfxAccountInfo = {
  accountNumber: string;
  type: AccountType;
  kind: "bank" | "credit_card" | "investment";
  bankId?: string;
  /** The bank's own ACCTTYPE (CHECKING, SAVINGS, MONEYMRKT, CREDITLINE): a bank statement request repeats it. */
  ofxAccountType?: string;
  brokerId?: string;
  name?: string;
};

export type OfxDocument = {
  header: OfxHeader;
  signon: OfxSignon | null;
  statements: OfxStatement[];
  accountInfo: OfxAccountInfo[];
  warnings: ParseWarning[];
  /** The whole element tree, unknown and proprietary tags (INTU.*, AMEX.*) included. */
  root: OfxAggregate;
};

/** A status that stops the operation: a non-zero code the bank did not mark as merely informational. */
export function isErrorStatus(status: OfxStatus | null): boolean {
  if (!status) return false;
  return status.code !== 0 && status.severity !== "INFO" && status.severity !== "WARN";
}
