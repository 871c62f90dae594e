// GET /api/v1/transactions/uncategorized-sellers — the signed-in user's uncategorized transactions grouped by seller,
// the sellers with the most first. PATCH /api/v1/transactions/{transaction_id} with apply_to_seller files one.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import {
  listUncategorizedSellers,
  uncategorizedSellersJson,
  uncategorizedSellersQuery,
} from "@/server/transactions/uncategorized-sellers";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const { limit } = readQuery(request, uncategorizedSellersQuery);
  const waiting = await listUncategorizedSellers(await getDb(), user.id, { limit });
  return json(uncategorizedSellersJson(waiting));
});

export * from "@/server/http/method-not-allowed";
