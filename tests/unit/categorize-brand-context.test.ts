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
    // Coop is a grocer in Estonia: an Estonian terminal prints it before its kind of store, read so on a card from a
    // country where it has no shops as well.
    expect(read("COOP SUPERMARKET TARTU EST", "EUR").known?.name).toBe("Coop");
    expect(read("COOP SUPERMARKET TARTU EST", "USD").known?.name).toBe("Coop");
    expect(read("COOP SUPERMARKET KELDORA", "USD").known).toBeNull();
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

  it("reads the branch's name after the store word, or after the chain's format, with no town after it", () => {
    // The store word, or a format name-suggestion-index lists for the chain (Coop Mega), says it is the chain's shop.
    expect(read("KIWI SUPERMARKED SAGENSTUA", "NOK").known?.name).toBe("Kiwi");
    expect(read("COOP MEGA SAGENSTUA", "NOK").known?.name).toBe("Coop Mega");
    expect(read("COOP PRIX SAGENSTUA", "NOK").key).toBe("coop prix");
  });

  it("does not read a branch's name alone, or a word naming another business in its place", () => {
    // Without a store word or a format, a second word may be more of the name: only a town after it tells.
    expect(read("KIWI SAGENSTUA", "NOK").known).toBeNull();
    expect(categorize("KIWI SUPERMARKED KAFE", "NOK").categoryId).toBe("food-dining.coffee-shops");
    expect(categorize("COOP MEGA KAFE", "NOK").categoryId).toBe("food-dining.coffee-shops");
  });

  it("reads a branch's name of two words before its town, unless a word of it names another business", () => {
    expect(read("KIWI GAMLE BYEN TRONDHEIM", "NOK").known?.name).toBe("Kiwi");
    expect(read("KIWI GAMLE KAFE TRONDHEIM", "NOK").known).toBeNull();
    // Without the town the two words may be more of the name.
    expect(read("KIWI GAMLE BYEN", "NOK").known).toBeNull();
  });

  it("still reads a branch's name before its town, and a longer spelling of the brand, as before", () => {
    expect(read("KIWI SAGENSTUA TRONDHEIM", "NOK").known?.name).toBe("Kiwi");
    expect(read("KIWI CAFE TRONDHEIM", "NOK").known).toBeNull();
    expect(read("SHELL OIL 57444", "USD").known?.name).toBe("Shell");
  });
});

describe("a brand after the store's street, mall or quarter", () => {
  it("reads a distinctive brand in second or third place when a place or its kind of store follows", () => {
    const CASES: [raw: string, currency: string, name: string][] = [
      ["ULEMISTE SELVER TALLINN EST", "EUR", "Selver"],
      ["KRISTIINE PRISMA TALLINN EST", "EUR", "Prisma"],
      ["CENTRAL PARK PRISMA OULU", "EUR", "Prisma"],
      ["MAPLE WALK SAINSBURYS LEEDS", "GBP", "Sainsbury's"],
      ["CENTRAL PARK PRISMA SUPERMARKET OULU", "EUR", "Prisma"],
      // Nothing after it: a place of two words in front.
      ["CENTRAL PARK STARBUCKS", "GBP", "Starbucks"],
    ];
    for (const [raw, currency, name] of CASES) {
      const seller = read(raw, currency);
      expect(seller.known?.name, raw).toBe(name);
    }
    // One key for the chain's every store.
    expect(read("ULEMISTE SELVER TALLINN EST", "EUR").key).toBe("selver");
    expect(categorize("CENTRAL PARK PRISMA OULU", "EUR").categoryId).toBe("food-dining.groceries");
  });

  it("reads a case ending glued to a brand in the language of a country where the brand trades", () => {
    const CASES: [raw: string, name: string][] = [
      // Estonian genitive: Selver's.
      ["KADAKA SELVERI TALLINN", "Selver"],
      // Finnish genitive: Prisma's.
      ["KESKUS PRISMAN OULU", "Prisma"],
      // Latvian and Lithuanian endings on a chain of both countries.
      ["CENTRS NARVESENS RIGA", "Narvesen"],
      ["STOTIS NARVESENAS VILNIUS", "Narvesen"],
    ];
    for (const [raw, name] of CASES) expect(read(raw, "EUR").known?.name, raw).toBe(name);
    expect(read("KADAKA SELVERI TALLINN", "EUR").key).toBe("selver");
  });

  it("does not glue an ending the brand's countries do not speak", () => {
    // Selver trades in Estonia only: a Finnish or Latvian ending on it is another word.
    expect(read("KADAKA SELVERIN TALLINN", "EUR").known).toBeNull();
    expect(read("KADAKA SELVERS TALLINN", "EUR").known).toBeNull();
    // Prisma trades in Estonia and Finland, neither of which ends a name so.
    expect(read("KRISTIINE PRISMAS TALLINN", "EUR").known).toBeNull();
  });

  it("does not read a person's name, a transfer's payee or another kind of business as the brand's store", () => {
    // A first name and a surname spelled like a brand, with nothing after them.
    expect(read("JOHN SAINSBURYS", "GBP").known).toBeNull();
    expect(read("ANNA PRISMA", "EUR").known).toBeNull();
    expect(read("MARIA PRISMAN", "EUR").known).toBeNull();
    // After a transfer's wrapper the payee may be a person, whatever follows.
    expect(read("BONIFICO ANNA PRISMA OULU", "EUR").known).toBeNull();
    expect(read("SEPA OVERBOEKING JAAN PRISMA OULU", "EUR").known).toBeNull();
    // A kind of business in front, or after it, names another business.
    expect(read("PIZZA PRISMA OULU", "EUR").known).toBeNull();
    expect(categorize("CENTRAL PARK PRISMA APTEEKKI OULU", "EUR").categoryId).toBe("health-fitness.pharmacy");
    expect(categorize("KADAKA SELVERI KOHVIK TALLINN", "EUR").categoryId).toBe("food-dining.coffee-shops");
    // More name after the brand: the brand is part of a longer name.
    expect(read("CENTRAL PARK PRISMA HOLDINGS OULU", "EUR").known).toBeNull();
  });

  it("does not read an everyday-word brand, a short one or a kind of store in second place", () => {
    // Kiwi and Coop count only as the whole text; Lidl is too short to tell from other words.
    expect(read("HARBOUR KIWI DRAMMEN", "NOK").known).toBeNull();
    expect(read("HARBOUR COOP TARTU EST", "EUR").known).toBeNull();
    expect(read("HARBOUR LIDL LEEDS", "GBP").known).toBeNull();
    // A spelling that is a kind of business ("FLOWERS") names every florist of that place.
    expect(read("HIGHLAND PARK FLOWERS LEEDS", "GBP").key).toBe("highland park flowers leeds");
  });

  it("needs the brand to trade where the terminal or the account is", () => {
    // Selver is Estonian: a Swiss franc or pound account with no Estonian terminal printed does not read it in
    // second place. A euro account does, since Estonia pays in euros.
    expect(read("ULEMISTE SELVER TALLINN", "CHF").known).toBeNull();
    expect(read("ULEMISTE SELVER TALLINN GBR", "GBP").known).toBeNull();
    expect(read("ULEMISTE SELVER TALLINN", "EUR").known?.name).toBe("Selver");
  });
});
