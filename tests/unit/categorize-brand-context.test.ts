import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { resolveSeller } from "@/server/categorize/normalize";

// Card terminals print a chain's name in more shapes than "<BRAND> <TOWN>": the kind of store between the brand and
// its place, a name field cut at its width, the brand after the store's street or mall. All examples are invented.
const dictionary = defaultSellerDictionary();
const read = (raw: string, currency: string) =>
  resolveSeller(raw, dictionary, { countries: countriesForCurrency(currency) });
const categorize = (raw: string, currency: string) =>
  categorizeTransaction(
    { description: raw, amount: -1250 },
    {
      dictionary,
      userRules: new Map(),
      crowdTop: () => null,
      slugToCategoryId: slugAsId,
      countries: countriesForCurrency(currency),
    },
  );

describe("a whole-text-only brand, then its kind of store, then its place", () => {
  it("reads the chain when the store word names the chain's own kind of store", () => {
    for (const raw of [
      "KIWI SUPERMARKED DRAMMEN",
      "KIWI SUPERMARKED 0231 DRAMMEN",
      "KIWI SUPERMARKED",
      // The store word, then the branch's name and its town.
      "KIWI SUPERMARKED SAGENSTUA TRONDHEIM",
    ]) {
      const seller = read(raw, "NOK");
      expect(seller.known?.name, raw).toBe("Kiwi");
      // One key for the chain, whichever shop: a rule made on one applies to all.
      expect(seller.key, raw).toBe("kiwi");
    }
    expect(categorize("KIWI SUPERMARKED DRAMMEN", "NOK").via).toBe("osm_seller");
  });

  it("reads a brand of Tally's own list the same way, wherever it is", () => {
    const seller = read("SHELL TANKSTELLE 0412 LEEDS", "EUR");
    expect(seller.known?.name).toBe("Shell");
    expect(seller.key).toBe("shell");
    expect(read("SHELL FUEL LEEDS", "GBP").known?.name).toBe("Shell");
  });

  it("reads the terminal's country for a chain of that country", () => {
    // Coop is a grocer in Estonia: an Estonian terminal prints it before its kind of store.
    expect(read("COOP SUPERMARKET TARTU EST", "EUR").known?.name).toBe("Coop Eesti");
  });

  it("leaves the words to decide when they name another kind of store", () => {
    // A café and a pizzeria named Kiwi, a garage named Shell: their own words say what they are.
    const cafe = categorize("KIWI CAFE DRAMMEN", "NOK");
    expect(cafe.sellerKey).toBe("kiwi cafe drammen");
    expect(cafe.categoryId).toBe("food-dining.coffee-shops");
    expect(read("KIWI PIZZA DRAMMEN", "NOK").known).toBeNull();
    expect(read("SHELL GARAGE LEEDS", "GBP").known).toBeNull();
    expect(read("KIWI FRISOR DRAMMEN", "NOK").known).toBeNull();
  });

  it("does not read the chain before words that name no kind of store, or where it does not trade", () => {
    expect(read("SHELL BEACH LONDON", "GBP").known).toBeNull();
    expect(read("SHELL BEACH LEEDS", "GBP").known).toBeNull();
    // Kiwi trades in Norway: a supermarket called Kiwi in Estonia is another business.
    expect(read("KIWI SUPERMARKET TARTU EST", "EUR").known).toBeNull();
    // Nor when more name follows the store word than a place.
    expect(read("KIWI SUPERMARKED DRAMMEN FRISOR", "NOK").known).toBeNull();
  });

  it("still reads a branch's name before its town, and a longer spelling of the brand, as before", () => {
    expect(read("KIWI SAGENSTUA TRONDHEIM", "NOK").known?.name).toBe("Kiwi");
    expect(read("KIWI CAFE TRONDHEIM", "NOK").known).toBeNull();
    expect(read("SHELL OIL 57444", "USD").known?.name).toBe("Shell");
  });
});
