// The default taxonomy as rows. Ids are derived from slugs, so every database (and every test) agrees on them
// and code can name a default category without a lookup.

import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { TAXONOMY, UNCATEGORIZED_SLUG } from "@/server/categorize/taxonomy";
import type { Database } from "../client";
import { defaultCategories } from "../schema";

const idsBySlug = new Map<string, string>();

/** A name-based (version 5 style) UUID for a default category slug. Memoized: categorization calls it per row. */
export function defaultCategoryId(slug: string): string {
  let id = idsBySlug.get(slug);
  if (id === undefined) {
    id = hashedCategoryId(slug);
    idsBySlug.set(slug, id);
  }
  return id;
}

function hashedCategoryId(slug: string): string {
  const hex = createHash("sha1").update(`tally:category:${slug}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export const UNCATEGORIZED_CATEGORY_ID = defaultCategoryId(UNCATEGORIZED_SLUG);

export async function seedDefaultCategories(db: Database): Promise<void> {
  const rows = TAXONOMY.map((category) => ({
    id: defaultCategoryId(category.slug),
    slug: category.slug,
    name: category.name,
    groupName: category.group,
    parentId: category.parentSlug ? defaultCategoryId(category.parentSlug) : null,
    kind: category.kind,
  }));
  await db
    .insert(defaultCategories)
    .values(rows)
    .onConflictDoUpdate({
      target: defaultCategories.id,
      set: {
        name: sql`excluded.name`,
        groupName: sql`excluded.group_name`,
        parentId: sql`excluded.parent_id`,
        kind: sql`excluded.kind`,
      },
    });
}
