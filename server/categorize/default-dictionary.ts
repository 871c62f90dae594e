// The built-in seller dictionary: Tally's own list (data/sellers.json) merged with the brands, operators and
// transit networks of name-suggestion-index (data/nsi-sellers.json, built by scripts/build-categorize-data.ts;
// Tally's list wins every spelling it names). Indexed once per process on first use rather than at import, so
// importing the engine stays cheap. No `import "server-only"`: the tsx scripts import this.

import nsiSellers from "@/server/categorize/data/nsi-sellers.json";
import sellers from "@/server/categorize/data/sellers.json";
import {
  loadSellerDictionary,
  type NsiData,
  type SellerDictionary,
  type SellerEntry,
} from "@/server/categorize/dictionary";

export const BUILT_IN_SELLERS: readonly SellerEntry[] = sellers;
export const NSI_SELLERS: NsiData = nsiSellers as NsiData;

let cached: SellerDictionary | undefined;

export function defaultSellerDictionary(): SellerDictionary {
  cached ??= loadSellerDictionary(BUILT_IN_SELLERS, { nsi: NSI_SELLERS });
  return cached;
}
