// GET /api/v1/transactions — the user's transactions, filtered, sorted (newest first by default) and
// cursor-paginated.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { cachedRead } from "@/server/cache/user-reads";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { requireFilterTargets } from "@/server/transactions/filters";
import { toTransactionFilter, transactionsQuery } from "@/server/transactions/inputs";
import { listTransactions } from "@/server/transactions/list";
import { serializeTransaction } from "../_lib/serializers";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionsQuery);
  const filter = toTransactionFilter(query);
  const db = await getDb();
  await requireFilterTargets(db, user.id, filter);
  const load = () =>
    listTransactions(db, {
      ...filter,
      userId: user.id,
      sort: query.sort,
      limit: query.limit,
      cursor: query.cursor,
    });
  // The newest page with no filter is what clients poll; it is read through the per-user cache (cleared by the
  // user's writes). Filtered and later pages go to the database.
  const firstPage =
    !query.cursor && query.sort === "newest" && Object.values(filter).every((value) => value === undefined);
  const page =
    firstPage && query.limit <= 100
      ? await cachedRead(user.id, `transactions:${query.limit}`, load)
      : await load();
  return json({ data: page.rows.map(serializeTransaction), next_cursor: page.nextCursor });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
