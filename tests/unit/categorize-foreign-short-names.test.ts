import { describe, expect, it } from "vitest";
import { NSI_SELLERS } from "@/server/categorize/default-dictionary";
import { loadSellerDictionary, type NsiData } from "@/server/categorize/dictionary";
import { categorizeOnAccount, categoryOnAccountWith } from "../support/categorize-context";

// A brand whose name is an everyday word or a given name ("Kiwi", "Sam", "Noon") is listed for the whole text only.
// Printed alone on an account of a country where the brand does not trade, that short word is far more often a
// person, a wallet user's nickname or a local shop of the name than the foreign brand, so it is not read as it.
// Sellers named here are invented (Zorvex, Keldora) unless the test is about a listing of the real data.

const nsi: NsiData = {
  categories: ["food-dining.groceries", "shopping.clothing"],
  sellers: [
    ["Zorvex", 0, "no", "=zorvex"],
    ["Zorvex Keldora", 0, "no", "=zorvex keldora"],
    ["Keldoramart", 1, "no", "=keldoramart"],
    ["Quarn", 0, "gr", "=quarn"],
    // A spelling the map does not mark as an everyday word, though it is a given name too.
    ["Velorin", 1, "ro", "velorin"],
  ],
};
const dictionary = loadSellerDictionary(
  [{ name: "Velmo", category: "shopping.books", exact: ["velmo"], countries: "ae" }],
  { nsi },
);

const on = categoryOnAccountWith(dictionary);

describe("a short brand name printed alone", () => {
  it("is the brand on an account of a country where it trades", () => {
    expect(on("NOK", "ZORVEX")).toBe("food-dining.groceries");
    expect(on("AED", "VELMO")).toBe("shopping.books");
  });

  it("is not the brand on an account of another country, the map's or Tally's own listing alike", () => {
    expect(on("GBP", "ZORVEX")).toBeNull();
    expect(on("CNY", "Zorvex")).toBeNull();
    expect(on("USD", "VELMO")).toBeNull();
  });

  it("is the brand where the account's currency is that country's too (a euro account may be Greek)", () => {
    expect(on("EUR", "QUARN")).toBe("food-dining.groceries");
    expect(on("USD", "QUARN")).toBeNull();
  });

  it("a name of several words, or one long word, is still the brand anywhere: few people are called so", () => {
    expect(on("GBP", "ZORVEX KELDORA")).toBe("food-dining.groceries");
    expect(on("GBP", "KELDORAMART")).toBe("shopping.clothing");
  });
});

describe("a short brand name the map reads at the start of any text, printed alone", () => {
  it("is the brand where it trades, and not elsewhere: alone, a given name is likelier a person", () => {
    expect(on("RON", "VELORIN")).toBe("shopping.clothing");
    expect(on("GBP", "VELORIN")).toBeNull();
    expect(on("CNY", "Velorin")).toBeNull();
  });

  it("is still the brand before a place, or before more words of its name", () => {
    expect(on("GBP", "VELORIN BUCURESTI")).toBe("shopping.clothing");
    expect(on("GBP", "VELORIN BUCURESTI ROU")).toBe("shopping.clothing");
  });
});

describe("in the real data", () => {
  it("Kiwi, Norway's grocer: its name alone on a Norwegian account, or with a Norwegian terminal's place abroad", () => {
    expect(categorizeOnAccount("NOK", "KIWI", -23900).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("GBP", "KIWI OSLO NOR", -23900).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("GBP", "KIWI", -23900).categoryId).toBeNull();
    expect(categorizeOnAccount("CNY", "Kiwi", -23900).categoryId).toBeNull();
  });

  it("a town's transit network the map places by a circle trades in that country, not everywhere", () => {
    const countriesOf = (name: string) => NSI_SELLERS.sellers.find((row) => row[0] === name)?.[2];
    expect(countriesOf("CAT (Canby Area)")).toBe("us");
    expect(countriesOf("Berliner Verkehrsbetriebe")).toBe("de");
    // A circle near a border touches both countries: Strasbourg's network runs to Kehl.
    expect(countriesOf("CTS (Strasbourg)")).toBe("de fr");
    // So "CAT" alone on a British account is no bus company in Oregon.
    expect(categorizeOnAccount("GBP", "CAT", -500).categoryId).toBeNull();
  });
});

