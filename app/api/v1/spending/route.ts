// GET /api/v1/spending?month=YYYY-MM — a month's spending by category (transfers excluded) and income.

import { z } from "zod";
import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { currentMonth, monthParam } from "@/lib/months";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { getMonthSpending } from "@/server/spending/monthly";

const query = z.object({ month: monthParam.optional() });

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const { month = currentMonth() } = readQuery(request, query);
  const spending = await getMonthSpending(await getDb(), user.id, month);
  return json({
    month: spending.month,
    total_spent: formatDecimal(spending.totalSpent),
    total_income: formatDecimal(spending.totalIncome),
    categories: spending.categories.map((category) => ({
      category_id: category.categoryId,
      name: category.name,
      group: category.group,
      amount: formatDecimal(category.amount),
      count: category.count,
    })),
  });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
