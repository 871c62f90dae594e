import { sql } from "drizzle-orm";
import { boolean, check, date, numeric, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The user's own budget settings for a category or a group, each applying from its month until a later row
 * for the same category: changing March's budget leaves February's as it was. Recommendations are computed
 * on read and never stored, so only what the user chose takes a row.
 */
export const budgets = pgTable(
  "budgets",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id").notNull(),
    // The first day of the first month this setting applies to.
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    // Null: follow the recommendation (a row may exist only to turn rollover on).
    amount: numeric("amount", { precision: 14, scale: 2 }),
    // What is left (or overspent) at the end of the previous month carries into this one.
    rollover: boolean("rollover").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.categoryId, table.effectiveFrom] }),
    check("budgets_amount_not_negative", sql`${table.amount} >= 0`),
    check("budgets_effective_from_first_day", sql`extract(day from ${table.effectiveFrom}) = 1`),
  ],
);

export type BudgetSetting = typeof budgets.$inferSelect;
