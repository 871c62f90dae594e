// Brands of name-suggestion-index whose name holds a number ("Rema 1000", "Mitre 10", "Take 5 Oil Change",
// "Charge365"), for server/categorize/data/nsi-numbered.json. Run by scripts/build-categorize-data.ts after it
// writes nsi-sellers.json.
//
// The cleaning drops numbers as store numbers and references, so these names lose theirs and the main seller list
// (which only keeps a name the cleaning reads whole) leaves them out. Keeping their numbers in that list would
// change how every other name is read and which record wins a spelling; this table is kept apart instead: the
// cleaning keeps a number only when the name starts with one of its spellings (clean.ts, NumberedSpellings), and the
// dictionary adds its records after the main list's. Everything else the build writes is read without it.

import { writeFileSync } from "node:fs";
import path from "node:path";
import {
  cleanDescription,
  foldForMatch,
  NO_NUMBERED_BRANDS,
  type NumberedSpellings,
  numberedSpellingIndex,
} from "@/server/categorize/clean";
import { tokenize } from "@/server/categorize/tokenize";

/** A brand listing of name-suggestion-index with its category ("" known with no category: a bank). */
export type NumberedItem = {
  displayName: string;
  /** The texts the item names its business by (its name, short name, match names). */
  texts: readonly (string | undefined)[];
  slug: string;
  countries: string;
  /** A side business (a supermarket's fuel station) or a bank: another business's main spelling beats it. */
  secondary: boolean;
};

export type NumberedInput = {
  items: readonly NumberedItem[];
  /** Every name and spelling of Tally's own list: the table must not change how any of them reads. */
  tallyTexts: readonly string[];
  /** The spellings of the main list (nsi-sellers.json), cleaned: the table must not change them either. */
  nsiSpellings: readonly string[];
  /** The cleaned spellings Tally's own list knows: a brand it names by its spelling without the number is its. */
  tallyForms: ReadonlySet<string>;
  /** Whether a cleaned spelling may stand for a seller (not a generic word like "shop"). */
  spellable: (form: string) => boolean;
  /** Whether a word is an everyday word: a spelling of only such words and numbers is kept exact-only. */
  everyday: (word: string) => boolean;
  groupOf: (slug: string) => string;
  version: string;
  outDir: string;
};

/** Longest spelling kept: a name of more words is a description, not what a till prints. */
const MAX_TOKENS = 6;

const raws: string[] = [];
const kinds: number[] = [];

/** The name's tokens as the tokenizer reads them, numbers and all (folded, lower case). */
function printedTokens(text: string): string[] {
  const count = tokenize(text.toLowerCase(), raws, kinds);
  const tokens: string[] = [];
  for (let k = 0; k < count; k++) if (raws[k] !== "") tokens.push(foldForMatch(raws[k]!));
  return tokens;
}

const plainForm = (text: string) => cleanDescription(text, NO_NUMBERED_BRANDS).tokens.join(" ");
const formWith = (text: string, index: NumberedSpellings) => cleanDescription(text, index).tokens.join(" ");

/** Whether the cleaning reads `spelling` whole once it is known. */
const keptWhole = (spelling: string) => formWith(spelling, numberedSpellingIndex([spelling])) === spelling;

/**
 * The spellings a name gives its numbered brand: the name as printed, when the cleaning would drop one of its
 * numbers, it has a word of letters, and the cleaning keeps it whole once the spelling is known; and the same with
 * each word glued to the number after it, as banks print it ("REMA1000", "MITRE10"). None for any other name.
 */
function numberedSpellings(text: string): string[] {
  if (!/\d/.test(text)) return [];
  const tokens = printedTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return [];
  // A bare number ("1083") is a reference in bank text far more often than a brand.
  if (!tokens.some((token) => /\p{L}.*\p{L}/u.test(token))) return [];
  const spelling = tokens.join(" ");
  if (plainForm(text) === spelling || !keptWhole(spelling)) return [];
  const glued = spelling.replace(/(\p{L}) (\d+)(?= |$)/gu, "$1$2");
  return glued !== spelling && keptWhole(glued) ? [spelling, glued] : [spelling];
}

type Record = {
  name: string;
  slug: string;
  countries: string;
  secondary: boolean;
  spellings: Set<string>;
};

