import {
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { timeOrderedId } from "./ids";
import { users } from "./users";

/**
 * An account's balance as each sync found it: the history behind net worth over time (accounts.balance keeps
 * only the latest). Written once per account per sync, so a retried import step does not add a second row.
 */
export const balanceSnapshots = pgTable(
  "balance_snapshots",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").notNull(),
    // Null only for the snapshots taken from accounts.balance when this table was created.
    syncId: uuid("sync_id"),
    balance: numeric("balance", { precision: 14, scale: 2 }).notNull(),
    currency: text("currency").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "balance_snapshots_pkey", columns: [table.userId, table.id] }),
    uniqueIndex("balance_snapshots_account_sync_key").on(table.userId, table.accountId, table.syncId),
    foreignKey({
      name: "balance_snapshots_account_fk",
      columns: [table.userId, table.accountId],
      foreignColumns: [accounts.userId, accounts.id],
    }).onDelete("cascade"),
    index("balance_snapshots_user_recorded_idx").on(table.userId, table.recordedAt),
  ],
);

export type BalanceSnapshot = typeof balanceSnapshots.$inferSelect;
