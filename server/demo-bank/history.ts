import "server-only";

import { cardLedger } from "@/server/demo-bank/card";
import { type CheckingLedger, checkingLedger } from "@/server/demo-bank/checking";
import { addDays, dayNumber, maxDay, minDay } from "@/server/demo-bank/dates";
import { postedBetween } from "@/server/demo-bank/posting";
import type { DemoAccountKind, DemoTransaction } from "@/server/demo-bank/types";

// The Demo Bank's statement history: what the OFX server answers a STMTRQ / CCSTMTRQ with. Every day's
// transactions are a pure function of (user, account, day), so the same transaction keeps its FITID, dates,
// amount and name whichever range or `today` is asked; a later `today` only adds the newly posted ones.

export { demoAccount, demoAccounts } from "@/server/demo-bank/accounts";
export type { DemoAccount, DemoAccountKind, DemoTransaction } from "@/server/demo-bank/types";

/** Like a real bank, the Demo Bank serves only recent history: postings from this many days before today. */
export const HISTORY_DAYS = 183;

/** The earliest posted day the bank still serves on `today`. */
export function historyStart(today: string): string {
  return addDays(today, -HISTORY_DAYS);
}

/**
 * The transactions POSTED within [range.start, range.end] (inclusive, YYYY-MM-DD), clipped to the served
 * history and never after `today`, oldest first. A purchase that happened yesterday but posts tomorrow is
 * absent until `today` reaches tomorrow, as with a real card.
 */
export function demoHistory(
  userId: string,
  kind: DemoAccountKind,
  range: { start: string; end: string },
  today: string,
): DemoTransaction[] {
  // Parse all three up front so a malformed date fails loudly instead of comparing as a string.
  dayNumber(range.start);
  dayNumber(range.end);
  dayNumber(today);
  const start = maxDay(range.start, historyStart(today));
  const end = minDay(range.end, today);
  return postedBetween(ledger(userId, kind).transactionsOn, start, end);
}

/**
 * The ledger balance on `today` in cents: checking positive, the card negative when money is owed. It moves
 * by exactly the postings, so demoBalance(today) − demoBalance(earlier) equals what posted in between.
 */
export function demoBalance(userId: string, kind: DemoAccountKind, today: string): number {
  dayNumber(today);
  return ledger(userId, kind).balance(today);
}

function ledger(userId: string, kind: DemoAccountKind): CheckingLedger {
  const card = cardLedger(userId);
  return kind === "credit_card" ? card : checkingLedger(userId, card);
}
