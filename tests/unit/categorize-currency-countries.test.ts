import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: the account's currency says where its holder banks, and so which country's brand a shared or short name
// means. Every country whose money it is counts, not only the ones Tally lists by hand; the brands are
// name-suggestion-index's, and no line is an evaluation row.

const on = (currency: string, description: string) =>
  categorizeOnAccount(currency, description, -1250).categoryId;

describe("a shared currency's every member", () => {
  it("reads a Baltic grocer on a euro account, though Estonia is not among the euro's usual countries", () => {
    // Rimi is a grocer in Estonia, Latvia and Lithuania, and a furniture shop of the same name trades in Russia.
    expect(on("EUR", "RIMI")).toBe("food-dining.groceries");
    expect(on("EUR", "RIMI 0412")).toBe("food-dining.groceries");
  });

  it("still reads the name as neither business on a dollar account, where neither trades", () => {
    expect(on("USD", "RIMI")).toBeNull();
  });

  it("keeps a brand of a less usual member from another company's full name", () => {
    // Penta is a Slovak hospital group; a German company whose name starts with the word is not it.
    expect(on("EUR", "PENTA FINTECH GMBH")).toBeNull();
  });
});

describe("a currency Tally does not list by hand", () => {
  it("is its own countries' money: a Bolivian grocer on a boliviano account", () => {
    expect(on("BOB", "HIPERMAXI")).toBe("food-dining.groceries");
    expect(on("USD", "HIPERMAXI")).toBeNull();
  });

  it("decides between a chain's countries: Tashir Pizza is a restaurant in Armenia", () => {
    expect(on("AMD", "TASHIR PIZZA")).toBe("food-dining.restaurants");
  });

  it("falls back to Tally's usual countries for a code that is no currency", () => {
    expect(countriesForCurrency("XYZ")).toEqual(countriesForCurrency(null));
    expect(on("XYZ", "RIMI")).toBeNull();
  });
});

describe("two of Tally's sellers of one name", () => {
  it("are told apart by the account's currency: Pepco is a Polish discount store and an American power company", () => {
    expect(on("PLN", "PEPCO 0412 WARSZAWA")).toBe("shopping.general-merchandise");
    expect(on("USD", "PEPCO BILL PAY")).toBe("bills-utilities.utilities");
  });
});

describe("a whole-text spelling of another country's seller", () => {
  it("gives way to a brand of the account's own countries", () => {
    // STC is Saudi Arabia's telecom, and a chain of gyms in Sweden; ekar a car share in the Gulf and a school in
    // Madagascar. Tally lists the first of each for the whole text only; the account's currency decides.
    expect(on("SAR", "STC")).toBe("bills-utilities.mobile-phone");
    expect(on("SEK", "STC")).toBe("health-fitness.gym");
    expect(on("AED", "EKAR")).toBe("travel.rental-car-taxi");
    expect(on("MGA", "EKAR")).toBe("education.tuition");
  });
});
