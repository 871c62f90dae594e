CREATE TABLE "category_choices" (
	"user_id" uuid NOT NULL,
	"seller_key" text NOT NULL,
	"category_id" uuid NOT NULL,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_choices_user_id_seller_key_pk" PRIMARY KEY("user_id","seller_key")
);
--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "category_reason" text;--> statement-breakpoint
ALTER TABLE "category_choices" ADD CONSTRAINT "category_choices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_choices" ADD CONSTRAINT "category_choices_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;