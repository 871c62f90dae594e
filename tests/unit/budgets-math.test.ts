// The arithmetic behind budgets, without a database: the typical month and its outliers, rounding, the income
// template, rollover, the projection and the status thresholds. Expected amounts are worked out by hand here.

import { describe, expect, it } from "vitest";
import { hampelOutliers, median, roundDownToStep, roundUpToStep, typicalMonth } from "@/server/budgets/math";
import { isConfidentlyProjectedOver, projectMonthEnd } from "@/server/budgets/projection";
import { completeMonthsBefore, INCOME_TEMPLATE, recommendForMonth } from "@/server/budgets/recommend";
import { carryInto } from "@/server/budgets/rollover";
import { budgetStatus } from "@/server/budgets/status";

describe("typical month", () => {
  it("is the median, and a month far from the others is left out", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([100, 200, 301, 400])).toBe(251); // (200 + 301) / 2 = 250.5 → 251 cents
    // Five ordinary months around $400 and a December with $1,900 of gifts.
    const months = [41_200, 39_800, 43_100, 40_500, 190_000, 41_900];
    expect(hampelOutliers(months)).toEqual([4]);
    // Without December: 39,800 40,500 41,200 41,900 43,100 → the middle one.
    expect(typicalMonth(months)).toEqual({ typical: 41_200, leftOut: [4] });
  });

  it("does not call identical months unusual over a few cents", () => {
    expect(hampelOutliers([1_549, 1_549, 1_549, 1_549, 1_550, 1_549])).toEqual([]);
    expect(hampelOutliers([1_549, 1_549, 1_549, 1_549, 3_098, 1_549])).toEqual([4]);
  });

  it("rounds budgets to a step a person would pick", () => {
    expect(roundUpToStep(41_230)).toBe(42_000); // $412.30 → $420 (step $10)
    expect(roundUpToStep(1_549)).toBe(2_000); // $15.49 → $20 (step $5)
    expect(roundUpToStep(123_456)).toBe(125_000); // $1,234.56 → $1,250 (step $25)
    expect(roundUpToStep(200_000)).toBe(200_000); // already on a $50 step
    expect(roundDownToStep(99_999)).toBe(97_500); // $999.99 → $975
  });
});

