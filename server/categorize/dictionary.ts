// The seller dictionary's in-memory index. No `import "server-only"`: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import this through tsx, where the marker throws; the module is pure.
//
// Every alias is cleaned by the same code as bank text (clean.ts), so "CHICK-FIL-A", "Chick-fil-A" and
// "CHICK FIL A" land on one entry without listing each spelling.

import { cleanDescription, keyFromTokens } from "@/server/categorize/clean";
import { type CategorySlug, isCategorySlug } from "@/server/categorize/taxonomy";

/** One line of data/sellers.json. */
export type SellerEntry = {
  name: string;
  category: CategorySlug;
  /** Spellings banks print, matched as a whole-word prefix of the description ("AMZN MKTP" in "AMZN MKTP US"). */
  aliases?: readonly string[];
  /**
   * Spellings that only count when they are the whole cleaned description: "APPLE.COM/BILL" cleans to
   * "apple", which as a prefix would also claim "APPLE VALLEY DENTAL".
   */
  exact?: readonly string[];
};

/** One line of data/keywords.json: words that name a kind of payment wherever they appear ("... PAYROLL"). */
export type KeywordEntry = { phrase: string; category: CategorySlug };

export type SellerRecord = {
  /** The seller's canonical key: its cleaned name, so every alias of a seller shares one key. */
  readonly key: string;
  readonly name: string;
  readonly slug: CategorySlug;
};

/**
 * One token of a token trie over the cleaned aliases, holding the seller whose alias ends here (as a prefix
 * alias and/or an exact-only one). Most nodes have at most one child, kept in `child` rather than in a Map:
 * a Map per node tripled the dictionary's heap.
 */
export type AliasNode = {
  readonly token: string;
  child: AliasNode | null;
  children: Map<string, AliasNode> | null;
  prefix: SellerRecord | null;
  exact: SellerRecord | null;
};

function childOf(node: AliasNode, token: string): AliasNode | undefined {
  if (node.child !== null) return node.child.token === token ? node.child : undefined;
  return node.children?.get(token);
}

function addChild(node: AliasNode, token: string): AliasNode {
  const created: AliasNode = { token, child: null, children: null, prefix: null, exact: null };
  if (node.child === null && node.children === null) node.child = created;
  else {
    if (node.children === null) {
      node.children = new Map([[node.child!.token, node.child!]]);
      node.child = null;
    }
    node.children.set(token, created);
  }
  return created;
}

export type SellerDictionary = {
  /**
   * Aliases as a token trie, walked with the description's own tokens: no prefix string is built or
   * hashed, and the cost depends on the description's length, not on how many aliases share a first word.
   */
  readonly aliases: ReadonlyMap<string, AliasNode>;
  /** Canonical key → seller, for lookups by a stored seller key. */
  readonly byKey: ReadonlyMap<string, SellerRecord>;
  /** Cleaned keyword phrase → category; `name` is the phrase. */
  readonly keywords: ReadonlyMap<string, SellerRecord>;
  /** First token of every keyword phrase, so most positions are rejected with one Set probe. */
  readonly keywordStarts: ReadonlySet<string>;
  readonly maxKeywordTokens: number;
  readonly aliasCount: number;
};

