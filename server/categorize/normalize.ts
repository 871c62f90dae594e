// Raw bank text → seller key, display name and (when the dictionary knows it) category slug. No
// `import "server-only"`: scripts/eval-categorize.ts and scripts/bench-categorize.ts import this via tsx.

import { cleanDescription, keyFromTokens } from "@/server/categorize/clean";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { matchAlias, type SellerDictionary, type SellerRecord } from "@/server/categorize/dictionary";
import type { CategorySlug } from "@/server/categorize/taxonomy";

export type NormalizedSeller = {
  /** Lower-case letters, digits and single spaces, at most 32 characters; "" when nothing is left. */
  key: string;
  displayName: string;
};

export type SellerMatch = NormalizedSeller & {
  /** The dictionary's category, or null for a seller it does not know. */
  slug: CategorySlug | null;
  /** "alias": a known seller, keyed by its canonical key; "keyword": a kind of payment ("PAYROLL"). */
  via: "alias" | "keyword" | null;
};

/** The longest keyword phrase anywhere in the tokens; the earliest one among equally long phrases. */
function matchKeyword(dict: SellerDictionary, tokens: readonly string[]): SellerRecord | undefined {
  let best: SellerRecord | undefined;
  let bestLength = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!dict.keywordStarts.has(tokens[i]!)) continue;
    const longest = Math.min(dict.maxKeywordTokens, tokens.length - i);
    let phrase = tokens[i]!;
    for (let size = 1; size <= longest; size++) {
      if (size > 1) phrase += ` ${tokens[i + size - 1]}`;
      const hit = dict.keywords.get(phrase);
      if (hit !== undefined && size > bestLength) {
        best = hit;
        bestLength = size;
      }
    }
  }
  return best;
}

function titleCase(tokens: readonly string[], count: number): string {
  let out = "";
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (k > 0) out += " ";
    out += token.charAt(0).toUpperCase() + token.slice(1);
  }
  return out;
}

/**
 * Order: the longest alias that is a whole-word prefix (or, for exact-only aliases, the whole key), then
 * a keyword anywhere. A known seller gets its canonical key ("AMZN Mktp US*2K4TY7" → "amazon"), so user rules and
 * crowd votes gather on one key whatever the bank printed; anything else keeps its own cleaned key.
 */
export function resolveSeller(raw: string, dict: SellerDictionary = defaultSellerDictionary()): SellerMatch {
  const { tokens, keyTokenCount } = cleanDescription(raw);
  if (tokens.length === 0) return { key: "", displayName: raw.trim(), slug: null, via: null };

  const known = matchAlias(dict, tokens, keyTokenCount);
  if (known !== undefined) return { key: known.key, displayName: known.name, slug: known.slug, via: "alias" };

  const key = keyFromTokens(tokens, keyTokenCount);
  // A keyword names the kind of payment, not the payer: "ACME CORP PAYROLL" keeps its own key so each
  // employer stays a separate seller while still landing in Paycheck.
  const displayName = titleCase(tokens, keyTokenCount);
  const keyword = dict.keywords.size > 0 ? matchKeyword(dict, tokens) : undefined;
  if (keyword !== undefined) return { key, displayName, slug: keyword.slug, via: "keyword" };
  return { key, displayName, slug: null, via: null };
}

export function normalizeSeller(
  rawDescription: string,
  dict: SellerDictionary = defaultSellerDictionary(),
): NormalizedSeller {
  const { key, displayName } = resolveSeller(rawDescription, dict);
  return { key, displayName };
}
