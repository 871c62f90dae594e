import { describe, expect, it } from "vitest";
import { NSI_SELLERS } from "@/server/categorize/default-dictionary";

describe("in the real data", () => {
  it("a town's transit network the map places by a circle trades in that country, not everywhere", () => {
    const countriesOf = (name: string) => NSI_SELLERS.sellers.find((row) => row[0] === name)?.[2];
    expect(countriesOf("CAT (Canby Area)")).toBe("us");
    expect(countriesOf("Berliner Verkehrsbetriebe")).toBe("de");
    // A circle near a border touches both countries: Strasbourg's network runs to Kehl.
    expect(countriesOf("CTS (Strasbourg)")).toBe("de fr");
  });
});
