import "server-only";

import { type ColumnProfile, writtenValue } from "@/server/statements/csv-profile";

// Running balances: a column that changes by each row's amount is the balance, and the way it moves tells
// the sign of the amounts.

export type Money = {
  amount?: ColumnProfile;
  debit?: ColumnProfile;
  credit?: ColumnProfile;
  balance?: ColumnProfile;
  /** Whether a debit/credit pair was told apart by its names; otherwise by its contents. */
  pairNamed?: boolean;
};

/** The value of each body row as written: the amount, or money in minus money out. */
export function rowValues(money: Money): (number | null)[] {
  if (money.amount) return money.amount.cells.map(writtenValue);
  const rows = (money.debit ?? money.credit)?.cells.length ?? 0;
  return Array.from({ length: rows }, (_, i) => {
    const out = money.debit?.cells[i];
    const into = money.credit?.cells[i];
    if (!out && !into) return null;
    return (into?.magnitude ?? 0) - (out?.magnitude ?? 0);
  });
}

export type BalanceRelation = { sign: 1 | -1; matches: number; checked: number };

/**
 * Whether a column is the running balance of these amounts: row after row, it changes by the amount
 * (or by minus the amount), in either row order. Banks' running balances do not always add up (a pending
 * row, a correction), so most pairs of rows must agree, not all.
 */
export function balanceRelation(money: Money, balance: ColumnProfile): BalanceRelation | null {
  const values = rowValues(money);
  const balances = balance.cells.map(writtenValue);
  let best: BalanceRelation | null = null;
  for (const order of ["oldest-first", "newest-first"] as const) {
    for (const sign of [1, -1] as const) {
      let matches = 0;
      let checked = 0;
      for (let i = 1; i < values.length; i++) {
        const value = order === "oldest-first" ? values[i] : values[i - 1];
        const before = balances[i - 1];
        const after = balances[i];
        if (value == null || value === 0 || before == null || after == null) continue;
        checked++;
        const change = order === "oldest-first" ? after - before : before - after;
        if (change === sign * value) matches++;
      }
      if (checked > 0 && (!best || matches > best.matches)) best = { sign, matches, checked };
    }
  }
  if (!best || best.matches < Math.min(2, best.checked) || best.matches < best.checked * 0.6) return null;
  return best;
}
