// GET /api/v1/budgets?month=YYYY-MM — every budgeted category and group with its status, totals and the
// spending that has no budget.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { toBudgetMonthResponse } from "@/server/budgets/api";
import { getBudgetMonth } from "@/server/budgets/budgets";
import { budgetsQuery } from "@/server/budgets/inputs";
import { apiRoute, json, readQuery } from "@/server/http/api";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const { month } = readQuery(request, budgetsQuery);
  return json(toBudgetMonthResponse(await getBudgetMonth(await getDb(), user, { month })));
});

export * from "@/server/http/method-not-allowed";
