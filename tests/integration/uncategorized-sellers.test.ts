// The page that files a seller's uncategorized transactions in one step reads them grouped by seller: the sellers
// with the most waiting transactions first, their totals per currency (never added across currencies), the latest
// text to recognise them by, and only the signed-in user's rows. Filing one through the transaction it names moves
// all of the seller's rows and takes the seller off the list.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as uncategorizedSellersRoute } from "@/app/api/v1/transactions/uncategorized-sellers/route";
import type { Database } from "@/db";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { importTransactions } from "@/server/sync/import-transactions";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import {
  countUncategorizedSellers,
  listUncategorizedSellers,
} from "@/server/transactions/uncategorized-sellers";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { chooseCategory } from "../support/categorize";
import { useTestDatabase } from "../support/db";

let db: Database;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const GROCERIES = defaultCategoryId("food-dining.groceries");

/** A user with a dollar and a euro account, holding made-up sellers no list knows and one it does. */
async function userWithUnknownSellers(label: string) {
  const { user, token } = await createTestUser(db, { label });
  const dollars = await createManualAccount(db, user.id, {
    name: "Checking",
    type: "checking",
    currency: "USD",
  });
  const euros = await createManualAccount(db, user.id, {
    name: "Euro card",
    type: "credit_card",
    currency: "EUR",
  });
  await importTransactions(db, { userId: user.id, accountId: dollars.id, currency: "USD", syncId: null }, [
    { externalId: "u-1", postedOn: "2026-10-02", amount: -1250, description: "QUORVANT 4471" },
    { externalId: "u-2", postedOn: "2026-10-20", amount: -399, description: "QUORVANT 8812" },
    { externalId: "u-3", postedOn: "2026-10-05", amount: -500, description: "BRISKELL 22" },
    { externalId: "u-4", postedOn: "2026-10-07", amount: -5000, description: "CHECK 1042" },
    { externalId: "u-5", postedOn: "2026-10-08", amount: -450, description: "SQ *BLUE BOTTLE COFFEE" },
    { externalId: "u-6", postedOn: "2026-10-09", amount: 250, description: "BRISKELL 22" },
  ]);
  await importTransactions(db, { userId: user.id, accountId: euros.id, currency: "EUR", syncId: null }, [
    { externalId: "e-1", postedOn: "2026-10-11", amount: -1000, description: "QUORVANT 4471" },
    { externalId: "e-2", postedOn: "2026-10-12", amount: -700, description: "MORVANDI 9" },
  ]);
  return { ...user, token };
}

