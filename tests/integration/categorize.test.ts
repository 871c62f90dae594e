import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCategoriesRoute } from "@/app/api/v1/categories/route";
import { GET as spendingRoute } from "@/app/api/v1/spending/route";
import { PATCH as patchTransactionRoute } from "@/app/api/v1/transactions/[id]/route";
import { GET as listTransactionsRoute } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { accounts, crowdTop, crowdVotes, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory, updateCategory } from "@/server/categorize/categories";
import { BETWEEN_PEOPLE_REASON } from "@/server/categorize/engine";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { chooseCategory } from "../support/categorize";
import { useTestDatabase } from "../support/db";

let db: Database;
let runner: EmbeddedRunner;

const COFFEE = defaultCategoryId("food-dining.coffee-shops");
const RESTAURANTS = defaultCategoryId("food-dining.restaurants");
const ELECTRONICS = defaultCategoryId("shopping.electronics-software");
const HOBBIES = defaultCategoryId("shopping.hobbies");

let sequence = 0;
const row = (description: string, amount = -1250, postedOn = "2026-10-14"): ParsedTransaction => ({
  externalId: `t-${++sequence}`,
  postedOn,
  amount,
  description,
});

/** A user with a manual account holding these transactions; returns the stored rows by description. */
async function userWith(descriptions: Array<string | ParsedTransaction>) {
  const { user, token } = await createTestUser(db, { label: "cat" });
  const account = await createManualAccount(db, user.id, {
    name: "Card",
    type: "credit_card",
    currency: "USD",
  });
  const parsed = descriptions.map((entry) => (typeof entry === "string" ? row(entry) : entry));
  await importTransactions(
    db,
    { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
    parsed,
  );
  const stored = await db.select().from(transactions).where(eq(transactions.userId, user.id));
  return { user, token, account, stored };
}

/** A user whose transactions came from a bank sync: an account filled by a connection (the Demo Bank's). */
async function syncedUserWith(descriptions: Array<string | ParsedTransaction>) {
  const { user, token } = await createTestUser(db, { label: "synced" });
  const connection = await createDemoConnection(db, user.id);
  const [account] = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id)).limit(1);
  const parsed = descriptions.map((entry) => (typeof entry === "string" ? row(entry) : entry));
  await importTransactions(
    db,
    { userId: user.id, accountId: account!.id, currency: "USD", syncId: null },
    parsed,
  );
  const stored = await db.select().from(transactions).where(eq(transactions.userId, user.id));
  return { user, token, account: account!, stored };
}

