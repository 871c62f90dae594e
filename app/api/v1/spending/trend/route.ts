// GET /api/v1/spending/trend?months=12 — spending and income for each of the last N months, oldest first.

import { z } from "zod";
import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { currentMonth } from "@/lib/months";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { getSpendingTrend } from "@/server/spending/monthly";

const query = z.object({
  months: z.coerce
    .number("must be a number")
    .int()
    .min(1, "must be 1 to 36")
    .max(36, "must be 1 to 36")
    .default(12),
});

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const { months } = readQuery(request, query);
  const trend = await getSpendingTrend(await getDb(), user.id, { lastMonth: currentMonth(), count: months });
  return json({
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
