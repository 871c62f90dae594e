import { foreignKey, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "./accounts";
import { users } from "./users";

/**
 * The CSV column mapping an account's last statement file was read with (detected, or corrected by the
 * user), used again when the next file from that bank has the same columns. The shape is validated when
 * it is read (server/statements/csv.ts), so an old or damaged entry is simply not used.
 */
export const csvMappings = pgTable(
  "csv_mappings",
  {
    accountId: uuid("account_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** { columns: normalized header names or null, width, mapping }. */
    remembered: jsonb("remembered").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "csv_mappings_pkey", columns: [table.userId, table.accountId] }),
    foreignKey({
      name: "csv_mappings_account_fk",
      columns: [table.userId, table.accountId],
      foreignColumns: [accounts.userId, accounts.id],
    }).onDelete("cascade"),
  ],
);

export type CsvMappingRow = typeof csvMappings.$inferSelect;
