import "server-only";

import { addDays, eachDay } from "@/server/demo-bank/dates";
import type { DemoTransaction } from "@/server/demo-bank/types";

// Both accounts are generated per TRANSACTED day and then filtered by POSTED day. Keeping a day's output a
// pure function of (user, account, day) is what makes FITIDs, amounts and names stable across every request.

/** The longest a transaction waits between happening and posting (card purchases, cleared checks). */
export const MAX_POSTING_LAG = 4;

/** A transaction before it has an id and dates: `lag` is how many days after the transacted day it posts. */
export type Draft = {
  amount: number;
  name: string;
  memo?: string;
  type: DemoTransaction["type"];
  lag: number;
};

/**
 * Gives a transacted day's drafts their dates and FITIDs. The FITID is the account prefix, the transacted day
 * and the position in that day (CRD20261102-03), so it never depends on which range was asked for.
 */
export function finishDay(
  prefix: string,
  day: string,
  drafts: readonly Draft[],
  firstIndex = 1,
): DemoTransaction[] {
  const compact = day.replaceAll("-", "");
  return drafts.map((draft, index) => ({
    fitid: `${prefix}${compact}-${String(firstIndex + index).padStart(2, "0")}`,
    postedOn: addDays(day, draft.lag),
    transactedOn: day,
    amount: draft.amount,
    name: draft.name,
    ...(draft.memo === undefined ? {} : { memo: draft.memo }),
    type: draft.type,
  }));
}

/** Everything that posted within [start, end], oldest first; a day's own order is kept for ties. */
export function postedBetween(
  transactionsOn: (day: string) => DemoTransaction[],
  start: string,
  end: string,
): DemoTransaction[] {
  if (start > end) return [];
  const posted = eachDay(addDays(start, -MAX_POSTING_LAG), end)
    .flatMap(transactionsOn)
    .filter((transaction) => transaction.postedOn >= start && transaction.postedOn <= end);
  return posted.sort(
    (a, b) =>
      compare(a.postedOn, b.postedOn) || compare(a.transactedOn, b.transactedOn) || compare(a.fitid, b.fitid),
  );
}

export function sumCents(transactions: readonly DemoTransaction[]): number {
  return transactions.reduce((sum, transaction) => sum + transaction.amount, 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
