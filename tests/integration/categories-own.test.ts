// A user's own categories are told apart by their names as the user sees them now: names in any alphabet, and
// the name a renamed category used to have, are free for a new category; a rename to a name already taken in
// the group is refused like creating it would be.

import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { createCategory, listCategories, updateCategory } from "@/server/categorize/categories";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

let db: Database;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const ENTERTAINMENT = defaultCategoryId("entertainment");
const ownNames = async (userId: string) =>
  (await listCategories(db, userId)).filter((category) => category.userId === userId).map((c) => c.name);

describe("a user's own categories", () => {
  it("can have names in any alphabet side by side in one group", async () => {
    const { user } = await createTestUser(db, { label: "alphabets" });
    for (const name of ["Кафе", "Театр", "映画", "ゲーム", "Café", "C++", "C#"])
      await createCategory(db, user.id, { name, parentId: ENTERTAINMENT });
    expect((await ownNames(user.id)).sort()).toEqual(
      ["Кафе", "Театр", "映画", "ゲーム", "Café", "C++", "C#"].sort(),
    );
    await expect(createCategory(db, user.id, { name: "театр", parentId: ENTERTAINMENT })).rejects.toThrow(
      /already have a category named/,
    );
  });

  it("frees the old name on a rename, and refuses renaming to a name the group already has", async () => {
    const { user } = await createTestUser(db, { label: "rename" });
    const climbing = await createCategory(db, user.id, { name: "Climbing", parentId: ENTERTAINMENT });
    await updateCategory(db, user.id, climbing.id, { name: "Bouldering" });
    await createCategory(db, user.id, { name: "Climbing", parentId: ENTERTAINMENT });
    expect((await ownNames(user.id)).sort()).toEqual(["Bouldering", "Climbing"]);

    await expect(updateCategory(db, user.id, climbing.id, { name: "climbing" })).rejects.toThrow(
      /already have a category named/,
    );
    expect((await ownNames(user.id)).sort()).toEqual(["Bouldering", "Climbing"]);
  });

  it("cannot be made inside Uncategorized, whose spending no budget or group would count", async () => {
    const { user } = await createTestUser(db, { label: "uncategorized" });
    await expect(
      createCategory(db, user.id, { name: "Mystery", parentId: UNCATEGORIZED_CATEGORY_ID }),
    ).rejects.toThrow(/choose another group/);
    expect(await ownNames(user.id)).toEqual([]);
  });
});
