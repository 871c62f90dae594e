import "server-only";
import type { Cents } from "@/lib/money";
import { resolveSeller } from "@/server/categorize/normalize";

// Pending rows: what a statement does to the account's transactions that were still pending.
//
// A bank lists a card purchase as pending for a day or a few, then as posted, and then no longer lists the
// pending one. When the bank gives both the same id (FITID), the posted row simply updates the pending one.
// Many do not: the pending row has no id (Tally fingerprints it from date, amount and text) or a different one,
// and the posted row arrives dated later, sometimes with a tip added and fuller text. Kept as two rows, a $4.50
// coffee would count as $9.00. So a posted row that is new to Tally replaces the pending row it settles when
// all of these hold (the matching rule):
//
//   1. Same account (implied: one statement is one account) and same direction (both money out or both in).
//   2. The amount is the same, or larger by at most 30% (a tip added to a restaurant or bar pre-authorization).
//      Never smaller, never a different sign.
//   3. Posted no earlier than the day before the pending date and at most 7 days after it (banks settle card
//      purchases in 1 to 5 business days; a pending row is dated when the purchase happened).
//   4. Similar text: the two descriptions share at least half of the words of the shorter one (words of three
//      or more letters, a word cut short by the bank matching its full form: "COF" ~ "COFFEE"), or resolve to
//      the same seller.
//   5. The pending row is not itself listed in the same statement (the bank still calls it pending), and no
//      other posted row claimed it. When several pairs qualify, the closest pairs win: same amount first, then
//      the smallest date gap, then the oldest pending row, then statement order. Two identical coffees thus
//      settle one each, whichever way round.
//
// And a pending row that a newer statement covering its date no longer lists, and that nothing settled, was
// dropped by the bank (an authorization released, a duplicate hold): it is removed.

export type StoredPending = {
  id: string;
  externalId: string;
  postedOn: string;
  amount: Cents;
  description: string;
  sellerKey: string;
};

export type IncomingRow = {
  externalId: string;
  postedOn: string;
  amount: Cents;
  description: string;
  pending: boolean;
};

export type Coverage = {
  /** First day the statement covers (YYYY-MM-DD). */
  from: string;
  /** Last day it covers; null: up to the present (a bank's answer to "everything since"). */
  to: string | null;
};

export type PendingPlan = {
  /** Incoming rows (by index) that update a stored pending row with the same external id. */
  sameId: Array<{ incoming: number; pendingId: string }>;
  /** Incoming posted rows (by index) that replace a stored pending row with another id. */
  settled: Array<{ incoming: number; pendingId: string }>;
  /** Stored pending rows the statement covers but no longer lists. */
  vanished: string[];
};

const MAX_TIP_PERCENT = 30;
const DAYS_BEFORE = 1;
const DAYS_AFTER = 7;

/**
 * Decides what a statement does to the account's pending rows. `isNew(index)` says whether an incoming posted
 * row is new to Tally (a row already stored settles nothing). Pure: the caller reads and writes the rows.
 */
export function planPending(
  stored: readonly StoredPending[],
  incoming: readonly IncomingRow[],
  coverage: Coverage | null,
  isNew: (index: number) => boolean,
): PendingPlan {
  const byExternalId = new Map(stored.map((row) => [row.externalId, row]));
  const sameId: PendingPlan["sameId"] = [];
  const listed = new Set<string>();
  incoming.forEach((row, index) => {
    const match = byExternalId.get(row.externalId);
    if (!match) return;
    listed.add(match.id);
    sameId.push({ incoming: index, pendingId: match.id });
  });

  const candidates: Array<{ incoming: number; pending: StoredPending; score: number[] }> = [];
  for (const pending of stored) {
    if (listed.has(pending.id)) continue;
    incoming.forEach((row, index) => {
      if (row.pending || byExternalId.has(row.externalId) || !settles(row, pending) || !isNew(index)) return;
      candidates.push({
        incoming: index,
        pending,
        score: [
          row.amount === pending.amount ? 0 : 1,
          Math.abs(dayNumber(row.postedOn) - dayNumber(pending.postedOn)),
          dayNumber(pending.postedOn),
          index,
        ],
      });
    });
  }
  candidates.sort((a, b) => compareScores(a.score, b.score) || a.pending.id.localeCompare(b.pending.id));
  const settled: PendingPlan["settled"] = [];
  const usedIncoming = new Set<number>();
  const usedPending = new Set<string>();
  for (const candidate of candidates) {
    if (usedIncoming.has(candidate.incoming) || usedPending.has(candidate.pending.id)) continue;
    usedIncoming.add(candidate.incoming);
    usedPending.add(candidate.pending.id);
    settled.push({ incoming: candidate.incoming, pendingId: candidate.pending.id });
  }

  const vanished = coverage
    ? stored
        .filter((row) => !listed.has(row.id) && !usedPending.has(row.id) && covers(coverage, row.postedOn))
        .map((row) => row.id)
    : [];
  return { sameId, settled, vanished };
}

/** Whether a posted row could be the settled form of a pending one (rules 1 to 4 above). */
export function settles(
  posted: Pick<IncomingRow, "postedOn" | "amount" | "description">,
  pending: StoredPending,
): boolean {
  if (Math.sign(posted.amount) !== Math.sign(pending.amount) || pending.amount === 0) return false;
  const postedCents = Math.abs(posted.amount);
  const pendingCents = Math.abs(pending.amount);
  // Integer arithmetic: posted ≤ pending × 1.3 ⇔ 100 × posted ≤ 130 × pending.
  if (postedCents < pendingCents || postedCents * 100 > pendingCents * (100 + MAX_TIP_PERCENT)) return false;
  const gap = dayNumber(posted.postedOn) - dayNumber(pending.postedOn);
  if (gap < -DAYS_BEFORE || gap > DAYS_AFTER) return false;
  if (similarDescriptions(posted.description, pending.description)) return true;
  const seller = resolveSeller(posted.description).key;
  return seller !== "" && seller === pending.sellerKey;
}

/** Rule 4: at least half the words of the shorter description appear in the other (prefixes count). */
export function similarDescriptions(a: string, b: string): boolean {
  const wordsA = words(a);
  const wordsB = words(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const shared = shorter.filter((word) =>
    longer.some((other) => other.startsWith(word) || word.startsWith(other)),
  ).length;
  return shared * 2 >= shorter.length;
}

// Words every card description may carry, which say nothing about the seller.
const NOISE = new Set([
  "pos",
  "purchase",
  "debit",
  "credit",
  "card",
  "pending",
  "auth",
  "recurring",
  "payment",
]);

function words(description: string): string[] {
  return [
    ...new Set(
      description
        .toLowerCase()
        .normalize("NFKD")
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length >= 3 && !NOISE.has(word)),
    ),
  ];
}

function covers(coverage: Coverage, day: string): boolean {
  return day >= coverage.from && (coverage.to === null || day <= coverage.to);
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (calendar arithmetic only, no time zone). */
function dayNumber(day: string): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000
  );
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The days a statement's rows span, when nothing better is known (a file without a declared period). */
export function coverageOfRows(rows: ReadonlyArray<{ postedOn: string }>): Coverage | null {
  if (rows.length === 0) return null;
  let from = rows[0]!.postedOn;
  let to = from;
  for (const row of rows) {
    if (row.postedOn < from) from = row.postedOn;
    if (row.postedOn > to) to = row.postedOn;
  }
  return { from, to };
}
