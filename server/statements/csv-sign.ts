import "server-only";

import type { CsvMappingPatch, SignConvention } from "@/server/statements/csv-mapping";
import { balanceRelation, type Money } from "@/server/statements/csv-money";
import { type ColumnProfile, writtenValue } from "@/server/statements/csv-profile";
import type { WordedSigns } from "@/server/statements/csv-worded-signs";
import type { AccountType } from "@/server/statements/types";

// How to read the sign of a CSV's amounts. Many files say it outright: separate debit and credit columns,
// a debit/credit word on every row, "+" and "-" both written, CR/DR marks. The rest write "-12.50" for one
// side and nothing for the other, and which side is money out differs between a bank account (negative)
// and some card exports (positive). Then the figures decide where they can (a running balance that moves
// with the amounts; in a card's file, purchases far outnumber payments) and otherwise the user is asked.
// A wrong guess would import every amount backwards without anyone noticing.

export type SignQuestion = {
  prompt: string;
  /** Why the file cannot answer it. */
  reason: string;
  /** Each answer is a correction to the detected mapping. */
  options: { label: string; patch: CsvMappingPatch }[];
};

export type SignDecision = {
  convention: SignConvention;
  /** The unnamed debit/credit pair was found the other way round. */
  swap: boolean;
  question: SignQuestion | null;
  reason: string | null;
};

type Input = {
  money: Money;
  typeColumn: ColumnProfile | undefined;
  layoutConvention: SignConvention | undefined;
  isCard: boolean;
  accountType: AccountType | null;
  /** A balance the file states above its table. */
  statedBalance: number | null;
  /** Which sign the rows marked in debit or credit words carry, where only some rows are so marked. */
  wordedSigns?: WordedSigns | null;
  /** The convention a card issuer's "PAYMENT - THANK YOU" rows tell (signsByCardPayments). */
  cardPayments?: SignConvention | null;
};

// In a card's file, purchases outnumber payments and refunds by far; a share below this is no evidence.
const CLEAR_MAJORITY = 0.7;
const MIN_ROWS_FOR_MAJORITY = 3;

const told = (convention: SignConvention, reason: string, swap = false): SignDecision => ({
  convention,
  swap,
  question: null,
  reason,
});

const label = (profile: ColumnProfile) =>
  profile.name ? `“${profile.name}”` : `column ${profile.index + 1}`;

export function decideSign(input: Input): SignDecision {
  const { money } = input;
  if (!money.amount) return decidePair(input);
  const amount = money.amount;
  if (input.typeColumn) {
    const { debit, credit } = input.typeColumn.directions;
    return debit === 0 && credit > 0
      ? told(
          "credits_marked",
          `Rows marked as credits in ${label(input.typeColumn)} are money in; the rest are money out.`,
        )
      : told("negative_is_out", `${label(input.typeColumn)} says debit or credit on each row.`);
  }
  const unmarked = amount.cells.filter((cell) => cell && !cell.mark && cell.magnitude !== 0).length;
  if (amount.credits + amount.debits > 0) {
    return amount.credits > 0 && amount.debits === 0 && unmarked > 0
      ? told("credits_marked", "Amounts marked CR are money in; unmarked amounts are money out.")
      : told("negative_is_out", "The amounts carry CR and DR marks.");
  }
  if (amount.plus > 0 && amount.minus > 0)
    return told("negative_is_out", "The amounts are written with + and − signs.");
  if (amount.plus > 0)
    return told("credits_marked", "Only money in carries a + sign; unsigned amounts are money out.");
  if (input.layoutConvention) return told(input.layoutConvention, "This export's own convention.");

  const byBalance = fromBalance(input);
  if (byBalance) return byBalance;
  if (input.wordedSigns) {
    const { convention, column } = input.wordedSigns;
    return told(
      convention,
      `The rows ${label(column)} calls debits or purchases carry ${convention === "positive_is_out" ? "positive" : "negative"} amounts.`,
    );
  }

  // Into a bank account the user named, a file is read as bank accounts write signs (below), whatever its words.
  if (input.cardPayments && input.accountType !== "checking" && input.accountType !== "savings") {
    return told(
      input.cardPayments,
      `The rows that thank you for a payment are money in, so ${input.cardPayments === "positive_is_out" ? "positive" : "negative"} amounts are money out.`,
    );
  }

  const values = amount.cells.map(writtenValue).filter((v): v is number => v !== null && v !== 0);
  const negatives = values.filter((v) => v < 0).length;
  const positives = values.length - negatives;
  if (negatives === 0) {
    if (input.isCard) {
      return told("positive_is_out", "Every amount is unsigned, and in a card's file those are purchases.");
    }
    return ask(
      {
        prompt: "Are the amounts in this file money out or money in?",
        reason:
          "Every amount is written without a sign, and nothing else in the file says which way the money went.",
        options: [
          {
            label: "Money out (purchases, bills, withdrawals)",
            patch: { signConvention: "positive_is_out" },
          },
          { label: "Money in (deposits, income)", patch: { signConvention: "negative_is_out" } },
        ],
      },
      "positive_is_out",
    );
  }
  const signedQuestion = (reason: string) =>
    ask(
      {
        prompt: "Which amounts in this file are money out?",
        reason,
        options: [
          {
            label: "Negative amounts (−12.50) are money out; payments and refunds are positive",
            patch: { signConvention: "negative_is_out" },
          },
          {
            label: "Positive amounts (12.50) are money out; payments and refunds are negative",
            patch: { signConvention: "positive_is_out" },
          },
        ],
      },
      "negative_is_out",
    );
  if (input.isCard && input.statedBalance !== null && input.statedBalance < 0) {
    return told(
      "negative_is_out",
      "The card's stated balance is negative, so money spent is written as negative.",
    );
  }
  if (input.isCard) {
    const share = Math.max(negatives, positives) / values.length;
    if (values.length >= MIN_ROWS_FOR_MAJORITY && share >= CLEAR_MAJORITY) {
      return negatives > positives
        ? told("negative_is_out", "In this card's file most amounts are negative: those are the purchases.")
        : told("positive_is_out", "In this card's file most amounts are positive: those are the purchases.");
    }
    return signedQuestion(
      "Card exports differ: some write purchases as negative amounts, some as positive, and this file has about as many of each.",
    );
  }
  if (input.accountType === "checking" || input.accountType === "savings") {
    return told("negative_is_out", "Negative amounts are money out, as bank accounts write them.");
  }
  // Not known to be a bank account: a file that is mostly positive may be a card export read backwards. A bank
  // account's rows are mostly spending; Nubank's card export has its purchases positive and only a few
  // payments and refunds negative, so reading it as a bank account would turn every purchase into income.
  if (values.length >= 5 && positives * 2 > values.length) {
    return signedQuestion("Most amounts are positive, which is how some card exports write purchases.");
  }
  return told("negative_is_out", "Negative amounts are money out, as bank accounts write them.");
}

