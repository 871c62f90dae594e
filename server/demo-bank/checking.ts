import "server-only";

import { demoProfile } from "@/server/demo-bank/accounts";
import { AUTOPAY_DAY, type CardLedger } from "@/server/demo-bank/card";
import { dayNumber, dayOfMonth, monthEnd, monthStart, previousMonthStart } from "@/server/demo-bank/dates";
import { type Draft, finishDay, postedBetween, sumCents } from "@/server/demo-bank/posting";
import { type Rng, seeded } from "@/server/demo-bank/random";
import { FRIENDS, P2P_MEMOS } from "@/server/demo-bank/sellers";
import type { DemoTransaction } from "@/server/demo-bank/types";

// Demo Checking: biweekly pay in; rent, utilities and the card autopay out; the odd ATM visit, check and
// Venmo/Zelle transfer; monthly interest; and a month-end transfer to savings that keeps the balance bounded.

export type CheckingLedger = {
  transactionsOn(day: string): DemoTransaction[];
  balance(today: string): number;
};

export function checkingLedger(userId: string, card: CardLedger): CheckingLedger {
  const profile = demoProfile(userId);
  const baseCache = new Map<string, DemoTransaction[]>();

  /** Everything on a transacted day except the month-end sweep, which is computed from these. */
  function baseOn(day: string): DemoTransaction[] {
    const cached = baseCache.get(day);
    if (cached) return cached;
    const rng = seeded(userId, "checking", day, "base");
    const drafts: Draft[] = [];
    const dom = dayOfMonth(day);

    // A negative day difference still has to land on the 14-day grid, hence the double modulo.
    if ((((dayNumber(day) - dayNumber(profile.payAnchor)) % 14) + 14) % 14 === 0) {
      const pay = profile.basePay + rng.int(0, 10_000);
      drafts.push({ amount: pay, name: "ACME CORP PAYROLL", memo: "DIRECT DEP", type: "DIRECTDEP", lag: 0 });
    }
    if (dom === 1)
      drafts.push({ amount: -profile.rent, name: "RENT - PARKSIDE APTS", type: "DEBIT", lag: 0 });
    if (dom === profile.pgeDay) {
      drafts.push({
        amount: -pgeBill(day, rng.int(0, 10_000)),
        name: "PG&E WEB ONLINE",
        type: "DEBIT",
        lag: 0,
      });
    }
    if (dom === profile.internetDay) {
      drafts.push({ amount: -profile.internetBill, name: "COMCAST CABLE COMM", type: "DEBIT", lag: 0 });
    }
    if (dom === profile.phoneDay) {
      drafts.push({ amount: -rng.int(8_500, 11_500), name: "VERIZON WIRELESS", type: "DEBIT", lag: 0 });
    }
    if (dom === AUTOPAY_DAY) {
      const owed = card.statementBalance(previousMonthStart(day));
      if (owed > 0) {
        drafts.push({
          amount: -owed,
          name: "DEMO REWARDS CARD AUTOPAY",
          memo: "AUTOPAY",
          type: "PAYMENT",
          lag: 0,
        });
      }
    }
    if (rng.chance(1 / 45)) {
      drafts.push({
        amount: -rng.pick([4_000, 6_000, 8_000, 10_000, 20_000]),
        name: "ATM WITHDRAWAL 004521 MARKET ST",
        type: "ATM",
        lag: 0,
      });
      if (rng.chance(0.3)) drafts.push({ amount: -300, name: "NON-NETWORK ATM FEE", type: "FEE", lag: 0 });
    }
    const check = checkWrittenOn(day);
    if (check) drafts.push(check);
    if (rng.chance(1 / 24)) drafts.push(p2pTransfer(rng));
    if (day === monthEnd(day)) {
      drafts.push({ amount: rng.int(1, 99), name: "INTEREST PAYMENT", type: "INT", lag: 0 });
    }

    const transactions = finishDay("CHK", day, drafts);
    baseCache.set(day, transactions);
    return transactions;
  }

  /**
   * At most one check a week, on a seeded weekday; numbering by week keeps check numbers rising over time and
   * unique without having to count every earlier check. Checks clear 1–4 days after they are written.
   */
  function checkWrittenOn(day: string): Draft | null {
    // 1970-01-01 was a Thursday; shifting by 3 makes weeks run Monday to Sunday.
    const week = Math.floor((dayNumber(day) + 3) / 7);
    const rng = seeded(userId, "checking", `week-${week}`, "check");
    const weekday = rng.int(0, 6);
    if (!rng.chance(0.25) || weekday !== (dayNumber(day) + 3) % 7) return null;
    return {
      amount: -rng.int(2_500, 45_000),
      name: `CHECK ${week - 1_800}`,
      type: "CHECK",
      lag: rng.int(1, 4),
    };
  }

  /** Where the month-end balance settles, drifting month to month so the balance line is not flat. */
  function monthTarget(monthFirstDay: string): number {
    return profile.checkingBase + seeded(userId, "checking", monthFirstDay, "target").int(0, 150_000);
  }

  /**
   * The last-day transfer that leaves the month's closing balance at that month's target: whatever the month
   * netted, minus the change in target. This is what lets balance() work from one month of history, exactly.
   */
  function sweepFor(monthFirstDay: string): Draft | null {
    const net = sumCents(postedBetween(baseOn, monthFirstDay, monthEnd(monthFirstDay)));
    const amount = -net + monthTarget(monthFirstDay) - monthTarget(previousMonthStart(monthFirstDay));
    if (amount === 0) return null;
    const direction = amount < 0 ? "TO" : "FROM";
    return {
      amount,
      name: `ONLINE TRANSFER ${direction} SAV ...${profile.savingsLast4}`,
      type: "XFER",
      lag: 0,
    };
  }

  function transactionsOn(day: string): DemoTransaction[] {
    const base = baseOn(day);
    if (day !== monthEnd(day)) return base;
    const sweep = sweepFor(monthStart(day));
    if (!sweep) return base;
    // Numbered after the base transactions so theirs are the same FITIDs the sweep was computed from.
    return [...base, ...finishDay("CHK", day, [sweep], base.length + 1)];
  }

  function p2pTransfer(rng: Rng): Draft {
    const friend = rng.pick(FRIENDS);
    const amount = rng.int(1_500, 12_000);
    const memo = rng.pick(P2P_MEMOS);
    const venmoId = String(rng.int(1_000_000_000, 9_999_999_999));
    return rng.weighted<Draft>([
      [{ amount: -amount, name: "VENMO PAYMENT", memo: `WEB ID: ${venmoId}`, type: "XFER", lag: 0 }, 4],
      [{ amount: -amount, name: `ZELLE TO ${friend}`, memo, type: "XFER", lag: 0 }, 3],
      [{ amount, name: `ZELLE FROM ${friend}`, memo, type: "XFER", lag: 0 }, 2],
      [{ amount, name: "VENMO CASHOUT", memo: `WEB ID: ${venmoId}`, type: "XFER", lag: 0 }, 1],
    ]);
  }

  function balance(today: string): number {
    const opening = monthTarget(previousMonthStart(today));
    return opening + sumCents(postedBetween(transactionsOn, monthStart(today), today));
  }

  return { transactionsOn, balance };
}

/** PG&E runs higher in winter (heating) and summer (cooling); `wobble` is 0–100.00 of month-to-month noise. */
function pgeBill(day: string, wobble: number): number {
  const month = Number(day.slice(5, 7));
  const seasonal = [12, 1, 2].includes(month) ? 11_000 : [7, 8, 9].includes(month) ? 8_000 : 5_500;
  return seasonal + wobble;
}
