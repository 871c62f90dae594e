// A release that reads bank text into different seller keys must not orphan what users told Tally: their rules,
// private choices and crowd votes follow their sample text to the new key (server/categorize/rekey.ts), through
// the hourly check and the batch chain (inngest/functions/rekey-sellers*.ts). A "release" here is a new seller
// dictionary (a new alias gives the text a canonical key) with a raised SELLER_KEY_VERSION; the real normalizer
// and data are untouched.

import { and, eq, inArray, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db";
import { type DatabaseHandle, queryRows } from "@/db/client";
import { accounts, categoryChoices, crowdTop, crowdVotes, sellerRules, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { embeddedFunctions } from "@/inngest/index";
import type { SellerDictionary } from "@/server/categorize/dictionary";
import { rekeyStaleSellerRows } from "@/server/categorize/rekey";
import { refreshCrowdTops } from "@/server/categorize/votes";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import {
  previewSellerChange,
  snapshotForUndo,
  undoCategoryChange,
} from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { testRunner } from "../support/jobs";

const release = vi.hoisted(() => ({ version: 1, dictionary: null as SellerDictionary | null }));
vi.mock("@/server/categorize/default-dictionary", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/categorize/default-dictionary")>();
  return { ...actual, defaultSellerDictionary: () => release.dictionary ?? actual.defaultSellerDictionary() };
});
vi.mock("@/server/categorize/normalize", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/categorize/normalize")>();
  return {
    ...actual,
    get SELLER_KEY_VERSION() {
      return release.version;
    },
  };
});

/** Release 2 knows the (invented) chain "Larkspur Outfitters", whose card text reads "LRKSPR OUTFIT …". */
async function shipRelease2() {
  const { BUILT_IN_SELLERS, NSI_SELLERS } = await import("@/server/categorize/default-dictionary");
  const { loadSellerDictionary } = await import("@/server/categorize/dictionary");
  release.dictionary = loadSellerDictionary(
    [
      ...BUILT_IN_SELLERS,
      { name: "Larkspur Outfitters", category: "shopping.clothing", aliases: ["lrkspr outfit"] },
    ],
    { nsi: NSI_SELLERS },
  );
  release.version = 2;
}

afterEach(() => {
  release.version = 1;
  release.dictionary = null;
});

const GROCERIES = defaultCategoryId("food-dining.groceries");
const RESTAURANTS = defaultCategoryId("food-dining.restaurants");
const CLOTHING = defaultCategoryId("shopping.clothing");
const TEXT = "LRKSPR OUTFIT 0412 SPRINGFIELD";

let handle: DatabaseHandle;
let db: Database;

beforeAll(async () => {
  handle = await useTestDatabase();
  db = handle.db;
});

let sequence = 0;
const row = (description: string): ParsedTransaction => ({
  externalId: `rekey-${++sequence}`,
  postedOn: "2026-10-14",
  amount: -2_450,
  description,
});

/** A user whose bank sync fills an account (so their votes count), and a way to import rows into it. */
async function syncedUser(label: string) {
  const { user } = await createTestUser(db, { label });
  const connection = await createDemoConnection(db, user.id);
  const [account] = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id)).limit(1);
  const target = { userId: user.id, accountId: account!.id, currency: "USD", syncId: null };
  const importRow = async (description: string) => {
    const parsed = row(description);
    await importTransactions(db, target, [parsed]);
    const [stored] = await db
      .select()
      .from(transactions)
      .where(
        and(eq(transactions.userId, user.id), eq(transactions.externalId, `fitid:${parsed.externalId}`)),
      );
    return stored!;
  };
  return { user, importRow };
}

/** What the user told Tally, as stored: rules, choices and votes, in a stable order. */
async function toldTally(userIds: string[]) {
  const pick = {
    key: sql<string>`seller_key`,
    category: sql<string>`category_id`,
    version: sql<number>`key_version`,
  };
  return {
    rules: await db
      .select({ userId: sellerRules.userId, ...pick })
      .from(sellerRules)
      .where(inArray(sellerRules.userId, userIds))
      .orderBy(sellerRules.userId, sellerRules.sellerKey),
    choices: await db
      .select({ userId: categoryChoices.userId, ...pick })
      .from(categoryChoices)
      .where(inArray(categoryChoices.userId, userIds))
      .orderBy(categoryChoices.userId, categoryChoices.sellerKey),
    votes: await db
      .select({ userId: crowdVotes.userId, ...pick })
      .from(crowdVotes)
      .where(inArray(crowdVotes.userId, userIds))
      .orderBy(crowdVotes.userId, crowdVotes.sellerKey),
  };
}

