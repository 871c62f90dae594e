// The built-in seller dictionary (data/sellers.json + data/keywords.json), indexed once per process on
// first use rather than at import, so importing the engine stays cheap. No `import "server-only"`:
// scripts/eval-categorize.ts and scripts/bench-categorize.ts import this through tsx.

import keywords from "@/server/categorize/data/keywords.json";
import sellers from "@/server/categorize/data/sellers.json";
import {
  type KeywordEntry,
  loadSellerDictionary,
  type SellerDictionary,
  type SellerEntry,
} from "@/server/categorize/dictionary";

export const BUILT_IN_SELLERS: readonly SellerEntry[] = sellers;
export const BUILT_IN_KEYWORDS: readonly KeywordEntry[] = keywords;

let cached: SellerDictionary | undefined;

export function defaultSellerDictionary(): SellerDictionary {
  cached ??= loadSellerDictionary(BUILT_IN_SELLERS, { keywords: BUILT_IN_KEYWORDS });
  return cached;
}
