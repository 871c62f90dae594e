// Which category a transaction gets: the user's own rule, then the seller dictionary, then the crowd, else
// none. Pure: the caller loads rules and crowd results; nothing here reads the database. No
// `import "server-only"`: scripts/eval-categorize.ts and scripts/bench-categorize.ts import it via tsx.
//
// API choice: the engine speaks the caller's category id type `Id` throughout. Rules and crowd results
// already hold ids; the dictionary holds taxonomy slugs, which `slugToCategoryId` turns into ids (pass
// `slugAsId` when ids are the slugs themselves). One id space in the result means the caller stores
// `categoryId` as-is whatever the source, and a slug the user's category set lacks (returning null)
// simply falls through to the crowd.

import type { SellerDictionary } from "@/server/categorize/dictionary";
import { resolveSeller, type SellerMatch } from "@/server/categorize/normalize";
import type { CategorySlug } from "@/server/categorize/taxonomy";

export type CategorizeSource = "rule" | "dictionary" | "crowd";

export type CategorizeContext<Id> = {
  dictionary: SellerDictionary;
  /** The user's own rules: seller key → category id. */
  userRules: ReadonlyMap<string, Id>;
  /** The crowd's category for a seller key (see crowdWinner), or null; the caller may cache it. */
  crowdTop: (sellerKey: string) => Id | null;
  /** The id of a taxonomy category, or null when it is not in use (the dictionary's answer is skipped). */
  slugToCategoryId: (slug: CategorySlug) => Id | null;
  /** Resolves a description to its seller; a caller that already resolved the batch passes its results. */
  resolve?: (description: string) => SellerMatch;
};

export type Categorization<Id> = {
  /** "" when the description holds no seller text (e.g. only a check number). */
  sellerKey: string;
  /** The display name: the dictionary's seller name, or the cleaned description in title case. */
  merchant: string;
  categoryId: Id | null;
  source: CategorizeSource | null;
};

/** For callers whose category ids are the taxonomy slugs (the eval, the bench, tests). */
export const slugAsId = (slug: CategorySlug): CategorySlug => slug;

export function categorizeTransaction<Id>(
  transaction: { description: string },
  ctx: CategorizeContext<Id>,
): Categorization<Id> {
  const seller =
    ctx.resolve?.(transaction.description) ?? resolveSeller(transaction.description, ctx.dictionary);
  const result: Categorization<Id> = {
    sellerKey: seller.key,
    merchant: seller.displayName,
    categoryId: null,
    source: null,
  };
  // An empty key names no seller, so neither a rule nor the crowd can speak for it.
  if (seller.key === "") return result;

  const ruled = ctx.userRules.get(seller.key);
  if (ruled !== undefined) {
    result.categoryId = ruled;
    result.source = "rule";
    return result;
  }
  if (seller.slug !== null) {
    const id = ctx.slugToCategoryId(seller.slug);
    if (id !== null) {
      result.categoryId = id;
      result.source = "dictionary";
      return result;
    }
  }
  const crowd = ctx.crowdTop(seller.key);
  if (crowd !== null) {
    result.categoryId = crowd;
    result.source = "crowd";
  }
  return result;
}

/**
 * Categorizes rows in order, cleaning each distinct description once: a statement repeats the same text
 * (a subscription, a daily coffee) many times. Results for equal descriptions are the same object, so
 * treat them as read-only.
 */
export function categorizeBatch<Id>(
  rows: ReadonlyArray<{ description: string }>,
  ctx: CategorizeContext<Id>,
): Categorization<Id>[] {
  const seen = new Map<string, Categorization<Id>>();
  const out: Categorization<Id>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let result = seen.get(row.description);
    if (result === undefined) {
      result = categorizeTransaction(row, ctx);
      seen.set(row.description, result);
    }
    out[i] = result;
  }
  return out;
}
