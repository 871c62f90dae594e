// PATCH /api/v1/transactions/:id — set a transaction's category; with apply_to_seller, also the seller's past
// ones (except those the user categorized by hand, which are kept) and a rule for future ones. The answer is the
// transaction, plus `recategorized: { changed, kept }`.

import { getDb } from "@/db";
import { transactionCategoryInput } from "@/server/accounts/schemas";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readJson } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { getTransaction } from "@/server/transactions/list";
import { recategorizeTransaction } from "@/server/transactions/recategorize";
import { serializeTransaction } from "../../_lib/serializers";

export const PATCH = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That transaction");
  const input = await readJson(request, transactionCategoryInput);
  const db = await getDb();
  const { changed, kept } = await recategorizeTransaction(db, user.id, id, {
    categoryId: input.category_id,
    applyToSeller: input.apply_to_seller,
  });
  return json({
    ...serializeTransaction(await getTransaction(db, user.id, id)),
    recategorized: { changed, kept },
  });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
