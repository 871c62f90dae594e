// Undoing a category change takes back everything the change taught Tally: a choice the user undid is not
// learned from afterwards (the user's history, the source that files new sellers "like your earlier choices").

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { sellerRules, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory } from "@/server/categorize/categories";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { snapshotForUndo, undoCategoryChange } from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions } from "../support/ledger";

let db: Database;
let sequence = 0;
const row = (description: string, postedOn = "2026-10-14"): ParsedTransaction => ({
  externalId: `undo-${++sequence}`,
  postedOn,
  amount: -1250,
  description,
});

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const hobbies = defaultCategoryId("shopping.hobbies");
const gifts = defaultCategoryId("gifts-donations.gift");

/** A user with a dollar card account, and the target an import into it names. */
async function userWithCard(label: string) {
  const { user } = await createTestUser(db, { label });
  const account = await createManualAccount(db, user.id, { name: "Card", type: "checking", currency: "USD" });
  return { user, target: { userId: user.id, accountId: account.id, currency: "USD", syncId: null } };
}

/** A user with three uncategorized purchases from one seller; `rows()` reads them back in date order. */
async function threePurchasesFromOneSeller(label: string) {
  const { user, target } = await userWithCard(label);
  await importTransactions(db, target, [
    row("PLINTH OSSARY", "2026-10-02"),
    row("PLINTH OSSARY", "2026-10-09"),
    row("PLINTH OSSARY", "2026-10-16"),
  ]);
  const rows = () =>
    db.select().from(transactions).where(eq(transactions.userId, user.id)).orderBy(transactions.postedOn);
  return { user, rows };
}

describe("undoing a category change", () => {
  it("forgets the choice it undid: new sellers are not filed like it", async () => {
    const { user, target } = await userWithCard("undo");
    const load = async (rows: ParsedTransaction[]) => {
      await importTransactions(db, target, rows);
      return db.select().from(transactions).where(eq(transactions.userId, user.id));
    };
    const lunches = await createCategory(db, user.id, {
      name: "Team lunches",
      parentId: defaultCategoryId("food-dining"),
    });
    // Two choices the user takes back at once (a slip of the mouse, then Undo).
    for (const stored of await load([row("QUARNEL NORTH"), row("QUARNEL AIRPORT")])) {
      const undo = await snapshotForUndo(db, user.id, stored.id, false, lunches.id);
      await recategorizeTransaction(db, user.id, stored.id, { categoryId: lunches.id });
      await undoCategoryChange(db, user.id, undo);
    }
    const after = await load([row("QUARNEL HARBOUR", "2026-10-20")]);
    expect(after.find((t) => t.description === "QUARNEL HARBOUR")).toMatchObject({
      categoryId: null,
      categorySource: null,
    });
  });

  it("after 'apply to all from this seller', puts back only what is still as the change left it", async () => {
    const { user, rows } = await threePurchasesFromOneSeller("undo-later");
    const [first, second, third] = await rows();

    const undo = await snapshotForUndo(db, user.id, first!.id, true, hobbies);
    await recategorizeTransaction(db, user.id, first!.id, { categoryId: hobbies, applyToSeller: true });
    // Then, before undoing, the user files the third one by hand elsewhere.
    await recategorizeTransaction(db, user.id, third!.id, { categoryId: gifts });

    expect(await undoCategoryChange(db, user.id, undo)).toBe(2);
    const state = Object.fromEntries(
      (await rows()).map((t) => [t.id, [t.categoryId, t.categorySource]] as const),
    );
    expect(state).toEqual({
      [first!.id]: [null, null],
      [second!.id]: [null, null],
      [third!.id]: [gifts, "user"],
    });
    // The seller rule the change made is gone with it.
    expect(await db.select().from(sellerRules).where(eq(sellerRules.userId, user.id))).toEqual([]);
  });

  it("keeps the seller rule, and the rows, of a later 'apply to all' to another category", async () => {
    const { user, rows } = await threePurchasesFromOneSeller("undo-rule");
    const [first, second] = await rows();

    const undo = await snapshotForUndo(db, user.id, first!.id, true, hobbies);
    await recategorizeTransaction(db, user.id, first!.id, { categoryId: hobbies, applyToSeller: true });
    // The user thinks again: all from the seller are gifts (the first keeps its hand-picked Hobbies).
    await recategorizeTransaction(db, user.id, second!.id, { categoryId: gifts, applyToSeller: true });

    // Undoing the first change takes back only its hand-picked row; the later rule and its rows stay.
    expect(await undoCategoryChange(db, user.id, undo)).toBe(1);
    expect((await rows()).map((t) => [t.categoryId, t.categorySource])).toEqual([
      [null, null],
      [gifts, "user"],
      [gifts, "rule"],
    ]);
    expect(
      (await db.select().from(sellerRules).where(eq(sellerRules.userId, user.id))).map((r) => r.categoryId),
    ).toEqual([gifts]);
  });

  it("files again the rows its rule filed after the change, as an import would without it", async () => {
    const { user, target } = await userWithCard("undo-imported-since");
    await importTransactions(db, target, [row("STARBUCKS STORE 01234 SEATTLE WA", "2026-10-03")]);
    const [first] = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(first!.categoryId).toBe(defaultCategoryId("food-dining.coffee-shops"));

    const undo = await snapshotForUndo(db, user.id, first!.id, true, hobbies);
    await recategorizeTransaction(db, user.id, first!.id, { categoryId: hobbies, applyToSeller: true });
    // Within the undo's minutes, a sync brings two more: the rule files them under Hobbies.
    await importTransactions(db, target, [
      row("STARBUCKS STORE 01234 SEATTLE WA", "2026-10-10"),
      row("STARBUCKS STORE 01234 SEATTLE WA", "2026-11-02"),
    ]);
    const rows = () =>
      db.select().from(transactions).where(eq(transactions.userId, user.id)).orderBy(transactions.postedOn);
    expect((await rows()).map((t) => t.categoryId)).toEqual([hobbies, hobbies, hobbies]);

    expect(await undoCategoryChange(db, user.id, undo)).toBe(3);
    expect((await rows()).map((t) => [t.categoryId, t.categorySource])).toEqual([
      [defaultCategoryId("food-dining.coffee-shops"), "dictionary"],
      [defaultCategoryId("food-dining.coffee-shops"), "dictionary"],
      [defaultCategoryId("food-dining.coffee-shops"), "dictionary"],
    ]);
    // October's and November's totals follow the rows back.
    await expectAggregateMatchesTransactions(db, user.id);
  });
});
