// Chinese and Japanese bank text is printed without spaces between words: "浙江凯多拉麦当劳食品有" is a company's name
// holding McDonald's, "银联ATM取现" a cash withdrawal, "ＳＢＩケルドラ預金" a bank's deposit account. The cleaning
// and the lookups read words between spaces, so the words Tally knows in those scripts (sellers' spellings, bank and
// business words, the wallets' names in front) are first set apart with spaces, as are runs of those scripts from
// Latin letters and digits beside them. No `import "server-only"`: the tsx scripts import the categorizer.

import { foldForMatch } from "@/server/categorize/tokenize";

/**
 * Han, Hiragana and Katakana, with Katakana's prolonged sound mark: the scripts printed without spaces. And Hangul:
 * Korean puts spaces between words, yet a card terminal glues a shop's name to its branch ("스타벅스강남점").
 */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;
const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A letter or digit of another script, which a run of CJK characters is set apart from. */
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Shorter words would split names at random: a single Han character is a word in nearly every name ("店", a shop;
 * "中", middle).
 */
const MIN_WORD = 2;

export type CjkWords = {
  /** Each known word's first character → the lengths of the words starting with it, longest first. */
  readonly lengths: ReadonlyMap<string, readonly number[]>;
  readonly words: ReadonlySet<string>;
};

export function hasCjk(text: string): boolean {
  // Most text is Latin: one look at the char codes says so before the regular expression is asked.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_CJK_CODE) return ANY_CJK.test(text);
  return false;
}

/** Hiragana's first code point; Han, Katakana and Hangul's syllables come after it (and surrogate pairs, for rarer Han). */
const FIRST_CJK_CODE = 0x3040;

/** The words among `candidates` written wholly in those scripts, folded as the tokens are, indexed for spacing. */
export function buildCjkWords(candidates: Iterable<string>): CjkWords {
  const words = new Set<string>();
  const lengths = new Map<string, number[]>();
  for (const word of candidates) {
    const candidate = foldForMatch(word);
    const chars = Array.from(candidate);
    if (chars.length < MIN_WORD || !chars.every((ch) => CJK_CHAR.test(ch)) || words.has(candidate)) continue;
    words.add(candidate);
    const list = lengths.get(chars[0]!) ?? [];
    if (!list.includes(chars.length)) list.push(chars.length);
    lengths.set(chars[0]!, list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return { lengths, words };
}

/**
 * The text with a space around each known word inside a run of CJK characters (the longest known word first, left
 * to right; unknown characters stay together) and between such a run and a Latin letter or digit beside it. Text
 * without those scripts comes back as it is.
 */
export function spaceCjkWords(text: string, known: CjkWords): string {
  if (!hasCjk(text)) return text;
  const chars = Array.from(text);
  const cjk = chars.map((ch) => CJK_CHAR.test(ch));
  // Matching is on folded characters, as the words are stored ("ブ" is read as "フ"); one character each.
  const folded = chars.map((ch, i) => {
    if (!cjk[i]) return ch;
    const f = foldForMatch(ch);
    return Array.from(f).length === 1 ? f : ch;
  });
  const breakBefore = new Array<boolean>(chars.length + 1).fill(false);
  for (let i = 1; i < chars.length; i++)
    if (cjk[i] !== cjk[i - 1] && OTHER_WORD_CHAR.test(cjk[i] ? chars[i - 1]! : chars[i]!))
      breakBefore[i] = true;
  let i = 0;
  while (i < chars.length) {
    const lengths = cjk[i] ? known.lengths.get(folded[i]!) : undefined;
    let found = 0;
    if (lengths !== undefined)
      for (const length of lengths) {
        if (i + length > chars.length) continue;
        let inRun = true;
        for (let k = i + 1; k < i + length && inRun; k++) inRun = cjk[k]!;
        if (inRun && known.words.has(folded.slice(i, i + length).join(""))) {
          found = length;
          break;
        }
      }
    if (found === 0) {
      i++;
      continue;
    }
    breakBefore[i] = true;
    breakBefore[i + found] = true;
    i += found;
  }
  let out = "";
  for (let k = 0; k < chars.length; k++) {
    if (breakBefore[k] && k > 0 && chars[k - 1] !== " " && chars[k] !== " ") out += " ";
    out += chars[k];
  }
  return out;
}
