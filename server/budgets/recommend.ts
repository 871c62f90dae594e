import "server-only";
import { type Cents, formatMoneyShort } from "@/lib/money";
import { earlierMonth, monthName, monthRange, shiftMonth } from "@/lib/months";
import { median, roundDownToStep, roundUpToStep, typicalMonth } from "./math";

// What Tally recommends for one month, from the months before it: a typical month of the user's own spending
// once there are 3 complete months of history, a share of income before that, nothing without either.

export const HISTORY_MONTHS = 6;
export const MIN_COMPLETE_MONTHS = 3;

/**
 * The starting point for someone without history, by default group, as shares of monthly income. The shares
 * add up to at most 100% (checked in tests) and each budget is rounded down, so neither can exceed the income.
 */
export const INCOME_TEMPLATE = [
  { slug: "home", label: "Housing", percent: 40 },
  { slug: "food-dining", label: "Food", percent: 20 },
  { slug: "auto-transport", label: "Transportation", percent: 10 },
  { slug: "shopping", label: "Shopping", percent: 20 },
  { slug: "bills-utilities", label: "Bills and utilities", percent: 5 },
  { slug: "health-fitness", label: "Health", percent: 5 },
] as const;

export type Recommendation = { amount: Cents; explanation: string };

export type RecommendationMode = "history" | "template" | "none";

export type MonthRecommendations = {
  mode: RecommendationMode;
  /**
   * The recommendation for a category (history mode) or a template group (template mode), or null. Computed on
   * first ask: rollover reads months back, and only the categories it walks need their amounts there.
   */
  forCategory: (categoryId: string) => Recommendation | null;
  /** What the user can do to get recommendations (none), or what these are based on (template). */
  guidance: string | null;
};

export type RecommendationInputs = {
  /** The month recommended for. */
  month: string;
  /** The month that is under way now; it and later months are not complete. */
  currentMonth: string;
  /** The user's earliest transaction (YYYY-MM-DD), or null without any. */
  historyStart: string | null;
  currency: string;
  /** Expense categories that are not groups: the ones history recommends for. */
  leafIds: ReadonlySet<string>;
  /** A category's spending per month (missing months spent nothing). */
  spentByMonth: (categoryId: string) => ReadonlyMap<string, Cents> | undefined;
  /** Default groups by slug (for the income template). */
  groupIdsBySlug: ReadonlyMap<string, string>;
  /** Income per month (money in under income categories, net). */
  incomeByMonth: ReadonlyMap<string, Cents>;
  /** The user's own monthly income setting. */
  monthlyIncome: Cents | null;
};

/**
 * The complete months a recommendation for `month` may look at, oldest first: before `month` and before the
 * current month, and wholly inside the user's history. History starts on the day of the earliest transaction,
 * so its first month counts only when that day is the 1st (a bank's history rarely starts on a month's edge).
 */
export function completeMonthsBefore(
  month: string,
  currentMonth: string,
  historyStart: string | null,
): string[] {
  if (!historyStart) return [];
  const startMonth = historyStart.slice(0, 7);
  const firstComplete = historyStart.endsWith("-01") ? startMonth : shiftMonth(startMonth, 1);
  const last = shiftMonth(earlierMonth(month, currentMonth), -1);
  return monthRange(firstComplete, last).slice(-HISTORY_MONTHS);
}

export function recommendForMonth(inputs: RecommendationInputs): MonthRecommendations {
  const complete = completeMonthsBefore(inputs.month, inputs.currentMonth, inputs.historyStart);
  if (complete.length >= MIN_COMPLETE_MONTHS) return fromHistory(inputs, complete);
  const income = typicalIncome(inputs, complete);
  if (income) return fromTemplate(inputs, income);
  const monthsNote = complete.length === 0 ? "" : ` (you have ${complete.length} so far)`;
  return {
    mode: "none",
    forCategory: () => null,
    guidance: inputs.historyStart
      ? `Tally recommends budgets from ${MIN_COMPLETE_MONTHS} complete months of your spending${monthsNote}. ` +
        "To get a starting point now, enter your monthly income in Settings."
      : "Link an account or import a statement, or enter your monthly income in Settings, and Tally will " +
        "recommend a budget for each category.",
  };
}

function fromHistory(inputs: RecommendationInputs, months: string[]): MonthRecommendations {
  const computed = new Map<string, Recommendation | null>();
  const recommend = (categoryId: string): Recommendation | null => {
    if (!inputs.leafIds.has(categoryId)) return null;
    const spent = inputs.spentByMonth(categoryId);
    const typical = typicalMonth(months.map((month) => spent?.get(month) ?? 0));
    // A category with no spending in a typical month needs no budget; its odd purchase shows as unbudgeted.
    if (!typical || typical.typical <= 0) return null;
    return lazyExplanation(roundUpToStep(typical.typical), () => {
      const leftOut = typical.leftOut.map((index) => monthName(months[index]!));
      return (
        `Typical month over the last ${months.length}: ${formatMoneyShort(typical.typical, inputs.currency)}` +
        (leftOut.length > 0 ? ` (${joinWords(leftOut)} left out as unusual)` : "")
      );
    });
  };
  return {
    mode: "history",
    forCategory: (categoryId) => {
      if (!computed.has(categoryId)) computed.set(categoryId, recommend(categoryId));
      return computed.get(categoryId)!;
    },
    guidance: null,
  };
}

/** The sentence is only written for the months shown: rollover reads many months but only their amounts. */
function lazyExplanation(amount: Cents, explain: () => string): Recommendation {
  let text: string | undefined;
  return {
    amount,
    get explanation() {
      text ??= explain();
      return text;
    },
  };
}

type Income = { amount: Cents; source: "settings" | "deposits" };

/**
 * The income a template budget is a share of: the user's setting, else the median of their monthly income over
 * the complete months they have, else over every month so far that had income.
 */
function typicalIncome(inputs: RecommendationInputs, complete: string[]): Income | null {
  if (inputs.monthlyIncome !== null && inputs.monthlyIncome > 0)
    return { amount: inputs.monthlyIncome, source: "settings" };
  const last = earlierMonth(inputs.month, inputs.currentMonth);
  const positive = (months: Iterable<string>) =>
    [...months].map((month) => inputs.incomeByMonth.get(month) ?? 0).filter((cents) => cents > 0);
  const fromComplete = positive(complete);
  const values =
    fromComplete.length > 0
      ? fromComplete
      : positive([...inputs.incomeByMonth.keys()].filter((month) => month <= last));
  const amount = median(values);
  return amount !== null && amount > 0 ? { amount, source: "deposits" } : null;
}

function fromTemplate(inputs: RecommendationInputs, income: Income): MonthRecommendations {
  const byGroup = new Map<string, Recommendation>();
  const incomeText = formatMoneyShort(income.amount, inputs.currency);
  const source = income.source === "settings" ? "from your settings" : "typical of your deposits";
  for (const share of INCOME_TEMPLATE) {
    const groupId = inputs.groupIdsBySlug.get(share.slug);
    if (!groupId) continue;
    byGroup.set(groupId, {
      // Integer cents × whole percent / 100, floored: exact, and never more than the share.
      amount: roundDownToStep(Math.floor((income.amount * share.percent) / 100)),
      explanation: `${share.percent}% of your monthly income of ${incomeText} (${source})`,
    });
  }
  return {
    mode: "template",
    forCategory: (categoryId) => byGroup.get(categoryId) ?? null,
    guidance:
      `These are starting points from your income. After ${MIN_COMPLETE_MONTHS} complete months, Tally ` +
      "recommends budgets from your own spending.",
  };
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
