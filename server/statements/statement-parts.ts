import "server-only";

import { type Cents, formatDecimal } from "@/lib/money";
import type { ParsedAccount, ParsedTransaction, ParseWarning } from "@/server/statements/types";

// A CAMT or MT940 file often holds several statements of one account (a month of daily statements, one
// statement over several pages) beside statements of other accounts. The user imports accounts, not
// statements: the statements of one account (same number, same currency) become one account with all their
// transactions and the balance of the latest statement.

export function mergeStatementsByAccount(statements: ParsedAccount[]): ParsedAccount[] {
  const merged = new Map<string, ParsedAccount>();
  for (const account of statements) {
    // Statements without an account number cannot be told from another account's: each stays its own.
    const key = account.accountNumber
      ? `${account.accountNumber}\u0000${account.currency ?? ""}`
      : `#${merged.size}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...account, transactions: [...account.transactions] });
      continue;
    }
    existing.transactions.push(...account.transactions);
    if (account.balance !== null && isLater(account.balanceAsOf ?? null, existing)) {
      existing.balance = account.balance;
      existing.balanceAsOf = account.balanceAsOf ?? null;
    }
  }
  return [...merged.values()];
}

/** A later statement's balance wins; between statements of the same day (or undated), the one further down. */
function isLater(
  date: string | null,
  current: { balance: Cents | null; balanceAsOf?: string | null },
): boolean {
  if (current.balance === null || date === null || !current.balanceAsOf) return true;
  return date >= current.balanceAsOf;
}

/**
 * A statement whose booked entries do not lead from its opening to its closing balance is missing entries or
 * has one the bank wrote in a way Tally misreads: the user is told, with the figures, so they can compare.
 */
export function checkBalances(
  opening: { amount: Cents } | null,
  closing: { amount: Cents } | null,
  transactions: ParsedTransaction[],
  what: string,
  warnings: ParseWarning[],
): void {
  if (!opening || !closing) return;
  const booked = transactions.filter((t) => !t.pending).reduce((sum, t) => sum + t.amount, 0);
  if (opening.amount + booked === closing.amount) return;
  warnings.push({
    message: `In ${what} the balance goes from ${formatDecimal(opening.amount)} to ${formatDecimal(closing.amount)}, but its entries add up to ${formatDecimal(booked)}; compare the imported transactions with the statement.`,
  });
}
