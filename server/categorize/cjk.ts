// Chinese, Japanese and Thai bank text is printed without spaces between words: "浙江凯多拉麦当劳食品有" is a
// company's name holding McDonald's, "银联ATM取现" a cash withdrawal, "ＳＢＩケルドラ預金" a bank's deposit account.
// The cleaning and the lookups read words between spaces, so the words Tally knows in those scripts (sellers'
// spellings, bank and business words, the wallets' names in front) are first set apart with spaces, as are runs of
// those scripts from Latin letters and digits beside them. No `import "server-only"`: the tsx scripts import the
// categorizer.

import { foldForMatch, foldsToItselfCjk } from "@/server/categorize/tokenize";

/**
 * Han, Hiragana and Katakana, with Katakana's prolonged sound mark, and Thai: the scripts printed without spaces.
 * And Hangul: Korean puts spaces between words, yet a card terminal glues a shop's name to its branch ("스타벅스강남점").
 */
const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\u30FC]/u;
const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** A character that folds to itself and is of those scripts (common Han, Hangul syllables): told by its code alone. */
const isPlainCjk = (ch: string) => ch.length === 1 && foldsToItselfCjk(ch.charCodeAt(0));
/** Whether a character is of those scripts. */
const isCjkChar = (ch: string) => isPlainCjk(ch) || CJK_CHAR.test(ch);
/** A letter or digit of another script, which a run of CJK characters is set apart from. */
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Katakana, or its prolonged sound mark. */
const isKatakana = (unit: string) => unit >= "\u30A0" && unit <= "\u30FF";
/** An ASCII capital in lower case, any other character as it is (the words are stored folded). */
const lowerAscii = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
};

/** What a known word may hold besides those scripts, folded: a Latin letter or an ASCII digit. */
const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * Shorter words would split names at random: a single Han character is a word in nearly every name ("店", a shop;
 * "中", middle).
 */
const MIN_WORD = 2;
/** A word of mixed scripts is three characters at least ("85度c"; "7天" alone would split "17天" or "7天内"). */
const MIXED_MIN_WORD = 3;

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

/** Thai's first code point; Hiragana, Han, Katakana and Hangul's syllables come after it (rarer Han as surrogates). */
const FIRST_CJK_CODE = 0x0e00;

/**
 * The words among `candidates` written in those scripts (wholly, or with Latin letters and digits in a name of three
 * characters or more), folded as the tokens are, indexed for spacing.
 */
export function buildCjkWords(candidates: Iterable<string>): CjkWords {
  const words = new Set<string>();
  const lengths = new Map<string, number[]>();
  for (const word of candidates) {
    const candidate = foldForMatch(word);
    const chars = Array.from(candidate);
    if (chars.length < MIN_WORD || words.has(candidate)) continue;
    // A name of those scripts with Latin letters or digits in it ("지에스25", GS25 in Hangul; "7天酒店", "85度c") is
    // one word too, so that the digits are not set apart from it and dropped as a store's number.
    const cjkCount = chars.filter((ch) => CJK_CHAR.test(ch)).length;
    if (cjkCount === 0 || (cjkCount < chars.length && chars.length < MIXED_MIN_WORD)) continue;
    if (!chars.every((ch) => CJK_CHAR.test(ch) || LATIN_OR_DIGIT.test(ch))) continue;
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
  const cjk = chars.map(isCjkChar);
  // Matching is on folded characters, as the words are stored ("ブ" is read as "フ"; Latin letters in lower case). A
  // mark the folding drops (Thai's vowel and tone marks) stays with the character before it: `units` are the folded
  // characters, `at` the index in `chars` each comes from, `folded` the units joined and `unitStart` where each
  // starts in it, so a candidate word is one slice of `folded` rather than a join of units.
  const units: string[] = [];
  const at: number[] = [];
  const unitStart: number[] = [];
  let folded = "";
  const addUnit = (unit: string, k: number) => {
    units.push(unit);
    at.push(k);
    unitStart.push(folded.length);
    folded += unit;
  };
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    // Most of the text is Han or Hangul, which the folding leaves as it is: asked first.
    if (!cjk[k]) addUnit(lowerAscii(ch), k);
    else if (isPlainCjk(ch)) addUnit(ch, k);
    else for (const unit of Array.from(foldForMatch(ch))) addUnit(unit, k);
  }
  unitStart.push(folded.length);
  const breakBefore = new Array<boolean>(chars.length + 1).fill(false);
  for (let i = 1; i < chars.length; i++)
    if (cjk[i] !== cjk[i - 1] && OTHER_WORD_CHAR.test(cjk[i] ? chars[i - 1]! : chars[i]!))
      breakBefore[i] = true;
  // The known words are chosen to cover the most characters, not greedily from the left: "凯多拉面包店" holds 拉面
  // (ramen) and 面包 (bread), and only one can be read. Where two choices cover as many, the later word is read, as
  // Chinese word segmentation by backward maximum matching does (a name's last word is more often what the place is:
  // 面包, 店 a bakery, rather than an owner's name ending in 拉).
  const covered = new Array<number>(units.length + 1).fill(0);
  const take = new Array<number>(units.length).fill(0);
  for (let u = units.length - 1; u >= 0; u--) {
    covered[u] = covered[u + 1]!;
    const lengths = known.lengths.get(units[u]!);
    if (lengths === undefined) continue;
    // A word may start with a Latin letter or digit only where that script's word starts ("7天酒店", not "17天酒店").
    if (!cjk[at[u]!] && u > 0 && OTHER_WORD_CHAR.test(units[u - 1]!)) continue;
    for (const length of lengths) {
      if (u + length > units.length) continue;
      // …and end with one only where that word ends ("지에스25", not "지에스250").
      const end = u + length;
      if (!cjk[at[end - 1]!] && end < units.length && !cjk[at[end]!] && OTHER_WORD_CHAR.test(units[end]!))
        continue;
      const word = folded.slice(unitStart[u], unitStart[end]);
      if (!known.words.has(word)) continue;
      // A word of two katakana ends where its run of katakana does, or where another known word starts: inside a
      // longer word it is a piece of it, the more so as the folding reads バ as ハ ("アパート", an apartment, holds
      // ハー, a bar's バー; "パーティー", a party, too). A name before it is no matter ("ケルドラガス"). Longer words
      // are read inside a run: a passbook spells native words in katakana too, glued ("スイドウリヨウキン").
      if (
        length === 2 &&
        end < units.length &&
        isKatakana(units[end]!) &&
        take[end] === 0 &&
        isKatakana(units[u]!) &&
        isKatakana(units[u + 1]!)
      )
        continue;
      if (length + covered[u + length]! > covered[u]!) {
        covered[u] = length + covered[u + length]!;
        take[u] = length;
      }
    }
  }
  let u = 0;
  while (u < units.length) {
    const found = take[u]!;
    if (found === 0) {
      u++;
      continue;
    }
    breakBefore[at[u]!] = true;
    breakBefore[u + found < units.length ? at[u + found]! : chars.length] = true;
    // A word of mixed scripts stays whole.
    for (let k = u + 1; k < u + found; k++) if (at[k]! !== at[u]!) breakBefore[at[k]!] = false;
    u += found;
  }
  let out = "";
  for (let k = 0; k < chars.length; k++) {
    if (breakBefore[k] && k > 0 && chars[k - 1] !== " " && chars[k] !== " ") out += " ";
    out += chars[k];
  }
  return out;
}
