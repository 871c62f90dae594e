import { sql } from "drizzle-orm";
import {
  boolean,
  date,
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
import { users } from "./users";

export const syncStatuses = ["queued", "running", "succeeded", "failed"] as const;
export type SyncStatus = (typeof syncStatuses)[number];

/** One extraction: a connection sync or a statement-file import, with what it found. */
export const syncs = pgTable(
  "syncs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").references(() => connections.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["connection", "statement"] }).notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: syncStatuses }).notNull().default("queued"),
    imported: integer("imported").notNull().default(0),
    duplicates: integer("duplicates").notNull().default(0),
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
    index("syncs_connection_created_idx").on(table.connectionId, table.createdAt),
    // Recovery after a crash looks for unfinished syncs.
    index("syncs_unfinished_idx").on(table.status).where(sql`status in ('queued', 'running')`),
  ],
);

export type Sync = typeof syncs.$inferSelect;

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
    id: uuid("id").primaryKey().defaultRandom(),
    // Denormalized owner: every read is scoped by user, and this keeps that an index probe. No foreign key:
    // this is the hottest insert path (a check per row), and account_id's key already ties the row to its
    // owner and removes it with the account.
    userId: uuid("user_id").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
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
    // Why, as shown to the user ("Known brand (OpenStreetMap)", "Looks like a pub"), written with an automatic
    // category; null for the user's own choice and for uncategorized rows.
    categoryReason: text("category_reason"),
    pending: boolean("pending").notNull().default(false),
    // The sync that first imported the row: exact "imported" counts even when a sync is retried. Counted
    // within the sync's accounts, so it needs no index of its own (every index slows ingestion).
    syncId: uuid("sync_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("transactions_account_external_key").on(table.accountId, table.externalId),
    // Listing, month filters and "apply to all from this seller" (rare: it scans one user's rows) use this one.
    index("transactions_user_posted_idx").on(table.userId, table.postedOn.desc(), table.id.desc()),
    // Few rows are ever pending; this lets each batch find the ones that just posted without probing per row.
    index("transactions_pending_idx").on(table.accountId, table.externalId).where(sql`pending`),
  ],
);

export type Transaction = typeof transactions.$inferSelect;

/**
 * Per user, month and category: money out and money in (both positive sums) and the count. Kept apart because a
 * refund nets against its category's spending while an unknown deposit must not hide uncategorized spending.
 * Maintained in the same statement that inserts transactions, so the two never disagree. Uncategorized rows
 * count under the Uncategorized category.
 */
export const monthlySpending = pgTable(
  "monthly_spending",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    month: date("month", { mode: "string" }).notNull(),
    categoryId: uuid("category_id").notNull(),
    outflow: numeric("outflow", { precision: 14, scale: 2 }).notNull(),
    inflow: numeric("inflow", { precision: 14, scale: 2 }).notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.month, table.categoryId] })],
);
