import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { timeOrderedId } from "./ids";
import { users } from "./users";

export const categoryKinds = ["expense", "income", "transfer"] as const;
export type CategoryKind = (typeof categoryKinds)[number];

/**
 * Tally's default taxonomy, the same for everyone (ids derived from the slug, so every database agrees on them):
 * seeded from server/categorize/taxonomy.ts at every start. Holds no user's data, so a database distributed by
 * user replicates it to every node (a reference table) and joins it locally.
 */
export const defaultCategories = pgTable("default_categories", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull().unique("default_categories_slug_key"),
  name: text("name").notNull(),
  groupName: text("group_name").notNull(),
  parentId: uuid("parent_id"),
  kind: text("kind", { enum: categoryKinds }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each user's own categories, made inside one of the default groups (so they inherit its kind). Keyed by
 * (user_id, id) like every user-scoped table. Nothing else refers to them by foreign key: a transaction,
 * budget, rule or notice may name a default category or one of these, and categories are never deleted (users
 * hide them instead).
 */
export const categories = pgTable(
  "categories",
  {
    id: timeOrderedId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    groupName: text("group_name").notNull(),
    parentId: uuid("parent_id"),
    kind: text("kind", { enum: categoryKinds }).notNull(),
    hidden: boolean("hidden").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "categories_pkey", columns: [table.userId, table.id] }),
    unique("categories_user_slug_key").on(table.userId, table.slug),
  ],
);

export type Category = typeof categories.$inferSelect;

/** "Apply to all from this seller": the user's own rule for future transactions from a seller. */
export const sellerRules = pgTable(
  "seller_rules",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sellerKey: text("seller_key").notNull(),
    categoryId: uuid("category_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // The bank's text this was chosen on, and the seller-key version its key was computed under (see
    // server/categorize/rekey.ts): when a release changes how text reads into keys, the row follows its text.
    sampleDescription: text("sample_description"),
    sampleCurrency: text("sample_currency"),
    keyVersion: integer("key_version").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.sellerKey] }),
    // The re-key job finds the rows an older normalizer keyed.
    index("seller_rules_key_version_idx").on(table.keyVersion),
  ],
);

/** One vote per user per seller: that user's latest manual choice of a default category for the seller. */
export const crowdVotes = pgTable(
  "crowd_votes",
  {
    sellerKey: text("seller_key").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => defaultCategories.id, { onDelete: "cascade" }),
    votedAt: timestamp("voted_at", { withTimezone: true }).notNull().defaultNow(),
    // The bank's text this was chosen on, and the seller-key version its key was computed under (see
    // server/categorize/rekey.ts): when a release changes how text reads into keys, the row follows its text.
    sampleDescription: text("sample_description"),
    sampleCurrency: text("sample_currency"),
    keyVersion: integer("key_version").notNull().default(0),
  },
  (table) => [
    primaryKey({ name: "crowd_votes_pkey", columns: [table.userId, table.sellerKey] }),
    // Recounting a seller's crowd answer reads that seller's votes across users.
    index("crowd_votes_seller_idx").on(table.sellerKey),
    index("crowd_votes_key_version_idx").on(table.keyVersion),
  ],
);

/**
 * The user's own latest choice per seller, private to them (any category, their own ones included): what the
 * history source learns from when a new seller shares words with sellers they filed before.
 */
export const categoryChoices = pgTable(
  "category_choices",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sellerKey: text("seller_key").notNull(),
    categoryId: uuid("category_id").notNull(),
    chosenAt: timestamp("chosen_at", { withTimezone: true }).notNull().defaultNow(),
    // The bank's text this was chosen on, and the seller-key version its key was computed under (see
    // server/categorize/rekey.ts): when a release changes how text reads into keys, the row follows its text.
    sampleDescription: text("sample_description"),
    sampleCurrency: text("sample_currency"),
    keyVersion: integer("key_version").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.sellerKey] }),
    index("category_choices_key_version_idx").on(table.keyVersion),
  ],
);

/**
 * The crowd's answer per seller, maintained when a vote changes so categorizing reads one row per seller
 * instead of counting votes. category_id is null until enough verified voters agree (see crowd.ts); votes and
 * runner_up_votes count verified voters only and are never shown to users.
 */
export const crowdTop = pgTable("crowd_top", {
  sellerKey: text("seller_key").primaryKey(),
  categoryId: uuid("category_id").references(() => defaultCategories.id, { onDelete: "set null" }),
  votes: integer("votes").notNull(),
  runnerUpVotes: integer("runner_up_votes").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
