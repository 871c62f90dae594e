import { describe, expect, it } from "vitest";
import {
  type BudgetStatusInput,
  calendarFor,
  dueBudgetNotifications,
  isConfidentlyProjectedOver,
  isSupersededBy,
  type ToldBudgetNotice,
} from "@/server/notifications/budget-rules";

// Budget notices decided from plain numbers, the way the budgets domain hands them over. Every expected amount
// below is worked out by hand in the test.

const groceries = (overrides: Partial<BudgetStatusInput> = {}): BudgetStatusInput => ({
  categoryId: "11111111-1111-4111-8111-111111111111",
  categoryName: "Groceries",
  currency: "USD",
  month: "2026-11",
  spentCents: 0,
  budgetCents: 45_000,
  projectedCents: null,
  ...overrides,
});

const due = (statuses: BudgetStatusInput[], today = "2026-11-21", thresholds = [80, 100]) =>
  dueBudgetNotifications(statuses, { thresholds, today });

describe("threshold notices", () => {
  it("are due from exactly 80% of the budget, not a cent before", () => {
    // 80% of $450 is $360.
    expect(due([groceries({ spentCents: 35_999 })])).toEqual([]);
    const [notice, ...rest] = due([groceries({ spentCents: 36_000 })]);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ kind: "budget_approaching", threshold: 80, month: "2026-11" });
    expect(notice!.title).toBe("Groceries is at 80% of its November budget");
  });

  it("say what happened and what to do: the issue's example", () => {
    // $412 of $450 on November 21: 9 days after today, so $38 over 10 days (today included) is $3.80 a day.
    const [notice] = due([groceries({ spentCents: 41_200 })]);
    expect(notice!.body).toBe(
      "Groceries: $412 of $450 (92%) with 9 days left in November. About $3.80 a day from here keeps it within budget.",
    );
  });

  it("tell exactly 100% apart from over", () => {
    const atBudget = due([groceries({ spentCents: 45_000 })]);
    expect(atBudget.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
    expect(atBudget[0]!.title).toBe("Groceries has used its whole November budget");
    expect(atBudget[0]!.body).toContain("$450 of $450 (100%)");

    // $470.25 of $450: $20.25 over, 104.5% rounds to 105%.
    const [over, ...rest] = due([groceries({ spentCents: 47_025 })]);
    expect(rest).toEqual([]);
    expect(over!.title).toBe("Groceries is over its November budget");
    expect(over!.body).toMatch(/^Groceries: \$470\.25 of \$450 \(105%\), \$20\.25 over, with 9 days left/);
    expect(over!.body).toContain("raise the budget on the Budgets page");
  });

  it("tell one purchase that passes several thresholds at once as the highest only", () => {
    // From $315 (70%) to $585 (130%) in one purchase: over budget is the news, "passed 80%" is not.
    const notices = due([groceries({ spentCents: 58_500 })]);
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
    // Past 90% with [50, 80, 90]: one notice, at 90%.
    const warned = due([groceries({ spentCents: 41_200 })], "2026-11-21", [50, 80, 90]);
    expect(warned.map((n) => [n.kind, n.threshold])).toEqual([["budget_approaching", 90]]);
  });

  it("never round up to 100% while something is left", () => {
    // $449.99 of $450 is 99.998%.
    const [notice] = due([groceries({ spentCents: 44_999 })]);
    expect(notice!.title).toBe("Groceries is at 99% of its November budget");
  });

  it("follow the user's own thresholds, including ones past 100%", () => {
    // $562.50 of $450 is exactly 125%.
    const notices = due([groceries({ spentCents: 56_250 })], "2026-11-21", [125, 50, 50]);
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 125]]);
    expect(notices[0]!.title).toBe("Groceries passed 125% of its November budget");
    // $247.50 of $450 is 55%.
    const half = due([groceries({ spentCents: 24_750 })], "2026-11-21", [125, 50]);
    expect(half.map((n) => [n.kind, n.threshold])).toEqual([["budget_approaching", 50]]);
  });

  it("always tell going over budget, whatever thresholds the user chose", () => {
    // $495 of $450 is 110%: between the user's 50% and 125%, and over the budget.
    for (const thresholds of [[50, 125], [125], [60]]) {
      const notices = due([groceries({ spentCents: 49_500 })], "2026-11-21", thresholds);
      expect(notices.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
      expect(notices[0]!.title).toBe("Groceries is over its November budget");
    }
  });

  it("tell a threshold past 100% that was passed together with the budget", () => {
    // $675 of $450 is exactly 150%: past 80%, 100% and 150% at once; the notice says 150% and how much over.
    const notices = due([groceries({ spentCents: 67_500 })], "2026-11-21", [80, 100, 150]);
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 150]]);
    expect(notices[0]!.title).toBe("Groceries passed 150% of its November budget");
    expect(notices[0]!.body).toMatch(/^Groceries: \$675 of \$450 \(150%\), \$225 over, with 9 days left/);
  });

  it("say nothing for a refund that brought spending back under, or for refunds larger than purchases", () => {
    expect(due([groceries({ spentCents: 30_000 })])).toEqual([]);
    expect(due([groceries({ spentCents: -2_500 })])).toEqual([]);
  });

  it("are written in the category's currency", () => {
    const [euro] = due([groceries({ currency: "EUR", spentCents: 41_250, budgetCents: 45_000 })]);
    expect(euro!.body).toContain("€412.50 of €450 (92%)");
    const [yen] = due([groceries({ currency: "JPY", spentCents: 4_120_000, budgetCents: 4_500_000 })]);
    expect(yen!.body).toContain("¥41,200 of ¥45,000 (92%)");
  });

  it("only concern the month under way", () => {
    expect(due([groceries({ month: "2026-10", spentCents: 50_000 })])).toEqual([]);
    expect(due([groceries({ month: "2026-12", spentCents: 50_000 })])).toEqual([]);
  });

  it("treat any spending against a budget of zero as over it, told once whatever the thresholds", () => {
    expect(due([groceries({ budgetCents: 0, spentCents: 0 })])).toEqual([]);
    expect(due([groceries({ budgetCents: 0, spentCents: -500 })])).toEqual([]);
    for (const thresholds of [[80, 100], [50], [100, 150, 200]]) {
      const notices = due([groceries({ budgetCents: 0, spentCents: 1_200 })], "2026-11-21", thresholds);
      expect(notices.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
      expect(notices[0]!.title).toBe("Groceries is over its November budget");
      expect(notices[0]!.body).toContain("$12 spent with 9 days left in November, with a budget of $0");
    }
  });

  it("word the last day of the month", () => {
    const [notice] = due([groceries({ spentCents: 40_000 })], "2026-11-30");
    // $50 left, today only.
    expect(notice!.body).toBe(
      "Groceries: $400 of $450 (89%) on the last day of November. $50 is left for today.",
    );
  });
});

