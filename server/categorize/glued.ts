// A bank's lead glued to the word after it ("POSMCDONALDS", "ATMLEEDS", "ACHWITHDRAWAL"): fixed-width fields and
// some terminals drop the space between the channel word and the seller or the town, and the whole then reads as
// one unknown word. The heads are the one-word leads of data/prefixes.json ("pos", "ach", "carte") and the
// one-word bank phrases of data/bank-words.json ("atm", "fee", "transfer"). Read by normalize.ts, which splits a
// token only when the whole is no known word or seller and the rest is (see there). No `import "server-only"`:
// shared with the tsx scripts, and the data build lists the everyday words these heads start (glued-words.json).

import bankWords from "@/server/categorize/data/bank-words.json";
import gluedWords from "@/server/categorize/data/glued-words.json";
import prefixes from "@/server/categorize/data/prefixes.json";

/** The shortest rest read after a head: "ATMS" is not "ATM S", and a two-letter rest is an ending more often. */
export const MIN_REST = 3;

const LETTERS = /^[a-z]+$/;

/** One-word leads: a card purchase's or a transfer's wrapper, removed in front of the name. Two letters and up. */
export const LEAD_HEADS: ReadonlySet<string> = new Set(
  [...prefixes.lead, ...prefixes.transferLead].filter((lead) => lead.length >= 2 && LETTERS.test(lead)),
);

/** One-word bank phrases ("atm", "fee"): kept as words for the bank words to read. Three letters and up. */
export const BANK_HEADS: ReadonlySet<string> = new Set(
  (bankWords.phrases as [string, string, number][])
    .map(([text]) => text)
    .filter((text) => text.length >= 3 && LETTERS.test(text) && !LEAD_HEADS.has(text)),
);

/**
 * The heads by their first two letters (as char codes, one number), longest first: a token is compared only with
 * the few heads that start like it, without cutting it into slices.
 */
const HEADS_BY_START = new Map<number, string[]>();
for (const head of [...LEAD_HEADS, ...BANK_HEADS].sort((a, b) => b.length - a.length)) {
  const start = head.charCodeAt(0) * 128 + head.charCodeAt(1);
  HEADS_BY_START.set(start, [...(HEADS_BY_START.get(start) ?? []), head]);
}

/** Everyday words that start with a head ("position", "autumn", "visitor"; built from word lists): never split. */
export const GLUED_LOOKING_WORDS: ReadonlySet<string> = new Set(gluedWords.words);

/**
 * The lengths of the heads `token` starts with, longest first, each leaving at least MIN_REST letters; empty when
 * none. Only ASCII letters are read: every head is spelled in them.
 */
export function gluedHeadLengths(token: string): number[] {
  if (token.length < 2 + MIN_REST) return NONE;
  const heads = HEADS_BY_START.get(token.charCodeAt(0) * 128 + token.charCodeAt(1));
  if (heads === undefined) return NONE;
  let lengths: number[] = NONE;
  for (const head of heads) {
    if (token.length - head.length < MIN_REST || !token.startsWith(head)) continue;
    if (lengths === NONE) {
      if (!LETTERS.test(token)) return NONE;
      lengths = [];
    }
    lengths.push(head.length);
  }
  return lengths;
}

const NONE: number[] = [];
