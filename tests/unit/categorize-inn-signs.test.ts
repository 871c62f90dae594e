import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";

// British, Irish and Antipodean pubs are named by their inn sign, not by the word "pub": "THE QUEENS ARMS", "KINGS
// HEAD", "RED LION". All lines invented; the names are the commonest inn names, not rows of an evaluation set.
const context: CategorizeContext<string> = {
  dictionary: defaultSellerDictionary(),
  userRules: new Map(),
  crowdTop: () => null,
  slugToCategoryId: slugAsId,
};
const categorize = (description: string, currency: string) =>
  categorizeTransaction(
    { description, amount: -1250 },
    { ...context, countries: countriesForCurrency(currency) },
  );

describe("an inn sign where pubs are named so", () => {
  it.each([
    ["CARD PAYMENT TO THE KELDORA ARMS ON 12-03-2026", "GBP"],
    ["VISA THE ZORVEXS HEAD", "GBP"],
    ["NAGS HEAD 0412 DUBLIN", "EUR"],
    ["THE RED LION", "GBP"],
    ["ROYAL OAK", "GBP"],
    ["THE ROSE AND CROWN", "GBP"],
    ["EFTPOS THE KELDORA ARMS HOTEL", "AUD"],
  ])("%s (%s) is a bar", (text, currency) => {
    const result = categorize(text, currency);
    expect(result.categoryId).toBe("food-dining.alcohol-bars");
    expect(result.reason).toMatch(/^The name says “/);
  });

  it("says which words of the sign decided", () => {
    expect(categorize("THE QUEENS ARMS", "GBP").reason).toBe("The name says “queens arms”");
  });

  it.each([
    // More name after the sign: an office, a salon, a shop.
    ["KELDORA HEAD OFFICE", "GBP"],
    ["HEADS AND TAILS", "GBP"],
    // A head that is no possessive's.
    ["ZORVEX HEAD", "GBP"],
  ])("%s (%s) is not read as a pub", (text, currency) => {
    expect(categorize(text, currency).categoryId).not.toBe("food-dining.alcohol-bars");
  });

  it("is not read where pubs are not named so (an American ARMS may sell firearms)", () => {
    expect(categorize("KELDORA ARMS", "USD").categoryId).toBeNull();
  });
});

describe("a short form of a longer name, listed for the whole text only", () => {
  // name-suggestion-index lists "RED LION" alone for Red Lion Hotels, an American chain.
  it("names the American hotel chain on an American account", () => {
    expect(categorize("RED LION", "USD").categoryId).toBe("travel.hotel");
  });

  it("does not name it on a British one, where the words are a pub's", () => {
    expect(categorize("RED LION", "GBP").merchant).toBe("Red Lion");
  });
});
