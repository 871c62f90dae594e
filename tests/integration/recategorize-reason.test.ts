// After the user files a transaction (and, with "apply to all", the seller's others), what each row says about
// who chose its category is true: the user's own choice carries no automatic reason, and the seller's other
// rows say the user's rule chose theirs, not the dictionary's guess they were filed under before.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { importTransactions } from "@/server/sync/import-transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { chooseCategory } from "../support/categorize";
import { useTestDatabase } from "../support/db";

let db: Database;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const RESTAURANTS = defaultCategoryId("food-dining.restaurants");

type Listed = { id: string; category_source: string | null; category_reason: string | null };

describe("the reason shown with a category", () => {
  it("follows the user's choice and their rule for the seller", async () => {
    const { user, token } = await createTestUser(db, { label: "reason" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      { externalId: "r-1", postedOn: "2026-10-14", amount: -450, description: "SQ *BLUE BOTTLE COFFEE" },
      { externalId: "r-2", postedOn: "2026-10-15", amount: -525, description: "SQ *BLUE BOTTLE COFFEE" },
    ]);
    const list = async () =>
      (await call(listTransactionsRoute, { token, path: "/api/v1/transactions?sort=oldest" })).body
        .data as Listed[];
    const [first, second] = await list();
    // Filed automatically, with the reason in words.
    expect(first).toMatchObject({ category_source: "dictionary", category_reason: expect.any(String) });

    await chooseCategory(token, first!.id, RESTAURANTS, true);
    const after = await list();
    expect(after.find((row) => row.id === first!.id)).toMatchObject({
      category_source: "user",
      category_reason: null,
    });
    expect(after.find((row) => row.id === second!.id)).toMatchObject({
      category_source: "rule",
      category_reason: "Your rule for this seller",
    });
  });
});