export function buildNumberedBrands(input: NumberedInput): void {
  const byBrand = new Map<string, Record>();
  for (const item of input.items) {
    const spellings = new Set<string>();
    for (const text of item.texts) {
      if (!text) continue;
      // Tally's own list names the brand by its spelling without the number ("Forever 21" as "forever"): its
      // record wins, and its aliases must keep reading as they do.
      if (input.tallyForms.has(plainForm(text))) continue;
      for (const spelling of numberedSpellings(text)) if (input.spellable(spelling)) spellings.add(spelling);
    }
    if (spellings.size === 0) continue;
    const id = `${item.displayName}|${item.slug}|${item.countries}`;
    let record = byBrand.get(id);
    if (record === undefined) {
      record = { ...item, name: item.displayName, spellings: new Set() };
      byBrand.set(id, record);
    } else record.secondary &&= item.secondary;
    for (const spelling of spellings) record.spellings.add(spelling);
  }

  // A spelling two records of different groups claim where their countries overlap goes to the business whose own
  // name it is, else to a main business over a side one (as in the main list); what is left stays country-scoped.
  const overlaps = (a: string, b: string) =>
    a === "" || b === "" || a.split(" ").some((c) => b.split(" ").includes(c));
  const ownName = (record: Record, spelling: string) => printedTokens(record.name).join(" ") === spelling;
  const beats = (a: Record, b: Record, spelling: string) =>
    ownName(a, spelling) !== ownName(b, spelling) ? ownName(a, spelling) : !a.secondary && b.secondary;
  const owners = new Map<string, Record[]>();
  for (const record of byBrand.values())
    for (const spelling of record.spellings) owners.set(spelling, [...(owners.get(spelling) ?? []), record]);
  for (const [spelling, claimants] of owners) {
    const losers = claimants.filter((loser) =>
      claimants.some(
        (winner) =>
          winner !== loser &&
          input.groupOf(winner.slug) !== input.groupOf(loser.slug) &&
          overlaps(winner.countries, loser.countries) &&
          beats(winner, loser, spelling),
      ),
    );
    for (const loser of losers) loser.spellings.delete(spelling);
  }

  // The table may not change how any other name reads: a spelling that starts one of Tally's names or aliases, or
  // one of the main list's spellings, and would keep a number there, is left out. Repeated until none does.
  const conflicts = (index: NumberedSpellings) => {
    const found = new Set<string>();
    for (const text of [...input.tallyTexts, ...input.nsiSpellings]) {
      const kept = formWith(text, index);
      if (kept === plainForm(text)) continue;
      for (const [first, spellings] of index.byFirst)
        for (const tokens of spellings)
          if (`${kept} `.startsWith(`${first} `) && `${kept} `.startsWith(`${tokens.join(" ")} `))
            found.add(tokens.join(" "));
    }
    return found;
  };
  let spellingsLeft = new Set([...byBrand.values()].flatMap((record) => [...record.spellings]));
  let dropped = 0;
  for (;;) {
    const found = conflicts(numberedSpellingIndex(spellingsLeft));
    if (found.size === 0) break;
    dropped += found.size;
    spellingsLeft = new Set([...spellingsLeft].filter((spelling) => !found.has(spelling)));
  }

  const slugs: string[] = [];
  const slugIndex = (slug: string) => {
    if (slug === "") return -1;
    if (!slugs.includes(slug)) slugs.push(slug);
    return slugs.indexOf(slug);
  };
  const rows: (string | number)[][] = [];
  for (const record of [...byBrand.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const spellings = [...record.spellings].filter((spelling) => spellingsLeft.has(spelling)).sort();
    if (spellings.length === 0) continue;
    // As in the main list: a spelling of only everyday words and numbers ("super 8", "take 5") counts only as the
    // whole seller text or before a place.
    const marked = spellings.map((spelling) =>
      spelling.split(/ |(?<=\p{L})(?=\d)/u).every((word) => /^\d+$/.test(word) || input.everyday(word))
        ? `=${spelling}`
        : spelling,
    );
    rows.push([record.name, slugIndex(record.slug), record.countries, ...marked]);
  }
  writeFileSync(
    path.join(input.outDir, "nsi-numbered.json"),
    `${JSON.stringify({
      about: `Built by scripts/build-categorize-data.ts (scripts/lib/numbered-brands.ts) from name-suggestion-index ${input.version} (BSD-3-Clause, see NOTICE.md): its brands whose names hold a number the cleaning would drop as a store number ("Rema 1000"). The cleaning keeps the number of a name that starts with one of these spellings. Rows: [name, category index, countries, ...spellings as printed, folded]; "=" marks a spelling that must be the whole seller text.`,
      categories: slugs,
      sellers: rows,
    })
      .replace(/\],\[/g, "],\n[")
      .replace('"sellers":[[', '"sellers":[\n[')}\n`,
  );
  console.log(
    `name-suggestion-index ${input.version}: ${rows.length} numbered brands, ${rows.reduce((n, r) => n + r.length - 3, 0)} spellings (${dropped} left out: they start another name)`,
  );
}
