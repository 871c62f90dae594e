import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { budgets, users } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { type Cents, centsFromNumeric, formatDecimal } from "@/lib/money";
import { monthLabel, shiftMonth } from "@/lib/months";
import { cachedRead, invalidateUserReads } from "@/server/cache/user-reads";
import { findVisibleCategory, type VisibleCategory } from "@/server/categorize/categories";
import { AppError, notFound } from "@/server/errors";
import { getUserById } from "@/server/identity/users";
import { type BudgetLine, type BudgetMonth, createBudgetModel } from "./evaluate";
import { monthsToEvaluate, requestBudgetEvaluation } from "./events";
import { type BudgetUser, budgetClock, budgetCurrency, loadBudgetInputs, pinnedBudgetCurrency } from "./load";

// The budgets service: one month's budgets for the page, the API and the job, and the user's changes to them.

/**
 * One month's budgets for the user, in their budget currency (see budgetCurrency). `month` defaults to the current one.
 *
 * Read through the per-user cache: the page, the dashboard's card and the API ask for the same month again and
 * again, and evaluating it takes three queries and the budget model. Every write to what a month is computed
 * from clears the user's cache when it commits: budget settings (here), the profile's income and thresholds
 * and time zone (server/identity), categories, imports, recategorizing and removed accounts. What the date
 * alone changes (the pace projection, the status, "this month") is in the key: today in the user's zone, so
 * tomorrow is a new entry. Income, thresholds and the budget currency are in the key too, because the caller
 * passes the user row.
 */
export async function getBudgetMonth(
  db: Database,
  user: BudgetUser,
  options: { month?: string; now?: Date } = {},
): Promise<BudgetMonth> {
  const { today, currentMonth } = budgetClock(user, options.now);
  const month = options.month ?? currentMonth;
  checkPlanningHorizon(month, currentMonth);
  const key = [
    "budgets",
    month,
    today,
    user.monthlyIncome ?? "",
    user.notifyThresholds.join(","),
    user.budgetCurrency ?? "",
  ].join(":");
  return cachedRead(user.id, key, async () => {
    const [months] = await evaluateMonths(db, user, [month], options.now);
    return months!;
  });
}

async function evaluateMonths(db: Database, user: BudgetUser, months: string[], now?: Date) {
  const inputs = await loadBudgetInputs(db, user, { months, now });
  const model = createBudgetModel({ ...inputs, month: months[0]! });
  return months.map((month) => model.month(month));
}

/**
 * The evaluation job's work: each affected month's budgets, through the same code as the page. A change in an
 * earlier month also reaches the current one through rollover, so the current month is always among them.
 */
export async function evaluateBudgetMonths(
  db: Database,
  userId: string,
  months: readonly string[],
  now?: Date,
): Promise<BudgetMonth[]> {
  const user = await getUserById(db, userId);
  if (!user || months.length === 0) return []; // the account was removed since
  const { currentMonth } = budgetClock(user, now);
  const first = [...months].sort()[0]!;
  const affected = monthsToEvaluate(first, currentMonth).filter(
    (month) => months.includes(month) || month === currentMonth,
  );
  if (affected.length === 0) return [];
  return evaluateMonths(db, user, affected, now);
}

/** Budgets can be planned up to a year ahead; further out there is nothing to plan from. */
export const PLANNING_MONTHS_AHEAD = 12;

function checkPlanningHorizon(month: string, currentMonth: string) {
  if (month > shiftMonth(currentMonth, PLANNING_MONTHS_AHEAD))
    throw new AppError("invalid_input", "Budgets can be planned up to a year ahead.", {
      fields: { month: "is more than a year ahead" },
    });
}

/** A category or group the user can budget: one of theirs or a default one, for spending, not Uncategorized. */
export async function getBudgetableCategory(
  db: Database,
  userId: string,
  categoryId: string,
): Promise<VisibleCategory> {
  const category = await findVisibleCategory(db, userId, categoryId);
  if (!category) throw notFound("That category");
  if (category.kind !== "expense")
    throw new AppError("invalid_input", `Budgets are for spending; ${category.name} is ${category.kind}.`, {
      fields: { category_id: "is not a spending category" },
    });
  if (category.id === UNCATEGORIZED_CATEGORY_ID)
    throw new AppError(
      "invalid_input",
      "Uncategorized spending cannot have a budget. Give those transactions a category instead.",
      { fields: { category_id: "is Uncategorized" } },
    );
  return category;
}

