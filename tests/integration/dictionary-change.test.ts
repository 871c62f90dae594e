import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db";
import { transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import type { SellerDictionary } from "@/server/categorize/dictionary";
import { importTransactions } from "@/server/sync/import-transactions";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

// The shipped dictionary, swappable mid-test for an updated one, as a new release of Tally would bring.
const dictionary = vi.hoisted(() => ({ override: null as SellerDictionary | null }));
vi.mock("@/server/categorize/default-dictionary", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/categorize/default-dictionary")>();
  return {
    ...actual,
    defaultSellerDictionary: () => dictionary.override ?? actual.defaultSellerDictionary(),
  };
});

let db: Database;

describe("a dictionary update", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  it("applies to new transactions only: a sync after it leaves existing categories as they were", async () => {
    const { user } = await createTestUser(db);
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    const target = { userId: user.id, accountId: account.id, currency: "USD", syncId: null };
    const first = {
      externalId: "a1",
      postedOn: "2026-10-01",
      amount: -500,
      description: "SQ *BLUE BOTTLE COFFEE",
    };
    await importTransactions(db, target, [first]);

    const { BUILT_IN_SELLERS, NSI_SELLERS } = await import("@/server/categorize/default-dictionary");
    const { loadSellerDictionary } = await import("@/server/categorize/dictionary");
    dictionary.override = loadSellerDictionary(
      BUILT_IN_SELLERS.map((seller) =>
        seller.name === "Blue Bottle Coffee" ? { ...seller, category: "food-dining.restaurants" } : seller,
      ),
      { nsi: NSI_SELLERS },
    );
    try {
      const later = {
        externalId: "a2",
        postedOn: "2026-10-02",
        amount: -650,
        description: "SQ *BLUE BOTTLE COFFEE",
      };
      await importTransactions(db, target, [first, later]);
    } finally {
      dictionary.override = null;
    }

    const rows = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    const byExternal = new Map(rows.map((row) => [row.externalId, row]));
    expect(byExternal.get("fitid:a1")).toMatchObject({
      categoryId: defaultCategoryId("food-dining.coffee-shops"),
      categorySource: "dictionary",
    });
    expect(byExternal.get("fitid:a2")).toMatchObject({
      categoryId: defaultCategoryId("food-dining.restaurants"),
      categorySource: "dictionary",
    });
  });
});
