import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: a brand printed as its company's full name (a legal form, the country of its local arm). OpenStreetMap
// lists some companies again as the operator of power lines or pipes, which made the company's name an electricity
// bill. Every name is a real brand's; no line is an evaluation row.

const on = (currency: string, description: string) =>
  categorizeOnAccount(currency, description, -4200).categoryId;

describe("a brand printed as its company's name", () => {
  it.each([
    ["EUR", "OMV AG", "auto-transport.gas-fuel"],
    ["EUR", "LIDL IRELAND GMBH", "food-dining.groceries"],
    ["USD", "MARATHON OIL LLC", "auto-transport.gas-fuel"],
  ])("%s %s is %s, not a power company's bill", (currency, description, category) => {
    expect(on(currency, description)).toBe(category);
  });

  it("keeps another kind of business named like one of Tally's brands", () => {
    // Peacock Store is a Japanese grocer, not Peacock the streaming service.
    expect(on("JPY", "PEACOCK STORE")).toBe("food-dining.groceries");
    // Greyhound Energy is an Irish power supplier, not the coach line.
    expect(on("EUR", "GREYHOUND ENERGY")).toBe("bills-utilities.utilities");
  });

  it("an operator named for its oil trade is the brand's company too", () => {
    expect(on("EUR", "SHELL DEUTSCHLAND OIL GMBH")).toBe("auto-transport.gas-fuel");
  });

  it("an insurer's name with its insurer's word is the insurer Tally lists, whose line the map's office does not say", () => {
    expect(on("USD", "TEXAS FARM BUREAU INSURANCE")).toBe("auto-transport.auto-insurance");
    expect(on("EUR", "BARMENIA VERSICHERUNGEN")).toBe("health-fitness.health-insurance");
    // A bank named like a brand stays the bank
    expect(on("GBP", "TESCO BANK")).toBeNull();
  });
});

describe("a legal form that is also a country's code", () => {
  // SE is a European company (Societas Europaea) and Sweden, AG an Aktiengesellschaft and Antigua, KG a
  // Kommanditgesellschaft and Kyrgyzstan: right after a name, with no town before it, the code is the company's form,
  // so a German chain is not looked for in Sweden.
  it.each([
    ["ASKLEPIOS KLINIKEN SE", "health-fitness.doctor"],
    ["ARMBRUSTER SE", "food-dining.groceries"],
  ])("%s on a euro account is %s", (description, category) => {
    expect(on("EUR", description)).toBe(category);
  });

  it("is still the terminal's country after a town", () => {
    expect(on("EUR", "IKEA STOCKHOLM SE")).toBe("home.furnishings");
  });
});

describe("a brand's company that the map also lists as a power operator", () => {
  // OpenStreetMap names Mercedes-Benz AG and dm-drogerie markt GmbH & Co. KG as operators of power lines; a bank
  // prints those names for the dealers and the drugstores.
  it.each([
    ["MERCEDES-BENZ AG", "auto-transport.service-parts"],
    ["DM DROGERIE MARKT GMBH & CO KG", "personal-care"],
  ])("%s is %s", (description, category) => {
    expect(on("EUR", description)).toBe(category);
  });

  it("leaves an energy company's own grid its bill", () => {
    expect(on("EUR", "NEW AG")).toBe("bills-utilities.utilities");
  });
});

describe("Mexico's legal forms after a brand", () => {
  // "S.A. de C.V.", "S. de R.L. de C.V." and "S.A.P.I. de C.V." are the company's form: a brand that counts only as
  // the whole text is still read before one, and DE is no Delaware there.
  it.each([
    ["LIVERPOOL SA DE CV", "shopping.general-merchandise"],
    ["LIVERPOOL S DE RL DE CV", "shopping.general-merchandise"],
  ])("%s is %s", (description, category) => {
    expect(on("MXN", description)).toBe(category);
  });
});

describe("a private company's two-word form after a brand that counts only as the whole text", () => {
  it.each([
    ["ZAR", "ADIDAS ORIGINALS PTY LTD", "shopping.clothing"],
    ["INR", "ADIDAS ORIGINALS PVT LTD", "shopping.clothing"],
    ["SGD", "ADIDAS ORIGINALS PTE LTD", "shopping.clothing"],
    // India's written out in full, also before the town
    ["INR", "ABB PRIVATE LIMITED", "auto-transport.gas-fuel"],
    ["INR", "ABB PRIVATE LIMITED MUMBAI", "auto-transport.gas-fuel"],
  ])("%s %s is %s", (currency, description, category) => {
    expect(on(currency, description)).toBe(category);
  });
});
