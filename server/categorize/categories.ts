import { invalidateUserReads } from "@/server/cache/user-reads";
import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type Category, categories } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";

/** The default taxonomy plus the user's own categories, in display order (groups, then their subcategories). */
export async function listCategories(
  db: Database,
  userId: string,
  options: { includeHidden?: boolean } = {},
) {
  return (
    db
      .select()
      .from(categories)
      .where(
        and(
          or(isNull(categories.userId), eq(categories.userId, userId)),
          options.includeHidden ? undefined : eq(categories.hidden, false),
        ),
      )
      // Groups in name order with "Uncategorized" last; in each group, the group itself, then its subcategories.
      .orderBy(
        sql`${categories.slug} = 'uncategorized'`,
        asc(categories.groupName),
        sql`${categories.parentId} is not null`,
        asc(categories.name),
      )
  );
}

/** A category the user may file a transaction under: a default one or one of their own. */
export async function getUsableCategory(db: Database, userId: string, categoryId: string): Promise<Category> {
  const [category] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.id, categoryId), or(isNull(categories.userId), eq(categories.userId, userId))))
    .limit(1);
  if (!category) {
    throw new AppError("invalid_input", "That category does not exist.", {
      fields: { category_id: "is not a category" },
    });
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
  if (parent.parentId) {
    throw new AppError("invalid_input", "Choose a group, not a subcategory, as the parent.", {
      fields: { parent_id: "must be a group" },
    });
  }
  const slug = `user.${parent.slug}.${input.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
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

/** Renames or hides one of the user's own categories; the default ones belong to everyone. */
export async function updateCategory(
  db: Database,
  userId: string,
  categoryId: string,
  changes: { name?: string; hidden?: boolean },
) {
  const [updated] = await db
    .update(categories)
    .set(changes)
    .where(and(eq(categories.id, categoryId), eq(categories.userId, userId)))
    .returning();
  if (!updated) throw notFound("That category of yours");
  // Category names appear in cached spending figures.
  await invalidateUserReads(userId);
  return updated;
}
