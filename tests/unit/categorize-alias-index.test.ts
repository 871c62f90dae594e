import { describe, expect, it } from "vitest";
import {
  buildAliasIndex,
  childFlags,
  childId,
  findChild,
  ROOT,
  tokenHash,
} from "@/server/categorize/alias-index";
import { loadSellerDictionary, matchAlias } from "@/server/categorize/dictionary";

// A small trie: "wal" → "mart", "walmart", "mart", and "mart" → "wal" (a token under two parents). Flags 1: holds
// a seller.
const tokens = ["", "wal", "walmart", "mart", "mart", "wal"];
const parents = [ROOT, ROOT, ROOT, ROOT, 1, 3];
const flags = [0, 0, 1, 1, 1, 1];
const index = buildAliasIndex(tokens, parents, flags);
const find = (parent: number, token: string) => findChild(index, parent, tokenHash(token), token, "");
/** The node and its flags that an answer stands for, or null for none. */
const node = (found: number) => (found < 0 ? null : { id: childId(index, found), flags: childFlags(found) });

describe("alias index", () => {
  it("finds a token only under its own parent, with the node's flags", () => {
    const wal = find(ROOT, "wal");
    const mart = find(ROOT, "mart");
    expect(node(wal)).toEqual({ id: 1, flags: 0 });
    expect(node(mart)).toEqual({ id: 3, flags: 1 });
    expect(node(find(wal, "mart"))).toEqual({ id: 4, flags: 1 });
    expect(node(find(mart, "wal"))).toEqual({ id: 5, flags: 1 });
    expect(find(wal, "wal")).toBe(-1);
    expect(find(find(ROOT, "walmart"), "mart")).toBe(-1);
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

  it("finds children kept in the hash table (a node with many) as well as those listed with their parent", () => {
    // The root's children and one node's: more than a parent's record lists, so they go to the hash table.
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const bigTokens = ["", ...many, ...many];
    const bigParents = [ROOT, ...many.map(() => ROOT), ...many.map(() => 1)];
    const big = buildAliasIndex(
      bigTokens,
      bigParents,
      bigTokens.map(() => 1),
    );
    const at = (parent: number, token: string) => findChild(big, parent, tokenHash(token), token, "");
    const first = at(ROOT, "w0");
    for (let i = 0; i < many.length; i++) {
      expect(childId(big, at(ROOT, many[i]!))).toBe(1 + i);
      expect(childId(big, at(first, many[i]!))).toBe(1 + many.length + i);
      expect(at(at(ROOT, "w1"), many[i]!)).toBe(-1);
    }
    expect(at(ROOT, "w40")).toBe(-1);
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
