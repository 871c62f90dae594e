// GET /api/v1/transactions/summary — how many transactions match the filters and what they add up to, per
// currency.

import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { toTransactionFilter, transactionFilterQuery } from "@/server/transactions/inputs";
import { summarizeTransactions } from "@/server/transactions/list";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, transactionFilterQuery);
  const summary = await summarizeTransactions(await getDb(), user.id, toTransactionFilter(query));
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
