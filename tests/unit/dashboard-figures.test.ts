import { describe, expect, it } from "vitest";
import { shareLabel } from "@/components/charts/spending-donut";
import { clampMonth } from "@/components/ui/month-nav";
import { TAXONOMY } from "@/server/categorize/taxonomy";
import { type CategoryInfo, categoryColor } from "@/server/reports/categories";
import { spendingByGroup, topCategorySeries } from "@/server/reports/spending";
import type { MonthSpending } from "@/server/spending/monthly";

const info = (id: string, name: string, group: string, groupId: string, isGroup = false): CategoryInfo => ({
  id,
  name,
  group,
  groupId,
  isGroup,
  kind: "expense",
  color: `color-${id}`,
  hidden: false,
});

const directory = [
  info("food", "Food & Dining", "Food & Dining", "food", true),
  info("groceries", "Groceries", "Food & Dining", "food"),
  info("coffee", "Coffee Shops", "Food & Dining", "food"),
  info("auto", "Auto & Transport", "Auto & Transport", "auto", true),
  info("gas", "Gas & Fuel", "Auto & Transport", "auto"),
];

const month = (name: string, amounts: Record<string, number>): MonthSpending => {
  const categories = Object.entries(amounts).map(([categoryId, amount]) => ({
    categoryId,
    name: categoryId,
    group: directory.find((entry) => entry.id === categoryId)!.group,
    amount,
    count: 1,
  }));
  return {
    month: name,
    currency: "USD",
    totalSpent: Object.values(amounts).reduce((a, b) => a + b, 0),
    totalIncome: 0,
    categories,
  };
};

describe("dashboard figures", () => {
  it("rolls categories up to their groups, largest group first, with the same total", () => {
    const groups = spendingByGroup(
      month("2026-03", { groceries: 30_000, coffee: 4_550, gas: 40_000 }),
      directory,
    );
    expect(groups.map((group) => [group.name, group.amount])).toEqual([
      ["Auto & Transport", 40_000],
      ["Food & Dining", 34_550],
    ]);
    expect(groups[1]!.categories.map((category) => category.categoryId)).toEqual(["groceries", "coffee"]);
  });

  it("stacks the top categories and folds the rest so each month still adds up to its total", () => {
    const trend = [
      month("2026-02", { groceries: 100, coffee: 7, gas: 50 }),
      month("2026-03", { groceries: 80, gas: 90 }),
    ];
    const series = topCategorySeries(trend, directory, 2);
    expect(series.map((line) => line.categoryId)).toEqual(["groceries", "gas", "rest"]);
    for (const [index, spent] of [157, 170].entries()) {
      expect(series.reduce((sum, line) => sum + line.amounts[index]!, 0)).toBe(spent);
    }
  });

  it("never shows 0% for a real amount", () => {
    expect(shareLabel(1, 1_000_000)).toBe("<0.1%");
    expect(shareLabel(450, 10_000)).toBe("4.5%");
    expect(shareLabel(5_000, 10_000)).toBe("50%");
    expect(shareLabel(0, 10_000)).toBe("");
  });

  it("keeps the month between the first month with data and this month", () => {
    const bounds = { first: "2025-06", last: "2026-03" };
    expect(clampMonth(undefined, bounds)).toBe("2026-03");
    expect(clampMonth("2027-01", bounds)).toBe("2026-03");
    expect(clampMonth("2024-12", bounds)).toBe("2025-06");
    expect(clampMonth("2025-12", bounds)).toBe("2025-12");
  });

  it("gives each category one colour whatever the month, and the categories of a group different ones", () => {
    const food = TAXONOMY.filter((category) => category.parentSlug === "food-dining").map((c) =>
      categoryColor(c.slug),
    );
    expect(new Set(food).size).toBe(food.length);
    expect(categoryColor("food-dining.groceries")).toBe(categoryColor("food-dining.groceries"));
    const groups = TAXONOMY.filter((category) => category.parentSlug === null && category.kind === "expense")
      .slice(0, 12)
      .map((category) => categoryColor(category.slug));
    expect(new Set(groups).size).toBe(groups.length);
    expect(categoryColor("uncategorized")).toBe("var(--color-chart-rest)");
  });
});
