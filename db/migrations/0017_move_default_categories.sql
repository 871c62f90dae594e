-- The default taxonomy moves out of "categories" (where its rows had user_id null) into "default_categories",
-- so that "categories" holds only users' own rows and can be keyed (user_id, id). Ids and names move as they are:
-- transactions, budgets, rules, votes and notifications keep pointing at the same ids. The foreign keys that
-- pointed at categories (id) were dropped by 0016, so deleting the moved rows removes nothing else.
INSERT INTO "default_categories" ("id", "slug", "name", "group_name", "parent_id", "kind", "created_at")
SELECT "id", "slug", "name", "group_name", "parent_id", "kind", "created_at" FROM "categories" WHERE "user_id" IS NULL
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
DELETE FROM "categories" WHERE "user_id" IS NULL;