describe("rules, choices and votes after a release changes seller keys", () => {
  it("a rule made under the old key files new imports of the same text after the job, which a crash and a rerun leave as it was", async () => {
    const { user, importRow } = await syncedUser("rekey-rule");
    const first = await importRow(TEXT);
    const oldKey = first.sellerKey;
    await recategorizeTransaction(db, user.id, first.id, { categoryId: GROCERIES, applyToSeller: true });
    expect((await toldTally([user.id])).rules).toEqual([
      { userId: user.id, key: oldKey, category: GROCERIES, version: 1 },
    ]);

    await shipRelease2();
    // The new release reads the text as Larkspur Outfitters (a clothing shop). Before the job has moved the rule,
    // an import already finds it through its sample text.
    const before = await importRow(TEXT);
    expect(before.sellerKey).toBe("larkspur outfitters");
    expect(before.sellerKey).not.toBe(oldKey);
    expect(before).toMatchObject({ categoryId: GROCERIES, categorySource: "rule" });

    // The hourly check starts the chain; the batch's first attempt dies after its work committed.
    let crashes = 0;
    const runner = testRunner(handle, embeddedFunctions, {
      onStep: ({ functionId, stepId, phase }) => {
        if (functionId === "rekey-sellers" && stepId === "rekey" && phase === "ran" && crashes++ === 0)
          throw new Error("Connection terminated unexpectedly");
      },
    });
    await runner.fireCron("rekey-sellers-scheduled");
    await runner.drain();
    expect(crashes).toBeGreaterThan(1);

    const told = await toldTally([user.id]);
    for (const list of [told.rules, told.choices, told.votes])
      expect(list).toEqual([
        { userId: user.id, key: "larkspur outfitters", category: GROCERIES, version: 2 },
      ]);
    const after = await importRow(TEXT);
    expect(after).toMatchObject({
      sellerKey: "larkspur outfitters",
      categoryId: GROCERIES,
      categorySource: "rule",
    });
    // Stored rows are never filed again, and keep the key they came in under.
    const [firstNow] = await db.select().from(transactions).where(eq(transactions.id, first.id));
    expect(firstNow).toMatchObject({ sellerKey: oldKey, categoryId: GROCERIES });
    const [beforeNow] = await db.select().from(transactions).where(eq(transactions.id, before.id));
    expect(beforeNow).toMatchObject({ categoryId: GROCERIES, categorySource: "rule" });
    // The moved vote still counts: the voter's synced rows carry its sample text, if not its new key.
    const tops = await db
      .select()
      .from(crowdTop)
      .where(inArray(crowdTop.sellerKey, [oldKey, "larkspur outfitters"]));
    expect(Object.fromEntries(tops.map((top) => [top.sellerKey, top.votes]))).toEqual({
      [oldKey]: 0,
      "larkspur outfitters": 1,
    });

    // Running it all again changes nothing, and starts no batch.
    const runs = async () =>
      (
        await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from job_runs where function_id = 'rekey-sellers'`,
        )
      )[0]!.n;
    const ran = await runs();
    await runner.fireCron("rekey-sellers-scheduled");
    await runner.drain();
    expect(await toldTally([user.id])).toEqual(told);
    expect(await runs()).toBe(ran);
    expect(await rekeyStaleSellerRows(db, { version: 2 })).toEqual({ examined: 0, moved: 0, done: true });
  });

  it("a choice made after a release on a row imported before it goes under the text's current key, and undo takes it back", async () => {
    const { user, importRow } = await syncedUser("rekey-late-choice");
    const old = await importRow(TEXT);
    await shipRelease2();
    const token = await snapshotForUndo(db, user.id, old.id, true, GROCERIES);
    await recategorizeTransaction(db, user.id, old.id, { categoryId: GROCERIES, applyToSeller: true });
    expect((await toldTally([user.id])).rules).toEqual([
      { userId: user.id, key: "larkspur outfitters", category: GROCERIES, version: 2 },
    ]);
    const next = await importRow(TEXT);
    expect(next).toMatchObject({
      sellerKey: "larkspur outfitters",
      categoryId: GROCERIES,
      categorySource: "rule",
    });

    await undoCategoryChange(db, user.id, token);
    expect(await toldTally([user.id])).toEqual({ rules: [], choices: [], votes: [] });
    // The row the rule filed after the change is filed again as an import would file it now.
    const [nextNow] = await db.select().from(transactions).where(eq(transactions.id, next.id));
    expect(nextNow).toMatchObject({ categoryId: CLOTHING, categorySource: "dictionary" });
  });

  it("apply to all from a row imported after a release also files the seller's rows stored under its older key", async () => {
    const { user, importRow } = await syncedUser("rekey-sweep");
    const old = await importRow(TEXT);
    const unrelated = await importRow("QUILLBY MKT 88 EASTON");
    await shipRelease2();
    const fresh = await importRow("POS LRKSPR OUTFIT #0412");
    expect(fresh.sellerKey).toBe("larkspur outfitters");
    expect(old.sellerKey).not.toBe(fresh.sellerKey);

    expect(await previewSellerChange(db, user.id, fresh.id, GROCERIES)).toMatchObject({ count: 1 });
    const token = await snapshotForUndo(db, user.id, fresh.id, true, GROCERIES);
    const result = await recategorizeTransaction(db, user.id, fresh.id, {
      categoryId: GROCERIES,
      applyToSeller: true,
    });
    expect(result).toEqual({ changed: 2, kept: 0 });
    const byId = async (id: string) =>
      (await db.select().from(transactions).where(eq(transactions.id, id)))[0]!;
    // Filed, not re-keyed: the stored row keeps the key it came in under.
    expect(await byId(old.id)).toMatchObject({
      sellerKey: old.sellerKey,
      categoryId: GROCERIES,
      categorySource: "rule",
    });
    expect(await byId(unrelated.id)).toMatchObject({ categoryId: unrelated.categoryId });

    await undoCategoryChange(db, user.id, token);
    expect(await byId(old.id)).toMatchObject({
      categoryId: old.categoryId,
      categorySource: old.categorySource,
    });
  });

  it("merges into a row already under the new key (the newer word wins) and keeps the crowd's counts", async () => {
    // A stand-in release 11: "QUILLBY MKT …" texts all read into "quillby market".
    const keyOf = (description: string) => (description.startsWith("QUILLBY MKT") ? "quillby market" : "");
    const alice = await syncedUser("rekey-alice");
    const bob = await syncedUser("rekey-bob");
    const carol = await syncedUser("rekey-carol");
    const users = [alice, bob, carol].map((u) => u.user.id);
    const stored = await alice.importRow("QUILLBY MKT 88 EASTON");
    await bob.importRow("QUILLBY MKT 88 EASTON");
    await carol.importRow("QUILLBY MKT 88 EASTON");
    const oldKey = stored.sellerKey;
    expect(oldKey).not.toBe("quillby market");

    const sample = { sampleDescription: "QUILLBY MKT 88 EASTON", sampleCurrency: "USD", keyVersion: 10 };
    const at = (day: string) => new Date(`2026-${day}T12:00:00Z`);
    // Alice's old rule is older than the one she has under the new key; Bob's is newer.
    await db.insert(sellerRules).values([
      { userId: alice.user.id, sellerKey: oldKey, categoryId: GROCERIES, createdAt: at("01-10"), ...sample },
      {
        userId: alice.user.id,
        sellerKey: "quillby market",
        categoryId: RESTAURANTS,
        createdAt: at("02-10"),
        ...sample,
      },
      { userId: bob.user.id, sellerKey: oldKey, categoryId: GROCERIES, createdAt: at("03-10"), ...sample },
      {
        userId: bob.user.id,
        sellerKey: "quillby market",
        categoryId: RESTAURANTS,
        createdAt: at("01-20"),
        ...sample,
      },
    ]);
    // Two old keys of Carol's meet on the new one: her later choice stays.
    await db.insert(categoryChoices).values([
      { userId: carol.user.id, sellerKey: oldKey, categoryId: GROCERIES, chosenAt: at("04-01"), ...sample },
      {
        userId: carol.user.id,
        sellerKey: "quillby mkt",
        categoryId: RESTAURANTS,
        chosenAt: at("05-01"),
        ...sample,
        sampleDescription: "QUILLBY MKT #12",
      },
    ]);
    // Alice and Bob voted under the old key, Carol already under the new one.
    await db.insert(crowdVotes).values([
      { userId: alice.user.id, sellerKey: oldKey, categoryId: GROCERIES, votedAt: at("01-10"), ...sample },
      { userId: bob.user.id, sellerKey: oldKey, categoryId: GROCERIES, votedAt: at("03-10"), ...sample },
      {
        userId: carol.user.id,
        sellerKey: "quillby market",
        categoryId: GROCERIES,
        votedAt: at("04-01"),
        ...sample,
        keyVersion: 11,
      },
    ]);
    await refreshCrowdTops(db, [oldKey, "quillby market"]);

    let result = await rekeyStaleSellerRows(db, { version: 11, keyOf, limit: 2 });
    while (!result.done) result = await rekeyStaleSellerRows(db, { version: 11, keyOf, limit: 2 });
    const told = await toldTally(users);
    expect(told.rules).toEqual(
      [
        { userId: alice.user.id, key: "quillby market", category: RESTAURANTS, version: 11 },
        { userId: bob.user.id, key: "quillby market", category: GROCERIES, version: 11 },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    expect(told.choices).toEqual([
      { userId: carol.user.id, key: "quillby market", category: RESTAURANTS, version: 11 },
    ]);
    expect(told.votes.map((vote) => [vote.key, vote.category])).toEqual([
      ["quillby market", GROCERIES],
      ["quillby market", GROCERIES],
      ["quillby market", GROCERIES],
    ]);
    // Three verified voters now agree under the new key, none is left under the old one.
    const tops = await db
      .select()
      .from(crowdTop)
      .where(inArray(crowdTop.sellerKey, [oldKey, "quillby market"]));
    expect(Object.fromEntries(tops.map((top) => [top.sellerKey, [top.votes, top.runnerUpVotes]]))).toEqual({
      [oldKey]: [0, 0],
      "quillby market": [3, 0],
    });

    // Idempotent: a second pass finds nothing older than 11 and changes nothing.
    expect(await rekeyStaleSellerRows(db, { version: 11, keyOf })).toEqual({
      examined: 0,
      moved: 0,
      done: true,
    });
    expect(await toldTally(users)).toEqual(told);
  });
});