describe("Tally's own regional sellers whose name is a short word or initials", () => {
  it.each([
    ["SKY", "GBP", "bills-utilities.television", "USD"],
    ["LUCKY", "USD", "food-dining.groceries", "CNY"],
    ["TIM", "BRL", "bills-utilities.mobile-phone", "USD"],
    ["TIM", "EUR", "bills-utilities.mobile-phone", "GBP"],
    ["NS", "EUR", "auto-transport.public-transportation", "GBP"],
    ["DAVE", "USD", "transfer.transfer", "EUR"],
    ["SUNRISE", "CHF", "bills-utilities.mobile-phone", "GBP"],
  ])("%s alone is the seller on a %s account (%s), no brand on a %s one", (text, home, category, abroad) => {
    expect(categorizeOnAccount(home, text, -5000).categoryId).toBe(category);
    expect(categorizeOnAccount(abroad, text, -5000).categoryId).toBeNull();
  });
});

describe("a brand read after another word of the name", () => {
  it("trades in the account's own countries: a German company's HANDELS (trading) is no American ice cream", () => {
    expect(categorizeOnAccount("EUR", "KELDORA HANDELS GMBH", -1500).categoryId).toBeNull();
  });

  it("Müller, the drugstore, by its company's name", () => {
    expect(categorizeOnAccount("EUR", "MUELLER HANDELS GMBH", -1500).categoryId).toBe("personal-care");
  });
});

describe("C&A, the clothing chain, whose cleaned name is the letters CA", () => {
  it("is C&A alone on an account where it trades, and nothing on an American one (CA is a state there)", () => {
    expect(categorizeOnAccount("EUR", "C&A", -3000).categoryId).toBe("shopping.clothing");
    expect(categorizeOnAccount("BRL", "C&A", -3000).categoryId).toBe("shopping.clothing");
    expect(categorizeOnAccount("USD", "CA", -3000).categoryId).toBeNull();
    expect(categorizeOnAccount("EUR", "CA DMV FEE", -3000).categoryId).toBe("auto-transport");
  });
});

describe("a vehicle's licensing office", () => {
  // Stop 73: what a household pays the DVLA or Ireland's motor tax office is the vehicle's excise duty, a tax, as
  // Germany's Kfz-Steuer is read (fifteen probe rows in six files label it so, three as the car's running cost); the
  // DMV's fees for a registration stay the car's.
  it("the DVLA's and Ireland's motor tax are taxes, not the car's parts and service", () => {
    expect(categorizeOnAccount("GBP", "DVLA VEHICLE TAX", -2000).categoryId).toBe("taxes");
    expect(categorizeOnAccount("EUR", "VDP-MOTORTAX.IE", -2000).categoryId).toBe("taxes");
  });
});

describe("a brand whose name alone is a short word, where it trades", () => {
  it("au, KDDI's mobile brand, on a Japanese account (AU alone is no one elsewhere)", () => {
    expect(categorizeOnAccount("JPY", "ａｕ", -7000).categoryId).toBe("bills-utilities.mobile-phone");
    expect(categorizeOnAccount("AUD", "AU", -7000).categoryId).toBeNull();
  });

  it("KT, Korea's telecom, by its initials on a Korean account", () => {
    expect(categorizeOnAccount("KRW", "KT", -50000).categoryId).toBe("bills-utilities.mobile-phone");
    expect(categorizeOnAccount("USD", "KT", -5000).categoryId).toBeNull();
  });

  it("Smiles, GOL's miles programme, on a Brazilian account; a dentist's smile elsewhere", () => {
    expect(categorizeOnAccount("BRL", "SMILES", -5000).categoryId).toBe("travel.vacation");
    expect(categorizeOnAccount("USD", "SMILES", -5000).categoryId).toBe("health-fitness.dentist");
  });
});