describe("sellers that need a category", () => {
  it("are grouped by seller, most transactions first, with totals per currency and the latest text", async () => {
    const user = await userWithUnknownSellers("waiting");
    const waiting = await listUncategorizedSellers(db, user.id);

    expect(waiting.sellers.map((seller) => [seller.merchant, seller.count])).toEqual([
      ["Quorvant", 3],
      ["Briskell", 2],
      ["Morvandi", 1],
    ]);
    const [quorvant, briskell] = waiting.sellers;
    // Dollars and euros stay apart; money in nets against money out within a currency.
    expect(quorvant!.totals).toEqual([
      { currency: "EUR", amount: -1000 },
      { currency: "USD", amount: -1649 },
    ]);
    expect(briskell!.totals).toEqual([{ currency: "USD", amount: -250 }]);
    expect(quorvant!.sampleDescription).toBe("QUORVANT 8812");
    expect(quorvant!.lastPostedOn).toBe("2026-10-20");
    // The check names no seller: counted apart, never grouped as one seller. The coffee shop is filed already.
    expect(waiting).toMatchObject({ sellerCount: 3, transactionCount: 6, withoutSellerCount: 1 });
    expect(await countUncategorizedSellers(db, user.id)).toBe(3);

    const shortList = await listUncategorizedSellers(db, user.id, { limit: 1 });
    expect(shortList.sellers.map((seller) => seller.merchant)).toEqual(["Quorvant"]);
    expect(shortList.sellerCount).toBe(3);
  });

  it("leave the list once filed, with every transaction of the seller, in both currencies", async () => {
    const user = await userWithUnknownSellers("filed");
    const [quorvant] = (await listUncategorizedSellers(db, user.id)).sellers;

    const result = await recategorizeTransaction(db, user.id, quorvant!.transactionId, {
      categoryId: GROCERIES,
      applyToSeller: true,
    });
    expect(result.changed).toBe(3);

    const after = await listUncategorizedSellers(db, user.id);
    expect(after.sellers.map((seller) => seller.merchant)).toEqual(["Briskell", "Morvandi"]);
    expect(after).toMatchObject({ sellerCount: 2, transactionCount: 3 });
    // The count the Transactions page shows is read again after the change, not served from before it.
    expect(await countUncategorizedSellers(db, user.id)).toBe(2);
  });

  it("leave out a transaction the user filed under Uncategorized themselves", async () => {
    const user = await userWithUnknownSellers("own-choice");
    const morvandi = (await listUncategorizedSellers(db, user.id)).sellers.find(
      (seller) => seller.merchant === "Morvandi",
    );
    await recategorizeTransaction(db, user.id, morvandi!.transactionId, {
      categoryId: UNCATEGORIZED_CATEGORY_ID,
    });

    const after = await listUncategorizedSellers(db, user.id);
    expect(after.sellers.map((seller) => seller.merchant)).toEqual(["Quorvant", "Briskell"]);
  });

  it("are only the signed-in user's", async () => {
    const owner = await userWithUnknownSellers("owner");
    const { user: other } = await createTestUser(db, { label: "other" });
    expect(await listUncategorizedSellers(db, other.id)).toEqual({
      sellers: [],
      sellerCount: 0,
      transactionCount: 0,
      withoutSellerCount: 0,
    });
    const [quorvant] = (await listUncategorizedSellers(db, owner.id)).sellers;
    // Another user filing through the owner's transaction id finds nothing there.
    await expect(
      recategorizeTransaction(db, other.id, quorvant!.transactionId, {
        categoryId: GROCERIES,
        applyToSeller: true,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await listUncategorizedSellers(db, owner.id)).sellerCount).toBe(3);
  });
});

describe("GET /api/v1/transactions/uncategorized-sellers", () => {
  it("answers with the signed-in user's sellers, amounts as decimals per currency, and files one through PATCH", async () => {
    const user = await userWithUnknownSellers("rest");
    const { token: otherToken } = await createTestUser(db, { label: "rest-other" });
    const path = "/api/v1/transactions/uncategorized-sellers?limit=2";
    const answer = await call(uncategorizedSellersRoute, { token: user.token, path });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ seller_count: 3, transaction_count: 6, without_seller_count: 1 });
    const [quorvant] = answer.body.sellers;
    expect(answer.body.sellers).toHaveLength(2);
    expect(quorvant).toMatchObject({
      merchant: "Quorvant",
      count: 3,
      sample_description: "QUORVANT 8812",
      last_posted_on: "2026-10-20",
      totals: [
        { currency: "EUR", amount: "-10.00" },
        { currency: "USD", amount: "-16.49" },
      ],
    });

    // Another user sees none of it, and cannot file through its transaction.
    const other = await call(uncategorizedSellersRoute, { token: otherToken, path });
    expect(other.body).toMatchObject({ sellers: [], seller_count: 0 });

    await chooseCategory(user.token, quorvant.transaction_id, GROCERIES, true);
    const after = await call(uncategorizedSellersRoute, { token: user.token, path });
    expect(after.body.sellers.map((seller: { merchant: string }) => seller.merchant)).toEqual([
      "Briskell",
      "Morvandi",
    ]);
  });

  it("refuses a limit it cannot use, saying which field", async () => {
    const { token } = await createTestUser(db, { label: "rest-limit" });
    const answer = await call(uncategorizedSellersRoute, {
      token,
      path: "/api/v1/transactions/uncategorized-sellers?limit=0",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields).toHaveProperty("limit");
  });

  it("needs a signed-in user", async () => {
    const answer = await call(uncategorizedSellersRoute, {
      path: "/api/v1/transactions/uncategorized-sellers",
    });
    expect(answer.status).toBe(401);
  });
});
