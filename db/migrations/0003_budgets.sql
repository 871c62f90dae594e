CREATE TABLE "budgets" (
	"user_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"amount" numeric(14, 2),
	"rollover" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_user_id_category_id_effective_from_pk" PRIMARY KEY("user_id","category_id","effective_from"),
	CONSTRAINT "budgets_amount_not_negative" CHECK ("budgets"."amount" >= 0),
	CONSTRAINT "budgets_effective_from_first_day" CHECK (extract(day from "budgets"."effective_from") = 1)
);
--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;