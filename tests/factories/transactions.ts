// Statement rows as the parsers produce them (ParsedTransaction), with the edge cases the ledger must get
// right by name. Deterministic: ids come from a counter, random choices from a seeded generator.

import type { ParsedTransaction } from "@/server/statements/types";

/** A small seeded generator (mulberry32): the same seed gives the same sequence on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

/** YYYY-MM-DD `days` after `day` (calendar arithmetic, no time zone). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function transactionFactory(prefix = "t") {
  let sequence = 0;
  const nextId = () => `${prefix}-${++sequence}`;

  /** An ordinary posted card purchase with the bank's id: $12.50 at a coffee shop unless told otherwise. */
  const posted = (overrides: Partial<ParsedTransaction> = {}): ParsedTransaction => ({
    externalId: nextId(),
    postedOn: "2026-03-10",
    amount: -1250,
    description: "SQ *BLUE BOTTLE COFFEE",
    pending: false,
    ...overrides,
  });

  return {
    posted,
    /** Money out (negative cents) at a seller. */
    purchase: (amount: number, description: string, postedOn: string) =>
      posted({ amount: -Math.abs(amount), description, postedOn }),
    /** A pending card purchase that carries the bank's id (some banks keep the id when it posts). */
    pending: (overrides: Partial<ParsedTransaction> = {}) => posted({ pending: true, ...overrides }),
    /** A pending purchase without a bank id: Tally fingerprints it from date, amount and text. */
    pendingWithoutId: (overrides: Partial<ParsedTransaction> = {}) =>
      posted({ externalId: null, pending: true, ...overrides }),
    /** The same purchase once posted, without an id, a day or more later, possibly with a tip and fuller text. */
    postedWithoutId: (overrides: Partial<ParsedTransaction> = {}) =>
      posted({ externalId: null, pending: false, ...overrides }),
    /** Money back from a seller: a positive amount that nets against the category's spending. */
    refund: (overrides: Partial<ParsedTransaction> = {}) =>
      posted({ amount: 1250, description: "AMAZON MKTPLACE PMTS REFUND", ...overrides }),
    /** The last day of a month and the first of the next: the same purchase on either side of the boundary. */
    monthBoundary: (month: string, overrides: Partial<ParsedTransaction> = {}) => {
      const firstOfNext = addDays(`${month}-28`, 4).slice(0, 7);
      return [
        posted({ postedOn: addDays(`${firstOfNext}-01`, -1), ...overrides }),
        posted({ postedOn: `${firstOfNext}-01`, ...overrides }),
      ];
    },
    /** Rows of a statement in another currency (the currency is the account's: see foreignAccount below). */
    foreignCurrency: (overrides: Partial<ParsedTransaction> = {}) =>
      posted({ amount: -2390, description: "CARREFOUR MARKET PARIS", ...overrides }),
    /** Two different transactions that a bank sent with the same FITID in one statement (seen in the wild). */
    duplicateFitid: (overrides: Partial<ParsedTransaction> = {}) => {
      const externalId = nextId();
      return [
        posted({ externalId, amount: -500, description: "PARKING METER", ...overrides }),
        posted({ externalId, amount: -750, description: "PARKING GARAGE", ...overrides }),
      ];
    },
    /** Two identical rows on the same day without ids: two coffees, two transactions. */
    identicalSameDay: (overrides: Partial<ParsedTransaction> = {}) => [
      posted({ externalId: null, amount: -450, description: "COFFEE CART", ...overrides }),
      posted({ externalId: null, amount: -450, description: "COFFEE CART", ...overrides }),
    ],
  };
}

/** A manual account in another currency, for foreign-currency statements. */
export const foreignAccount = { name: "Compte courant", type: "checking" as const, currency: "EUR" };