/**
 * A column of card numbers ("Kartennummer", "Card number") is no proof of a card's file: current accounts at
 * Finom, Yuh and other fintechs name the debit card that paid each row. Such a file reads one way only: its
 * balance is money held (positive, falling with each negative amount) and most rows are negative (spending).
 * A card's file with a balance owed runs the other way, its purchases positive and raising the balance.
 */
export function isDebitCardAccount(money: Money): boolean {
  const amount = money.amount;
  if (!amount || !money.balance) return false;
  const relation = balanceRelation(money, money.balance);
  if (relation?.sign !== 1) return false;
  const balances = money.balance.cells.map(writtenValue).filter((v): v is number => v !== null);
  const sorted = [...balances].sort((a, b) => a - b);
  if ((sorted[Math.floor(sorted.length / 2)] ?? 0) <= 0) return false;
  const values = amount.cells.map(writtenValue).filter((v): v is number => v !== null && v !== 0);
  const negatives = values.filter((v) => v < 0).length;
  return negatives > values.length - negatives;
}

/**
 * Whether the balance of a pair no name tells apart counts money owed, given the column holding the payments a card
 * issuer received (money in): it falls with those and rises with the other column, as a card's balance owed does.
 */
export function owesWithPayments(money: Money, paidInto: ColumnProfile): boolean {
  if (!money.balance || !money.debit || !money.credit) return false;
  const relation = balanceRelation(money, money.balance);
  if (!relation) return false;
  // The relation is the balance's to money in minus money out as found: the credit column less the debit one.
  const withMoneyIn = paidInto === money.credit ? relation.sign : -relation.sign;
  return withMoneyIn === -1;
}

function ask(question: SignQuestion, tentative: SignConvention): SignDecision {
  return { convention: tentative, swap: false, question, reason: null };
}

/**
 * A running balance tells which way the amounts go once we know what the balance counts: money held (a
 * bank account, or a card written as negative when owed) or money owed (a card's positive balance).
 */
function fromBalance(input: Input): SignDecision | null {
  const { money } = input;
  if (!money.balance) return null;
  const relation = balanceRelation(money, money.balance);
  if (!relation) return null;
  const balances = money.balance.cells.map(writtenValue).filter((v): v is number => v !== null);
  const sorted = [...balances].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const owed = input.isCard && median > 0;
  const withBalance = relation.sign === 1;
  const name = label(money.balance);
  if (!money.amount) {
    // The pair as found (first column as money out) is right when "in minus out" moves a held balance up.
    const keep = withBalance !== owed;
    return told("negative_is_out", `${name} moves with the money in and out columns.`, !keep);
  }
  return withBalance !== owed
    ? told("negative_is_out", `${name} goes down by each negative amount.`)
    : told("positive_is_out", `${name} goes ${owed ? "up" : "down"} by each positive amount.`);
}

function decidePair(input: Input): SignDecision {
  const { debit, credit, pairNamed } = input.money;
  if (pairNamed || !debit || !credit) {
    return told("negative_is_out", "Money out and money in are in separate columns.");
  }
  const byBalance = fromBalance(input);
  if (byBalance) return byBalance;
  const total = debit.nonZero + credit.nonZero;
  const share = Math.max(debit.nonZero, credit.nonZero) / total;
  if (total >= MIN_ROWS_FOR_MAJORITY + 1 && share >= CLEAR_MAJORITY) {
    // Money out is the busier column: purchases and bills outnumber deposits and payments.
    const busier = debit.nonZero >= credit.nonZero ? debit : credit;
    return told(
      "negative_is_out",
      `${label(busier)} has most of the entries, so it is taken as money out.`,
      busier === credit,
    );
  }
  return ask(
    {
      prompt: "Which column holds money out?",
      reason:
        "The two amount columns have no names that say which is which, and no balance to check them against.",
      options: [
        { label: `${label(debit)} is money out`, patch: { debit: debit.index, credit: credit.index } },
        { label: `${label(credit)} is money out`, patch: { debit: credit.index, credit: debit.index } },
      ],
    },
    "negative_is_out",
  );
}
