import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { categoryChoices, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory } from "@/server/categorize/categories";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { chooseCategory } from "../support/categorize";
import { useTestDatabase } from "../support/db";

// The sources that need the database: the bank's category carried by a file, the user's history, the reason
// stored with each automatic category, and rows that name no seller.

let db: Database;
let sequence = 0;
const row = (description: string, extra: Partial<ParsedTransaction> = {}): ParsedTransaction => ({
  externalId: `s-${++sequence}`,
  postedOn: "2026-10-14",
  amount: -1250,
  description,
  ...extra,
});

async function account(currency = "USD") {
  const { user, token } = await createTestUser(db, { label: "src" });
  const created = await createManualAccount(db, user.id, { name: "Checking", type: "checking", currency });
  const target = { userId: user.id, accountId: created.id, currency, syncId: null };
  const load = async (rows: ParsedTransaction[]) => {
    await importTransactions(db, target, rows);
    return db.select().from(transactions).where(eq(transactions.userId, user.id));
  };
  return { user, token, load };
}

describe("categorization sources on import", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  it("uses the bank's own category when nothing more specific knows the seller, and says so", async () => {
    const { load, token } = await account();
    const stored = await load([
      row("KOVARIN TELMO", { bankCategory: "Food & Drink" }),
      row("STARBUCKS STORE 05432", { bankCategory: "Groceries" }),
      row("QUELDRAN OSTIVE", { bankCategory: "5541" }),
    ]);
    const by = (text: string) => stored.find((t) => t.description === text)!;
    expect(by("KOVARIN TELMO")).toMatchObject({
      categoryId: defaultCategoryId("food-dining.restaurants"),
      categorySource: "bank_category",
      categoryReason: "Your bank says Food & Drink",
    });
    // A known seller outranks the bank's label.
    expect(by("STARBUCKS STORE 05432")).toMatchObject({
      categoryId: defaultCategoryId("food-dining.coffee-shops"),
      categorySource: "dictionary",
      categoryReason: "Known seller",
    });
    expect(by("QUELDRAN OSTIVE")).toMatchObject({ categoryId: defaultCategoryId("auto-transport.gas-fuel") });

    const listed = await call(listTransactionsRoute, { token, path: "/api/v1/transactions" });
    const telmo = listed.body.data.find((t: { seller: string }) => t.seller === "KOVARIN TELMO");
    expect(telmo).toMatchObject({
      category_source: "bank_category",
      category_reason: "Your bank says Food & Drink",
    });
  });

  it("learns from the user's own choices, privately, for new sellers only", async () => {
    const me = await account();
    const stranger = await account();
    const lunches = await createCategory(db, me.user.id, {
      name: "Team lunches",
      parentId: defaultCategoryId("food-dining"),
    });
    const first = await me.load([row("ZORBEL NORTH"), row("ZORBEL AIRPORT"), row("ZORBEL CENTRAL")]);
    const central = first.find((t) => t.description === "ZORBEL CENTRAL")!;
    for (const t of first.filter((t) => t.description !== "ZORBEL CENTRAL"))
      await chooseCategory(me.token, t.id, lunches.id);
    expect(
      await db.select().from(categoryChoices).where(eq(categoryChoices.userId, me.user.id)),
    ).toHaveLength(2);

    const after = await me.load([row("ZORBEL HARBOUR", { postedOn: "2026-10-20" })]);
    expect(after.find((t) => t.description === "ZORBEL HARBOUR")).toMatchObject({
      categoryId: lunches.id,
      categorySource: "history",
      categoryReason: "Like your earlier choices",
    });
    // The row that was already stored keeps its category (none): nothing changes on its own.
    expect(after.find((t) => t.id === central.id)).toMatchObject({ categoryId: null, categorySource: null });
    // Another user's history is not mine.
    const theirs = await stranger.load([row("ZORBEL HARBOUR")]);
    expect(theirs[0]).toMatchObject({ categoryId: null });
  });

  it("a check shows its number and offers no 'apply to all': checks are not one seller", async () => {
    const { load, token } = await account();
    const stored = await load([
      row("CHECK 1042", { checkNumber: "1042" }),
      row("CHECK 1043", { checkNumber: "1043" }),
      row("1044", { checkNumber: "1044" }),
    ]);
    expect(stored.map((t) => t.merchant).sort()).toEqual(["Check 1042", "Check 1043", "Check 1044"]);
    expect(stored.every((t) => t.sellerKey === "")).toBe(true);

    const listed = await call(listTransactionsRoute, { token, path: "/api/v1/transactions" });
    expect(listed.body.data.every((t: { has_seller: boolean }) => t.has_seller === false)).toBe(true);

    const rent = defaultCategoryId("home.mortgage-rent");
    const changed = await chooseCategory(token, stored[0]!.id, rent, true);
    expect(changed.category.id).toBe(rent);
    const rows = await db
      .select()
      .from(transactions)
      .where(and(eq(transactions.userId, stored[0]!.userId), eq(transactions.categoryId, rent)));
    expect(rows).toHaveLength(1);
  });

  it("names a UK brand on a UK account's statement", async () => {
    const uk = await account("GBP");
    const stored = await uk.load([row("CARD PAYMENT TO TESCO STORES 3217 ON 12 OCT")]);
    expect(stored[0]).toMatchObject({
      merchant: "Tesco",
      categoryId: defaultCategoryId("food-dining.groceries"),
      categoryReason: "Known brand (OpenStreetMap)",
    });
  });
});
