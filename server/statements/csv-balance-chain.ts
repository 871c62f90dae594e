import "server-only";

import { type Cents, formatDecimal } from "@/lib/money";
import type { ParseWarning } from "@/server/statements/types";

// A CSV's running balance checks every amount read from it: each day's closing balance is the one before plus the
// day's amounts. A file that breaks the chain has an amount Tally read with the wrong sign or from the wrong column,
// a row it passed over, or a balance column that counts something else (holds, another account); the user is told
// where, with the figures, as an MT940 or CAMT statement whose entries miss its closing balance is
// (statement-parts.ts checkBalances). Rows are compared a day at a time, since banks list one day's rows in an
// order of their own, not always the order the balance was kept in.

/** One row of an account, as the file lists it. */
export type ChainEntry = {
  postedOn: string;
  amount: Cents;
  /** The balance after the row, when the file writes one. */
  balance: Cents | null;
  pending: boolean;
  line: number;
};

/**
 * How an account's balance column reads against its amounts: the warning when it does not follow them, and whether
 * it counts money owed. A card's file may keep its balance as the amount owed (TD's Visa export: up with each
 * purchase, down with the payment), the opposite of the money-held balance Tally keeps; such a balance, negated,
 * follows the amounts exactly. Only a card's can be owed: a bank account whose balance follows only when negated has
 * its amounts read backwards, which is what the warning is for.
 */
export function readBalanceChain(
  entries: readonly ChainEntry[],
  account: string,
  isCard: boolean,
): { warning: ParseWarning | null; owed: boolean } {
  const asWritten = followChain(entries, 1);
  if (asWritten?.firstBreak == null) return { warning: null, owed: false };
  if (isCard && followChain(entries, -1)?.breaks === 0) return { warning: null, owed: true };
  const { breaks, firstBreak } = asWritten;
  const days = breaks === 1 ? "one day" : `${breaks} days`;
  return {
    warning: {
      line: firstBreak.line,
      message: `The balance column of ${account} does not follow its amounts on ${days}. On ${firstBreak.postedOn} the balance before plus that day's amounts is ${formatDecimal(firstBreak.expected)}, but the file says ${formatDecimal(firstBreak.written)}; compare the imported transactions with your statement.`,
    },
    owed: false,
  };
}

type ChainBreak = { line: number; postedOn: string; expected: Cents; written: Cents };

/** The days whose written balance does not follow from the day before's, reading each balance times `sign`. */
function followChain(
  entries: readonly ChainEntry[],
  sign: 1 | -1,
): { breaks: number; firstBreak: ChainBreak | null } | null {
  // A pending row counts only when the bank wrote a balance after it: most keep it out of the balance.
  const rows = entries.filter((entry) => !entry.pending || entry.balance !== null);
  if (rows.length < 2 || rows.every((entry) => entry.balance === null)) return null;
  const first = rows[0]!.postedOn;
  const last = rows[rows.length - 1]!.postedOn;
  if (first === last) return null;
  const oldestFirst = first < last ? rows : [...rows].reverse();
  // Not in date order (sorted by amount, or by hand): no chain to follow.
  for (let k = 1; k < oldestFirst.length; k++)
    if (oldestFirst[k]!.postedOn < oldestFirst[k - 1]!.postedOn) return null;

  // The balances the day before may have closed at: one, once a day's rows settle it.
  let closes: Set<Cents> | null = null;
  let breaks = 0;
  let firstBreak: ChainBreak | null = null;
  for (let start = 0; start < oldestFirst.length; ) {
    let end = start;
    while (end < oldestFirst.length && oldestFirst[end]!.postedOn === oldestFirst[start]!.postedOn) end++;
    const day = oldestFirst.slice(start, end);
    start = end;
    const sum = day.reduce((total, entry) => total + entry.amount, 0);
    const written = new Set(day.flatMap((entry) => (entry.balance === null ? [] : [sign * entry.balance])));
    if (closes === null) {
      if (written.size > 0) closes = written;
      continue;
    }
    const expected: Set<Cents> = new Set([...closes].map((close) => close + sum));
    if (written.size === 0) {
      closes = expected;
      continue;
    }
    const agreeing = [...written].filter((balance) => expected.has(balance));
    if (agreeing.length > 0) {
      closes = new Set(agreeing);
      continue;
    }
    breaks++;
    if (firstBreak === null) {
      // The day's last written balance, as the day's closing one to show.
      const shown = day.filter((entry) => entry.balance !== null).pop()!;
      firstBreak = {
        line: Math.min(...day.map((entry) => entry.line)),
        postedOn: shown.postedOn,
        expected: [...expected][0]!,
        written: sign * shown.balance!,
      };
    }
    // Taken up again from what the file says, so one bad row is one break, not every day after it.
    closes = written;
  }
  return { breaks, firstBreak };
}
