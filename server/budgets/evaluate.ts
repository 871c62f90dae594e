import "server-only";
import type { Cents } from "@/lib/money";
import { daysInMonth } from "@/lib/months";
import { FIRST_PROJECTION_DAY, isConfidentlyProjectedOver, projectMonthEnd } from "./projection";
import { type MonthRecommendations, recommendForMonth } from "./recommend";
import { carryInto } from "./rollover";
import { approachingThreshold, budgetStatus, percentOf } from "./status";
import type {
  BudgetCategory,
  BudgetInputs,
  BudgetLine,
  BudgetMonth,
  BudgetSettingInput,
  UnbudgetedSpending,
} from "./types";

export type * from "./types";

// Every budget decision for one month, as a plain function of what was loaded (./load.ts): which categories have
// a budget and from where, rollover, spending, projection and status, group roll-ups, totals and the unbudgeted
// rest. The page, the REST API and the evaluation job all read a month through this.

/** Spending in a category for a month: money out less refunds into it, never below zero (as on Spending). */
const categorySpent = (outflow: Cents, inflow: Cents) => Math.max(0, outflow - inflow);

export function evaluateBudgetMonth(inputs: BudgetInputs): BudgetMonth {
  return createBudgetModel(inputs).month(inputs.month);
}

/**
 * The user's budgets over the loaded months. `month(m)` evaluates one month; recommendations and budgets per
 * month are memoized, because rollover reads every month back to where it was first turned on.
 */
