ALTER TABLE "category_choices" ADD COLUMN "sample_description" text;--> statement-breakpoint
ALTER TABLE "category_choices" ADD COLUMN "sample_currency" text;--> statement-breakpoint
ALTER TABLE "category_choices" ADD COLUMN "key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "crowd_votes" ADD COLUMN "sample_description" text;--> statement-breakpoint
ALTER TABLE "crowd_votes" ADD COLUMN "sample_currency" text;--> statement-breakpoint
ALTER TABLE "crowd_votes" ADD COLUMN "key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "seller_rules" ADD COLUMN "sample_description" text;--> statement-breakpoint
ALTER TABLE "seller_rules" ADD COLUMN "sample_currency" text;--> statement-breakpoint
ALTER TABLE "seller_rules" ADD COLUMN "key_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "category_choices_key_version_idx" ON "category_choices" USING btree ("key_version");--> statement-breakpoint
CREATE INDEX "crowd_votes_key_version_idx" ON "crowd_votes" USING btree ("key_version");--> statement-breakpoint
CREATE INDEX "seller_rules_key_version_idx" ON "seller_rules" USING btree ("key_version");