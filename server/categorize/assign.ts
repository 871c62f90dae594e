import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { defaultCategoryId } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { defaultSellerDictionary } from "./default-dictionary";
import { type Categorization, categorizeBatch } from "./engine";
import { resolveSeller, type SellerMatch } from "./normalize";

/**
 * Categorizes a batch of new transactions for one user: the user's rules, then the dictionary, then the crowd.
 * Each distinct description is resolved to its seller once, and one query fetches both the user's rules for the
 * batch's sellers and the crowd's answers for the sellers the dictionary does not know: never a query per row.
 */
export async function categorizeForUser(
  db: Database,
  userId: string,
  rows: ReadonlyArray<{ description: string }>,
): Promise<Categorization<string>[]> {
  const dictionary = defaultSellerDictionary();
  const resolved = new Map<string, SellerMatch>();
  for (const row of rows) {
    if (!resolved.has(row.description))
      resolved.set(row.description, resolveSeller(row.description, dictionary));
  }
  const sellerKeys = new Set<string>();
  const unknownKeys = new Set<string>();
  for (const match of resolved.values()) {
    if (!match.key) continue;
    sellerKeys.add(match.key);
    if (match.slug === null) unknownKeys.add(match.key);
  }
  const answers =
    sellerKeys.size === 0
      ? []
      : await queryRows<{ source: "rule" | "crowd"; seller_key: string; category_id: string }>(
          db,
          sql`select 'rule' as source, seller_key, category_id from seller_rules
              where user_id = ${userId}::uuid and seller_key = any(${pgArray([...sellerKeys])}::text[])
            union all
            select 'crowd', seller_key, category_id from crowd_top
              where seller_key = any(${pgArray([...unknownKeys])}::text[]) and category_id is not null`,
        );
  const rules = new Map<string, string>();
  const crowd = new Map<string, string>();
  for (const answer of answers)
    (answer.source === "rule" ? rules : crowd).set(answer.seller_key, answer.category_id);
  return categorizeBatch(rows, {
    dictionary,
    userRules: rules,
    crowdTop: (key) => crowd.get(key) ?? null,
    slugToCategoryId: defaultCategoryId,
    resolve: (description) => resolved.get(description) ?? resolveSeller(description, dictionary),
  });
}
