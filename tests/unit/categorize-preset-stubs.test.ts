import { describe, expect, it } from "vitest";
import presetWords from "@/server/categorize/data/preset-words.json";
import { categorizeOnAccount } from "../support/categorize-context";

// OpenStreetMap's presets name places "Family Center", "Community Centre", "Corner Shop", "Guest House": once the
// data build cuts the word for the place ("center", "shop", "house"), what is left says who the place is for or how
// it sells, not what it is, and it opens many sellers' names. Local businesses here are invented.

describe("a word left of a preset's name that says no kind of business", () => {
  it.each([
    "family",
    "community",
    "youth",
    "cultural",
    "corner",
    "country",
    "guest",
    "supply",
    "trade",
    "post",
  ])("“%s” is no business word of its own", (word) => {
    const words = (presetWords.words as [string, number, number][]).map(([text]) => text);
    expect(words).not.toContain(word);
  });

  it.each([
    ["FAMILY DENTAL", "health-fitness.dentist"],
    ["FAMILY EYE CARE", "health-fitness.eyecare"],
    ["COMMUNITY DENTAL CARE", "health-fitness.dentist"],
    ["KELDORA COMMUNITY PHARMACY", "health-fitness.pharmacy"],
    ["KELDORA COUNTRY KITCHEN", "food-dining.restaurants"],
  ])("beside a business word it leaves that word to decide: %s", (description, slug) => {
    expect(categorizeOnAccount("USD", description, -6500).categoryId).toBe(slug);
  });

  it.each(["KELDORA FAMILY", "KELDORA YOUTH CENTRAL", "KELDORA GUEST", "KELDORA SUPPLY", "KELDORA POST"])(
    "alone it names no kind of business: %s",
    (description) => {
      expect(categorizeOnAccount("USD", description, -6500).categoryId).toBeNull();
    },
  );

  it("the presets' whole names still count: a guest house is a place to stay, a post office a shipper", () => {
    expect(categorizeOnAccount("USD", "KELDORA GUEST HOUSE", -6500).categoryId).toBe("travel.hotel");
    expect(categorizeOnAccount("USD", "KELDORA POST OFFICE", -650).categoryId).toBe(
      "business-services.shipping",
    );
  });
});
