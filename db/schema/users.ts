import { sql } from "drizzle-orm";
import {
  boolean,
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

export const users = pgTable(
  "users",
  {
    // The user id is the distribution key itself (docs/scaling.md): the users table is partitioned by it.
    id: timeOrderedId().primaryKey(),
    // Stored lower-cased so "Ann@x.com" and "ann@x.com" are one account.
    email: text("email").notNull(),
    name: text("name"),
    // Null for users who only ever signed in with GitHub or Google.
    passwordHash: text("password_hash"),
    monthlyIncome: numeric("monthly_income", { precision: 14, scale: 2 }),
    // The currency budgets and the monthly income are kept in (ISO 4217). Null until the user first sets a budget
    // or their income, when it is pinned to their main currency: from then on a new account in another currency,
    // travel or a removed account cannot silently turn "$400 for Groceries" into €400. Only the user changes it.
    budgetCurrency: text("budget_currency"),
    notifyThresholds: integer("notify_thresholds").array().notNull().default(sql`'{80,100}'::integer[]`),
    emailNotifications: boolean("email_notifications").notNull().default(true),
    // "Tell me when a sync brings new transactions": off by default, since daily syncs would notify daily.
    notifySyncCompleted: boolean("notify_sync_completed").notNull().default(false),
    // IANA zone ("America/Los_Angeles") deciding which month is "this month" for the user. Null until the
    // browser reports one (the app adopts it on the first signed-in page); UTC meanwhile.
    timeZone: text("time_zone"),
    // The daily refresh only syncs users active in the past 30 days.
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("users_email_key").on(table.email),
    index("users_last_active_at_idx").on(table.lastActiveAt),
  ],
);

export type User = typeof users.$inferSelect;

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // SHA-256 of the token: a database leak does not leak usable tokens, and lookup stays an index probe.
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (table) => [
    // Also the index for "the user's tokens".
    primaryKey({ name: "api_tokens_pkey", columns: [table.userId, table.id] }),
    // The one key that does not lead with user_id: a request presents only its token, and this lookup is how
    // its user is found (docs/scaling.md, identity lookups).
    uniqueIndex("api_tokens_token_hash_key").on(table.tokenHash),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;

/**
 * One row per signed-in browser. The session cookie (a JWT) names its row; every request checks the row, so
 * signing out, "sign out everywhere" and a password change end sessions on the server, and a copied cookie dies
 * with its row. A row unused for 30 days is expired.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Moved forward while the session is used (at most once an hour); idle expiry counts from here.
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The cookie carries both the user (its subject) and the row id, so every lookup has the whole key.
  (table) => [primaryKey({ name: "sessions_pkey", columns: [table.userId, table.id] })],
);

export type Session = typeof sessions.$inferSelect;

/**
 * A GitHub or Google identity linked to a Tally account. An identity is linked once: on its first sign-in when
 * the provider vouches for the email (server/identity/oauth.ts), or from Settings by a signed-in user.
 */
export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Keyed by the identity, not the user: a sign-in presents only the identity, and this lookup is how its user
    // is found (docs/scaling.md, identity lookups).
    uniqueIndex("oauth_accounts_provider_account_key").on(table.provider, table.providerAccountId),
    index("oauth_accounts_user_id_idx").on(table.userId),
  ],
);
