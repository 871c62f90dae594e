import { describe, expect, it } from "vitest";
import { buildAliasIndex, findChild, ROOT, tokenHash } from "@/server/categorize/alias-index";
import { loadSellerDictionary, matchAlias } from "@/server/categorize/dictionary";

// A small trie: "wal" → "mart", "walmart", "mart", and "mart" → "wal" (a token under two parents).
const nodes = [
  { token: "", seller: false },
  { token: "wal", seller: false },
  { token: "walmart", seller: true },
  { token: "mart", seller: true },
  { token: "mart", seller: true },
  { token: "wal", seller: true },
];
const parents = [ROOT, ROOT, ROOT, ROOT, 1, 3];
const index = buildAliasIndex(nodes, parents, (node) => node.seller);
const find = (parent: number, token: string) => findChild(index, parent, tokenHash(token), token, "");

describe("alias index", () => {
  it("finds a token only under its own parent, and says whether the node holds a seller", () => {
    expect(find(ROOT, "wal")).toBe(1 * 2);
    expect(find(ROOT, "mart")).toBe(3 * 2 + 1);
    expect(find(1, "mart")).toBe(4 * 2 + 1);
    expect(find(3, "wal")).toBe(5 * 2 + 1);
    expect(find(1, "wal")).toBe(-1);
    expect(find(2, "mart")).toBe(-1);
  });

  it("never answers for a different token, however its hash lands", () => {
    for (const token of ["wa", "walm", "marts", "", "wal ", "WAL", "wál", "mart\u0000"])
      expect(find(ROOT, token)).toBe(-1);
  });

  it("looks two tokens up as one without joining them", () => {
    const joined = findChild(index, ROOT, tokenHash("mart", tokenHash("wal")), "wal", "mart");
    expect(joined).toBe(find(ROOT, "walmart"));
    expect(findChild(index, ROOT, tokenHash("art", tokenHash("walm")), "walm", "art")).toBe(joined);
    expect(findChild(index, ROOT, tokenHash("mar", tokenHash("wal")), "wal", "mar")).toBe(-1);
  });

  it("keeps every spelling of a dictionary reachable when many share first words", () => {
    // Thousands of spellings over a few first words, so their slots crowd together and probing runs long.
    const word = (n: number) =>
      `q${[...n.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join("")}x`;
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      name: `Shop ${word(i % 7)} ${word(i)}`,
      category: "shopping.clothing" as const,
      aliases: [`Shop${word(i % 5)} ${word(i)}`],
    }));
    const dictionary = loadSellerDictionary(entries);
    for (let i = 0; i < 3000; i += 97) {
      const name = `Shop ${word(i % 7)} ${word(i)}`;
      expect(matchAlias(dictionary, ["shop", word(i % 7), word(i)], 3)?.name).toBe(name);
      expect(matchAlias(dictionary, [`shop${word(i % 5)}`, word(i), "london"], 3)?.name).toBe(name);
    }
    expect(matchAlias(dictionary, ["shop", word(1), word(0)], 3)).toBeUndefined();
  });
});
