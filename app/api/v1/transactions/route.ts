// GET /api/v1/transactions — the user's transactions, newest first, filtered and cursor-paginated.

import { getDb } from "@/db";
import { transactionsQuery } from "@/server/accounts/schemas";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { listTransactions } from "@/server/transactions/list";
import { serializeTransaction } from "../_lib/serializers";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionsQuery);
  const page = await listTransactions(await getDb(), {
    userId: user.id,
    accountId: query.account_id,
    categoryId: query.category_id,
    month: query.month,
    q: query.q,
    limit: query.limit,
    cursor: query.cursor,
  });
  return json({ data: page.rows.map(serializeTransaction), next_cursor: page.nextCursor });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
