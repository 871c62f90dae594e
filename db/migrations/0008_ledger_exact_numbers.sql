CREATE TABLE "aggregate_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	"users_checked" integer NOT NULL,
	"drift_rows" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spending_changes" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_accounts" (
	"sync_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"imported" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"pending" integer NOT NULL,
	"settled" integer NOT NULL,
	"removed" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_accounts_sync_id_account_id_pk" PRIMARY KEY("sync_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "monthly_spending" DROP CONSTRAINT "monthly_spending_user_id_month_category_id_pk";--> statement-breakpoint
ALTER TABLE "monthly_spending" ALTER COLUMN "outflow" SET DATA TYPE numeric(24, 2);--> statement-breakpoint
ALTER TABLE "monthly_spending" ALTER COLUMN "inflow" SET DATA TYPE numeric(24, 2);--> statement-breakpoint
ALTER TABLE "monthly_spending" ADD COLUMN "currency" text NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_spending" ADD CONSTRAINT "monthly_spending_user_id_currency_month_category_id_pk" PRIMARY KEY("user_id","currency","month","category_id");--> statement-breakpoint
ALTER TABLE "syncs" ADD COLUMN "pending" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "syncs" ADD COLUMN "settled" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "syncs" ADD COLUMN "removed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "pending_external_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "spending_changes" ADD CONSTRAINT "spending_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_accounts" ADD CONSTRAINT "sync_accounts_sync_id_syncs_id_fk" FOREIGN KEY ("sync_id") REFERENCES "public"."syncs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_accounts" ADD CONSTRAINT "sync_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connections_user_login_key" ON "connections" USING btree ("user_id","institution_id","ofx_url","login");--> statement-breakpoint
CREATE UNIQUE INDEX "syncs_one_active_per_connection" ON "syncs" USING btree ("connection_id") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "transactions_settled_pending_idx" ON "transactions" USING btree ("account_id","pending_external_id") WHERE pending_external_id is not null;