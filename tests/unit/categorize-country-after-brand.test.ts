import { describe, expect, it } from "vitest";
import { loadSellerDictionary, type NsiData } from "@/server/categorize/dictionary";
import { categorizeOnAccount, categoryOnAccountWith } from "../support/categorize-context";

// A country's name after a brand ("VODAFONE DEUTSCHLAND", "TELIA EESTI AS") is the company's local arm there. A brand
// that does not trade in that country is then not the business named: "ZORVEX EGYPT" is an Egyptian company of that
// name, not a Norwegian grocer. Sellers named here are invented (Zorvex, Keldora, Velmo) unless a test is about the
// real data.

const nsi: NsiData = {
  categories: ["food-dining.groceries", "bills-utilities.mobile-phone", "shopping.clothing"],
  sellers: [
    ["Zorvex", 0, "no se", "zorvex"],
    // One brand listed twice, as the map lists a group's national arms: the account's country picks one listing.
    ["Keldora", 1, "gb ie", "keldora"],
    ["Keldora", 1, "de at", "keldora"],
    // A group's listing whose own spelling holds a country its countries leave out (the map has such).
    ["Quarnet", 2, "fr", "quarnet"],
    ["Quarnet", 2, "gb ie", "quarnet", "quarnet egypt"],
    ["Zorvex Keldora", 0, "no", "zorvex keldora"],
  ],
};
const dictionary = loadSellerDictionary(
  [{ name: "Velmo", category: "shopping.books", aliases: ["velmo"], countries: "ae" }],
  { nsi },
);

const on = categoryOnAccountWith(dictionary);

describe("a country's name after a brand", () => {
  it("is the brand's arm there when the brand trades in that country", () => {
    expect(on("USD", "ZORVEX SVERIGE")).toBe("food-dining.groceries");
    expect(on("USD", "ZORVEX NORWAY AS")).toBe("food-dining.groceries");
  });

  it("is another business of that name when the brand trades elsewhere, whatever the account", () => {
    expect(on("USD", "ZORVEX EGYPT")).toBeNull();
    expect(on("NOK", "ZORVEX EGYPT")).toBeNull();
    expect(on("NOK", "ZORVEX SOUTH AFRICA")).toBeNull();
    // Tally's own regional sellers alike.
    expect(on("AED", "VELMO EMIRATES")).toBe("shopping.books");
    expect(on("AED", "VELMO INDIA")).toBeNull();
  });

  it("picks the brand's listing for the country named, not the account's", () => {
    // On a dollar account Keldora reads as its British listing, which does not trade in Germany; its German one does.
    expect(on("USD", "KELDORA DEUTSCHLAND GMBH")).toBe("bills-utilities.mobile-phone");
    expect(on("USD", "KELDORA BRASIL")).toBeNull();
  });

  it("a spelling that holds the country's name is its seller's", () => {
    expect(on("EUR", "QUARNET EGYPT")).toBe("shopping.clothing");
    expect(on("EUR", "QUARNET KENYA")).toBeNull();
  });

  it("a region's name names no one country, and the brand is read as before", () => {
    expect(on("USD", "ZORVEX EUROPE")).toBe("food-dining.groceries");
    expect(on("NOK", "ZORVEX INTERNATIONAL")).toBe("food-dining.groceries");
  });

  it("is the terminal's town where the terminal prints its country after it", () => {
    // Singapore, Luxembourg and Panama are cities as well: "… SINGAPORE SG" is where the card was used.
    expect(on("USD", "ZORVEX KELDORA SINGAPORE SG")).toBe("food-dining.groceries");
    expect(on("USD", "ZORVEX KELDORA SINGAPORE")).toBeNull();
  });
});

describe("in the real data", () => {
  it("Vodafone's German arm on any account; Kiwi, Norway's grocer, is no company in Egypt", () => {
    expect(categorizeOnAccount("USD", "VODAFONE DEUTSCHLAND GMBH", -3999).categoryId).toBe(
      "bills-utilities.mobile-phone",
    );
    expect(categorizeOnAccount("GBP", "KIWI OSLO NOR", -23900).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("GBP", "KIWI EGYPT", -23900).categoryId).toBeNull();
  });
});
