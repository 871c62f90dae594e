import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// What stop 70 found unread: a trade's word with a Scandinavian definite ending, and the probes of round 18. The
// descriptions are invented, printed as those banks print them; none is a probe row.

const category = (currency: string, description: string, amount = -2500) =>
  categorizeOnAccount(currency, description, amount).categoryId;

describe("a trade's word with the definite ending Swedish, Norwegian and Danish glue on", () => {
  it.each([
    ["SEK", "KORTKÖP 240312 BAGERIET I VÄXJÖ", "food-dining.groceries"],
    ["SEK", "TANDLÄKARNA PÅ SÖDER", "health-fitness.dentist"],
    ["SEK", "PIZZERIAN NAPOLI KALMAR", "food-dining.restaurants"],
    ["SEK", "BOKHANDELN I VISBY", "shopping.books"],
    ["NOK", "DYREKLINIKKEN BRYN", "pets.veterinary"],
    ["NOK", "FRISØREN PÅ HJØRNET", "personal-care.hair"],
    ["DKK", "TANDLÆGERNE I VIBY", "health-fitness.dentist"],
    ["DKK", "DYREKLINIKKEN VED SØERNE", "pets.veterinary"],
  ])("%s %s", (currency, description, expected) => {
    expect(category(currency, description)).toBe(expected);
  });

  it("reads the ending only on an account of a country whose language has it", () => {
    expect(category("USD", "BAGERIET NYC")).toBeNull();
    expect(category("EUR", "PIZZERIAN KELDORA")).toBeNull();
  });

  it("leaves a word too short once the ending is off, and a word that is no trade's", () => {
    // "barn" is a child in Swedish, not a "bar" with an ending.
    expect(category("SEK", "BARN OCH FAMILJ KELDORA")).toBeNull();
    expect(category("NOK", "KELDORAEN")).toBeNull();
  });

  it("reads a clinic for animals as the vet's, not a doctor's", () => {
    expect(category("NOK", "DYREKLINIKK STOVNER")).toBe("pets.veterinary");
    expect(category("SEK", "DJURSJUKHUSET I STRÖMSHOLM")).toBe("pets.veterinary");
  });
});

describe("a private company's legal form cut by a payee field's width", () => {
  it.each([
    ["INR", "UPI/P2M/412345678901/ZOMATO PRIVATE LI/Dinner/YES BANK LIMITED YBS"],
    ["INR", "UPI-ZOMATO PVT L-zomato@ybl-YESB0YBLUPI-412345678901-NA"],
  ])("%s %s", (currency, description) => {
    const result = categorizeOnAccount(currency, description, -45000);
    expect(result.sellerKey).toBe("zomato");
    expect(result.categoryId).toBe("food-dining.food-delivery");
  });

  it("still reads a brand's word before a person's surname on a UPI payment as the person", () => {
    expect(category("INR", "UPI/P2A/412345678901/ZOMATO KUMAR/Payment/HDFC BANK")).toBeNull();
  });
});
