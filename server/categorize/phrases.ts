// Whole-token phrase lookup shared by the bank words and the business words. No `import "server-only"`: the
// pure categorization modules are shared with the tsx scripts.

import { cleanDescription } from "@/server/categorize/clean";
import { type CategorySlug, categoryBySlug } from "@/server/categorize/taxonomy";
import type { WordFilter } from "@/server/categorize/tokenize";
import * as tokenizer from "@/server/categorize/tokenize";

// Module-local copies of the hot path's imports (see clean.ts).
const { buildWordFilter, mayContain, withWords } = tokenizer;

export type Phrase = {
  /** The phrase as written in the data ("animal hospital"), for the provenance line. */
  readonly text: string;
  readonly slug: CategorySlug;
  /** How many tokens it covers. */
  readonly length: number;
  /** Higher wins over a longer phrase of lower weight (a fee word over a transfer word). */
  readonly weight: number;
  /** How far to trust it, 0..1. */
  readonly confidence: number;
  /**
   * Its tokens after the first, which the index is keyed by. Held on the phrase rather than on an entry object beside
   * it: one object fewer for each of the 40,000 phrases.
   */
  readonly rest: readonly string[];
};

export type PhraseIndex = {
  /** First token → the phrases starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** The first tokens as a WordFilter: most tokens of a description start no phrase, and skip the Map probe. */
  readonly firstFilter: WordFilter;
};

// One shared empty array for the one-word phrases, most of them: an array each cost half a megabyte of heap.
const NO_MORE_TOKENS: readonly string[] = Object.freeze([]);

export function buildPhraseIndex(
  rows: Iterable<{ text: string; slug: CategorySlug; weight: number; confidence: number }>,
): PhraseIndex {
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!categoryBySlug(row.slug)) throw new Error(`phrase "${row.text}": unknown category "${row.slug}"`);
    // Read whole: a phrase that starts with channel words ("überweisung", "prlv sepa") keeps them, since the
    // scan reads the lead together with the rest of the description.
    const cleaned = cleanDescription(row.text);
    const tokens = cleaned.lead.length > 0 ? [...cleaned.lead, ...cleaned.tokens] : cleaned.tokens;
    if (tokens.length === 0) continue;
    const form = tokens.join(" ");
    // The first row for a form wins: callers list their preferred source first.
    if (seen.has(form)) continue;
    seen.add(form);
    const phrase: Phrase = {
      text: row.text,
      slug: row.slug,
      length: tokens.length,
      weight: row.weight,
      confidence: row.confidence,
      rest: tokens.length === 1 ? NO_MORE_TOKENS : tokens.slice(1),
    };
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push(phrase);
    byFirst.set(tokens[0]!, list);
  }
  // Copied to their exact length: an array grown by push keeps room for 16 more, and most lists hold one phrase.
  for (const [first, list] of byFirst)
    byFirst.set(first, list.sort((a, b) => b.rest.length - a.rest.length).slice());
  return { byFirst, firstFilter: buildWordFilter(byFirst.keys(), byFirst.size) };
}

/**
 * Every phrase found in `tokens` (from `from` up to `to`), longest at each position, skipping positions a longer
 * hit covers; null when none (most descriptions), so nothing is allocated then. No callback: a closure per call
 * would cost more than the scan.
 *
 * With `min`, a phrase of several tokens trusted below it (a preset's search term, "laverie automatique") does not
 * hide the trusted words inside it ("laverie"): both are returned, so the caller reads the trusted word where the
 * two agree and neither where they do not ("baile salon": a dance hall's term, a hair salon's word). Only a trusted
 * phrase then covers the positions after it.
 */