export function createBudgetModel(inputs: BudgetInputs) {
  const expense = inputs.categories.filter(
    (category) => category.kind === "expense" && category.id !== inputs.uncategorizedId,
  );
  const byId = new Map(inputs.categories.map((category) => [category.id, category]));
  const groups = expense.filter((category) => category.parentId === null);
  const childrenOf = new Map<string, BudgetCategory[]>(groups.map((group) => [group.id, []]));
  for (const category of expense) {
    if (category.parentId !== null) childrenOf.get(category.parentId)?.push(category);
  }

  // Spending by category and month, the group's own line counting everything filed in the group.
  const ownSpent = new Map<string, Map<string, Cents>>();
  const incomeByMonth = new Map<string, Cents>();
  const add = (id: string, month: string, cents: Cents) => {
    const months = ownSpent.get(id) ?? new Map<string, Cents>();
    months.set(month, (months.get(month) ?? 0) + cents);
    ownSpent.set(id, months);
  };
  for (const row of inputs.aggregate) {
    const category = byId.get(row.categoryId);
    if (!category) continue;
    if (category.kind === "income") {
      incomeByMonth.set(row.month, (incomeByMonth.get(row.month) ?? 0) + row.inflow - row.outflow);
    } else if (category.kind === "expense") {
      // Uncategorized counts only its money out: an unknown deposit must not hide unknown spending.
      const spent =
        category.id === inputs.uncategorizedId ? row.outflow : categorySpent(row.outflow, row.inflow);
      add(category.id, row.month, spent);
    }
  }
  const spentIn = (categoryId: string, month: string) => ownSpent.get(categoryId)?.get(month) ?? 0;
  const groupSpentIn = (groupId: string, month: string) =>
    spentIn(groupId, month) +
    (childrenOf.get(groupId) ?? []).reduce((sum, child) => sum + spentIn(child.id, month), 0);
  const isGroup = (categoryId: string) => childrenOf.has(categoryId);
  const totalSpentIn = (categoryId: string, month: string) =>
    isGroup(categoryId) ? groupSpentIn(categoryId, month) : spentIn(categoryId, month);

  const leafIds = new Set(
    expense.filter((category) => category.parentId !== null).map((category) => category.id),
  );
  const groupIdsBySlug = new Map(groups.map((group) => [group.slug, group.id]));
  const recommendations = memoize(
    (month: string): MonthRecommendations =>
      recommendForMonth({
        month,
        currentMonth: inputs.currentMonth,
        historyStart: inputs.historyStart,
        currency: inputs.currency,
        leafIds,
        spentByMonth: (categoryId) => ownSpent.get(categoryId),
        groupIdsBySlug,
        incomeByMonth,
        monthlyIncome: inputs.monthlyIncome,
      }),
  );

  // The user's settings per category, newest first: the one in force is the first not after the month.
  const settingsOf = new Map<string, BudgetSettingInput[]>();
  for (const setting of [...inputs.settings].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))) {
    const list = settingsOf.get(setting.categoryId) ?? [];
    list.push(setting);
    settingsOf.set(setting.categoryId, list);
  }
  const settingIn = (categoryId: string, month: string) =>
    settingsOf.get(categoryId)?.find((setting) => setting.effectiveFrom <= month) ?? null;

  /**
   * Whether Tally proposes a budget for the category in the month. A category the user hid is retired: a budget
   * recommended from its past would add money nobody plans to spend to the month's total. It keeps its
   * recommendation only while the month has spending in it (so that spending is shown against a budget, as
   * before it was hidden) or rollover, which the user turned on, walks through it.
   */
  const recommendable = (categoryId: string, month: string) =>
    !byId.get(categoryId)?.hidden ||
    spentIn(categoryId, month) > 0 ||
    settingIn(categoryId, month)?.rollover === true;

  /** A category's (or group's own) budget for a month before rollover, or null without one. */
  const ownBudget = memoize2((categoryId: string, month: string) => {
    const setting = settingIn(categoryId, month);
    const recommendation = recommendable(categoryId, month)
      ? recommendations(month).forCategory(categoryId)
      : null;
    if (setting?.amount != null)
      return { amount: setting.amount, source: "user" as const, setting, recommendation };
    if (recommendation)
      return { amount: recommendation.amount, source: "recommended" as const, setting, recommendation };
    return null;
  });

  const rolloverFor = (categoryId: string, month: string) => {
    const settings = settingsOf.get(categoryId) ?? [];
    const firstOn = settings.filter((setting) => setting.rollover).at(-1)?.effectiveFrom ?? null;
    return carryInto(month, {
      budgetIn: (m) => ownBudget(categoryId, m)?.amount ?? null,
      // A month still under way (a future month's rollover) carries what is left so far.
      spentIn: (m) => totalSpentIn(categoryId, m),
      rolloverIn: (m) => settingIn(categoryId, m)?.rollover ?? false,
      firstRolloverMonth: firstOn,
    });
  };

  const threshold = approachingThreshold(inputs.thresholds);

  function month(target: string): BudgetMonth {
    const timing =
      target < inputs.currentMonth ? "past" : target === inputs.currentMonth ? "current" : "future";
    const paymentsOf = new Map<string, Cents[]>();
    if (timing === "current") {
      for (const payment of inputs.payments) {
        const list = paymentsOf.get(payment.categoryId) ?? [];
        list.push(payment.amount);
        paymentsOf.set(payment.categoryId, list);
      }
    }
    const day = Number(inputs.today.slice(8, 10));
    const project = (spent: Cents, budget: Cents, categoryIds: string[]): Cents | null => {
      if (timing === "past") return spent;
      if (timing === "future") return null;
      const payments = categoryIds.flatMap((id) => paymentsOf.get(id) ?? []);
      return projectMonthEnd({ spent, payments, budget, day, daysInMonth: daysInMonth(target) }).projected;
    };
    // "On pace to go over" only for the month under way, and by the rule the notification follows.
    const projectedOver = (projected: Cents | null, available: Cents, spent: Cents) =>
      timing === "current" &&
      isConfidentlyProjectedOver({
        projected,
        budget: available,
        spent,
        day,
        daysInMonth: daysInMonth(target),
      });

    const lineFor = (category: BudgetCategory): BudgetLine | null => {
      const own = ownBudget(category.id, target);
      if (!own) return null;
      const group = isGroup(category.id);
      const spent = totalSpentIn(category.id, target);
      const rollover = own.setting?.rollover ? rolloverFor(category.id, target) : 0;
      const available = own.amount + rollover;
      const ids = group
        ? [category.id, ...(childrenOf.get(category.id) ?? []).map((child) => child.id)]
        : [category.id];
      const projected = project(spent, own.amount, ids);
      return {
        categoryId: category.id,
        name: category.name,
        groupId: category.parentId,
        isGroup: group,
        hidden: category.hidden,
        rolledUp: false,
        source: own.source,
        effectiveFrom:
          own.source === "user" || own.setting?.rollover ? (own.setting?.effectiveFrom ?? null) : null,
        budget: own.amount,
        recommended: own.recommendation?.amount ?? null,
        explanation: own.recommendation?.explanation ?? null,
        rolloverEnabled: own.setting?.rollover ?? false,
        rollover,
        available,
        spent,
        remaining: available - spent,
        percent: percentOf(spent, available),
        projected,
        status: budgetStatus({
          spent,
          available,
          projectedOver: projectedOver(projected, available, spent),
          threshold,
        }),
      };
    };

    const lines: BudgetLine[] = [];
    const unbudgeted: UnbudgetedSpending[] = [];
    const unbudgetedItem = (
      category: BudgetCategory,
      groupName: string | null,
      groupItself: boolean,
      amount: number,
    ): UnbudgetedSpending => ({
      categoryId: category.id,
      name: category.name,
      groupName,
      groupItself,
      hidden: category.hidden,
      amount,
    });
    for (const group of [...groups].sort(byName)) {
      const children = [...(childrenOf.get(group.id) ?? [])].sort(byName);
      const childLines = children.flatMap((child) => lineFor(child) ?? []);
      const groupLine = lineFor(group) ?? rollUp(group, childLines);
      if (!groupLine) continue;
      lines.push(groupLine, ...childLines);
      if (groupLine.rolledUp) {
        // Only the group's own budget covers spending outside the categories that have one.
        const direct = spentIn(group.id, target);
        if (direct > 0) unbudgeted.push(unbudgetedItem(group, group.name, true, direct));
        for (const child of children) {
          const spent = spentIn(child.id, target);
          if (spent > 0 && !childLines.some((line) => line.categoryId === child.id))
            unbudgeted.push(unbudgetedItem(child, group.name, false, spent));
        }
      }
    }
    // Groups with no budget at all: every category in them with spending.
    for (const group of groups) {
      if (lines.some((line) => line.categoryId === group.id)) continue;
      for (const category of [group, ...(childrenOf.get(group.id) ?? [])]) {
        const spent = spentIn(category.id, target);
        if (spent > 0) unbudgeted.push(unbudgetedItem(category, group.name, category.id === group.id, spent));
      }
    }
    const uncategorized = byId.get(inputs.uncategorizedId);
    const uncategorizedSpent = spentIn(inputs.uncategorizedId, target);
    if (uncategorized && uncategorizedSpent > 0)
      unbudgeted.push(unbudgetedItem(uncategorized, null, false, uncategorizedSpent));
    unbudgeted.sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));

    const groupLines = lines.filter((line) => line.isGroup);
    const sum = (pick: (line: BudgetLine) => Cents) =>
      groupLines.reduce((total, line) => total + pick(line), 0);
    const recommendationsForTarget = recommendations(target);
    return {
      month: target,
      currency: inputs.currency,
      timing,
      projectionReady: timing === "current" && day >= FIRST_PROJECTION_DAY,
      mode: recommendationsForTarget.mode,
      guidance: recommendationsForTarget.guidance,
      lines,
      totals: {
        budget: sum((line) => line.budget),
        rollover: sum((line) => line.rollover),
        available: sum((line) => line.available),
        spent: sum((line) => line.spent),
        remaining: sum((line) => line.remaining),
        projected: timing === "future" ? null : sum((line) => line.projected ?? line.spent),
      },
      unbudgeted: {
        total: unbudgeted.reduce((total, item) => total + item.amount, 0),
        categories: unbudgeted,
      },
      thresholds: [...inputs.thresholds],
    };

    /** A group without a budget of its own stands for the sum of its categories' budgets and spending. */
    function rollUp(group: BudgetCategory, childLines: BudgetLine[]): BudgetLine | null {
      if (childLines.length === 0) return null;
      const total = (pick: (line: BudgetLine) => Cents) =>
        childLines.reduce((sum, line) => sum + pick(line), 0);
      const budget = total((line) => line.budget);
      const rollover = total((line) => line.rollover);
      const available = budget + rollover;
      const spent = total((line) => line.spent);
      const projected = timing === "future" ? null : total((line) => line.projected ?? line.spent);
      return {
        categoryId: group.id,
        name: group.name,
        groupId: null,
        isGroup: true,
        hidden: false,
        rolledUp: true,
        source: childLines.some((line) => line.source === "user") ? "user" : "recommended",
        effectiveFrom: null,
        budget,
        recommended: null,
        explanation: `The sum of the budgets of its ${childLines.length} ${childLines.length === 1 ? "category" : "categories"}`,
        rolloverEnabled: false,
        rollover,
        available,
        spent,
        remaining: available - spent,
        percent: percentOf(spent, available),
        projected,
        status: budgetStatus({
          spent,
          available,
          projectedOver: projectedOver(projected, available, spent),
          threshold,
        }),
      };
    }
  }

  return { month };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

function memoize2<T>(fn: (a: string, b: string) => T): (a: string, b: string) => T {
  const cache = new Map<string, T>();
  return (a, b) => {
    const key = `${a}|${b}`;
    if (!cache.has(key)) cache.set(key, fn(a, b));
    return cache.get(key)!;
  };
}
