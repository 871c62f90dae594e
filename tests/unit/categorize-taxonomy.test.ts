import { describe, expect, it } from "vitest";
import { cleanDescription } from "@/server/categorize/clean";
import { BUILT_IN_SELLERS, NSI_SELLERS } from "@/server/categorize/default-dictionary";
import { categoryBySlug, TAXONOMY } from "@/server/categorize/taxonomy";

const GROUPS = [
  "Auto & Transport",
  "Bills & Utilities",
  "Food & Dining",
  "Shopping",
  "Home",
  "Health & Fitness",
  "Travel",
  "Entertainment",
  "Personal Care",
  "Education",
  "Kids",
  "Pets",
  "Gifts & Donations",
  "Fees & Charges",
  "Taxes",
  "Business Services",
  "Financial",
  "Income",
  "Transfer",
  "Uncategorized",
];

describe("taxonomy", () => {
  it("has Mint's groups, each a category itself", () => {
    const groups = TAXONOMY.filter((c) => c.parentSlug === null);
    expect(groups.map((g) => g.name)).toEqual(GROUPS);
  });

  it("has unique slugs shaped group or group.sub, with subcategories under an existing group", () => {
    expect(new Set(TAXONOMY.map((c) => c.slug)).size).toBe(TAXONOMY.length);
    for (const category of TAXONOMY) {
      expect(category.slug).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)?$/);
      if (category.parentSlug !== null) {
        const parent = categoryBySlug(category.parentSlug);
        expect(parent?.parentSlug).toBeNull();
        expect(category.slug.startsWith(`${category.parentSlug}.`)).toBe(true);
        expect(category.kind).toBe(parent?.kind);
      }
    }
  });

  it("never counts transfers and card payments as spending", () => {
    expect(categoryBySlug("transfer")?.kind).toBe("transfer");
    expect(categoryBySlug("transfer.credit-card-payment")?.kind).toBe("transfer");
    expect(categoryBySlug("transfer.transfer")?.kind).toBe("transfer");
    expect(categoryBySlug("income.paycheck")?.kind).toBe("income");
    expect(categoryBySlug("food-dining.groceries")?.kind).toBe("expense");
    const transferKinds = TAXONOMY.filter((c) => c.kind === "transfer").map((c) => c.group);
    expect(new Set(transferKinds)).toEqual(new Set(["Transfer"]));
  });

  it("has the subcategories the UI and the demo bank rely on", () => {
    for (const slug of [
      "food-dining.groceries",
      "food-dining.restaurants",
      "food-dining.fast-food",
      "food-dining.coffee-shops",
      "food-dining.alcohol-bars",
      "food-dining.food-delivery",
      "income.paycheck",
      "income.interest-income",
      "income.refund-reimbursement",
      "uncategorized",
    ]) {
      expect(categoryBySlug(slug), slug).toBeDefined();
    }
  });

  it("every dictionary category exists", () => {
    expect(BUILT_IN_SELLERS.length).toBeGreaterThanOrEqual(2000);
    // null: a payment service whose name says nothing of what was bought (PayPal); the rest must exist.
    for (const seller of BUILT_IN_SELLERS)
      if (seller.category !== null) expect(categoryBySlug(seller.category), seller.name).toBeDefined();
    for (const slug of NSI_SELLERS.categories) expect(categoryBySlug(slug), slug).toBeDefined();
  });
});

describe("Tally's seller list", () => {
  it("has no prefix spelling so short it would claim other sellers' text", () => {
    for (const seller of BUILT_IN_SELLERS) {
      const exact = new Set((seller.exact ?? []).map((text) => cleanDescription(text).tokens.join(" ")));
      for (const text of [seller.name, ...(seller.aliases ?? [])]) {
        const form = cleanDescription(text).tokens.join(" ");
        if (exact.has(form)) continue;
        expect(form.replace(/ /g, "").length, `${seller.name}: "${text}"`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
