// GET /api/v1/spending/trend?months=12&currency=XXX — spending and income for each of the last N months (up to
// this month where the user is), oldest first, in one currency (default: the user's main currency).

import { z } from "zod";
import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { userCurrentMonth } from "@/server/identity/time-zone";
import { mainCurrency } from "@/server/reports/currency";
import { spendingTrend } from "@/server/reports/spending";
import { currencyParam } from "@/server/spending/inputs";

const query = z.object({
  months: z.coerce
    .number("must be a number")
    .int("must be a whole number from 1 to 36")
    .min(1, "must be 1 to 36")
    .max(36, "must be 1 to 36")
    .default(12),
  currency: currencyParam.optional(),
});

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const { months, currency } = readQuery(request, query);
  const db = await getDb();
  const trend = await spendingTrend(db, user.id, {
    lastMonth: userCurrentMonth(user),
    count: months,
    currency: currency ?? (await mainCurrency(db, user.id)),
  });
  return json({
    currency: trend[0]?.currency,
    months: trend.map((month) => ({
      month: month.month,
      total_spent: formatDecimal(month.totalSpent),
      total_income: formatDecimal(month.totalIncome),
      categories: month.categories.map((category) => ({
        category_id: category.categoryId,
        amount: formatDecimal(category.amount),
      })),
    })),
  });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
