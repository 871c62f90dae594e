import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { choiceSellerKey, currentSellerKey } from "@/server/categorize/assign";

/** The transaction "apply to all from this seller" starts from. */
export type SweepTarget = { sellerKey: string; description: string; currency: string };

/**
 * The stored seller keys "apply to all from this seller" sweeps: the transaction's own, plus every other key among
 * the user's rows whose text reads, now, into the key the change's rule goes under (choiceSellerKey). Stored rows
 * keep the key they were imported under, so after a release that reads some text differently one seller's rows
 * can sit under two keys; the user means them all, as the rule will mean all future ones. One read of the user's
 * distinct texts (the sweep reads the user's rows anyway); each text is read once per process (assign.ts caches).
 * None for a row that names no seller (a transfer, a fee).
 */
export async function sellerSweepKeys(db: Database, userId: string, target: SweepTarget): Promise<string[]> {
  if (!target.sellerKey) return [];
  const key = choiceSellerKey(target.sellerKey, target);
  const keys = new Set([target.sellerKey, key]);
  const texts = await queryRows<{ seller_key: string; description: string; currency: string }>(
    db,
    sql`select distinct seller_key, description, currency from transactions
        where user_id = ${userId}::uuid and seller_key <> '' and seller_key <> ${target.sellerKey}
          and seller_key <> ${key}`,
  );
  for (const text of texts)
    if (!keys.has(text.seller_key) && currentSellerKey(text.description, text.currency) === key)
      keys.add(text.seller_key);
  return [...keys];
}