describe("what an earlier notice supersedes", () => {
  const told = (threshold: number | null, overrides: Partial<ToldBudgetNotice> = {}): ToldBudgetNotice => ({
    categoryId: groceries().categoryId,
    month: "2026-11",
    threshold,
    ...overrides,
  });
  const draft = (threshold: number | null) => told(threshold);

  it("never tells a lower threshold after a higher one, nor the same one again", () => {
    // "Over" told, then a refund brings spending back to 85%: "passed 80%" would say less than the user knows.
    expect(isSupersededBy(draft(80), [told(100)])).toBe(true);
    expect(isSupersededBy(draft(100), [told(150)])).toBe(true);
    expect(isSupersededBy(draft(100), [told(100)])).toBe(true);
  });

  it("lets a higher threshold follow a lower one: that is the news", () => {
    expect(isSupersededBy(draft(100), [told(80)])).toBe(false);
    expect(isSupersededBy(draft(150), [told(80), told(100)])).toBe(false);
    expect(isSupersededBy(draft(80), [])).toBe(false);
  });

  it("never tells 'on pace to go over' once 'over' was told, but does after a warning", () => {
    expect(isSupersededBy(draft(null), [told(100)])).toBe(true);
    expect(isSupersededBy(draft(null), [told(80)])).toBe(false);
    expect(isSupersededBy(draft(80), [told(null)])).toBe(false);
  });

  it("looks only at the same category and month", () => {
    expect(isSupersededBy(draft(80), [told(100, { month: "2026-10" })])).toBe(false);
    expect(
      isSupersededBy(draft(80), [told(100, { categoryId: "22222222-2222-4222-8222-222222222222" })]),
    ).toBe(false);
  });
});

describe("the projection rule", () => {
  // In a 30-day month on day 8, 22 days are left: the projection must be 5% + 15% × 22/30 = 16% over the
  // budget, so $450 × 1.16 = $522.
  const onDay8 = (projectedCents: number, spentCents = 15_000) =>
    due([groceries({ spentCents, projectedCents })], "2026-11-08");

  it("tells when the projection is confidently over, once the first week is past", () => {
    const notices = onDay8(52_200);
    expect(notices.map((n) => n.kind)).toEqual(["budget_projected"]);
    expect(notices[0]!.threshold).toBeNull();
    expect(notices[0]!.body).toBe(
      // $300 left over 23 days (today included): $13.04 a day, rounded down.
      "At this pace Groceries will reach $522 of $450 by November 30. $150 spent so far with 22 days left in November. About $13.04 a day from here keeps it within budget.",
    );
  });

  it("stays quiet when the projection is only a little over", () => {
    expect(onDay8(52_199)).toEqual([]);
  });

  it("stays quiet in the first week, however fast the pace", () => {
    expect(due([groceries({ spentCents: 20_000, projectedCents: 90_000 })], "2026-11-07")).toEqual([]);
  });

  it("needs less margin late in the month, when less is left to guess", () => {
    // Day 29 of 30: 5% + 15% × 1/30 = 5.5%, so $450 × 1.055 = $474.75.
    const calendar = calendarFor("2026-11-29");
    const status = (projectedCents: number) => groceries({ spentCents: 44_000, projectedCents });
    expect(isConfidentlyProjectedOver(status(47_475), calendar)).toBe(true);
    expect(isConfidentlyProjectedOver(status(47_474), calendar)).toBe(false);
  });

  it("leaves it to the exceeded notice once the budget is used up, and needs a projection", () => {
    const calendar = calendarFor("2026-11-15");
    expect(
      isConfidentlyProjectedOver(groceries({ spentCents: 45_000, projectedCents: 90_000 }), calendar),
    ).toBe(false);
    expect(
      isConfidentlyProjectedOver(groceries({ spentCents: 20_000, projectedCents: null }), calendar),
    ).toBe(false);
  });

  it("comes after the threshold notices of the same category", () => {
    const notices = due([groceries({ spentCents: 37_000, projectedCents: 60_000 })], "2026-11-10");
    expect(notices.map((n) => n.kind)).toEqual(["budget_approaching", "budget_projected"]);
  });
});

describe("calendarFor", () => {
  it("knows month lengths, leap years included", () => {
    expect(calendarFor("2028-02-10")).toEqual({ month: "2028-02", day: 10, daysInMonth: 29, daysLeft: 19 });
    expect(calendarFor("2027-02-28")).toMatchObject({ daysInMonth: 28, daysLeft: 0 });
  });
});
