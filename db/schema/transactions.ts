import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts, connections } from "./accounts";
import { timeOrderedId } from "./ids";
import { users } from "./users";

export const syncStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type SyncStatus = (typeof syncStatuses)[number];

/** One extraction: a connection sync or a statement-file import, with what it found. */
export const syncs = pgTable(
  "syncs",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id"),
    accountId: uuid("account_id"),
    kind: text("kind", { enum: ["connection", "statement"] }).notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: syncStatuses }).notNull().default("queued"),
    // What the sync did, summed from its sync_accounts rows when it finishes (see server/sync/syncs.ts):
    // new posted rows, rows already in Tally, new pending rows, pending rows that posted, and pending rows
    // the bank dropped. imported + duplicates + pending + settled = rows the statements held.
    imported: integer("imported").notNull().default(0),
    duplicates: integer("duplicates").notNull().default(0),
    pending: integer("pending").notNull().default(0),
    settled: integer("settled").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    error: text("error"),
    // Where the raw statement is kept in the object store.
    objectKey: text("object_key"),
    fileName: text("file_name"),
    // How to read an uploaded file (a CSV column mapping, a QIF date order), as chosen in the preview.
    parseOptions: jsonb("parse_options"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "syncs_pkey", columns: [table.userId, table.id] }),
    foreignKey({
      name: "syncs_connection_fk",
      columns: [table.userId, table.connectionId],
      foreignColumns: [connections.userId, connections.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "syncs_account_fk",
      columns: [table.userId, table.accountId],
      foreignColumns: [accounts.userId, accounts.id],
    }).onDelete("cascade"),
    index("syncs_connection_created_idx").on(table.userId, table.connectionId, table.createdAt),
    // Recovery after a crash looks for unfinished syncs.
    index("syncs_unfinished_idx").on(table.status).where(sql`status in ('queued', 'running')`),
    // One sync at a time per connection, enforced here so that concurrent "Refresh now" clicks (or a click
    // racing the daily refresh) cannot start a second one: the loser of the race gets the running sync.
    uniqueIndex("syncs_one_active_per_connection")
      .on(table.userId, table.connectionId)
      .where(sql`status in ('queued', 'running')`),
  ],
);

export type Sync = typeof syncs.$inferSelect;

/**
 * What one sync did to one account: written in the same transaction as that account's statement, so a
 * statement is counted exactly once however often the job runs it (a retry finds the row and stops), and the
 * sync's totals are the sum of these rows, never a scan of the transactions.
 */
export const syncAccounts = pgTable(
  "sync_accounts",
  {
    userId: uuid("user_id").notNull(),
    syncId: uuid("sync_id").notNull(),
    accountId: uuid("account_id").notNull(),
    imported: integer("imported").notNull(),
    duplicates: integer("duplicates").notNull(),
    pending: integer("pending").notNull(),
    settled: integer("settled").notNull(),
    removed: integer("removed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "sync_accounts_pkey", columns: [table.userId, table.syncId, table.accountId] }),
    foreignKey({
      name: "sync_accounts_sync_fk",
      columns: [table.userId, table.syncId],
      foreignColumns: [syncs.userId, syncs.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "sync_accounts_account_fk",
      columns: [table.userId, table.accountId],
      foreignColumns: [accounts.userId, accounts.id],
    }).onDelete("cascade"),
  ],
);

export type SyncAccount = typeof syncAccounts.$inferSelect;

/**
 * Who decided a transaction's category: the user by hand ("user"), their seller rule, the seller dictionary or
 * bank words, the crowd, business-type words in the name, the bank's own category, or the user's history.
 */
export const categorySources = [
  "user",
  "rule",
  "dictionary",
  "crowd",
  "business_words",
  "bank_category",
  "history",
] as const;
export type CategorySource = (typeof categorySources)[number];

export const transactions = pgTable(
  "transactions",
  {
    id: timeOrderedId(),
    // The owner, first in every key: every read is scoped by user, and a database partitioned by user keeps
    // the row with its account. One foreign key only, (user_id, account_id) → accounts: this is the hottest
    // insert path (a check per row), and that key already ties the row to its owner and removes it with the
    // account.
    userId: uuid("user_id").notNull(),
    accountId: uuid("account_id").notNull(),
    // The bank's FITID, or a fingerprint of the row when the bank gives none; never imported twice.
    externalId: text("external_id").notNull(),
    postedOn: date("posted_on", { mode: "string" }).notNull(),
    transactedOn: date("transacted_on", { mode: "string" }),
    amount: numeric("amount", { precision: 14, scale: 2 }).notNull(),
    currency: text("currency").notNull(),
    description: text("description").notNull(),
    memo: text("memo"),
    sellerKey: text("seller_key").notNull(),
    merchant: text("merchant").notNull(),
    // No foreign key either, for the same reason: categories are never deleted (users hide them instead).
    categoryId: uuid("category_id"),
    categorySource: text("category_source", { enum: categorySources }),
    // Why, as shown to the user ("Known brand (OpenStreetMap)", "The name says “pub”"), written with an automatic
    // category; null for the user's own choice and for uncategorized rows.
    categoryReason: text("category_reason"),
    pending: boolean("pending").notNull().default(false),
    // A pending row the bank gave no id for, once its posted version replaced it (server/sync/pending.ts):
    // the pending row's old fingerprint, so that a statement still listing it pending is not imported again.
    pendingExternalId: text("pending_external_id"),
    // The sync that first imported the row: exact "imported" counts even when a sync is retried. Counted
    // within the sync's accounts, so it needs no index of its own (every index slows ingestion).
    syncId: uuid("sync_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "transactions_pkey", columns: [table.userId, table.id] }),
    foreignKey({
      name: "transactions_account_fk",
      columns: [table.userId, table.accountId],
      foreignColumns: [accounts.userId, accounts.id],
    }).onDelete("cascade"),
    uniqueIndex("transactions_account_external_key").on(table.userId, table.accountId, table.externalId),
    // Listing, month filters and "apply to all from this seller" (rare: it scans one user's rows) use this one.
    index("transactions_user_posted_idx").on(table.userId, table.postedOn.desc(), table.id.desc()),
    // Few rows are ever pending; this lets each batch find the ones that just posted without probing per row.
    index("transactions_pending_idx").on(table.userId, table.accountId, table.externalId).where(sql`pending`),
    index("transactions_settled_pending_idx")
      .on(table.userId, table.accountId, table.pendingExternalId)
      .where(sql`pending_external_id is not null`),
  ],
);

export type Transaction = typeof transactions.$inferSelect;

/**
 * Per user, currency, month and category: money out and money in (both positive sums) and the count. Kept
 * apart because a refund nets against its category's spending while an unknown deposit must not hide
 * uncategorized spending. Currency is part of the key: dollars and euros are never added together.
 * Maintained in the same transaction as every change to the transactions (server/spending/aggregate.ts), so
 * the two never disagree. Uncategorized rows count under the Uncategorized category.
 */
export const monthlySpending = pgTable(
  "monthly_spending",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    currency: text("currency").notNull(),
    month: date("month", { mode: "string" }).notNull(),
    categoryId: uuid("category_id").notNull(),
    // Wide enough that no month can overflow: count is an integer (< 2^31 rows) and every amount is a
    // numeric(14,2) (< 10^12), so a sum stays below 2.2 * 10^21, inside 22 integer digits.
    outflow: numeric("outflow", { precision: 24, scale: 2 }).notNull(),
    inflow: numeric("inflow", { precision: 24, scale: 2 }).notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.currency, table.month, table.categoryId] })],
);

export type MonthlySpending = typeof monthlySpending.$inferSelect;
