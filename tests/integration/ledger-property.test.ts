// The property: whatever happens, and in whatever order concurrent writers do it, every monthly_spending row
// equals the sum the test computes itself from the transactions, to the cent, /api/v1/spending agrees, and
// each account holds exactly what its bank's latest statement says.
//
// Per seed: a user with a USD card, a USD checking account, a EUR account and a USD account that is removed
// halfway. Writers run at once (on the Postgres server each on its own connection): one per account importing
// its bank's statement day after day (sometimes the same statement twice at once), one changing categories
// (single rows and whole sellers), one rebuilding the aggregate, one removing an account while it imports.

import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { transactions } from "@/db/schema";
import { createManualAccount, deleteManualAccount } from "@/server/accounts/accounts";
import { AppError } from "@/server/errors";
import { rebuildAggregate } from "@/server/spending/aggregate";
import { importTransactions } from "@/server/sync/import-transactions";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { addDays, seededRandom } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { bankAccountModel, describeRow } from "../support/bank-model";
import { useTestDatabase } from "../support/db";
import { cents, expectAggregateMatchesTransactions, expectSpendingApiAgrees } from "../support/ledger";

let db: Database;
let categoryIds: string[];

// Crosses a month boundary, so rows settle into the next month.
const FIRST_DAY = "2026-03-24";
const DAYS = 12;
const SEEDS = [11, 23, 37, 41];

describe("the monthly aggregate under concurrent writers", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select id from default_categories where kind <> 'transfer' order by slug limit 12`,
    );
    categoryIds = rows.map((row) => row.id);
  });

  it.each(SEEDS)(
    "seed %i: totals equal the transactions' own sums, and each account its bank's statement",
    async (seed) => {
      const random = seededRandom(seed);
      const { user, token } = await createTestUser(db, { label: `property${seed}` });
      const open = (name: string, currency: string) =>
        createManualAccount(db, user.id, { name, type: "checking", currency });
      const accounts = [
        { account: await open("Card", "USD"), currency: "USD" },
        { account: await open("Checking", "USD"), currency: "USD" },
        { account: await open("Compte", "EUR"), currency: "EUR" },
      ].map((entry, i) => ({
        ...entry,
        bank: bankAccountModel(random, { prefix: `s${seed}a${i}-`, firstDay: FIRST_DAY, days: DAYS }),
      }));
      const doomed = await open("Old card", "USD");
      const doomedBank = bankAccountModel(random, { prefix: `s${seed}d-`, firstDay: FIRST_DAY, days: DAYS });

      const importDay = (accountId: string, currency: string, bank: typeof doomedBank, day: string) =>
        importTransactions(
          db,
          { userId: user.id, accountId, currency, syncId: null },
          bank.statementAt(day),
          // The statement speaks for every day from the first: a pending row it no longer lists was dropped.
          { coverage: { from: FIRST_DAY, to: day } },
        );

      const importer = async ({ account, currency, bank }: (typeof accounts)[number], twice: number[]) => {
        for (let step = 0; step < DAYS; step++) {
          const day = addDays(FIRST_DAY, step);
          // Now and then the same statement twice at once: two runners, or a retried job.
          if (twice.includes(step))
            await Promise.all([1, 2].map(() => importDay(account.id, currency, bank, day)));
          else await importDay(account.id, currency, bank, day);
        }
      };

      let removeAfter: () => void = () => {};
      const halfway = new Promise<void>((resolve) => {
        removeAfter = resolve;
      });
      const doomedImporter = async () => {
        for (let step = 0; step < DAYS; step++) {
          await importDay(doomed.id, "USD", doomedBank, addDays(FIRST_DAY, step));
          if (step === DAYS / 2) removeAfter();
        }
      };

      const recategorizer = async (rounds: number, pick: ReturnType<typeof seededRandom>) => {
        for (let round = 0; round < rounds; round++) {
          const rows = await db
            .select({ id: transactions.id })
            .from(transactions)
            .where(eq(transactions.userId, user.id));
          if (rows.length === 0) continue;
          // The row may be gone by now (a pending row the bank dropped, the removed account): a 404, as for
          // a user who clicks on a row that just went.
          await recategorizeTransaction(db, user.id, pick.pick(rows).id, {
            categoryId: pick.pick(categoryIds),
            applyToSeller: pick.chance(0.4),
          }).catch((error: unknown) => {
            if (!(error instanceof AppError && error.code === "not_found")) throw error;
          });
        }
      };

      const rebuilder = async (rounds: number) => {
        for (let round = 0; round < rounds; round++) await rebuildAggregate(db, user.id);
      };

      const twice = () => [random.int(0, DAYS - 1), random.int(0, DAYS - 1)];
      await Promise.all([
        ...accounts.map((entry) => importer(entry, twice())),
        doomedImporter(),
        halfway.then(() => deleteManualAccount(db, user.id, doomed.id)),
        recategorizer(15, seededRandom(seed * 7)),
        recategorizer(15, seededRandom(seed * 13)),
        rebuilder(3),
      ]);

      // The oracle: the test's own sums of the stored transactions, against every aggregate row and the API.
      const sums = await expectAggregateMatchesTransactions(db, user.id);
      expect(sums.size).toBeGreaterThan(0);
      expect(await expectSpendingApiAgrees(db, token, sums)).toBeGreaterThanOrEqual(2);

      // And the transactions themselves: each account holds what its bank's last statement says, once.
      const stored = await db.select().from(transactions).where(eq(transactions.userId, user.id));
      for (const { account, bank } of accounts) {
        const rows = stored
          .filter((row) => row.accountId === account.id)
          .map((row) => describeRow(row.postedOn, Number(cents(row.amount)), row.pending))
          .sort();
        expect(rows).toEqual(bank.expectedRows(bank.lastDay));
      }
      expect(stored.filter((row) => row.accountId === doomed.id)).toEqual([]);
    },
  );
});
