import { invalidateUserReads } from "@/server/cache/user-reads";
import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { postgresErrorCode, queryRows } from "@/db/client";
import { type CategoryKind, categories } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { AppError, notFound } from "@/server/errors";

/** A category as a user sees it: a default one (userId null, never hidden) or one of their own. */
export type VisibleCategory = {
  id: string;
  userId: string | null;
  slug: string;
  name: string;
  groupName: string;
  parentId: string | null;
  kind: CategoryKind;
  hidden: boolean;
};

/**
 * Every category a user can see, as a subquery with the columns id, user_id, slug, name, group_name, parent_id,
 * kind and hidden: the default taxonomy (a table shared by everyone) and the user's own. Joins that name a
 * transaction's or a budget's category go through it, so each reads the user's rows by (user_id, …) and the
 * defaults from their own small table.
 */
export function visibleCategoriesSql(userId: string): SQL {
  return sql`(select id, null::uuid as user_id, slug, name, group_name, parent_id, kind, false as hidden
      from default_categories
    union all
    select id, user_id, slug, name, group_name, parent_id, kind, hidden
      from categories where user_id = ${userId}::uuid)`;
}

type VisibleCategoryRow = {
  id: string;
  user_id: string | null;
  slug: string;
  name: string;
  group_name: string;
  parent_id: string | null;
  kind: CategoryKind;
  hidden: boolean;
};

function toVisibleCategory(row: VisibleCategoryRow): VisibleCategory {
  return {
    id: row.id,
    userId: row.user_id,
    slug: row.slug,
    name: row.name,
    groupName: row.group_name,
    parentId: row.parent_id,
    kind: row.kind,
    hidden: row.hidden,
  };
}

/** The default taxonomy plus the user's own categories, in display order (groups, then their subcategories). */
export async function listCategories(
  db: Database,
  userId: string,
  options: { includeHidden?: boolean } = {},
): Promise<VisibleCategory[]> {
  const rows = await queryRows<VisibleCategoryRow>(
    db,
    sql`select * from ${visibleCategoriesSql(userId)} as c
        ${options.includeHidden ? sql`` : sql`where not c.hidden`}
        -- Groups in name order with "Uncategorized" last; in each group, the group itself, then its subcategories.
        order by c.slug = 'uncategorized', c.group_name, c.parent_id is not null, c.name`,
  );
  return rows.map(toVisibleCategory);
}

/** A default category or one of the user's own, or null (another user's category is as missing as none). */
export async function findVisibleCategory(
  db: Database,
  userId: string,
  categoryId: string,
): Promise<VisibleCategory | null> {
  const [row] = await queryRows<VisibleCategoryRow>(
    db,
    sql`select * from ${visibleCategoriesSql(userId)} as c where c.id = ${categoryId}::uuid limit 1`,
  );
  return row ? toVisibleCategory(row) : null;
}

/**
 * A category the user may file a transaction under: a default one or one of their own they have not hidden.
 * Hiding retires a category: what is filed under it stays there, and nothing new goes in (not by hand, and not
 * by the user's seller rules or history: server/categorize/assign.ts) until they show it again.
 */
export async function getUsableCategory(
  db: Database,
  userId: string,
  categoryId: string,
): Promise<VisibleCategory> {
  const category = await findVisibleCategory(db, userId, categoryId);
  if (!category) {
    throw new AppError("invalid_input", "That category does not exist.", {
      fields: { category_id: "is not a category" },
    });
  }
  if (category.hidden) {
    throw new AppError(
      "invalid_input",
      `${category.name} is hidden. Show it again in Settings to file transactions under it.`,
      { fields: { category_id: "is hidden" } },
    );
  }
  return category;
}

/** A category of the user's own, inside one of the default groups (so it inherits the group's kind). */
export async function createCategory(
  db: Database,
  userId: string,
  input: { name: string; parentId: string },
) {
  const parent = await getUsableCategory(db, userId, input.parentId);
  // Uncategorized is where rows without a category are counted, not a group: a category inside it would be
  // counted by no group total and no budget.
  if (parent.id === UNCATEGORIZED_CATEGORY_ID) {
    throw new AppError(
      "invalid_input",
      "Uncategorized cannot hold categories of its own; choose another group.",
      {
        fields: { parent_id: "must be a group" },
      },
    );
  }
  if (parent.parentId) {
    throw new AppError("invalid_input", "Choose a group, not a subcategory, as the parent.", {
      fields: { parent_id: "must be a group" },
    });
  }
  const slug = ownCategorySlug(parent.slug, input.name);
  const [created] = await db
    .insert(categories)
    .values({
      userId,
      slug,
      name: input.name,
      groupName: parent.groupName,
      parentId: parent.id,
      kind: parent.kind,
    })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new AppError("conflict", `You already have a category named “${input.name}” there.`);
  await invalidateUserReads(userId);
  return created;
}

/**
 * What keeps a user's category names apart within a group (the unique key with the user): the name as the user
 * sees it, in any alphabet, without differences of case or spacing. "Кафе" and "Театр" are two categories,
 * "Climbing" and "climbing" one.
 */
function ownCategorySlug(groupSlug: string, name: string): string {
  return `user.${groupSlug}.${name.normalize("NFKC").trim().toLowerCase().split(/\s+/).join("-")}`;
}

/**
 * Renames or hides one of the user's own categories; the default ones belong to everyone. A new name moves the
 * category's key with it, so the old name is free again and a name the group already has is refused.
 */
export async function updateCategory(
  db: Database,
  userId: string,
  categoryId: string,
  changes: { name?: string; hidden?: boolean },
) {
  const owned = and(eq(categories.id, categoryId), eq(categories.userId, userId));
  let slug: string | undefined;
  if (changes.name !== undefined) {
    const [current] = await db.select({ parentId: categories.parentId }).from(categories).where(owned);
    if (!current) throw notFound("That category of yours");
    const group = current.parentId ? await findVisibleCategory(db, userId, current.parentId) : null;
    if (group) slug = ownCategorySlug(group.slug, changes.name);
  }
  let updated: typeof categories.$inferSelect | undefined;
  try {
    [updated] = await db
      .update(categories)
      .set({ ...changes, ...(slug && { slug }) })
      .where(owned)
      .returning();
  } catch (error) {
    if (postgresErrorCode(error) === "23505")
      throw new AppError("conflict", `You already have a category named “${changes.name}” there.`);
    throw error;
  }
  if (!updated) throw notFound("That category of yours");
  // Category names appear in cached spending figures.
  await invalidateUserReads(userId);
  return updated;
}
