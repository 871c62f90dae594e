import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "@/db";
import { crowdTop, sellerRules } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { defaultSellerDictionary } from "./default-dictionary";
import { type Categorization, categorizeBatch } from "./engine";
import { resolveSeller } from "./normalize";

/**
 * Categorizes a batch of new transactions for one user: the user's rules, then the dictionary, then the crowd.
 * Two queries per batch (the user's rules, the crowd's answers for the batch's sellers), never one per row.
 */
export async function categorizeForUser(
  db: Database,
  userId: string,
  rows: ReadonlyArray<{ description: string }>,
): Promise<Categorization<string>[]> {
  const dictionary = defaultSellerDictionary();
  const sellerKeys = new Set<string>();
  for (const description of new Set(rows.map((row) => row.description))) {
    const key = resolveSeller(description, dictionary).key;
    if (key) sellerKeys.add(key);
  }
  const [rules, crowd] = await Promise.all([
    db
      .select({ sellerKey: sellerRules.sellerKey, categoryId: sellerRules.categoryId })
      .from(sellerRules)
      .where(eq(sellerRules.userId, userId)),
    sellerKeys.size === 0
      ? Promise.resolve([])
      : db
          .select({ sellerKey: crowdTop.sellerKey, categoryId: crowdTop.categoryId })
          .from(crowdTop)
          .where(and(inArray(crowdTop.sellerKey, [...sellerKeys]), isNotNull(crowdTop.categoryId))),
  ]);
  const crowdBySeller = new Map(crowd.map((row) => [row.sellerKey, row.categoryId as string]));
  return categorizeBatch(rows, {
    dictionary,
    userRules: new Map(rules.map((rule) => [rule.sellerKey, rule.categoryId])),
    crowdTop: (key) => crowdBySeller.get(key) ?? null,
    slugToCategoryId: defaultCategoryId,
  });
}
