// The crowd's answer for a seller counts each verified user's latest choice: a voter who moves the seller to a
// category of their own (which is never a vote) no longer counts for the default category they chose before.

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { accounts, crowdTop, transactions } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createManualAccount } from "@/server/accounts/accounts";
import { createCategory } from "@/server/categorize/categories";
import type { ParsedTransaction } from "@/server/statements/types";
import { importTransactions } from "@/server/sync/import-transactions";
import { snapshotForUndo, undoCategoryChange } from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { chooseCategory } from "../support/categorize";
import { useTestDatabase } from "../support/db";

let db: Database;

beforeAll(async () => {
  ({ db } = await useTestDatabase());
});

const ELECTRONICS = defaultCategoryId("shopping.electronics-software");
let sequence = 0;
const purchase = (seller: string): ParsedTransaction => ({
  externalId: `crowd-${++sequence}`,
  postedOn: "2026-10-14",
  amount: -4_999,
  description: seller,
});

/** A user whose bank sync brought the seller (a verified voter): their token, id and the transaction. */
async function syncedBuyer(seller: string) {
  const { user, token } = await createTestUser(db, { label: "synced" });
  const connection = await createDemoConnection(db, user.id);
  const [account] = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id)).limit(1);
  await importTransactions(db, { userId: user.id, accountId: account!.id, currency: "USD", syncId: null }, [
    purchase(seller),
  ]);
  const [stored] = await db.select().from(transactions).where(eq(transactions.userId, user.id));
  return { user, token, transaction: stored! };
}

/** A new user's first transaction from the seller, as categorized on import. */
async function newcomer(seller: string) {
  const { user } = await createTestUser(db, { label: "newcomer" });
  const account = await createManualAccount(db, user.id, {
    name: "Card",
    type: "credit_card",
    currency: "USD",
  });
  await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
    purchase(seller),
  ]);
  const [stored] = await db.select().from(transactions).where(eq(transactions.userId, user.id));
  return stored!;
}

describe("the crowd's answer", () => {
  it("stops counting a voter who moved the seller to a category of their own", async () => {
    const seller = "VORTELL QUIMBY";
    const voters = [];
    for (let i = 0; i < 6; i++) {
      const voter = await syncedBuyer(seller);
      await chooseCategory(voter.token, voter.transaction.id, ELECTRONICS);
      voters.push(voter);
    }
    // Six of six agree: the crowd's answer is used.
    expect(await newcomer(seller)).toMatchObject({ categoryId: ELECTRONICS, categorySource: "crowd" });

    // One of them now files the seller under their own category: five of five left, not yet sure.
    const changed = voters[0]!;
    const own = await createCategory(db, changed.user.id, {
      name: "Gadgets",
      parentId: defaultCategoryId("shopping"),
    });
    await chooseCategory(changed.token, changed.transaction.id, own.id);
    expect(await newcomer(seller)).toMatchObject({ categoryId: null, categorySource: null });
  });

  it("counts every vote when several users choose at the same moment", async () => {
    const seller = "QUELLMARTIN OSSBY";
    const voters = [];
    for (let i = 0; i < 8; i++) voters.push(await syncedBuyer(seller));
    await Promise.all(voters.map((voter) => chooseCategory(voter.token, voter.transaction.id, ELECTRONICS)));
    // However the eight changes interleave, the last recount sees all eight votes.
    const [top] = await db.select().from(crowdTop).where(eq(crowdTop.sellerKey, "quellmartin ossby"));
    expect(top).toMatchObject({ categoryId: ELECTRONICS, votes: 8 });
  });

  it("counts the vote again when the user undoes moving the seller to their own category", async () => {
    const seller = "BRANDOLIN PESKETT";
    const voters = [];
    for (let i = 0; i < 6; i++) {
      const voter = await syncedBuyer(seller);
      await chooseCategory(voter.token, voter.transaction.id, ELECTRONICS);
      voters.push(voter);
    }
    const changed = voters[0]!;
    const own = await createCategory(db, changed.user.id, {
      name: "Toys",
      parentId: defaultCategoryId("shopping"),
    });
    const undo = await snapshotForUndo(db, changed.user.id, changed.transaction.id, false, own.id);
    await recategorizeTransaction(db, changed.user.id, changed.transaction.id, { categoryId: own.id });
    expect(await newcomer(seller)).toMatchObject({ categoryId: null });

    await undoCategoryChange(db, changed.user.id, undo);
    expect(await newcomer(seller)).toMatchObject({ categoryId: ELECTRONICS, categorySource: "crowd" });
  });
});
