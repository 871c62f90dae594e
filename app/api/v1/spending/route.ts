// GET /api/v1/spending?month=YYYY-MM&currency=XXX — a month's spending by category (transfers excluded) and
// income, in one currency (default: the user's main currency; the month defaults to this month where they are).

import { z } from "zod";
import { getDb } from "@/db";
import { formatDecimal } from "@/lib/money";
import { monthParam } from "@/lib/months";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { userCurrentMonth } from "@/server/identity/time-zone";
import { mainCurrency } from "@/server/reports/currency";
import { monthSpending } from "@/server/reports/spending";
import { currencyParam } from "@/server/spending/inputs";

const query = z.object({ month: monthParam.optional(), currency: currencyParam.optional() });

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const input = readQuery(request, query);
  const db = await getDb();
  const spending = await monthSpending(db, user.id, {
    month: input.month ?? userCurrentMonth(user),
    currency: input.currency ?? (await mainCurrency(db, user.id)),
  });
  return json({
    month: spending.month,
    currency: spending.currency,
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
