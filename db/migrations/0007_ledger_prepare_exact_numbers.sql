-- Custom migration (ledger, issue 8), run before 0008: clears what 0008's new unique indexes and the new
-- monthly_spending key would refuse. Drizzle applies pending migrations in one transaction, so nobody sees
-- the state between this file and 0009, which rebuilds the aggregate.

-- Linking one bank login several times at once created duplicate connections (each with a full copy of the
-- transactions). Keep the oldest; the others go with their accounts, transactions and syncs (foreign keys
-- cascade), and 0009 rebuilds the monthly totals from what remains.
DELETE FROM "connections" AS c
USING "connections" AS older
WHERE older.user_id = c.user_id
  AND older.institution_id = c.institution_id
  AND older.ofx_url = c.ofx_url
  AND older.login = c.login
  AND (older.created_at, older.id) < (c.created_at, c.id);
--> statement-breakpoint
-- Concurrent "Refresh now" clicks left several unfinished syncs on one connection: keep the newest.
UPDATE "syncs" AS s
SET status = 'failed', error = 'Replaced by a newer sync of the same connection.', finished_at = now()
WHERE s.status IN ('queued', 'running')
  AND s.connection_id IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "syncs" AS newer
    WHERE newer.connection_id = s.connection_id
      AND newer.status IN ('queued', 'running')
      AND (newer.created_at, newer.id) > (s.created_at, s.id)
  );
--> statement-breakpoint
-- The aggregate gains currency in its key (0008); 0009 rebuilds every row from the transactions.
DELETE FROM "monthly_spending";
