import { describe, expect, it } from "vitest";
import {
  type BudgetStatusInput,
  calendarFor,
  dueBudgetNotifications,
  isConfidentlyProjectedOver,
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

  it("tell exactly 100% apart from over, and pass 80% and 100% in one evaluation in that order", () => {
    const atBudget = due([groceries({ spentCents: 45_000 })]);
    expect(atBudget.map((n) => [n.kind, n.threshold])).toEqual([
      ["budget_approaching", 80],
      ["budget_exceeded", 100],
    ]);
    expect(atBudget[1]!.title).toBe("Groceries has used its whole November budget");
    expect(atBudget[1]!.body).toContain("$450 of $450 (100%)");

    // $470.25 of $450: $20.25 over, 104.5% rounds to 105%.
    const over = due([groceries({ spentCents: 47_025 })]);
    expect(over.map((n) => n.kind)).toEqual(["budget_approaching", "budget_exceeded"]);
    expect(over[0]!.title).toBe("Groceries passed 80% of its November budget");
    expect(over[1]!.title).toBe("Groceries is over its November budget");
    expect(over[1]!.body).toMatch(/^Groceries: \$470\.25 of \$450 \(105%\), \$20\.25 over, with 9 days left/);
    expect(over[1]!.body).toContain("raise the budget on the Budgets page");
  });

  it("never round up to 100% while something is left", () => {
    // $449.99 of $450 is 99.998%.
    const [notice] = due([groceries({ spentCents: 44_999 })]);
    expect(notice!.title).toBe("Groceries is at 99% of its November budget");
  });

  it("follow the user's own thresholds, including ones past 100%", () => {
    const notices = due([groceries({ spentCents: 56_250 })], "2026-11-21", [125, 50, 50]);
    // $562.50 of $450 is exactly 125%.
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([
      ["budget_approaching", 50],
      ["budget_exceeded", 125],
    ]);
  });

  it("tell a threshold past 100% apart from the first time over", () => {
    // $675 of $450 is exactly 150%: over at 100% and past 150% come together, and must not read as one notice twice.
    const notices = due([groceries({ spentCents: 67_500 })], "2026-11-21", [80, 100, 150]);
    expect(notices.map((n) => [n.kind, n.threshold])).toEqual([
      ["budget_approaching", 80],
      ["budget_exceeded", 100],
      ["budget_exceeded", 150],
    ]);
    expect(notices[1]!.title).toBe("Groceries is over its November budget");
    expect(notices[2]!.title).toBe("Groceries passed 150% of its November budget");
    expect(notices[2]!.body).toMatch(/^Groceries: \$675 of \$450 \(150%\), \$225 over, with 9 days left/);
    expect(new Set(notices.map((n) => n.title)).size).toBe(notices.length);
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
