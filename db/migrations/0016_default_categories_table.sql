CREATE TABLE "default_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"group_name" text NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "default_categories_slug_key" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "budgets" DROP CONSTRAINT "budgets_category_id_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "category_choices" DROP CONSTRAINT "category_choices_category_id_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "crowd_top" DROP CONSTRAINT "crowd_top_category_id_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "crowd_votes" DROP CONSTRAINT "crowd_votes_category_id_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "seller_rules" DROP CONSTRAINT "seller_rules_category_id_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_category_id_categories_id_fk";
