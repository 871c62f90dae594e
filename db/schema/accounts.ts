import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timeOrderedId } from "./ids";
import { users } from "./users";

export const connectionStatuses = ["active", "needs_attention"] as const;

// User-scoped tables lead every primary and unique key with user_id, and refer to each other by (user_id, id):
// a database partitioned by user (Citus, distribution column user_id) keeps a user's rows together and can
// enforce these keys on each node (docs/scaling.md).

/** A login at an institution (OFX Direct Connect, or the built-in Demo Bank) that accounts are synced from. */
export const connections = pgTable(
  "connections",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    institutionId: text("institution_id").notNull(),
    institutionName: text("institution_name").notNull(),
    ofxUrl: text("ofx_url").notNull(),
    org: text("org").notNull(),
    fid: text("fid").notNull(),
    login: text("login").notNull(),
    // AES-256-GCM ciphertext with its key id (server/security/credentials.ts); never returned by any API.
    passwordCiphertext: text("password_ciphertext").notNull(),
    status: text("status", { enum: connectionStatuses }).notNull().default("active"),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    lastError: text("last_error"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Also the index for "the user's connections".
    primaryKey({ name: "connections_pkey", columns: [table.userId, table.id] }),
    // One connection per bank login: linking the same login twice (even at the same moment) is refused.
    uniqueIndex("connections_user_login_key").on(
      table.userId,
      table.institutionId,
      table.ofxUrl,
      table.login,
    ),
    // The daily refresh's buckets (server/sync/daily.ts), each walked in key order: see connectionDailyBucket.
    index("connections_daily_bucket_idx").on(
      sql`(get_byte(uuid_send(${table.userId}), 15) % 16)`,
      table.userId,
      table.id,
    ),
  ],
);

/**
 * Which of the daily refresh's 16 buckets a connection is in: the last byte of its owner's id, random in
 * UUIDv4 and v7 alike. Written exactly as connections_daily_bucket_idx's expression so that the index serves it.
 */
export const connectionDailyBucket = sql<number>`(get_byte(uuid_send(${connections.userId}), 15) % 16)`;

export type Connection = typeof connections.$inferSelect;

export const accountTypes = ["checking", "savings", "credit_card", "other"] as const;

export const accounts = pgTable(
  "accounts",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Null for manual accounts that only receive statement files.
    connectionId: uuid("connection_id"),
    // The bank's account number (OFX ACCTID); only its last four digits ever leave the server.
    accountNumber: text("account_number"),
    name: text("name").notNull(),
    type: text("type", { enum: accountTypes }).notNull(),
    currency: text("currency").notNull().default("USD"),
    balance: numeric("balance", { precision: 14, scale: 2 }),
    balanceAsOf: timestamp("balance_as_of", { withTimezone: true }),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "accounts_pkey", columns: [table.userId, table.id] }),
    uniqueIndex("accounts_connection_number_key").on(table.userId, table.connectionId, table.accountNumber),
    foreignKey({
      name: "accounts_connection_fk",
      columns: [table.userId, table.connectionId],
      foreignColumns: [connections.userId, connections.id],
    }).onDelete("cascade"),
  ],
);

export type Account = typeof accounts.$inferSelect;
