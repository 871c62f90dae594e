import "server-only";

import type { Rng } from "@/server/demo-bank/random";
import type { DemoTransaction } from "@/server/demo-bank/types";

// The raw seller strings, as a US card issuer prints them (store numbers, processor prefixes such as SQ * and
// TST*, truncated names), so categorization and the UI are exercised on realistic text, not tidy labels.

export type CardSeller = {
  /** A function when the text changes per purchase (Amazon's order reference). */
  name: string | ((rng: Rng) => string);
  /** Inclusive amount range in cents, as a positive number; purchases are negated. */
  min: number;
  max: number;
  /** How often, relative to the others, a purchase is at this seller. */
  weight: number;
  /** POS for card-present purchases, DEBIT for online ones. */
  type: Extract<DemoTransaction["type"], "POS" | "DEBIT">;
  /** Chance that a purchase here is returned and refunded a few weeks later. */
  returnRate?: number;
};

const AMAZON_REF_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

function amazonName(rng: Rng): string {
  let ref = "";
  for (let i = 0; i < 6; i++) ref += rng.pick([...AMAZON_REF_CHARS]);
  return `AMZN Mktp US*${ref}`;
}

const LOCAL_RESTAURANTS = [
  "TST* MARIGOLD KITCHEN",
  "TST* HARBOR NOODLE HOUSE",
  "TST* CASA VERDE TAQUERIA",
  "TST* THE COPPER SPOON",
  "TST* LUNA PIZZERIA",
];

export const CARD_SELLERS: readonly CardSeller[] = [
  // Groceries
  { name: "TRADER JOE S #123", min: 2_500, max: 11_000, weight: 9, type: "POS" },
  { name: "WHOLEFDS MKT 10234", min: 1_500, max: 14_000, weight: 5, type: "POS" },
  { name: "SAFEWAY #1234", min: 1_200, max: 9_500, weight: 6, type: "POS" },
  { name: "COSTCO WHSE #0123", min: 8_000, max: 32_000, weight: 2, type: "POS", returnRate: 0.05 },
  // Fuel
  { name: "SHELL OIL 57444", min: 3_500, max: 7_500, weight: 4, type: "POS" },
  { name: "CHEVRON 0093345", min: 3_500, max: 7_800, weight: 3, type: "POS" },
  // Coffee and restaurants
  { name: "SQ *BLUE BOTTLE COFFEE", min: 500, max: 1_650, weight: 8, type: "POS" },
  { name: "STARBUCKS STORE 05432", min: 425, max: 1_480, weight: 8, type: "POS" },
  { name: "CHIPOTLE 1234", min: 1_100, max: 2_800, weight: 5, type: "POS" },
  ...LOCAL_RESTAURANTS.map(
    (name): CardSeller => ({ name, min: 2_400, max: 11_000, weight: 1.4, type: "POS" }),
  ),
  // Shopping and errands
  { name: amazonName, min: 899, max: 14_999, weight: 9, type: "DEBIT", returnRate: 0.1 },
  { name: "TARGET 00012345", min: 1_500, max: 12_000, weight: 4, type: "POS", returnRate: 0.06 },
  { name: "CVS/PHARMACY #04567", min: 600, max: 4_500, weight: 3, type: "POS" },
  // Rides
  { name: "UBER *TRIP", min: 900, max: 3_800, weight: 4, type: "DEBIT" },
  { name: "LYFT *RIDE", min: 800, max: 3_500, weight: 2, type: "DEBIT" },
];

/** Monthly charges on a fixed day per user; `dayKey` names the DemoProfile field holding the day. */
export const CARD_SUBSCRIPTIONS = [
  { name: "NETFLIX.COM", amount: 1_549, dayKey: "netflixDay" },
  { name: "SPOTIFY USA", amount: 1_199, dayKey: "spotifyDay" },
  { name: "PLANET FITNESS", amount: 2_499, dayKey: "gymDay" },
] as const;

/** People the demo user splits dinners and trips with, over Venmo and Zelle. */
export const FRIENDS = ["JORDAN LEE", "SAM PATEL", "ALEX KIM", "RILEY GARCIA"] as const;

export const P2P_MEMOS = [
  "Dinner",
  "Concert tickets",
  "Groceries",
  "Birthday gift",
  "Ski trip",
  "Utilities split",
];
