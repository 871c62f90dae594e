import "server-only";
import type { Database } from "@/db";
import { cachedRead } from "@/server/cache/user-reads";
import { listCategories } from "@/server/categorize/categories";
import { TAXONOMY, UNCATEGORIZED_SLUG } from "@/server/categorize/taxonomy";
import { notFound } from "@/server/errors";

const PALETTE_SIZE = 12;

// Group positions in the default taxonomy: fixed, so a group keeps its colour whatever else the user has.
const groupSlugs = TAXONOMY.filter((category) => category.parentSlug === null).map(
  (category) => category.slug,
);

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) >>> 0;
  return value;
}

// Each default subcategory's position within its group, worked out once (a directory colours ~100 categories
// per user, and a scan of the taxonomy for each was a visible share of a dashboard's server time).
const subcategoryPosition = new Map<string, number>();
for (const category of TAXONOMY) {
  const [groupSlug, subSlug] = category.slug.split(".");
  if (subSlug === undefined) continue;
  const siblings = TAXONOMY.filter((other) => other.parentSlug === groupSlug);
  subcategoryPosition.set(category.slug, Math.max(0, siblings.indexOf(category)));
}

/**
 * A category's chart colour, the same in every month and every chart: a group by its place in the taxonomy, a
 * subcategory next to its group's (so the categories of one group differ from each other), the user's own
 * categories by their name. Uncategorized is grey. Charts always label their series too: colour is never the
 * only way to tell them apart.
 */
export function categoryColor(slug: string): string {
  if (slug === UNCATEGORIZED_SLUG) return "var(--color-chart-rest)";
  let index: number;
  if (slug.startsWith("user.")) {
    index = hash(slug);
  } else {
    const [groupSlug = slug, subSlug] = slug.split(".");
    const groupIndex = Math.max(0, groupSlugs.indexOf(groupSlug));
    if (subSlug === undefined) index = groupIndex;
    else index = groupIndex + 1 + (subcategoryPosition.get(slug) ?? 0);
  }
  return `var(--color-chart-${(index % PALETTE_SIZE) + 1})`;
}

export type CategoryInfo = {
  id: string;
  name: string;
  group: string;
  /** The group's own category id. */
  groupId: string;
  isGroup: boolean;
  kind: "expense" | "income" | "transfer";
  color: string;
  hidden: boolean;
};

/** Every category the user can see (hidden ones too: old transactions may use them), with ids, groups and colours. */
export function categoryDirectory(db: Database, userId: string): Promise<CategoryInfo[]> {
  return cachedRead(userId, "categories", async () => {
    const rows = await listCategories(db, userId, { includeHidden: true });
    const groupIds = new Map(rows.filter((row) => row.parentId === null).map((row) => [row.name, row.id]));
    return rows.map(
      (row): CategoryInfo => ({
        id: row.id,
        name: row.name,
        group: row.groupName,
        groupId: row.parentId ?? groupIds.get(row.groupName) ?? row.id,
        isGroup: row.parentId === null,
        kind: row.kind,
        color: categoryColor(row.slug),
        hidden: row.hidden,
      }),
    );
  });
}

/** One category the user can see, or 404 (another user's category is as missing as an unknown id). */
export async function getVisibleCategory(
  db: Database,
  userId: string,
  categoryId: string,
): Promise<CategoryInfo> {
  const info = (await categoryDirectory(db, userId)).find((category) => category.id === categoryId);
  if (!info) throw notFound("That category");
  return info;
}