export type BudgetChange = {
  /** YYYY-MM: the first month it applies to. */
  month: string;
  /** Cents; null to follow the recommendation; undefined to keep the amount in force. */
  amount?: Cents | null;
  /** Undefined keeps the rollover setting in force. */
  rollover?: boolean;
};

/**
 * Sets a budget from `month` on, until a later setting: earlier months keep theirs. Returns the category's line
 * for that month. Following the recommendation (amount null) needs one to exist.
 */
export async function setBudget(
  db: Database,
  user: BudgetUser,
  categoryId: string,
  change: BudgetChange,
  now?: Date,
): Promise<BudgetLine> {
  const category = await getBudgetableCategory(db, user.id, categoryId);
  if (change.amount === null) {
    const { lines } = await getBudgetMonth(db, user, { month: change.month, now });
    if (lines.find((line) => line.categoryId === category.id)?.recommended == null)
      throw new AppError(
        "invalid_input",
        `There is no recommended budget for ${category.name} in ${monthLabel(change.month)}; enter an amount.`,
        { fields: { amount: "is required: there is no recommendation to follow" } },
      );
  }
  const line = await writeSetting(db, user, category, change, now);
  // A budget was written (an amount, or a recommendation that exists), so the month has a line for it.
  if (!line) throw new Error(`No budget line for ${category.id} after setting it`);
  return line;
}

/** Back to the recommendation from `month` on (the rollover setting stays as it is). */
export async function resetBudget(
  db: Database,
  user: BudgetUser,
  categoryId: string,
  change: { month: string },
  now?: Date,
): Promise<BudgetLine | null> {
  const category = await getBudgetableCategory(db, user.id, categoryId);
  return writeSetting(db, user, category, { month: change.month, amount: null }, now);
}

async function writeSetting(
  db: Database,
  user: BudgetUser,
  category: VisibleCategory,
  change: BudgetChange,
  now?: Date,
): Promise<BudgetLine | null> {
  const { currentMonth } = budgetClock(user, now);
  checkPlanningHorizon(change.month, currentMonth);
  const effectiveFrom = `${change.month}-01`;
  const owner = and(eq(budgets.userId, user.id), eq(budgets.categoryId, category.id));
  // The amount is in the currency the budgets are shown in now; the first setting pins it (see users.ts).
  const currency = await budgetCurrency(db, user);
  await db.transaction(async (tx) => {
    if (user.budgetCurrency === null)
      await tx
        .update(users)
        .set({ budgetCurrency: pinnedBudgetCurrency(user.id, currency) })
        .where(eq(users.id, user.id));
    // Serializes concurrent changes to one category's settings, so "the setting in force" stays true.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`budget:${user.id}:${category.id}`}))`);
    // The months from this one on are evaluated again once the change commits (see ./events.ts).
    await requestBudgetEvaluation(tx, user.id, monthsToEvaluate(change.month, currentMonth));
    const settingAt = (condition: ReturnType<typeof sql>) =>
      tx.select().from(budgets).where(and(owner, condition)).orderBy(desc(budgets.effectiveFrom)).limit(1);
    const [current] = await settingAt(sql`${budgets.effectiveFrom} <= ${effectiveFrom}::date`);
    const [previous = { amount: null, rollover: false }] = await settingAt(
      sql`${budgets.effectiveFrom} < ${effectiveFrom}::date`,
    );
    const amount =
      change.amount === undefined
        ? current?.amount == null
          ? null
          : centsFromNumeric(current.amount)
        : change.amount;
    const rollover = change.rollover ?? current?.rollover ?? false;
    const previousAmount = previous.amount == null ? null : centsFromNumeric(previous.amount);
    if (previousAmount === amount && previous.rollover === rollover) {
      // The same as what applied before this month: a row here would change nothing.
      await tx.delete(budgets).where(and(owner, eq(budgets.effectiveFrom, effectiveFrom)));
      return;
    }
    const stored = amount === null ? null : formatDecimal(amount);
    await tx
      .insert(budgets)
      .values({ userId: user.id, categoryId: category.id, effectiveFrom, amount: stored, rollover })
      .onConflictDoUpdate({
        target: [budgets.userId, budgets.categoryId, budgets.effectiveFrom],
        set: { amount: stored, rollover, updatedAt: sql`now()` },
      });
  });
  // Committed: the user's next read (the line returned below among them) evaluates the month again.
  await invalidateUserReads(user.id);
  const month = await getBudgetMonth(
    db,
    { ...user, budgetCurrency: user.budgetCurrency ?? currency },
    {
      month: change.month,
      now,
    },
  );
  return month.lines.find((line) => line.categoryId === category.id) ?? null;
}
