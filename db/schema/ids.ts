import { sql } from "drizzle-orm";
import { uuid } from "drizzle-orm/pg-core";

/**
 * A row id made by the database: a time-ordered UUID (version 7) from the uuidv7() function of migration 0013,
 * so that new rows append to the right edge of their indexes instead of landing on random pages. Rows inserted
 * in SQL (insert … select … from unnest) get one too; app code that must know an id before inserting uses
 * newId() from lib/ids.ts, which makes the same kind.
 */
export const timeOrderedId = () => uuid("id").notNull().default(sql`uuidv7()`);
