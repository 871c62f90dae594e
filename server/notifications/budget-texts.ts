import "server-only";
import type { Cents } from "@/lib/money";
import type { BudgetStatusInput } from "./budget-rules";

// What a budget notice says: what happened, in the category's currency, and what to do about it.
// "Groceries: $412 of $450 (92%) with 9 days left in November."

/** Where today falls in its month. */
export type Calendar = {
  /** YYYY-MM */
  month: string;
  /** 1-based day of the month. */
  day: number;
  daysInMonth: number;
  /** Days after today until the month ends: 0 on its last day. */
  daysLeft: number;
};

type Text = { title: string; body: string };

const formatters = new Map<string, Intl.NumberFormat>();

/** "$412", "$412.50", "€9.99", "¥41,200": whole amounts without cents, as people write budgets. */
export function formatAmount(cents: Cents, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      trailingZeroDisplay: "stripIfInteger",
    });
    formatters.set(currency, formatter);
  }
  // Integer cents divided by 100 is exact enough to display to two places.
  return formatter.format(cents / 100);
}

/** Spent as a percent of the budget, rounded half up; never "100%" while anything is left. */
export function percentOf(spent: Cents, budget: Cents): number {
  const rounded = Number((BigInt(spent) * 200n + BigInt(budget)) / (2n * BigInt(budget)));
  return spent < budget ? Math.min(rounded, 99) : rounded;
}

function monthName(month: string, offset = 0): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + offset, 1)).toLocaleDateString("en-US", {
    month: "long",
    timeZone: "UTC",
  });
}

function timeLeft(calendar: Calendar): string {
  const name = monthName(calendar.month);
  if (calendar.daysLeft === 0) return `on the last day of ${name}`;
  return `with ${calendar.daysLeft} ${calendar.daysLeft === 1 ? "day" : "days"} left in ${name}`;
}

/** What can still be spent each day, today included, to end the month within budget. */
function dailyAllowance(status: BudgetStatusInput, calendar: Calendar): string {
  const remaining = status.budgetCents - status.spentCents;
  const perDay = Math.floor(remaining / (calendar.daysLeft + 1));
  if (calendar.daysLeft === 0) return `${formatAmount(remaining, status.currency)} is left for today.`;
  return `About ${formatAmount(perDay, status.currency)} a day from here keeps it within budget.`;
}

function standing(status: BudgetStatusInput, calendar: Calendar): string {
  const money = (cents: Cents) => formatAmount(cents, status.currency);
  if (status.budgetCents === 0) {
    const planned = status.plannedCents ?? 0;
    const carried = status.carriedCents ?? 0;
    if (planned > 0 && carried < 0) {
      // The budget was set; overspending carried in from last month used it all up.
      return (
        `${status.categoryName}: ${money(status.spentCents)} spent ${timeLeft(calendar)}, with nothing left of ` +
        `its ${money(planned)} budget after ${money(-carried)} overspent in ${monthName(status.month, -1)}`
      );
    }
    return `${status.categoryName}: ${money(status.spentCents)} spent ${timeLeft(calendar)}, with a budget of ${money(0)}`;
  }
  const percent = percentOf(status.spentCents, status.budgetCents);
  const over =
    status.spentCents > status.budgetCents ? `, ${money(status.spentCents - status.budgetCents)} over,` : "";
  return `${status.categoryName}: ${money(status.spentCents)} of ${money(status.budgetCents)} (${percent}%)${over} ${timeLeft(calendar)}`;
}

export function budgetApproachingText(status: BudgetStatusInput, calendar: Calendar): Text {
  // Only told while something is left: once the budget is used up, the highest threshold reached is 100 or more.
  return {
    title: `${status.categoryName} is at ${percentOf(status.spentCents, status.budgetCents)}% of its ${monthName(status.month)} budget`,
    body: `${standing(status, calendar)}. ${dailyAllowance(status, calendar)}`,
  };
}

/** `threshold` is the percentage this notice is for: 100, or one the user set past it (120, 150 …). */
export function budgetExceededText(status: BudgetStatusInput, calendar: Calendar, threshold = 100): Text {
  const month = monthName(status.month);
  const next = monthName(status.month, 1);
  const advice = `hold back on ${status.categoryName} until ${next}, or raise the budget on the Budgets page if it no longer fits.`;
  if (threshold > 100) {
    // A mark the user set past the budget: the title says which, the standing says how much over it is.
    return {
      title: `${status.categoryName} passed ${threshold}% of its ${month} budget`,
      body: `${standing(status, calendar)}. To keep it from growing, ${advice}`,
    };
  }
  if (status.spentCents === status.budgetCents) {
    return {
      title: `${status.categoryName} has used its whole ${month} budget`,
      body: `${standing(status, calendar)}. Anything more goes over: ${advice}`,
    };
  }
  return {
    title: `${status.categoryName} is over its ${month} budget`,
    body: `${standing(status, calendar)}. To keep it from growing, ${advice}`,
  };
}

export function budgetProjectedText(status: BudgetStatusInput, calendar: Calendar): Text {
  const money = (cents: Cents) => formatAmount(cents, status.currency);
  const month = monthName(status.month);
  return {
    title: `${status.categoryName} is on pace to go over its ${month} budget`,
    body:
      `At this pace ${status.categoryName} will reach ${money(status.projectedCents ?? 0)} of ` +
      `${money(status.budgetCents)} by ${month} ${calendar.daysInMonth}. ${money(status.spentCents)} spent so far ` +
      `${timeLeft(calendar)}. ${dailyAllowance(status, calendar)}`,
  };
}
