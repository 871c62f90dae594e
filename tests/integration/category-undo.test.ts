// Undoing a category change takes back everything the change taught Tally: a choice the user undid is not
// learned from afterwards (the user's history, the source that files new sellers "like your earlier choices").

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory } from "@/server/categorize/categories";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { snapshotForUndo, undoCategoryChange } from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

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

describe("undoing a category change", () => {
  it("forgets the choice it undid: new sellers are not filed like it", async () => {
    const { user } = await createTestUser(db, { label: "undo" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "checking",
      currency: "USD",
    });
    const target = { userId: user.id, accountId: account.id, currency: "USD", syncId: null };
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
      const undo = await snapshotForUndo(db, user.id, stored.id, false);
      await recategorizeTransaction(db, user.id, stored.id, { categoryId: lunches.id });
      await undoCategoryChange(db, user.id, undo);
    }
    const after = await load([row("QUARNEL HARBOUR", "2026-10-20")]);
    expect(after.find((t) => t.description === "QUARNEL HARBOUR")).toMatchObject({
      categoryId: null,
      categorySource: null,
    });
  });
});
