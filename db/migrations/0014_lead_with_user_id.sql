-- Every user-scoped table's keys lead with user_id, and user-scoped tables refer to each other by
-- (user_id, id), so that a database partitioned by user keeps a user's rows together (docs/scaling.md).
-- Foreign keys first: the old ones depend on the primary keys replaced below.
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_connection_id_connections_id_fk";--> statement-breakpoint
ALTER TABLE "balance_snapshots" DROP CONSTRAINT "balance_snapshots_account_id_accounts_id_fk";--> statement-breakpoint
ALTER TABLE "notification_deliveries" DROP CONSTRAINT "notification_deliveries_notification_id_notifications_id_fk";--> statement-breakpoint
ALTER TABLE "csv_mappings" DROP CONSTRAINT "csv_mappings_account_id_accounts_id_fk";--> statement-breakpoint
ALTER TABLE "sync_accounts" DROP CONSTRAINT "sync_accounts_sync_id_syncs_id_fk";--> statement-breakpoint
ALTER TABLE "sync_accounts" DROP CONSTRAINT "sync_accounts_account_id_accounts_id_fk";--> statement-breakpoint
ALTER TABLE "syncs" DROP CONSTRAINT "syncs_connection_id_connections_id_fk";--> statement-breakpoint
ALTER TABLE "syncs" DROP CONSTRAINT "syncs_account_id_accounts_id_fk";--> statement-breakpoint
ALTER TABLE "transactions" DROP CONSTRAINT "transactions_account_id_accounts_id_fk";--> statement-breakpoint
DROP INDEX "accounts_user_id_idx";--> statement-breakpoint
DROP INDEX "connections_user_id_idx";--> statement-breakpoint
DROP INDEX "api_tokens_user_id_idx";--> statement-breakpoint
DROP INDEX "sessions_user_id_idx";--> statement-breakpoint
DROP INDEX "accounts_connection_number_key";--> statement-breakpoint
DROP INDEX "balance_snapshots_account_sync_key";--> statement-breakpoint
DROP INDEX "syncs_connection_created_idx";--> statement-breakpoint
DROP INDEX "syncs_one_active_per_connection";--> statement-breakpoint
DROP INDEX "transactions_account_external_key";--> statement-breakpoint
DROP INDEX "transactions_pending_idx";--> statement-breakpoint
DROP INDEX "transactions_settled_pending_idx";--> statement-breakpoint
ALTER TABLE "crowd_votes" DROP CONSTRAINT "crowd_votes_seller_key_user_id_pk";--> statement-breakpoint
ALTER TABLE "sync_accounts" DROP CONSTRAINT "sync_accounts_sync_id_account_id_pk";--> statement-breakpoint
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_pkey";--> statement-breakpoint
ALTER TABLE "connections" DROP CONSTRAINT "connections_pkey";--> statement-breakpoint
ALTER TABLE "balance_snapshots" DROP CONSTRAINT "balance_snapshots_pkey";--> statement-breakpoint
ALTER TABLE "notification_deliveries" DROP CONSTRAINT "notification_deliveries_pkey";--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_pkey";--> statement-breakpoint
ALTER TABLE "csv_mappings" DROP CONSTRAINT "csv_mappings_pkey";--> statement-breakpoint
ALTER TABLE "syncs" DROP CONSTRAINT "syncs_pkey";--> statement-breakpoint
ALTER TABLE "transactions" DROP CONSTRAINT "transactions_pkey";--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_pkey";--> statement-breakpoint
ALTER TABLE "sessions" DROP CONSTRAINT "sessions_pkey";--> statement-breakpoint
-- sync_accounts gains its owner, copied from its parent row.
ALTER TABLE "sync_accounts" ADD COLUMN "user_id" uuid;--> statement-breakpoint
UPDATE "sync_accounts" AS child SET "user_id" = parent."user_id" FROM "syncs" AS parent WHERE parent."id" = child."sync_id";--> statement-breakpoint
ALTER TABLE "sync_accounts" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
-- notification_deliveries gains its owner, copied from its parent row.
ALTER TABLE "notification_deliveries" ADD COLUMN "user_id" uuid;--> statement-breakpoint
UPDATE "notification_deliveries" AS child SET "user_id" = parent."user_id" FROM "notifications" AS parent WHERE parent."id" = child."notification_id";--> statement-breakpoint
ALTER TABLE "notification_deliveries" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
-- New rows get time-ordered ids (uuidv7() is defined by migration 0013).
ALTER TABLE "accounts" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "connections" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "balance_snapshots" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "categories" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "aggregate_checks" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "syncs" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "transactions" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DEFAULT uuidv7();--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "balance_snapshots" ADD CONSTRAINT "balance_snapshots_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "crowd_votes" ADD CONSTRAINT "crowd_votes_pkey" PRIMARY KEY("user_id","seller_key");--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY("user_id","notification_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "csv_mappings" ADD CONSTRAINT "csv_mappings_pkey" PRIMARY KEY("user_id","account_id");--> statement-breakpoint
ALTER TABLE "sync_accounts" ADD CONSTRAINT "sync_accounts_pkey" PRIMARY KEY("user_id","sync_id","account_id");--> statement-breakpoint
ALTER TABLE "syncs" ADD CONSTRAINT "syncs_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_pkey" PRIMARY KEY("user_id","id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_connection_fk" FOREIGN KEY ("user_id","connection_id") REFERENCES "public"."connections"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "balance_snapshots" ADD CONSTRAINT "balance_snapshots_account_fk" FOREIGN KEY ("user_id","account_id") REFERENCES "public"."accounts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_notification_fk" FOREIGN KEY ("user_id","notification_id") REFERENCES "public"."notifications"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csv_mappings" ADD CONSTRAINT "csv_mappings_account_fk" FOREIGN KEY ("user_id","account_id") REFERENCES "public"."accounts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_accounts" ADD CONSTRAINT "sync_accounts_sync_fk" FOREIGN KEY ("user_id","sync_id") REFERENCES "public"."syncs"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_accounts" ADD CONSTRAINT "sync_accounts_account_fk" FOREIGN KEY ("user_id","account_id") REFERENCES "public"."accounts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "syncs" ADD CONSTRAINT "syncs_connection_fk" FOREIGN KEY ("user_id","connection_id") REFERENCES "public"."connections"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "syncs" ADD CONSTRAINT "syncs_account_fk" FOREIGN KEY ("user_id","account_id") REFERENCES "public"."accounts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_account_fk" FOREIGN KEY ("user_id","account_id") REFERENCES "public"."accounts"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crowd_votes_seller_idx" ON "crowd_votes" USING btree ("seller_key");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_connection_number_key" ON "accounts" USING btree ("user_id","connection_id","account_number");--> statement-breakpoint
CREATE UNIQUE INDEX "balance_snapshots_account_sync_key" ON "balance_snapshots" USING btree ("user_id","account_id","sync_id");--> statement-breakpoint
CREATE INDEX "syncs_connection_created_idx" ON "syncs" USING btree ("user_id","connection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "syncs_one_active_per_connection" ON "syncs" USING btree ("user_id","connection_id") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_account_external_key" ON "transactions" USING btree ("user_id","account_id","external_id");--> statement-breakpoint
CREATE INDEX "transactions_pending_idx" ON "transactions" USING btree ("user_id","account_id","external_id") WHERE pending;--> statement-breakpoint
CREATE INDEX "transactions_settled_pending_idx" ON "transactions" USING btree ("user_id","account_id","pending_external_id") WHERE pending_external_id is not null;
