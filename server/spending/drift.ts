import "server-only";
import { and, asc, desc, gt, gte } from "drizzle-orm";
import type { Database } from "@/db";
import { type AggregateCheck, aggregateChecks, spendingChanges } from "@/db/schema";
import { type RebuildResult, rebuildAggregate } from "./aggregate";

// The daily aggregation check (inngest/functions/check-spending-aggregate.ts): for every user whose
// transactions changed since the last run, rebuild the monthly aggregate from the transactions, compare, and
// repair. The aggregate is maintained exactly by construction (server/spending/aggregate.ts), so the drift it
// finds must stay 0; anything else is a bug to chase, logged with the rows and shown by /api/health.

// Looking back this much further than the last run's start covers a change whose transaction was still
// committing when that run read the list of changed users.
const OVERLAP_MS = 10 * 60 * 1000;

/** Where this run starts looking: the last run's start, less the overlap; null on the first run (everyone). */
export async function changedSince(db: Database): Promise<string | null> {
  const last = await latestAggregateCheck(db);
  return last ? new Date(last.startedAt.getTime() - OVERLAP_MS).toISOString() : null;
}

export type CheckedPage = {
  users: number;
  lastUserId: string | null;
  driftRows: number;
  drift: Array<{ userId: string } & RebuildResult["drift"][number]>;
};

/** Rebuilds and compares one page of changed users (by id, after `after`), each under its own lock. */
export async function checkChangedUsers(
  db: Database,
  input: { since: string | null; after: string | null; limit?: number },
): Promise<CheckedPage> {
  const users = await db
    .select({ userId: spendingChanges.userId })
    .from(spendingChanges)
    .where(
      and(
        input.since ? gte(spendingChanges.changedAt, new Date(input.since)) : undefined,
        input.after ? gt(spendingChanges.userId, input.after) : undefined,
      ),
    )
    .orderBy(asc(spendingChanges.userId))
    .limit(input.limit ?? 200);
  const page: CheckedPage = {
    users: users.length,
    lastUserId: users.at(-1)?.userId ?? null,
    driftRows: 0,
    drift: [],
  };
  for (const { userId } of users) {
    const result = await rebuildAggregate(db, userId);
    page.driftRows += result.driftRows;
    page.drift.push(...result.drift.map((row) => ({ userId, ...row })));
  }
  return page;
}

export async function recordAggregateCheck(
  db: Database,
  input: { startedAt: string; usersChecked: number; driftRows: number },
): Promise<void> {
  await db.insert(aggregateChecks).values({
    startedAt: new Date(input.startedAt),
    usersChecked: input.usersChecked,
    driftRows: input.driftRows,
  });
}

/** The last completed check: its drift is the figure /api/health reports. */
export async function latestAggregateCheck(db: Database): Promise<AggregateCheck | null> {
  const [check] = await db.select().from(aggregateChecks).orderBy(desc(aggregateChecks.startedAt)).limit(1);
  return check ?? null;
}
