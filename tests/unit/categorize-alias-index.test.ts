import { describe, expect, it } from "vitest";
import { buildAliasIndex, FLAG_BITS, findChild, ROOT, tokenHash } from "@/server/categorize/alias-index";
import { loadSellerDictionary, matchAlias } from "@/server/categorize/dictionary";

// A small trie: "wal" → "mart", "walmart", "mart", and "mart" → "wal" (a token under two parents). Flags 1: holds
// a seller.
const tokens = ["", "wal", "walmart", "mart", "mart", "wal"];
const parents = [ROOT, ROOT, ROOT, ROOT, 1, 3];
const flags = [0, 0, 1, 1, 1, 1];
const index = buildAliasIndex(tokens, parents, flags);
const find = (parent: number, token: string) => findChild(index, parent, tokenHash(token), token, "");

describe("alias index", () => {
  it("finds a token only under its own parent, with the node's flags", () => {
    const at = (id: number, flag: number) => (id << FLAG_BITS) + flag;
    expect(find(ROOT, "wal")).toBe(at(1, 0));
    expect(find(ROOT, "mart")).toBe(at(3, 1));
    expect(find(1, "mart")).toBe(at(4, 1));
    expect(find(3, "wal")).toBe(at(5, 1));
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
