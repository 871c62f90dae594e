-- Custom (drizzle-kit cannot express a data change).
-- Every rule, private choice and crowd vote stored so far gets a sample of the bank's text it was made from: the
-- user's latest transaction stored under its key, one from a bank sync first (a vote is verified by it, see
-- server/categorize/votes.ts). key_version stays 0 (keyed by a normalizer older than any version), so the re-key
-- job (server/categorize/rekey.ts) reads each sample again with the current normalizer and moves the row to the key
-- it gives now. A row whose user has no such transaction keeps a null sample and its key.
-- Each lookup walks the user's rows newest first (transactions_user_posted_idx) and stops at the first match: no
-- sort of a user's whole history per row.
-- One statement per table, the same for all three (a loop rather than three copies of the lookup).
DO $$
DECLARE
  keyed_table text;
BEGIN
  FOREACH keyed_table IN ARRAY ARRAY['seller_rules', 'category_choices', 'crowd_votes'] LOOP
    EXECUTE format($update$
      UPDATE %I r SET ("sample_description", "sample_currency") = (
        SELECT s."description", s."currency" FROM (
          (SELECT t."description", t."currency" FROM "transactions" t
            JOIN "accounts" a ON a."user_id" = t."user_id" AND a."id" = t."account_id"
            WHERE t."user_id" = r."user_id" AND t."seller_key" = r."seller_key" AND a."connection_id" IS NOT NULL
            ORDER BY t."posted_on" DESC, t."id" DESC LIMIT 1)
          UNION ALL
          (SELECT t."description", t."currency" FROM "transactions" t
            WHERE t."user_id" = r."user_id" AND t."seller_key" = r."seller_key"
            ORDER BY t."posted_on" DESC, t."id" DESC LIMIT 1)
        ) s LIMIT 1
      )$update$, keyed_table);
  END LOOP;
END
$$;
