// The nightly aggregation check: rebuilds the months of users whose transactions changed, repairs and counts
// any drift, and /api/health shows the count.

import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as healthRoute } from "@/app/api/health/route";
import type { Database } from "@/db";
import { aggregateChecks, monthlySpending } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { createManualAccount } from "@/server/accounts/accounts";
import { forgetHealthFigures } from "@/server/operations/health";
import { importTransactions } from "@/server/sync/import-transactions";
import { transactionFactory } from "../factories/transactions";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { expectAggregateMatchesTransactions } from "../support/ledger";

let db: Database;
let runner: EmbeddedRunner;
const make = transactionFactory("drift");
const warnings: string[] = [];

async function runCheck() {
  await runner.fireCron("check-spending-aggregate");
  await runner.drain();
  const [latest] = await db.select().from(aggregateChecks).orderBy(sql`started_at desc`).limit(1);
  return latest!;
}

async function health() {
  // Health keeps its figures for up to 5 s; this test reads them right after changing them.
  forgetHealthFigures();
  const response = await healthRoute();
  return (await response.json()) as { aggregate: { drift_rows: number; checked_at: string } | null };
}

describe("the nightly aggregation check", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
    runner = bootEmbeddedRunner({
      runner: { baseDelayMs: 5, log: { info() {}, warn: (message) => warnings.push(message), error() {} } },
    });
  });

  it("finds nothing to repair when every change kept the totals, and says so in /api/health", async () => {
    expect((await health()).aggregate).toBeNull();
    const { user } = await createTestUser(db, { label: "clean" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      make.posted({ postedOn: "2026-03-02" }),
      make.refund({ postedOn: "2026-03-09" }),
      ...make.monthBoundary("2026-03"),
    ]);
    const check = await runCheck();
    expect(check).toMatchObject({ driftRows: 0 });
    expect(check.usersChecked).toBeGreaterThanOrEqual(1);
    expect((await health()).aggregate).toMatchObject({ drift_rows: 0 });
  });

  it("repairs a month that disagrees with its transactions, counts it, and logs it", async () => {
    const { user } = await createTestUser(db, { label: "drifted" });
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    await importTransactions(db, { userId: user.id, accountId: account.id, currency: "USD", syncId: null }, [
      make.posted({ postedOn: "2026-05-02", amount: -4200 }),
      make.posted({ postedOn: "2026-06-02", amount: -1000, description: "SAFEWAY #1234" }),
    ]);
    // What a bug would leave behind: one month's total off by a cent, another month's row missing.
    await db
      .update(monthlySpending)
      .set({ outflow: "42.01" })
      .where(and(eq(monthlySpending.userId, user.id), eq(monthlySpending.month, "2026-05-01")));
    await db
      .delete(monthlySpending)
      .where(and(eq(monthlySpending.userId, user.id), eq(monthlySpending.month, "2026-06-01")));
    warnings.length = 0;
    const check = await runCheck();
    expect(check.driftRows).toBe(2);
    expect(warnings.filter((line) => line.includes("drift"))).toHaveLength(2);
    expect((await health()).aggregate).toMatchObject({ drift_rows: 2 });
    await expectAggregateMatchesTransactions(db, user.id);
  });
});
