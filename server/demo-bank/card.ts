import "server-only";

import { demoProfile } from "@/server/demo-bank/accounts";
import {
  addDays,
  dayOfMonth,
  eachDay,
  monthEnd,
  monthStart,
  previousMonthStart,
} from "@/server/demo-bank/dates";
import { type Draft, finishDay, postedBetween, sumCents } from "@/server/demo-bank/posting";
import { seeded } from "@/server/demo-bank/random";
import { CARD_SELLERS, CARD_SUBSCRIPTIONS } from "@/server/demo-bank/sellers";
import type { DemoTransaction } from "@/server/demo-bank/types";

// The Demo Rewards Card: everyday purchases that post 0–4 days late, monthly subscriptions, the odd return,
// and a monthly autopay of the previous month's charges, which the checking account pays on the same day.

/** The day of the month the autopay posts, on the card and in checking. */
export const AUTOPAY_DAY = 15;

/** The card side of the autopay, as US issuers print it. */
const PAYMENT_NAME = "PAYMENT THANK YOU";

/** Returns arrive between these many days after the purchase. */
const RETURN_AFTER = { min: 5, max: 25 } as const;

// Index = purchases on a day / days a purchase takes to post. About 1.5 purchases a day: ~280 in 6 months.
const PURCHASES_PER_DAY = [20, 30, 28, 15, 7] as const;
const POSTING_LAG = [10, 40, 28, 14, 8] as const;

type Purchase = Draft & { returnAfter?: number; refundLag?: number };

export type CardLedger = {
  transactionsOn(day: string): DemoTransaction[];
  /** What the autopay in the month after `monthFirstDay` pays: that month's charges net of refunds, in cents. */
  statementBalance(monthFirstDay: string): number;
  /** The ledger balance on `today`, negative when money is owed. */
  balance(today: string): number;
};

export function cardLedger(userId: string): CardLedger {
  const profile = demoProfile(userId);
  // Refund and statement lookups regenerate the same days many times over; a per-ledger cache keeps that cheap
  // without making the output depend on call order.
  const purchaseCache = new Map<string, Purchase[]>();
  const statementCache = new Map<string, number>();

  function purchasesOn(day: string): Purchase[] {
    const cached = purchaseCache.get(day);
    if (cached) return cached;
    const rng = seeded(userId, "credit_card", day, "purchases");
    const purchases: Purchase[] = [];
    for (const subscription of CARD_SUBSCRIPTIONS) {
      if (dayOfMonth(day) !== profile[subscription.dayKey]) continue;
      purchases.push({
        amount: -subscription.amount,
        name: subscription.name,
        type: "DEBIT",
        lag: rng.int(0, 1),
      });
    }
    const count = rng.weighted(PURCHASES_PER_DAY.map((weight, n) => [n, weight] as const));
    for (let i = 0; i < count; i++) {
      const seller = rng.weighted(CARD_SELLERS.map((candidate) => [candidate, candidate.weight] as const));
      const purchase: Purchase = {
        amount: -rng.int(seller.min, seller.max),
        name: typeof seller.name === "string" ? seller.name : seller.name(rng),
        type: seller.type,
        lag: rng.weighted(POSTING_LAG.map((weight, lag) => [lag, weight] as const)),
      };
      // Drawn unconditionally so a seller's return rate never shifts the draws of the purchases after it.
      const returned = rng.next() < (seller.returnRate ?? 0);
      const returnAfter = rng.int(RETURN_AFTER.min, RETURN_AFTER.max);
      const refundLag = rng.int(1, 3);
      purchases.push(returned ? { ...purchase, returnAfter, refundLag } : purchase);
    }
    purchaseCache.set(day, purchases);
    return purchases;
  }

  /** Refunds issued on `day`: the same seller text, the full amount back, for an earlier returned purchase. */
  function refundsOn(day: string): Draft[] {
    const refunds: Draft[] = [];
    for (let after = RETURN_AFTER.max; after >= RETURN_AFTER.min; after--) {
      for (const purchase of purchasesOn(addDays(day, -after))) {
        if (purchase.returnAfter !== after) continue;
        refunds.push({
          amount: -purchase.amount,
          name: purchase.name,
          memo: "RETURN",
          type: "CREDIT",
          lag: purchase.refundLag ?? 1,
        });
      }
    }
    return refunds;
  }

  function chargesOn(day: string): Draft[] {
    return [...purchasesOn(day), ...refundsOn(day)].map(({ amount, name, memo, type, lag }) => ({
      amount,
      name,
      type,
      lag,
      ...(memo === undefined ? {} : { memo }),
    }));
  }

  function statementBalance(monthFirstDay: string): number {
    const cached = statementCache.get(monthFirstDay);
    if (cached !== undefined) return cached;
    const charges = eachDay(monthFirstDay, monthEnd(monthFirstDay)).flatMap(chargesOn);
    const owed = -charges.reduce((sum, charge) => sum + charge.amount, 0);
    statementCache.set(monthFirstDay, owed);
    return owed;
  }

  function transactionsOn(day: string): DemoTransaction[] {
    const drafts = chargesOn(day);
    if (dayOfMonth(day) === AUTOPAY_DAY) {
      // Every charge of the previous month has posted by the 4th, so the autopay covers all of it. Subscriptions
      // alone keep a month's charges above its refunds, so the amount is always positive in practice.
      const owed = statementBalance(previousMonthStart(day));
      if (owed > 0) drafts.push({ amount: owed, name: PAYMENT_NAME, type: "CREDIT", lag: 0 });
    }
    return finishDay("CRD", day, drafts);
  }

  function balance(today: string): number {
    // Each autopay clears exactly one month of charges, so what is owed is every charge since the first unpaid
    // month that has posted by today.
    const unpaidFrom = dayOfMonth(today) >= AUTOPAY_DAY ? monthStart(today) : previousMonthStart(today);
    const posted = postedBetween(transactionsOn, unpaidFrom, today);
    return sumCents(posted.filter((t) => t.transactedOn >= unpaidFrom && t.name !== PAYMENT_NAME));
  }

  return { transactionsOn, statementBalance, balance };
}
