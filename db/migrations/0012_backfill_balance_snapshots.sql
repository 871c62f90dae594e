-- Net worth over time starts from what Tally already knows: each account's last synced balance, dated when the
-- bank reported it. Later syncs add one snapshot each (server/accounts/balances.ts).
INSERT INTO "balance_snapshots" ("user_id", "account_id", "sync_id", "balance", "currency", "recorded_at")
SELECT "user_id", "id", NULL, "balance", "currency", coalesce("balance_as_of", "last_synced_at", "created_at")
FROM "accounts"
WHERE "balance" IS NOT NULL;
