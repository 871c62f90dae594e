import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: a name-suggestion-index brand whose name glues two English words ("Toolstation", "Intersport",
// "Safestore") is a brand like any other, read before the branch's town; and where the terminal prints its country,
// a brand that does not trade there is not the seller. The shops' towns and the payees are invented.

const read = (currency: string, description: string) => categorizeOnAccount(currency, description, -2000);

describe("brands named with two glued words", () => {
  it.each([
    ["GBP", "SAFESTORE BRISTOL", "Safestore", "home.home-services"],
    ["EUR", "INTERSPORT KELDORA", "Intersport (Deutschland)", "shopping.sporting-goods"],
    ["EUR", "ROUGEGORGE LILLE", "RougeGorge", "shopping.clothing"],
  ])("%s: %s is %s", (currency, description, merchant, category) => {
    expect(read(currency, description)).toMatchObject({ merchant, categoryId: category });
  });

  it("a local business named with such words and its trade is still that trade", () => {
    expect(read("USD", "SUNNYSIDE CAFE").categoryId).toBe("food-dining.coffee-shops");
  });

  it("a town named like glued words is still no brand in front of another name", () => {
    expect(read("GBP", "BARNSLEY ZORVEX").categoryId).toBeNull();
  });
});

describe("a brand where the terminal's country says it does not trade", () => {
  it("is not the seller", () => {
    expect(read("ZAR", "TOOLSTATION KEMPTON PARK ZA").categoryId).toBeNull();
  });

  it("is, where it trades", () => {
    expect(read("GBP", "TOOLSTATION LEEDS GB").merchant).toBe("Toolstation");
  });
});

describe("a brand's two-word name printed as one word", () => {
  it.each([
    ["CAD", "JOEFRESH 1234 TORONTO", "Joe Fresh", "shopping.clothing"],
    ["GBP", "CLAPTONCRAFT KELDORA", "Clapton Craft", "food-dining.alcohol-bars"],
  ])("%s: %s is %s", (currency, description, merchant, category) => {
    expect(read(currency, description)).toMatchObject({ merchant, categoryId: category });
  });

  it("a name of two everyday words glued counts as the whole text or before a place only (Dis-Chem)", () => {
    expect(read("ZAR", "DISCHEM ROODEPOORT").merchant).toBe("Dis-Chem");
    expect(read("ZAR", "DISCHEM ZORVEX").categoryId).toBeNull();
  });
});