describe("recommendations", () => {
  const base = {
    currentMonth: "2026-07",
    currency: "USD",
    groupIdsBySlug: new Map(INCOME_TEMPLATE.map((share) => [share.slug, `group-${share.slug}`])),
    incomeByMonth: new Map<string, number>(),
    monthlyIncome: null,
  };

  it("counts only complete months: the first month only when history starts on the 1st", () => {
    expect(completeMonthsBefore("2026-07", "2026-07", "2026-03-14")).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    expect(completeMonthsBefore("2026-07", "2026-07", "2026-03-01")).toEqual([
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    // Next month is planned from the months complete today; only the last 6 count.
    expect(completeMonthsBefore("2026-08", "2026-07", "2025-01-01")).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
  });

  it("explains a history-based budget with the months it left out", () => {
    const spent = new Map([
      ["2026-01", 41_200],
      ["2025-12", 190_000],
      ["2026-02", 39_800],
      ["2026-03", 43_100],
      ["2026-04", 40_500],
      ["2026-05", 41_900],
    ]);
    const result = recommendForMonth({
      ...base,
      month: "2026-06",
      currentMonth: "2026-06",
      historyStart: "2025-11-20",
      leafIds: new Set(["groceries"]),
      spentByMonth: (id: string) => (id === "groceries" ? spent : undefined),
    });
    expect(result.mode).toBe("history");
    expect({ ...result.forCategory("groceries") }).toEqual({
      amount: 42_000,
      explanation: "Typical month over the last 6: $412 (December left out as unusual)",
    });
  });

  it("uses the income template, never more than the income, before 3 complete months", () => {
    expect(INCOME_TEMPLATE.reduce((sum, share) => sum + share.percent, 0)).toBeLessThanOrEqual(100);
    const result = recommendForMonth({
      ...base,
      month: "2026-07",
      historyStart: "2026-05-03",
      leafIds: new Set<string>(),
      spentByMonth: () => undefined,
      monthlyIncome: 523_333,
    });
    expect(result.mode).toBe("template");
    // 40% of $5,233.33 = $2,093.33 → down to the $50 step: $2,050.
    expect(result.forCategory("group-home")).toEqual({
      amount: 205_000,
      explanation: "40% of your monthly income of $5,233.33 (from your settings)",
    });
    const total = INCOME_TEMPLATE.reduce(
      (sum, share) => sum + (result.forCategory(`group-${share.slug}`)?.amount ?? 0),
      0,
    );
    expect(total).toBeLessThanOrEqual(523_333);
  });

  it("says what would produce a recommendation when there is neither history nor income", () => {
    const none = recommendForMonth({
      ...base,
      month: "2026-07",
      historyStart: null,
      leafIds: new Set<string>(),
      spentByMonth: () => undefined,
    });
    expect(none.mode).toBe("none");
    expect(none.forCategory("group-home")).toBeNull();
    expect(none.guidance).toMatch(/Link an account.*monthly income in Settings/);
  });
});

describe("rollover", () => {
  const budgets: Record<string, number> = { "2025-11": 40_000, "2025-12": 40_000, "2026-01": 40_000 };
  const history = (spent: Record<string, number>, firstRolloverMonth: string | null = "2025-12") => ({
    budgetIn: (month: string) => budgets[month] ?? null,
    spentIn: (month: string) => spent[month] ?? 0,
    rolloverIn: (month: string) => firstRolloverMonth !== null && month >= firstRolloverMonth,
    firstRolloverMonth,
  });

  it("carries a surplus across the year boundary, and on to the next month", () => {
    const spent = { "2025-11": 39_000, "2025-12": 36_200 };
    // November left $10 into December; December had $410 and spent $362: $48 into January.
    expect(carryInto("2025-12", history(spent))).toBe(1_000);
    expect(carryInto("2026-01", history(spent))).toBe(4_800);
  });

  it("carries overspending as a negative amount", () => {
    const spent = { "2025-11": 40_000, "2025-12": 45_500 };
    expect(carryInto("2026-01", history(spent))).toBe(-5_500);
  });

  it("carries nothing while rollover is off", () => {
    expect(carryInto("2026-01", history({ "2025-12": 10_000 }, null))).toBe(0);
  });
});

describe("projection", () => {
  it("does not extrapolate an early rent payment", () => {
    // $2,000 rent on the 1st, then $60 of other spending by the 10th of a 30-day month.
    const projection = projectMonthEnd({
      spent: 206_000,
      payments: [200_000, 2_500, 3_500],
      budget: 230_000,
      day: 10,
      daysInMonth: 30,
    });
    // Only the $60 is a pace: $60 / 10 days × 20 days left = $120 more.
    expect(projection).toEqual({ projected: 206_000 + 12_000, lumps: 200_000, variable: 6_000 });
  });

  it("extrapolates ordinary spending at its pace", () => {
    const projection = projectMonthEnd({
      spent: 15_000,
      payments: [5_000, 5_000, 5_000],
      budget: 40_000,
      day: 10,
      daysInMonth: 31,
    });
    expect(projection.projected).toBe(15_000 + Math.round((15_000 * 21) / 10));
  });
});

describe("status", () => {
  const status = (spent: number, available: number, projectedOver = false) =>
    budgetStatus({ spent, available, projectedOver, threshold: 80 });

  it("is approaching at exactly 80% and exceeded at exactly 100%", () => {
    expect(status(31_999, 40_000)).toBe("ok");
    expect(status(32_000, 40_000)).toBe("approaching");
    expect(status(39_999, 40_000)).toBe("approaching");
    expect(status(40_000, 40_000)).toBe("exceeded");
    expect(status(40_001, 40_000)).toBe("exceeded");
  });

  it("warns when the pace confidently passes the budget, and says exceeded once it is used up", () => {
    expect(status(20_000, 40_000, true)).toBe("projected_to_exceed");
    expect(status(20_000, 40_000, false)).toBe("ok");
    expect(status(40_000, 40_000, true)).toBe("exceeded");
  });

  it("calls a pace over only from the second week, and by a margin that shrinks as the month goes", () => {
    const over = (projected: number, day: number, spent = 10_000) =>
      isConfidentlyProjectedOver({ projected, budget: 30_000, spent, day, daysInMonth: 30 });
    // Day 7: never, however fast.
    expect(over(1_000_000, 7)).toBe(false);
    // Day 8 of 30: 5% + 15% × 22/30 = 16% over, so $348.00 of a $300 budget.
    expect(over(34_800, 8)).toBe(true);
    expect(over(34_799, 8)).toBe(false);
    // Day 29 of 30: 5.5% over, $316.50.
    expect(over(31_650, 29)).toBe(true);
    expect(over(31_649, 29)).toBe(false);
    // The last day has no pace left to judge; a used-up budget is "exceeded", not a projection.
    expect(over(1_000_000, 30)).toBe(false);
    expect(over(1_000_000, 15, 30_000)).toBe(false);
  });

  it("treats overspending carried in as already over", () => {
    expect(status(0, -1_000)).toBe("exceeded");
    expect(status(0, 0)).toBe("ok");
  });
});
