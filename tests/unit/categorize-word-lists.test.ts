import { describe, expect, it } from "vitest";
import { cleanDescription } from "@/server/categorize/clean";
import bankWords from "@/server/categorize/data/bank-words.json";
import businessWords from "@/server/categorize/data/business-words.json";
import presetWords from "@/server/categorize/data/preset-words.json";
import { foldForMatch } from "@/server/categorize/tokenize";

// Issue 14: the word lists are read through the same cleaning as bank text, so a phrase whose cleaning drops a word
// is read without it: broader than written. "4X1000" lost its number and left "GMF" alone, which made
// "GM FINANCIAL GMF PYMT" (a car loan) a tax. Each phrase that loses a word on purpose is listed here with why.

/** The phrase's words as written, folded as tokens are (accents off, lower case), split at anything not a letter or digit. */
const writtenWords = (text: string) =>
  foldForMatch(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const cleanedWords = (text: string) => {
  const cleaned = cleanDescription(text);
  return [...cleaned.lead, ...cleaned.tokens];
};

/** Phrases cleaning reads with fewer words than written, and why that reading is the one meant. */
const LOSES_A_WORD_ON_PURPOSE: Record<string, string> = {
  "atm withdrawal authorized on": "the date after ON is the purchase's, and ON goes with it",
  "ihre zahlung danke": "the courtesy word (thanks) says nothing",
  "paiement recu merci": "the courtesy word (thanks) says nothing",
  "votre paiement merci": "the courtesy word (thanks) says nothing",
  "payment thank you web": "the channel's WEB goes like a reference",
  "online transfer ref": "REF and the reference after it are no part of a name",
  "irs treas 310": "310 is the Treasury's code, a number cleaning drops",
  "irs treas 310 tax ref": "310 is the Treasury's code, a number cleaning drops",
  "treas 310 xxvets": "310 is the Treasury's code, a number cleaning drops",
  "perevod s karty na kartu":
    "a one-letter word is joined to the word before it, in the text as in the phrase",
  "prime de fin d'annee": "an elided article is joined to its word, in the text as in the phrase",
};

describe("the word lists read as written", () => {
  const phrases = (bankWords.phrases as [string, string, number][]).map(([text]) => text);
  const words = (businessWords.words as [string, string][]).map(([text]) => text);

  it("every bank phrase keeps its words once cleaned, but those that lose one on purpose", () => {
    const shortened = phrases.filter(
      (text) => cleanedWords(text).length < writtenWords(text).length && !(text in LOSES_A_WORD_ON_PURPOSE),
    );
    expect(shortened).toEqual([]);
  });

  it("every business word keeps its words once cleaned", () => {
    expect(words.filter((text) => cleanedWords(text).length < writtenWords(text).length)).toEqual([]);
  });

  it("the list of phrases that lose a word names only phrases that do", () => {
    const stale = Object.keys(LOSES_A_WORD_ON_PURPOSE).filter(
      (text) => !phrases.includes(text) || cleanedWords(text).length >= writtenWords(text).length,
    );
    expect(stale).toEqual([]);
  });
});

describe("the homonyms (words of a list that are everyday words of a country's language)", () => {
  it.each([
    [
      "business-words.json",
      businessWords.homonyms,
      // The homonyms leave out a word of either list the business words are read from: Tally's, or the presets'.
      [
        ...(businessWords.words as [string, string][]).map(([text]) => text),
        ...(presetWords.words as [string, number, number][]).map(([text]) => text),
      ],
    ],
    [
      "bank-words.json",
      bankWords.homonyms,
      (bankWords.phrases as [string, string, number][]).map(([text]) => text),
    ],
  ])(
    "in %s are each a one-word entry of the list, by a country's two-letter code",
    (_, homonyms, entries) => {
      const listed = new Set(entries);
      for (const [country, homonymWords] of Object.entries(homonyms as Record<string, string[]>)) {
        expect(country).toMatch(/^[a-z]{2}$/);
        for (const word of homonymWords) {
          expect(
            listed.has(word),
            `${country}: "${word}" is not in the list, so leaving it out does nothing`,
          ).toBe(true);
          expect(word).not.toContain(" ");
        }
      }
    },
  );
});

describe("each entry of a list is listed once", () => {
  it.each([
    ["business-words.json", (businessWords.words as [string, string][]).map(([text]) => text)],
    ["bank-words.json", (bankWords.phrases as [string, string, number][]).map(([text]) => text)],
  ])("in %s: two entries of the same words would leave one unread, whatever its category", (_, entries) => {
    const seen = new Set<string>();
    const twice = entries.filter((text) => seen.size === seen.add(text).size);
    expect(twice).toEqual([]);
  });
});