export function scanPhrases(
  index: PhraseIndex,
  tokens: readonly string[],
  from: number,
  to: number,
  min = 0,
): Phrase[] | null {
  let hits: Phrase[] | null = null;
  let coveredUntil = from;
  for (let i = from; i < to; i++) {
    let phrase = phraseAt(index, tokens, i, to);
    if (phrase === null) continue;
    if (phrase.confidence < min && phrase.length > 1) {
      if (i >= coveredUntil) {
        if (hits === null) hits = [];
        hits.push(phrase);
      }
      phrase = phraseAt(index, tokens, i, to, min);
      if (phrase === null) continue;
    }
    // A phrase inside a longer one already found ("hospital" inside "animal hospital") is not a second word.
    if (i + phrase.length > coveredUntil || i >= coveredUntil) {
      if (hits === null) hits = [];
      hits.push(phrase);
    }
    coveredUntil = Math.max(coveredUntil, i + phrase.length);
  }
  return hits;
}

/** The longest phrase trusted at `min` or above that starts at token `at` and ends by `to` (exclusive), or null. */
export function phraseAt(
  index: PhraseIndex,
  tokens: readonly string[],
  at: number,
  to: number,
  min = 0,
): Phrase | null {
  if (!mayContain(index.firstFilter, tokens[at]!)) return null;
  const list = index.byFirst.get(tokens[at]!);
  if (list === undefined) return null;
  // Longest first (see buildPhraseIndex).
  for (const phrase of list) {
    const rest = phrase.rest;
    if (at + 1 + rest.length > to || phrase.confidence < min) continue;
    let k = 0;
    while (k < rest.length && tokens[at + 1 + k] === rest[k]) k++;
    if (k === rest.length) return phrase;
  }
  return null;
}

/**
 * The index without the one-word phrases `words` (the phrases of several words starting with one stay): the same
 * index for everything else, shared, not copied. For the words that are ordinary words of an account's home country
 * (see lexiconsForCountry): a copy of the index for each such country would hold most of a megabyte each.
 */
export function withoutOneWordPhrases(index: PhraseIndex, words: Iterable<string>): PhraseIndex {
  const changed = new Map<string, readonly Phrase[] | undefined>();
  for (const word of words) {
    const list = index.byFirst.get(word);
    if (list === undefined) continue;
    const kept = list.filter((phrase) => phrase.rest.length > 0);
    changed.set(word, kept.length > 0 ? kept : undefined);
  }
  if (changed.size === 0) return index;
  return { byFirst: new OverlaidMap(index.byFirst, changed), firstFilter: index.firstFilter };
}

/**
 * The index with `extra`'s phrases read too, before the index's own for the same first word (so they win a word
 * both have): the words a country's language alone gives a trade (see lexiconsForCountry). Shared like
 * withoutOneWordPhrases' answer; the filter of first words is copied, with the new ones set.
 */
export function withPhrasesOf(index: PhraseIndex, extra: PhraseIndex): PhraseIndex {
  if (extra.byFirst.size === 0) return index;
  const changed = new Map<string, readonly Phrase[] | undefined>();
  // Longest first, as buildPhraseIndex keeps each list ("gas station" before a country's own "gas"); the extra
  // phrase first among those of one length.
  for (const [first, phrases] of extra.byFirst)
    changed.set(
      first,
      [...phrases, ...(index.byFirst.get(first) ?? [])].sort((a, b) => b.rest.length - a.rest.length),
    );
  return {
    byFirst: new OverlaidMap(index.byFirst, changed),
    firstFilter: withWords(index.firstFilter, extra.byFirst.keys()),
  };
}

/** A map read through a few changed entries (undefined: removed), the rest from the map beneath. */
class OverlaidMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changed: ReadonlyMap<K, V | undefined>,
  ) {}

  get(key: K): V | undefined {
    return this.changed.has(key) ? this.changed.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let size = 0;
    for (const _ of this.entries()) size++;
    return size;
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      const read = this.changed.has(key) ? this.changed.get(key) : value;
      if (read !== undefined) yield [key, read];
    }
    // The entries the change adds (a country's own words, see withPhrasesOf), which the map beneath lacks.
    for (const [key, value] of this.changed)
      if (value !== undefined && !this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
