import { describe, expect, it } from "vitest";
import presetWords from "@/server/categorize/data/preset-words.json";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";

// Invented local businesses (no evaluation rows): words naming a kind of business in the languages the iD presets
// are read in, and the guards that keep those words from claiming what they do not mean.

const dictionary = defaultSellerDictionary();

function context(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId, ...overrides };
}

const categorize = (description: string) => categorizeTransaction({ description }, context()).categoryId;

const presetWordSet = new Set((presetWords.words as [string, number, number][]).map(([text]) => text));

describe("business words of the presets' other languages (it, pt, da, sv, no, fi, pl, cs, sk, et, lv, lt, hu)", () => {
  it.each([
    ["PIEKARNIA NOWAK I SYN", "food-dining.groceries"], // Polish bakery
    ["LEKARNA U CERNEHO ORLA", "health-fitness.pharmacy"], // Czech pharmacy
    ["KNIHKUPECTVI DVORAK", "shopping.books"], // Czech bookshop
    ["KONDITORI BLABAR", "food-dining.coffee-shops"], // Swedish and Danish pastry café
    ["TABACCHERIA BIANCHI", "shopping.general-merchandise"], // Italian tobacconist
    ["GYOGYSZERTAR SZEGED", "health-fitness.pharmacy"], // Hungarian pharmacy
  ])("%s → %s", (description, slug) => {
    expect(categorize(description)).toBe(slug);
  });

  it("a word of two languages that means things of different groups is not kept", () => {
    // "ropa" is clothing in Spanish but crude oil in Polish and Czech; "mat" a phone mast in French, food in Swedish.
    expect(presetWordSet.has("ropa")).toBe(false);
    expect(presetWordSet.has("mat")).toBe(false);
  });

  it("a word named only in the other languages is kept only when nothing else reads the same", () => {
    // English words ("have" is a Danish garden, "step" a Czech gym), everyday words of another language ("porte",
    // "sud") and words under four letters are not business words.
    for (const word of ["have", "step", "porte", "sud", "tom", "aut"])
      expect(presetWordSet.has(word)).toBe(false);
    expect(categorize("TOM HANSEN")).toBeNull();
    expect(categorize("HAVE A NICE DAY LTD")).toBeNull();
  });

  it("a stub left by cutting a shop word and a preposition is not a word of its own", () => {
    // Czech "obchod s čajem" (tea shop): "čajem" is "tea" in the instrumental case, not a business alone.
    expect(presetWordSet.has("cajem")).toBe(false);
  });
});
