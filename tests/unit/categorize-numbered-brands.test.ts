import { describe, expect, it } from "vitest";
import { cleanDescription, NO_NUMBERED_BRANDS, numberedSpellingIndex } from "@/server/categorize/clean";
import numbered from "@/server/categorize/data/nsi-numbered.json";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { resolveSeller } from "@/server/categorize/normalize";

// Invented bank texts. The brands are name-suggestion-index's; the texts around them (store numbers, towns, codes)
// are made up for each case.

const dictionary = defaultSellerDictionary();

function context(): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId };
}

const read = (description: string, countries: readonly string[] = ["us"]) =>
  resolveSeller(description, dictionary, { countries });

describe("brands whose name holds a number", () => {
  it.each([
    ["REMA 1000 0231 BERGEN", "Rema 1000", "food-dining.groceries", ["no"]],
    ["REMA1000 TROMSO", "Rema 1000", "food-dining.groceries", ["no"]],
    ["MITRE 10 MEGA 0412 HAMILTON", "Mitre 10 MEGA", "home.home-improvement", ["nz"]],
    ["TAKE 5 CAR WASH #118 AUSTIN TX", "Take 5 Car Wash", "auto-transport.service-parts", ["us"]],
  ])("%s is %s", (description, name, slug, countries) => {
    const seller = read(description, countries);
    expect(seller.known?.name).toBe(name);
    expect(seller.known?.slug).toBe(slug);
  });

  it("keeps the brand's number in the key, and drops the store number after it", () => {
    expect(cleanDescription("REMA 1000 0231 BERGEN").tokens).toEqual(["rema", "1000", "bergen"]);
    expect(read("REMA 1000 0231 BERGEN", ["no"]).key).toBe("rema 1000");
    expect(read("REMA 1000 7788 STAVANGER", ["no"]).key).toBe("rema 1000");
  });

  it("keeps only the listed spelling's number: another number after the name is still a store number", () => {
    const acme = numberedSpellingIndex(["acme 42"]);
    expect(cleanDescription("ACME 42 0231 SPRINGFIELD", acme).tokens).toEqual(["acme", "42", "springfield"]);
    expect(cleanDescription("ACME 4207 SPRINGFIELD", acme).tokens).toEqual(["acme", "springfield"]);
    expect(cleanDescription("ACME 0231", acme).tokens).toEqual(["acme"]);
    expect(cleanDescription("WIDGETS 42", acme).tokens).toEqual(["widgets"]);
    // Only at the start of the name: after another word it is that seller's store number.
    expect(cleanDescription("HOLLOWAY ACME 42", acme).tokens).toEqual(["holloway", "acme"]);
  });

  it("still drops a store number after any other brand, and a reference code anywhere", () => {
    expect(read("HOLLOWAY BAKERY 0231 PORTLAND OR").key).toBe("holloway bakery");
    expect(cleanDescription("HOLLOWAY BAKERY X7Q2Z9 PORTLAND").tokens).toEqual([
      "holloway",
      "bakery",
      "portland",
    ]);
    expect(cleanDescription("Q7X2Z9 HOLLOWAY BAKERY").tokens).toEqual(["holloway", "bakery"]);
  });

  it("reads names as before without the table, which is what the data build asks for", () => {
    expect(cleanDescription("REMA 1000 0231 BERGEN", NO_NUMBERED_BRANDS).tokens).toEqual(["rema", "bergen"]);
  });

  it("lists no bare number as a brand: a number alone is a reference", () => {
    for (const row of numbered.sellers)
      for (const spelling of row.slice(3) as string[])
        expect(spelling, String(row[0])).toMatch(/\p{L}.*\p{L}/u);
  });
});

describe("a lead glued to the word after it", () => {
  it.each([
    ["POSMCDONALDS 0412 DAYTON OH", "McDonald's"],
    ["CBCARREFOUR 14/03 LYON", "Carrefour"],
  ])("%s is the seller after the lead", (description, name) => {
    expect(read(description, ["us", "fr"]).known?.name).toBe(name);
  });

  it("reads a business word after a glued lead", () => {
    expect(read("POSPHARMACY DAYTON").business?.slug).toBe("health-fitness.pharmacy");
  });

  it("reads a cash machine glued to a town as a cash withdrawal", () => {
    expect(read("ATMLEEDS").bankWord?.slug).toBe("transfer.cash-atm");
    expect(categorizeTransaction({ description: "ATMMANCHESTER 12OCT" }, context()).categoryId).toBe(
      "transfer.cash-atm",
    );
  });

  it("leaves an everyday word that starts like a lead whole", () => {
    expect(read("POSITANO TRATTORIA").key).toBe("positano trattoria");
    expect(read("AUTUMN BAKERY").key).toBe("autumn bakery");
    expect(read("ATMOSPHERE BAR").key).toBe("atmosphere bar");
  });

  it("leaves a known seller whole", () => {
    expect(read("POSTMATES").known?.name).toBe("Postmates");
  });

  it("leaves the word whole when the rest is nothing known", () => {
    expect(read("ACHESON DELI").key).toBe("acheson deli");
    // A bank word glued to a business word may be a shop's own name: not read as a rent payment.
    const rent = read("RENTMARKET");
    expect(rent.key).toBe("rentmarket");
    expect(rent.bankWord).toBeNull();
  });

  it("never splits a token holding a digit: a code after a lead stays a code", () => {
    expect(cleanDescription("POSX7Q2Z9 HOLLOWAY BAKERY").tokens).toEqual(["holloway", "bakery"]);
  });
});

describe("a bank word spelled with a digit", () => {
  it("is a word, not a reference code dropped after another word", () => {
    expect(cleanDescription("PEREVOD CARD2CARD 4276XXXXXXXX1234").tokens).toEqual(["perevod", "card2card"]);
    expect(read("PEREVOD CARD2CARD 4276XXXXXXXX1234").bankWord?.slug).toBe("transfer.transfer");
  });
});
