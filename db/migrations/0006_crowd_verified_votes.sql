-- Custom (drizzle-kit cannot express a data change).
-- 1. Every earlier manual choice of a default category was a crowd vote: copy them into the user's private
--    history, so the history source has something to learn from from day one.
INSERT INTO "category_choices" ("user_id", "seller_key", "category_id", "chosen_at")
SELECT "user_id", "seller_key", "category_id", "voted_at" FROM "crowd_votes"
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- 2. Crowd answers were computed from unverified votes (three fresh accounts could steer a seller). Withdraw them
--    all; each seller's answer is recomputed from verified votes at its next vote (server/categorize/votes.ts).
--    Transactions already categorized keep their category: stored rows never change on their own.
UPDATE "crowd_top" SET "category_id" = NULL, "votes" = 0, "runner_up_votes" = 0;
