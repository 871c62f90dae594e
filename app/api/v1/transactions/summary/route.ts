// GET /api/v1/transactions/summary — how many transactions match the filters and what they add up to, per
// currency.

import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { requireFilterTargets } from "@/server/transactions/filters";
import { toTransactionFilter, transactionFilterQuery } from "@/server/transactions/inputs";
import { summarizeTransactions } from "@/server/transactions/list";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionFilterQuery);
  const db = await getDb();
  const filter = toTransactionFilter(query);
  await requireFilterTargets(db, user.id, filter);
  const summary = await summarizeTransactions(db, user.id, filter);
  return json({
    count: summary.count,
    totals: summary.totals.map((total) => ({
      currency: total.currency,
      count: total.count,
      money_out: formatDecimal(total.moneyOut),
      money_in: formatDecimal(total.moneyIn),
      net: formatDecimal(total.net),
    })),
  });
});

export * from "@/server/http/method-not-allowed";
