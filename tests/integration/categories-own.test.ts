// A user's own categories are told apart by their names as the user sees them now: names in any alphabet, and
// the name a renamed category used to have, are free for a new category; a rename to a name already taken in
// the group is refused like creating it would be.

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory, listCategories, updateCategory } from "@/server/categorize/categories";
import { importTransactions } from "@/server/sync/import-transactions";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
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

  it("once hidden, files no new transaction: not by the seller rule, nor the user's history, nor by hand", async () => {
    const { user } = await createTestUser(db, { label: "hidden" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "checking",
      currency: "USD",
    });
    let day = 0;
    const buy = async (description: string) => {
      const postedOn = `2026-10-${String(++day).padStart(2, "0")}`;
      await importTransactions(
        db,
        { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
        [{ externalId: `hidden-${day}`, postedOn, amount: -2_000, description }],
      );
      const [row] = await db
        .select()
        .from(transactions)
        .where(and(eq(transactions.accountId, account.id), eq(transactions.postedOn, postedOn)));
      return row!;
    };
    const gym = await createCategory(db, user.id, { name: "Climbing gym", parentId: ENTERTAINMENT });
    const first = await buy("PLINTH OSSARY");
    await recategorizeTransaction(db, user.id, first.id, { categoryId: gym.id, applyToSeller: true });
    expect(await buy("PLINTH OSSARY")).toMatchObject({ categoryId: gym.id, categorySource: "rule" });

    await updateCategory(db, user.id, gym.id, { hidden: true });
    // Neither the rule nor the history that learned "Plinth" goes to the gym files the next one there.
    expect(await buy("PLINTH OSSARY")).toMatchObject({ categoryId: null, categorySource: null });
    expect(await buy("PLINTH OSSARY ANNEX")).toMatchObject({ categoryId: null, categorySource: null });
    await expect(recategorizeTransaction(db, user.id, first.id, { categoryId: gym.id })).rejects.toThrow(
      /Climbing gym is hidden/,
    );
    // What it filed before keeps it.
    const [kept] = await db.select().from(transactions).where(eq(transactions.id, first.id));
    expect(kept).toMatchObject({ categoryId: gym.id, categorySource: "user" });

    // Shown again, it files as before.
    await updateCategory(db, user.id, gym.id, { hidden: false });
    expect(await buy("PLINTH OSSARY")).toMatchObject({ categoryId: gym.id, categorySource: "rule" });
  });
});
