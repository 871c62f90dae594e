// No `import "server-only"` in the pure categorization modules: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import them through tsx, where the server-only marker throws. Nothing here
// touches secrets or the database, so a client bundle gaining it would cost bytes, not safety.

import { z } from "zod";
import taxonomyData from "@/server/categorize/data/taxonomy.json";

export type CategoryKind = "expense" | "income" | "transfer";

/** A stable, human-readable id: `food-dining` for a group, `food-dining.groceries` for a subcategory. */
export type CategorySlug = string;

export type TaxonomyCategory = {
  slug: CategorySlug;
  name: string;
  /** The group's display name; a group's own `group` is its name. */
  group: string;
  /** The group's slug, or null when this category is itself a group. */
  parentSlug: CategorySlug | null;
  /** Transfers (credit-card payments, moves between own accounts) are never counted as spending or income. */
  kind: CategoryKind;
};

const slugPart = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const taxonomySchema = z.object({
  version: z.number().int(),
  groups: z.array(
    z.object({
      slug: slugPart,
      name: z.string().min(1),
      kind: z.enum(["expense", "income", "transfer"]),
      subcategories: z.array(z.object({ slug: slugPart, name: z.string().min(1) })),
    }),
  ),
});

function flatten(data: z.infer<typeof taxonomySchema>): TaxonomyCategory[] {
  const out: TaxonomyCategory[] = [];
  for (const group of data.groups) {
    out.push({ slug: group.slug, name: group.name, group: group.name, parentSlug: null, kind: group.kind });
    for (const sub of group.subcategories) {
      out.push({
        slug: `${group.slug}.${sub.slug}`,
        name: sub.name,
        group: group.name,
        parentSlug: group.slug,
        kind: group.kind,
      });
    }
  }
  return out;
}

/** Every category, each group followed by its subcategories, in display order. */
export const TAXONOMY: readonly TaxonomyCategory[] = Object.freeze(
  flatten(taxonomySchema.parse(taxonomyData)),
);

/** The category uncategorized transactions are counted under in the monthly aggregate (they store null). */
export const UNCATEGORIZED_SLUG: CategorySlug = "uncategorized";

const bySlug = new Map(TAXONOMY.map((category) => [category.slug, category]));
if (bySlug.size !== TAXONOMY.length) throw new Error("taxonomy.json has a duplicate slug");

export function categoryBySlug(slug: string): TaxonomyCategory | undefined {
  return bySlug.get(slug);
}

export function isCategorySlug(slug: string): boolean {
  return bySlug.has(slug);
}

/** A line of insurance (car, home, health, life): taxonomy.json names each "…-insurance", whatever its group. */
export function isInsuranceLine(slug: string): boolean {
  return slug.endsWith("-insurance");
}
