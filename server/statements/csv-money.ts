import "server-only";

import { currencyInName, normalizeName, type Role } from "@/server/statements/csv-header-names";
import type { LayoutMatch } from "@/server/statements/csv-layouts";
import { type ColumnProfile, writtenValue } from "@/server/statements/csv-profile";

// The money columns of a table: one amount or a debit/credit pair, and a running balance. A column that
// changes by each row's amount is the balance, and the way it moves tells the sign of the amounts.

export type Money = {
  amount?: ColumnProfile;
  debit?: ColumnProfile;
  credit?: ColumnProfile;
  balance?: ColumnProfile;
  /** Whether a debit/credit pair was told apart by its names; otherwise by its contents. */
  pairNamed?: boolean;
  /** The order of the rows by their dates, when the dates say it. */
  order?: RowOrder | null;
};

export type RowOrder = "oldest-first" | "newest-first";

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
  // The dates say which way the rows run; only when they do not (one day) are both ways tried.
  const orders: RowOrder[] = money.order ? [money.order] : ["oldest-first", "newest-first"];
  for (const order of orders) {
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

const OTHER_AMOUNT =
  /\b(orig|original|originale|ursprunglicher|foreign|fee|fees|gebuhr|ausgangsgebuhr|zielgebuhr|frais|comision|commissione|provision)\b/;

/** The amount column(s) and the balance, by names where they tell and by contents where they do not. */
export function chooseAmounts(
  candidates: ColumnProfile[],
  layout: LayoutMatch | null,
  order: RowOrder | null,
  emptySides: ColumnProfile[] = [],
): Money | null {
  // Columns of nothing but zeros, or one repeated value, are not money (an exchange rate of 0, a statement number).
  const useful = candidates.filter(
    (p) =>
      p.nonZero > 0 &&
      (p.distinct > 1 || p.filled < 3 || ["amount", "debit", "credit"].includes(p.hint ?? "")),
  );
  const named = (role: Role) => useful.filter((p) => p.hint === role);
  const balanceNamed = byLayoutOr(useful, layout?.columns.balance) ?? named("balance")[0];
  const others = useful.filter((p) => p !== balanceNamed);
  const debit = named("debit").find((p) => p !== balanceNamed);
  const credit = named("credit").find((p) => p !== balanceNamed);
  if (debit && credit) return { debit, credit, balance: balanceNamed, pairNamed: true, order };
  const amountNamed = named("amount");
  // A named money-out column beside a named money-in column that is empty on every row (DBS: a month of only
  // spending) is still the pair: its unsigned figures are money out, not amounts of unknown direction. So it is
  // beside an amount column that writes no sign on any row (KBC's "Bedrag" next to its "credit" and "debet"): the
  // pair says which way the money went, the amount column does not.
  const partner = debit
    ? emptySides.find((p) => p.hint === "credit")
    : credit
      ? emptySides.find((p) => p.hint === "debit")
      : undefined;
  if (partner && amountNamed.every(isUnsigned)) {
    const pair = debit ? { debit, credit: partner } : { debit: partner, credit };
    return {
      ...pair,
      balance: balanceNamed ?? findBalance(others, { ...pair, order }),
      pairNamed: true,
      order,
    };
  }
  if (amountNamed.length > 0) {
    // Of several, not the one of the original currency, nor a fee (Revolut Business's "Orig amount" beside its
    // "Amount"; Wise's "Betrag der Ausgangsgebühr" beside its "Ausgangsbetrag (nach Gebühren)").
    const plain = amountNamed.filter((p) => !OTHER_AMOUNT.test(normalizeName(p.name)));
    const amount = (plain.length > 0 ? plain : amountNamed).reduce((a, b) => (b.nonZero > a.nonZero ? b : a));
    return { amount, order, balance: balanceNamed ?? findBalance(others, { amount, order }) };
  }
  // A column named for debit-or-credit marks that holds signed figures instead (Nationwide's "Debit/Credit":
  // "-£52.00", "+£5.00") is the amount: the candidates are columns of figures.
  const unnamed = others.filter(
    (p) => p.hint === null || p.hint === "debit" || p.hint === "credit" || p.hint === "type",
  );
  // Two columns that are never both filled on one row: money out and money in, unnamed.
  for (const x of unnamed) {
    for (const y of unnamed) {
      if (x.index >= y.index || !complementary(x, y) || inTwoCurrencies(x, y)) continue;
      return {
        debit: x,
        credit: y,
        order,
        balance: balanceNamed ?? findBalance(others, { debit: x, credit: y, order }),
      };
    }
  }
  if (unnamed.length === 0) return null;
  // One amount and perhaps a balance: the pair whose figures add up wins; otherwise the column that looks most
  // like money (cents, signs both ways) rather than a row number; then the leftmost.
  let best: Money | null = null;
  let bestScore = -1;
  for (const amount of unnamed) {
    const balance = balanceNamed ?? findBalance(others, { amount, order });
    const matches = balance ? (balanceRelation({ amount, order }, balance)?.matches ?? 0) : 0;
    const score = matches * 1000 + moneyLikeness(amount);
    if (score > bestScore) {
      best = { amount, balance, order };
      bestScore = score;
    }
  }
  return best;
}

/** No cell of the column says which way its money went: no sign, no debit or credit mark. */
export function isUnsigned(profile: ColumnProfile): boolean {
  return profile.minus === 0 && profile.plus === 0 && profile.credits + profile.debits === 0;
}

/** Up to 2: cents written on most cells, and amounts on both sides of zero. */
function moneyLikeness(profile: ColumnProfile): number {
  const cents = profile.cells.filter((cell) => cell && cell.magnitude % 100 !== 0).length;
  const signed = profile.minus > 0 || profile.plus > 0 || profile.credits + profile.debits > 0 ? 1 : 0;
  return (profile.amounts > 0 ? cents / profile.amounts : 0) + signed;
}

function byLayoutOr(candidates: ColumnProfile[], index: number | undefined): ColumnProfile | undefined {
  return index === undefined ? undefined : candidates.find((p) => p.index === index);
}

/**
 * RBC's "CAD$" and "USD$": two columns never filled on the same row because each holds the amounts of one
 * currency (signed), not money out and money in.
 */
export function inTwoCurrencies(x: ColumnProfile, y: ColumnProfile): boolean {
  const [a, b] = [currencyInName(x.name), currencyInName(y.name)];
  return a !== null && b !== null && a !== b;
}

function complementary(x: ColumnProfile, y: ColumnProfile): boolean {
  let either = 0;
  let both = 0;
  for (let i = 0; i < x.cells.length; i++) {
    const a = (x.cells[i]?.magnitude ?? 0) !== 0;
    const b = (y.cells[i]?.magnitude ?? 0) !== 0;
    if (a || b) either++;
    if (a && b) both++;
  }
  return x.nonZero > 0 && y.nonZero > 0 && either >= 2 && both <= either * 0.05;
}

function findBalance(candidates: ColumnProfile[], money: Money): ColumnProfile | undefined {
  const used = new Set([money.amount, money.debit, money.credit]);
  let best: { profile: ColumnProfile; matches: number } | null = null;
  for (const profile of candidates) {
    if (used.has(profile)) continue;
    const relation = balanceRelation(money, profile);
    if (relation && (!best || relation.matches > best.matches)) best = { profile, matches: relation.matches };
  }
  return best?.profile;
}
