ALTER TABLE "categories" DROP CONSTRAINT "categories_user_slug_key";--> statement-breakpoint
ALTER TABLE "categories" DROP CONSTRAINT "categories_pkey";--> statement-breakpoint
ALTER TABLE "categories" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "crowd_top" ADD CONSTRAINT "crowd_top_category_id_default_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."default_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crowd_votes" ADD CONSTRAINT "crowd_votes_category_id_default_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."default_categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_user_slug_key" UNIQUE("user_id","slug");