import "server-only";

import { type CardLedger, cardLedger } from "@/server/demo-bank/card";
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
  ledgers: DemoLedgers = demoLedgers(),
): DemoTransaction[] {
  // Parse all three up front so a malformed date fails loudly instead of comparing as a string.
  dayNumber(range.start);
  dayNumber(range.end);
  dayNumber(today);
  const start = maxDay(range.start, historyStart(today));
  const end = minDay(range.end, today);
  return postedBetween(ledgers.of(userId, kind).transactionsOn, start, end);
}

/**
 * The ledger balance on `today` in cents: checking positive, the card negative when money is owed. It moves
 * by exactly the postings, so demoBalance(today) − demoBalance(earlier) equals what posted in between.
 */
export function demoBalance(
  userId: string,
  kind: DemoAccountKind,
  today: string,
  ledgers: DemoLedgers = demoLedgers(),
): number {
  dayNumber(today);
  return ledgers.of(userId, kind).balance(today);
}

/** Ledgers that keep the days they generated, for the calls of one request. */
export type DemoLedgers = { of(userId: string, kind: DemoAccountKind): CheckingLedger };

/**
 * One request's ledgers. A statement request asks for both accounts' history and balances, and the checking
 * account's autopay reads the card's statements: sharing the ledgers generates each day once per request
 * instead of once per question. The output is the same either way (a day is a pure function of user and day);
 * nothing is kept after the request.
 */
export function demoLedgers(): DemoLedgers {
  const byUser = new Map<string, { card: CardLedger; checking: CheckingLedger }>();
  return {
    of(userId, kind) {
      let pair = byUser.get(userId);
      if (!pair) {
        const card = cardLedger(userId);
        pair = { card, checking: checkingLedger(userId, card) };
        byUser.set(userId, pair);
      }
      return kind === "credit_card" ? pair.card : pair.checking;
    },
  };
}