describe("categorizing transactions by seller", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
  });

  it("files known sellers from the dictionary and leaves unknown ones uncategorized", async () => {
    const { stored } = await userWith(["SQ *BLUE BOTTLE COFFEE", "KOVARIN TELMO #1234"]);
    const coffee = stored.find((t) => t.description.includes("BLUE BOTTLE"))!;
    expect(coffee.categoryId).toBe(COFFEE);
    expect(coffee.categorySource).toBe("dictionary");
    expect(coffee.merchant).toBe("Blue Bottle Coffee");
    const unknown = stored.find((t) => t.description.includes("KOVARIN"))!;
    expect(unknown.categoryId).toBeNull();
    expect(unknown.categorySource).toBeNull();
  });

  it("leaves a payment between people uncategorized, saying why, and the holder's own transfer a transfer", async () => {
    const { token, stored } = await userWith([
      row("ZELLE TO KELDORA ZORVEX", -4_000),
      row("ONLINE TRANSFER TO SAV XXXXXX4821", -25_000),
    ]);
    const zelle = stored.find((t) => t.description.startsWith("ZELLE"))!;
    expect(zelle).toMatchObject({
      categoryId: null,
      categorySource: null,
      categoryReason: BETWEEN_PEOPLE_REASON,
    });
    expect(stored.find((t) => t.description.startsWith("ONLINE"))!.categoryId).toBe(
      defaultCategoryId("transfer.transfer"),
    );
    const listed = await call(listTransactionsRoute, { token, path: "/api/v1/transactions" });
    expect(listed.status).toBe(200);
    expect(listed.body.data.find((t: { id: string }) => t.id === zelle.id)).toMatchObject({
      category: null,
      category_source: null,
      category_reason: BETWEEN_PEOPLE_REASON,
    });
    // The user says what it paid; the reason goes with the row's old category.
    const chosen = await chooseCategory(token, zelle.id, RESTAURANTS);
    expect(chosen).toMatchObject({ category_source: "user", category_reason: null });
  });

  it("lists the default categories with their kinds", async () => {
    const { token } = await createTestUser(db);
    const response = await call(listCategoriesRoute, { token });
    const byName = new Map(response.body.data.map((c: { name: string }) => [c.name, c]));
    expect(byName.get("Groceries")).toMatchObject({ group: "Food & Dining", kind: "expense" });
    expect(byName.get("Credit Card Payment")).toMatchObject({ kind: "transfer" });
    expect(byName.get("Paycheck")).toMatchObject({ kind: "income" });
  });

  it("changes one transaction, or with apply_to_seller all from the seller and future ones", async () => {
    const { token, user, account, stored } = await userWith([
      "STARBUCKS STORE 05432",
      "STARBUCKS STORE 05432",
      "STARBUCKS STORE 01234",
      "SQ *BLUE BOTTLE COFFEE",
    ]);
    const [first, second] = stored.filter((t) => t.description.startsWith("STARBUCKS"));
    const single = await chooseCategory(token, first!.id, RESTAURANTS);
    expect(single.category).toEqual({ id: RESTAURANTS, name: "Restaurants" });
    expect(single.category_source).toBe("user");
    let rows = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(rows.filter((t) => t.categoryId === RESTAURANTS)).toHaveLength(1);

    await chooseCategory(token, second!.id, RESTAURANTS, true);
    rows = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    const starbucks = rows.filter((t) => t.description.startsWith("STARBUCKS"));
    expect(starbucks.every((t) => t.categoryId === RESTAURANTS)).toBe(true);
    expect(rows.find((t) => t.description.includes("BLUE BOTTLE"))!.categoryId).toBe(COFFEE);

    // Future transactions from the seller follow the user's rule, ahead of the dictionary.
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      row("STARBUCKS STORE 09999", -500, "2026-10-20"),
    ]);
    const [future] = await db
      .select()
      .from(transactions)
      .where(and(eq(transactions.userId, user.id), eq(transactions.description, "STARBUCKS STORE 09999")));
    expect(future).toMatchObject({ categoryId: RESTAURANTS, categorySource: "rule" });
  });

  it("uses the crowd's choice only once enough verified voters agree, and never shows it before", async () => {
    const seller = "ZORBLAX QUENTIN";
    const vote = async (categoryId: string) => {
      const { token, stored } = await syncedUserWith([seller]);
      await chooseCategory(token, stored[0]!.id, categoryId);
    };
    const newcomer = async () => (await userWith([seller])).stored[0]!;

    for (let i = 0; i < 5; i++) await vote(ELECTRONICS);
    // Five of five is not yet sure (Wilson lower bound 0.57 < 0.6): nothing about the others' choice shows.
    expect(await newcomer()).toMatchObject({ categoryId: null, categorySource: null, categoryReason: null });

    await vote(ELECTRONICS);
    expect(await newcomer()).toMatchObject({
      categoryId: ELECTRONICS,
      categorySource: "crowd",
      categoryReason: "What most people chose for this seller",
    });
  });

  it("ignores a split vote, and one user voting again still counts once", async () => {
    const seller = "QUIBBLE AND SONS";
    for (const categoryId of [
      ELECTRONICS,
      ELECTRONICS,
      ELECTRONICS,
      ELECTRONICS,
      ELECTRONICS,
      HOBBIES,
      HOBBIES,
    ]) {
      const { token, stored } = await syncedUserWith([seller]);
      await chooseCategory(token, stored[0]!.id, categoryId);
    }
    expect((await userWith([seller])).stored[0]!.categoryId).toBeNull();

    // One determined user changing their mind over and over is still one vote.
    const persistent = await syncedUserWith([seller, row(seller, -300, "2026-10-15")]);
    for (let i = 0; i < 5; i++)
      await chooseCategory(persistent.token, persistent.stored[i % 2]!.id, ELECTRONICS);
    expect((await userWith([seller])).stored[0]!.categoryId).toBeNull();
  });

  it("cannot be steered by fresh accounts: votes count only from users whose bank sync brought the seller", async () => {
    const seller = "GLIMMERWICK TORVAL";
    // Twelve freshly registered accounts, each with the seller in a hand-made account (a file or manual entry
    // anyone can write), all vote the same way.
    for (let i = 0; i < 12; i++) {
      const { token, stored } = await userWith([seller]);
      await chooseCategory(token, stored[0]!.id, HOBBIES);
    }
    expect((await userWith([seller])).stored[0]!).toMatchObject({ categoryId: null, categorySource: null });
    const [top] = await db.select().from(crowdTop).where(eq(crowdTop.sellerKey, "glimmerwick torval"));
    expect(top).toMatchObject({ categoryId: null, votes: 0 });

    // Accounts whose own bank sync brought the seller do count.
    for (let i = 0; i < 6; i++) {
      const { token, stored } = await syncedUserWith([seller]);
      await chooseCategory(token, stored[0]!.id, ELECTRONICS);
    }
    expect((await userWith([seller])).stored[0]!).toMatchObject({
      categoryId: ELECTRONICS,
      categorySource: "crowd",
    });
  });

  it("never re-categorizes on its own: re-syncing after the rules and the crowd change keeps every category", async () => {
    const { user, token, account, stored } = await userWith(["SQ *BLUE BOTTLE COFFEE", "PLINTH OSSARY"]);
    const coffee = stored.find((t) => t.description.includes("BLUE BOTTLE"))!;
    const unknown = stored.find((t) => t.description.includes("PLINTH"))!;
    await chooseCategory(token, coffee.id, RESTAURANTS);
    // The crowd now agrees on the unknown seller…
    for (let i = 0; i < 3; i++) {
      const other = await userWith(["PLINTH OSSARY"]);
      await chooseCategory(other.token, other.stored[0]!.id, HOBBIES);
    }
    // …and the same statement arrives again, plus a pending row that now posts.
    await importTransactions(
      db,
      { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
      stored.map((t) => ({
        externalId: t.externalId.replace(/^fitid:/, ""),
        postedOn: t.postedOn,
        amount: -1250,
        description: t.description,
      })),
    );
    const after = await db.select().from(transactions).where(eq(transactions.userId, user.id));
    expect(after).toHaveLength(2);
    expect(after.find((t) => t.id === coffee.id)).toMatchObject({
      categoryId: RESTAURANTS,
      categorySource: "user",
    });
    expect(after.find((t) => t.id === unknown.id)).toMatchObject({ categoryId: null, categorySource: null });
  });

  it("moves the month's spending to the new category", async () => {
    const { token, stored } = await userWith([row("SQ *BLUE BOTTLE COFFEE", -4200, "2026-09-03")]);
    const before = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-09" });
    expect(before.body.categories).toEqual([
      expect.objectContaining({ category_id: COFFEE, amount: "42.00", count: 1 }),
    ]);
    await chooseCategory(token, stored[0]!.id, RESTAURANTS);
    await runner.drain();
    const after = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-09" });
    expect(after.body.total_spent).toBe("42.00");
    expect(after.body.categories).toEqual([
      expect.objectContaining({ category_id: RESTAURANTS, name: "Restaurants", amount: "42.00" }),
    ]);
  });

  it("lets users add, rename and hide their own categories, which never become crowd votes", async () => {
    const { user, token, stored } = await userWith(["BOULDER BARN CLIMBING"]);
    const climbing = await createCategory(db, user.id, {
      name: "Climbing",
      parentId: defaultCategoryId("entertainment"),
    });
    expect(climbing).toMatchObject({ kind: "expense", groupName: "Entertainment" });
    await expect(
      createCategory(db, user.id, { name: "Climbing", parentId: defaultCategoryId("entertainment") }),
    ).rejects.toThrow(/already have/);

    const listed = (await call(listCategoriesRoute, { token })).body.data;
    expect(listed).toContainEqual(
      expect.objectContaining({ id: climbing.id, name: "Climbing", custom: true }),
    );
    const { token: stranger, user: strangerUser } = await createTestUser(db);
    const theirs = (await call(listCategoriesRoute, { token: stranger })).body.data;
    expect(theirs.map((c: { id: string }) => c.id)).not.toContain(climbing.id);
    await expect(updateCategory(db, strangerUser.id, climbing.id, { name: "Mine now" })).rejects.toThrow(
      /not found/,
    );

    const renamed = await chooseCategory(token, stored[0]!.id, climbing.id);
    expect(renamed.category).toEqual({ id: climbing.id, name: "Climbing" });
    // The user's own category shows in their spending and transactions like a default one, inside its group.
    await runner.drain();
    const spending = await call(spendingRoute, { token, path: "/api/v1/spending?month=2026-10" });
    expect(spending.body.categories).toEqual([
      expect.objectContaining({ category_id: climbing.id, name: "Climbing", amount: "12.50", count: 1 }),
    ]);
    const inGroup = await call(listTransactionsRoute, {
      token,
      path: `/api/v1/transactions?category_id=${defaultCategoryId("entertainment")}`,
    });
    expect(inGroup.body.data).toEqual([
      expect.objectContaining({ id: stored[0]!.id, category: { id: climbing.id, name: "Climbing" } }),
    ]);
    // Nobody else can file under it.
    const other = await userWith(["BOULDER BARN CLIMBING"]);
    const refused = await call(patchTransactionRoute, {
      method: "PATCH",
      token: other.token,
      params: { id: other.stored[0]!.id },
      body: { category_id: climbing.id },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("That category does not exist.");
    await updateCategory(db, user.id, climbing.id, { name: "Bouldering", hidden: true });
    const afterHide = (await call(listCategoriesRoute, { token })).body.data;
    expect(afterHide.map((c: { id: string }) => c.id)).not.toContain(climbing.id);

    const votes = await db.select().from(crowdVotes).where(eq(crowdVotes.userId, user.id));
    expect(votes).toEqual([]);
  });

  it("refuses another user's transaction with 404 and an unknown category with 400", async () => {
    const { stored } = await userWith(["SQ *BLUE BOTTLE COFFEE"]);
    const { token: stranger } = await createTestUser(db);
    const response = await call(patchTransactionRoute, {
      method: "PATCH",
      token: stranger,
      params: { id: stored[0]!.id },
      body: { category_id: RESTAURANTS },
    });
    expect(response.status).toBe(404);
    const { token } = await userWith([]);
    const bad = await call(patchTransactionRoute, {
      method: "PATCH",
      token,
      params: { id: stored[0]!.id },
      body: { category_id: "not-a-uuid" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("category_id");
  });
});
