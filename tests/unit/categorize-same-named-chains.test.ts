import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// name-suggestion-index tells businesses of one name apart by a region in brackets after it ("Metro (Ontario/
// Quebec)", "Metro (Perú)"): that is still the business's own name, "Metro", and no other business of another trade
// takes the name from it where it trades. Store numbers and towns here are invented.

describe("a chain the index names with its region in brackets", () => {
  it.each([
    ["CAD", "METRO 123 MONTREAL", "food-dining.groceries"],
    ["CAD", "METRO", "food-dining.groceries"],
    ["PEN", "METRO 0412 MIRAFLORES", "food-dining.groceries"],
    ["EUR", "NETTO 1234 PARIS", "food-dining.groceries"],
  ])("on a %s account, %s is the chain of that country", (currency, description, slug) => {
    const result = categorizeOnAccount(currency, description, -4512);
    expect(result.categoryId).toBe(slug);
    expect(result.via).toBe("osm_seller");
  });

  it("the other businesses of the name keep their own countries", () => {
    expect(categorizeOnAccount("GBP", "METRO 1234 BELFAST", -250).categoryId).toBe(
      "auto-transport.public-transportation",
    );
    expect(categorizeOnAccount("EUR", "METRO 1234 DUSSELDORF", -12000).categoryId).toBe(
      "shopping.general-merchandise",
    );
  });
});

describe("SAS, the airline, on a Scandinavian account", () => {
  it.each(["SEK", "NOK", "DKK"])("on a %s account, SAS and its ticket number is air travel", (currency) => {
    expect(categorizeOnAccount(currency, "SAS 1172345678901", -189900).categoryId).toBe("travel.air-travel");
  });
});

describe("Indigo, a car park's operator in Europe, an airline in India and a bookseller in Canada", () => {
  it.each([
    ["EUR", "auto-transport.parking"],
    ["CHF", "auto-transport.parking"],
    ["INR", "travel.air-travel"],
    ["CAD", "shopping.books"],
  ])("on a %s account, INDIGO alone is %s", (currency, slug) => {
    expect(categorizeOnAccount(currency, "INDIGO", -1500).categoryId).toBe(slug);
  });
});

describe("HSB, a Swedish housing co-operative's fee, and Hang Seng Bank in Hong Kong", () => {
  it("is the co-operative on a Swedish account, the bank (which says nothing) on a Hong Kong one", () => {
    expect(categorizeOnAccount("SEK", "HSB", -420000).categoryId).toBe("home.mortgage-rent");
    expect(categorizeOnAccount("SEK", "HSB BRF KELDORA", -420000).categoryId).toBe("home.mortgage-rent");
    expect(categorizeOnAccount("HKD", "HSB 1234", -42000).categoryId).toBeNull();
  });
});
