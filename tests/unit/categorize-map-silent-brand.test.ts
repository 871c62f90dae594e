import { describe, expect, it } from "vitest";
import { loadSellerDictionary, type NsiData } from "@/server/categorize/dictionary";
import { categorizeOnAccount, categoryOnAccountWith } from "../support/categorize-context";

// name-suggestion-index files some brands under no category (IKEA: its stores, restaurants and pick-up points are one
// entry), and lists a store's operator among the brand's spellings ("IKEA Delft"). Where Tally's own list names the
// brand and says what it sells, those spellings must not read as the map's silence. Sellers are invented (Keldora,
// Zorvex) unless a test is about the real data.

const category = (currency: string, description: string) =>
  categorizeOnAccount(currency, description, -2500).categoryId;

describe("the map's entry of a brand Tally names, filed under no category", () => {
  const nsi: NsiData = {
    categories: ["food-dining.groceries"],
    sellers: [
      // The map lists the brand's stores, cafés and pick-up points as one, so its entry says nothing; one of its
      // spellings is a store's operator.
      ["Keldora", -1, "nl de", "keldora delft", "keldoradelft"],
      // Another brand the map files under no category and Tally does not name keeps saying nothing.
      ["Zorvex", -1, "nl", "zorvex utrecht"],
    ],
  };
  const on = categoryOnAccountWith(
    loadSellerDictionary([{ name: "Keldora", category: "home.furnishings", aliases: ["keldora"] }], { nsi }),
  );

  it("does not hide Tally's category behind its longer spellings", () => {
    expect(on("EUR", "KELDORA DELFT")).toBe("home.furnishings");
    expect(on("EUR", "KELDORA")).toBe("home.furnishings");
  });

  it("still says nothing for a brand Tally does not name", () => {
    expect(on("EUR", "ZORVEX UTRECHT")).toBeNull();
  });

  it("reads IKEA's store lines as furniture (the real data)", () => {
    expect(category("EUR", "IKEA Delft DELFT NLD Pasvolgnr: 004 24-02-2024 14:37 Transactie: 2K5L8M")).toBe(
      "home.furnishings",
    );
  });
});
