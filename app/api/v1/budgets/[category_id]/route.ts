// PUT /api/v1/budgets/:category_id — set a category's (or group's) budget from a month on: { amount, rollover? }.
// DELETE /api/v1/budgets/:category_id?month=YYYY-MM — back to the recommendation from that month on.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { toBudgetRowResponse } from "@/server/budgets/api";
import { resetBudget, setBudget } from "@/server/budgets/budgets";
import { budgetPutInput, budgetsQuery } from "@/server/budgets/inputs";
import { budgetClock } from "@/server/budgets/load";
import { apiRoute, json, noContent, readJson, readQuery } from "@/server/http/api";
import { parseId } from "@/server/http/ids";

type Params = { category_id: string };

export const PUT = apiRoute<Params>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const categoryId = parseId((await params).category_id, "That category");
  const input = await readJson(request, budgetPutInput);
  const month = input.month ?? budgetClock(user).currentMonth;
  const line = await setBudget(await getDb(), user, categoryId, {
    month,
    amount: input.amount,
    rollover: input.rollover,
  });
  return json(toBudgetRowResponse(line, month));
});

export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const categoryId = parseId((await params).category_id, "That category");
  const { month = budgetClock(user).currentMonth } = readQuery(request, budgetsQuery);
  await resetBudget(await getDb(), user, categoryId, { month });
  return noContent();
});

export * from "@/server/http/method-not-allowed";
