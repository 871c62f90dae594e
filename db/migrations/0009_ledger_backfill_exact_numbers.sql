-- Custom migration (ledger, issue 8), run after 0008: the data backfill drizzle-kit cannot express.

-- Statement files imported into a manual account were stored as USD whatever the account's currency: the
-- parsers assume USD when a file does not name one. The import now lets the account's currency win over that
-- assumption (server/sync/statement-import.ts, statementCurrency); rows already stored follow the same rule.
UPDATE "transactions" AS t
SET currency = a.currency
FROM "accounts" AS a
WHERE a.id = t.account_id
  AND a.connection_id IS NULL
  AND t.currency = 'USD'
  AND a.currency <> 'USD';
--> statement-breakpoint
-- The monthly aggregate, per currency, rebuilt from the transactions (0007 emptied it). Same sums as
-- server/spending/aggregate.ts: money out and money in as positive sums, uncategorized rows under Uncategorized.
INSERT INTO "monthly_spending" (user_id, currency, month, category_id, outflow, inflow, count)
SELECT user_id, currency, date_trunc('month', posted_on)::date,
  -- The Uncategorized category id: UNCATEGORIZED_CATEGORY_ID in db/seed/categories.ts.
  coalesce(category_id, 'ffd78292-9fcc-5ee6-978a-d9024b202ae3'::uuid),
  sum(greatest(-amount, 0)), sum(greatest(amount, 0)), count(*)
FROM "transactions"
GROUP BY 1, 2, 3, 4;