export class SellerDictionaryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Seller dictionary is invalid:\n  ${problems.slice(0, 20).join("\n  ")}`);
    this.name = "SellerDictionaryError";
  }
}

/**
 * Builds the index once (at first use for the built-in data; the bench builds one of 50,000 sellers).
 * Throws SellerDictionaryError on an unknown category slug or an alias claimed by two different sellers,
 * so a bad data edit fails the tests rather than silently picking one seller.
 */
export function loadSellerDictionary(
  entries: readonly SellerEntry[],
  options: { keywords?: readonly KeywordEntry[] } = {},
): SellerDictionary {
  const byKey = new Map<string, SellerRecord>();
  // Whole alias → owner, only to detect conflicts; dropped once the index is built.
  const owners = new Map<string, SellerRecord>();
  const aliases = new Map<string, AliasNode>();
  // One string per distinct token ("market", "coffee"), shared by every node that holds it.
  const interned = new Map<string, string>();
  const intern = (token: string): string => {
    const known = interned.get(token);
    if (known !== undefined) return known;
    interned.set(token, token);
    return token;
  };
  let aliasCount = 0;
  const problems: string[] = [];

  const claim = (map: Map<string, SellerRecord>, form: string, record: SellerRecord): boolean => {
    const owner = map.get(form);
    if (owner === undefined) {
      map.set(form, record);
      return true;
    }
    if (owner !== record) problems.push(`"${form}" is claimed by both ${owner.name} and ${record.name}`);
    return false;
  };
  const addAlias = (text: string, record: SellerRecord, exact: boolean) => {
    const tokens = cleanDescription(text).tokens.map(intern);
    if (tokens.length === 0) {
      problems.push(`${record.name}: alias "${text}" cleans to nothing`);
      return;
    }
    // Exact and prefix forms of one text are different entries, so they are claimed apart.
    if (!claim(owners, `${exact ? "=" : ""}${tokens.join(" ")}`, record)) return;
    let node = aliases.get(tokens[0]!);
    if (node === undefined) {
      node = { token: tokens[0]!, child: null, children: null, prefix: null, exact: null };
      aliases.set(node.token, node);
    }
    for (let k = 1; k < tokens.length; k++) node = childOf(node, tokens[k]!) ?? addChild(node, tokens[k]!);
    if (exact) node.exact = record;
    else node.prefix = record;
    aliasCount++;
  };

  for (const entry of entries) {
    if (!isCategorySlug(entry.category)) {
      problems.push(`${entry.name}: unknown category "${entry.category}"`);
      continue;
    }
    const nameTokens = cleanDescription(entry.name).tokens;
    const key = keyFromTokens(nameTokens, nameTokens.length);
    if (key === "") {
      problems.push(`"${entry.name}" cleans to nothing`);
      continue;
    }
    const record: SellerRecord = { key, name: entry.name, slug: entry.category };
    claim(byKey, key, record);
    const exactForms = new Set<string>();
    for (const alias of entry.exact ?? []) {
      exactForms.add(cleanDescription(alias).tokens.join(" "));
      addAlias(alias, record, true);
    }
    // The name is an alias too, unless it is listed as exact-only (Apple: "apple" alone, not "apple valley").
    if (!exactForms.has(nameTokens.join(" "))) addAlias(entry.name, record, false);
    for (const alias of entry.aliases ?? []) addAlias(alias, record, false);
  }

  const keywords = new Map<string, SellerRecord>();
  const keywordStarts = new Set<string>();
  let maxKeywordTokens = 1;
  for (const keyword of options.keywords ?? []) {
    if (!isCategorySlug(keyword.category)) {
      problems.push(`keyword "${keyword.phrase}": unknown category "${keyword.category}"`);
      continue;
    }
    const { tokens } = cleanDescription(keyword.phrase);
    const first = tokens[0];
    if (first === undefined) {
      problems.push(`keyword "${keyword.phrase}" cleans to nothing`);
      continue;
    }
    const form = tokens.join(" ");
    claim(keywords, form, { key: form, name: keyword.phrase, slug: keyword.category });
    keywordStarts.add(first);
    if (tokens.length > maxKeywordTokens) maxKeywordTokens = tokens.length;
  }

  if (problems.length > 0) throw new SellerDictionaryError(problems);
  return { aliases, byKey, keywords, keywordStarts, maxKeywordTokens, aliasCount };
}

/**
 * The longest alias matching the leading tokens; an exact-only alias must cover all `keyTokenCount`
 * tokens (the description minus a trailing "CITY ST"). One Map probe per token, no allocation.
 */
export function matchAlias(
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
): SellerRecord | undefined {
  const first = tokens[0];
  let node = first === undefined ? undefined : dict.aliases.get(first);
  let best: SellerRecord | undefined;
  for (let k = 1; node !== undefined; k++) {
    if (node.prefix !== null) best = node.prefix;
    if (node.exact !== null && k === keyTokenCount) best = node.exact;
    if (k >= tokens.length) break;
    node = childOf(node, tokens[k]!);
  }
  return best;
}

/**
 * The seller whose canonical key is `key` (one normalizeSeller returned, say stored on a transaction): one
 * Map probe. A key that is some other spelling of a seller is matched as a whole alias. Raw bank text goes
 * through resolveSeller in normalize.ts instead, which also matches prefixes and keywords.
 */
export function lookupSeller(dict: SellerDictionary, key: string): SellerRecord | null {
  return dict.byKey.get(key) ?? wholeAlias(dict, key.split(" ")) ?? null;
}

/** An alias (prefix or exact) equal to all of `tokens`; a stored key must not match by its first words. */
function wholeAlias(dict: SellerDictionary, tokens: readonly string[]): SellerRecord | undefined {
  let node = tokens[0] === undefined ? undefined : dict.aliases.get(tokens[0]);
  for (let k = 1; k < tokens.length && node !== undefined; k++) node = childOf(node, tokens[k]!);
  return node?.prefix ?? node?.exact ?? undefined;
}
