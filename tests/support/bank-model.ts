// A bank account as a list of purchases with a life of their own: some are pending for a few days before they
// post (with or without the bank's id, sometimes with a tip, sometimes under a new id), some are dropped while
// pending, some are refunds. `statementAt(day)` is what the bank's statement says on a given day, covering every
// day so far; `expectedRows(day)` is what Tally must then hold for the account.

import type { ParsedTransaction } from "@/server/statements/types";
import { addDays, type seededRandom } from "../factories/transactions";

type Random = ReturnType<typeof seededRandom>;

type Purchase = {
  id: string;
  day: string;
  amount: number;
  seller: string;
  /** How the bank identifies it: no id (fingerprinted), one id for good, or a new id once posted. */
  ids: "none" | "same" | "new";
  /** Days it stays pending (0: posts at once). */
  pendingDays: number;
  /** Added when it posts (a restaurant tip), in cents. */
  tip: number;
  /** Dropped by the bank while pending (an authorization released). */
  dropped: boolean;
};

// Seller names with their pending (short) and posted (full) text; words of three letters or more.
const SELLERS = [
  ["SQ *BLUE BOTTLE COF", "SQ *BLUE BOTTLE COFFEE SAN FRANCISCO CA"],
  ["TST* LUIGIS TRATT", "TST* LUIGIS TRATTORIA OAKLAND CA"],
  ["SAFEWAY", "SAFEWAY #1234 BERKELEY CA"],
  ["SHELL OIL", "SHELL OIL 57444 EMERYVILLE CA"],
  ["KOVARIN BAKERY", "KOVARIN BAKERY #12 ALAMEDA CA"],
  ["COFFEE CART", "COFFEE CART MARKET ST"],
] as const;

export function bankAccountModel(random: Random, input: { prefix: string; firstDay: string; days: number }) {
  const purchases: Purchase[] = [];
  for (let index = 0; index < input.days * 2; index++) {
    const refund = random.chance(0.1);
    const pendingDays = refund ? 0 : random.pick([0, 0, 1, 2, 3]);
    const base = random.int(150, 9000);
    const purchase: Purchase = {
      id: `${input.prefix}${index}`,
      day: addDays(input.firstDay, random.int(0, input.days - 1)),
      amount: refund ? base : -base,
      seller: String(random.int(0, SELLERS.length - 1)),
      ids: random.pick(["none", "none", "same", "new"] as const),
      pendingDays,
      // At most 25% of the amount, and only on money out.
      tip: !refund && pendingDays > 0 && random.chance(0.4) ? random.int(0, Math.floor(base / 4)) : 0,
      dropped: pendingDays > 0 && random.chance(0.15),
    };
    purchases.push(purchase);
    // Two identical coffees on the same day, now and then.
    if (random.chance(0.1)) purchases.push({ ...purchase, id: `${purchase.id}b` });
  }

  const stateOn = (purchase: Purchase, today: string): "absent" | "pending" | "posted" => {
    if (purchase.day > today) return "absent";
    const postsOn = addDays(purchase.day, purchase.pendingDays);
    if (purchase.dropped) return today >= postsOn ? "absent" : "pending";
    return today >= postsOn ? "posted" : "pending";
  };

  const rowOf = (purchase: Purchase, state: "pending" | "posted"): ParsedTransaction => {
    const [short, full] = SELLERS[Number(purchase.seller)]!;
    const id =
      purchase.ids === "none"
        ? null
        : purchase.ids === "new" && state === "posted"
          ? `${purchase.id}P`
          : purchase.id;
    return state === "pending"
      ? { externalId: id, postedOn: purchase.day, amount: purchase.amount, description: short, pending: true }
      : {
          externalId: id,
          postedOn: addDays(purchase.day, purchase.pendingDays),
          amount: purchase.amount < 0 ? purchase.amount - purchase.tip : purchase.amount,
          description: full,
          pending: false,
        };
  };

  return {
    lastDay: addDays(input.firstDay, input.days - 1),
    /** The bank's statement on `today`: every day from the first, in date order. */
    statementAt(today: string): ParsedTransaction[] {
      return purchases
        .flatMap((purchase) => {
          const state = stateOn(purchase, today);
          return state === "absent" ? [] : [rowOf(purchase, state)];
        })
        .sort((a, b) => (a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0));
    },
    /** What Tally must hold for the account after importing the statements up to `today`, as sortable text. */
    expectedRows(today: string): string[] {
      return this.statementAt(today)
        .map((row) => describeRow(row.postedOn, row.amount, row.pending ?? false))
        .sort();
    },
  };
}

/** One row as "date amount pending", for comparing the stored rows with the model's. */
export const describeRow = (postedOn: string, cents: number, pending: boolean) =>
  `${postedOn} ${cents} ${pending ? "pending" : "posted"}`;
