import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Filling stations as card lines print them when a dealer, not the oil company, runs the station: the owner's or the
// street's name first and the brand after it ("JOES EXXON", "BROWNS ESSO"), and a shop's words beside the fuel
// ("GAS & FOOD MART"). The owners' names and towns are invented; the brands are real.

describe("a fuel brand after the dealer's own name", () => {
  it.each([
    ["USD", "JOES EXXON"],
    ["USD", "RIVERSIDE CITGO 0412"],
    ["USD", "KELDORA CHEVRON 1234"],
    ["USD", "BILLS SUNOCO"],
    ["USD", "SMITHS TEXACO"],
    ["CAD", "KELDORA ESSO"],
    ["EUR", "ESTACION KELDORA REPSOL"],
    ["KYD", "POS SALE 1790 BROWNS ESSO RED BAY GRAND CAYMAN KY"],
  ])("on a %s account, %s is Gas & Fuel, and says the brand's name decided", (currency, description) => {
    const result = categorizeOnAccount(currency, description, -4512);
    expect(result.categoryId).toBe("auto-transport.gas-fuel");
    expect(result.via).toBe("business_words");
    expect(result.reason).toMatch(/^The name says “(exxon|citgo|chevron|sunoco|texaco|esso|repsol)”$/);
  });

  it("the brand first is still the brand itself, from the dictionary", () => {
    const result = categorizeOnAccount("USD", "CHEVRON 0201234 HOUSTON TX", -4512);
    expect(result.categoryId).toBe("auto-transport.gas-fuel");
    expect(result.via).toBe("tally_seller");
  });

  it.each([
    ["MARIA VALERO DDS", "health-fitness.dentist"],
    ["KELDORA CHEVRON BARBER SHOP", "personal-care.hair"],
    ["HONDA KELDORA RAMEN", "food-dining.restaurants"],
  ])("a brand's name beside another kind of business's word is that business: %s", (description, slug) => {
    expect(categorizeOnAccount("USD", description, -4512).categoryId).toBe(slug);
  });
});

describe("a filling station's shop", () => {
  it.each([
    "JOES GAS & FOOD MART",
    "KELDORA GAS FOOD MART 0412",
    "MAPLE GAS STATION MINI MART",
    "KELDORA FUEL CONVENIENCE",
    "KELDORA VALERO FOOD MART",
  ])("%s is Gas & Fuel: one till takes the fuel and the shop", (description) => {
    expect(categorizeOnAccount("USD", description, -4512).categoryId).toBe("auto-transport.gas-fuel");
  });

  it("a shop with no fuel word is still a shop", () => {
    expect(categorizeOnAccount("USD", "KELDORA FOOD MART", -1299).categoryId).toBe("food-dining.groceries");
  });

  it("a fuel word beside a restaurant's still leaves it undecided", () => {
    expect(categorizeOnAccount("USD", "KELDORA GAS GRILL", -1299).categoryId).toBeNull();
  });
});

describe("a filling station in the words of Spanish and French", () => {
  it.each(["ESTACION DE SERVICIO KELDORA", "ESTACIONES DE SERVICIO ZORVEX SL", "STATION SERVICE KELDORA"])(
    "%s is Gas & Fuel",
    (description) => {
      expect(categorizeOnAccount("EUR", description, -4512).categoryId).toBe("auto-transport.gas-fuel");
    },
  );

  it("Spanish “servicio” alone is no filling station", () => {
    expect(categorizeOnAccount("EUR", "SERVICIO KELDORA", -4512).categoryId).toBeNull();
  });
});

describe("a grocer's or a superstore's own pumps", () => {
  it.each([
    ["USD", "WALMART FUEL 1234"],
    ["USD", "MEIJER EXPRESS GAS"],
    ["GBP", "SAINSBURYS S/MKT PFS"],
  ])("on a %s account, %s is Gas & Fuel, still under the store's name", (currency, description) => {
    const result = categorizeOnAccount(currency, description, -4512);
    expect(result.categoryId).toBe("auto-transport.gas-fuel");
    expect(result.reason).toMatch(/^The name says “/);
  });

  it("a gas grill bought in the store is no fuel", () => {
    expect(categorizeOnAccount("USD", "WALMART GAS GRILL", -19900).categoryId).toBe(
      "shopping.general-merchandise",
    );
  });
});

describe("the British petrol filling station's PFS", () => {
  it("after a grocer's name is the grocer's pumps, under the grocer's name", () => {
    expect(categorizeOnAccount("GBP", "SAINSBURYS S/MKT PFS", -4512).merchant).toBe("Sainsbury's");
  });

  it("a map grocer's own fuel word keeps the grocer's name: WAITROSE PETROL", () => {
    const result = categorizeOnAccount("GBP", "WAITROSE PETROL", -4512);
    expect(result.merchant).toBe("Waitrose");
    expect(result.categoryId).toBe("auto-transport.gas-fuel");
  });
});

describe("Coles Express, the fuel stations Shell's sites in Australia were run as", () => {
  it("is fuel, not the Coles supermarkets, though both brands are printed", () => {
    expect(categorizeOnAccount("AUD", "SHELL COLES EXPRESS 1234 KELDORA", -7000).categoryId).toBe(
      "auto-transport.gas-fuel",
    );
  });
});
