import "server-only";

import { hashDigits, seeded } from "@/server/demo-bank/random";
import type { DemoAccount, DemoAccountKind } from "@/server/demo-bank/types";

// Everything here depends on the user id alone, so each demo user gets their own stable numbers, rent, payday
// and bills, and two users' histories differ beyond the random purchases.

export function demoAccounts(userId: string): DemoAccount[] {
  return [
    {
      accountNumber: checkingAccountNumber(userId),
      kind: "checking",
      name: "Demo Checking",
      currency: "USD",
    },
    {
      accountNumber: cardAccountNumber(userId),
      kind: "credit_card",
      name: "Demo Rewards Card",
      currency: "USD",
    },
  ];
}

export function demoAccount(userId: string, kind: DemoAccountKind): DemoAccount {
  const account = demoAccounts(userId).find((candidate) => candidate.kind === kind);
  if (!account) throw new Error(`No demo account of kind ${kind}`);
  return account;
}

function checkingAccountNumber(userId: string): string {
  // A leading zero would be lost by anything that treats the number as numeric, so never start with one.
  const digits = hashDigits(`${userId}|checking-number`, 10);
  return `${(Number(digits[0]) % 9) + 1}${digits.slice(1)}`;
}

function cardAccountNumber(userId: string): string {
  // 4000 00 is a test range, never issued to real cards; the Luhn digit makes it pass card-number checks.
  const body = `400000${hashDigits(`${userId}|card-number`, 9)}`;
  return `${body}${luhnCheckDigit(body)}`;
}

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Doubling starts from the rightmost digit of the body, since the check digit will sit to its right.
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** The user's fixed facts of life: what they earn and owe, and on which days the bills come. */
export type DemoProfile = {
  /** A Friday; paydays fall every 14 days from it, forwards and backwards. */
  payAnchor: string;
  /** Net pay before the per-paycheck wobble (withholding, overtime), in cents. */
  basePay: number;
  rent: number;
  internetBill: number;
  pgeDay: number;
  internetDay: number;
  phoneDay: number;
  netflixDay: number;
  spotifyDay: number;
  gymDay: number;
  /** The checking balance the month-end savings sweep steers back towards, in cents. */
  checkingBase: number;
  savingsLast4: string;
};

export function demoProfile(userId: string): DemoProfile {
  const rng = seeded(userId, "profile");
  // Bill days stay at 28 or below so every month, February included, has each bill exactly once.
  return {
    // 2024-01-05 and 2024-01-12 are Fridays a week apart: the two possible biweekly payroll phases.
    payAnchor: rng.chance(0.5) ? "2024-01-05" : "2024-01-12",
    basePay: rng.int(285_000, 300_000),
    rent: rng.pick([165_000, 175_000, 185_000, 195_000, 210_000]),
    internetBill: rng.pick([7_999, 8_999, 9_999]),
    pgeDay: rng.int(5, 10),
    internetDay: rng.int(11, 14),
    phoneDay: rng.int(20, 24),
    netflixDay: rng.int(3, 9),
    spotifyDay: rng.int(16, 22),
    gymDay: rng.int(10, 28),
    checkingBase: rng.int(4_500, 6_500) * 100,
    savingsLast4: hashDigits(`${userId}|savings-number`, 4),
  };
}
