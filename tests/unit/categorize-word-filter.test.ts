import { describe, expect, it } from "vitest";
import { buildWordFilter, mayContain } from "@/server/categorize/tokenize";

// The word filter may say "maybe" for a word not in its set, never "no" for one that is: callers skip the real
// probe on "no". Words of every length are hashed, short ones by their own branch (see wordSlot).
describe("word filter", () => {
  const words = [
    "",
    "a",
    "z",
    "é",
    "ab",
    "co",
    "sq",
    "tst",
    "paypal",
    "straße",
    "пятёрочка",
    "x".repeat(200),
  ];
  const filter = buildWordFilter(words, words.length);

  it("never rules out a word of its set, however short or long", () => {
    for (const word of words) expect(mayContain(filter, word)).toBe(true);
  });

  it("rules out most words outside its set", () => {
    let maybe = 0;
    const others = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}q`);
    for (const word of others) if (mayContain(filter, word)) maybe++;
    expect(maybe).toBeLessThan(others.length / 10);
  });
});
