import { integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { timeOrderedId } from "./ids";
import { users } from "./users";

/**
 * When each user's transactions last changed in a way that moves the monthly aggregate: written by every such
 * change, in its own transaction, so the daily aggregation check (server/spending/drift.ts) re-checks only
 * those users.
 */
export const spendingChanges = pgTable("spending_changes", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One run of the daily aggregation check: how many users it rebuilt and how many aggregate rows were wrong. */
export const aggregateChecks = pgTable("aggregate_checks", {
  id: timeOrderedId().primaryKey(),
  // Users changed from this moment on are left to the next run.
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }).notNull().defaultNow(),
  usersChecked: integer("users_checked").notNull(),
  // Aggregate rows that differed from the transactions and were repaired. Must stay 0: anything else is a bug.
  driftRows: integer("drift_rows").notNull(),
});

export type AggregateCheck = typeof aggregateChecks.$inferSelect;
