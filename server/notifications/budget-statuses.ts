import "server-only";
import type { Database } from "@/db";
import { evaluateBudgetMonths } from "@/server/budgets/budgets";
import type { BudgetStatusInput } from "./budget-rules";

/** Each budgeted category's status for the months asked, as of `now` (`today` is its date for the user). */
export type BudgetStatusLoader = (
  db: Database,
  input: { userId: string; months: string[]; today: string; now: Date },
) => Promise<BudgetStatusInput[]>;

/**
 * The budgets domain's month status (the same evaluation as the Budgets page) as the plain input the notification
 * rules take. Only budgets the user set are watched (a $0 one included): a recommendation is Tally's estimate of a
 * typical month, and a person who just linked a bank would otherwise be told about every category running above
 * its typical month. A group without a budget of its own only sums its categories, so it is never told twice.
 */
export const loadBudgetStatuses: BudgetStatusLoader = async (db, { userId, months, now }) => {
  const evaluated = await evaluateBudgetMonths(db, userId, months, now);
  return evaluated.flatMap((month) =>
    month.lines
      .filter((line) => line.source === "user" && !line.rolledUp)
      .map(
        (line): BudgetStatusInput => ({
          categoryId: line.categoryId,
          categoryName: line.name,
          currency: month.currency,
          month: month.month,
          spentCents: line.spent,
          // Overspending carried in can leave less than nothing: the rules take a budget of zero or more.
          budgetCents: Math.max(0, line.available),
          projectedCents: line.projected,
          // Said in the notice when last month's overspending left nothing: the budget itself was not $0.
          plannedCents: line.budget,
          carriedCents: line.rollover,
        }),
      ),
  );
};
