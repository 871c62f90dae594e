import "server-only";
import { z } from "zod";
import { formatDecimal } from "@/lib/money";
import { shiftMonth } from "@/lib/months";
import type { BudgetLine, BudgetMonth } from "./evaluate";
import { budgetStatuses } from "./status";

// The REST shapes of budgets (snake_case, money as decimal strings), as zod schemas for the OpenAPI document,
// and the one mapping from the domain's camelCase to them.

const money = z.string().meta({ description: "Decimal string with two places", example: "412.00" });
const month = z.string().meta({ description: "YYYY-MM", example: "2026-03" });

export const budgetRowResponse = z.object({
  category_id: z.string(),
  name: z.string(),
  group_id: z.string().nullable().meta({ description: "The group of a category; null on a group's own row" }),
  is_group: z.boolean(),
  rolled_up: z.boolean().meta({ description: "A group without its own budget: the sum of its categories'" }),
  hidden: z.boolean().meta({
    description: "A category the user hid: listed only while it has spending or a budget that month",
  }),
  budget: money.meta({ description: "The month's budget before rollover" }),
  source: z.enum(["recommended", "user"]),
  effective_from: month.nullable().meta({ description: "The month the user's setting applies from" }),
  recommended: money.nullable(),
  explanation: z.string().nullable().meta({ description: "Why the recommendation is what it is" }),
  rollover: z.boolean().meta({ description: "Whether last month's leftover (or overspending) carries in" }),
  rollover_amount: money.meta({ description: "Carried in from last month; negative for overspending" }),
  rollover_from: month.nullable(),
  available: money.meta({ description: "budget + rollover_amount" }),
  spent: money,
  remaining: money,
  percent: z.number().nullable().meta({ description: "spent / available × 100, for display only" }),
  projected: money
    .nullable()
    .meta({ description: "Spending at month's end at this pace; null for future months" }),
  status: z.enum(budgetStatuses),
});

export const budgetMonthResponse = z.object({
  month,
  currency: z.string(),
  recommendations: z.object({
    mode: z.enum(["history", "template", "none"]),
    message: z
      .string()
      .nullable()
      .meta({ description: "What recommendations are based on, or what would give some" }),
  }),
  categories: z.array(budgetRowResponse),
  totals: z.object({
    budget: money,
    rollover_amount: money,
    available: money,
    spent: money,
    remaining: money,
    projected: money.nullable(),
  }),
  unbudgeted: z.object({
    total: money,
    categories: z.array(
      z.object({
        category_id: z.string(),
        name: z.string(),
        group: z.string().nullable(),
        hidden: z
          .boolean()
          .meta({ description: "A category the user hid: its spending this month still counts" }),
        amount: money,
      }),
    ),
  }),
});

export type BudgetRowResponse = z.infer<typeof budgetRowResponse>;
export type BudgetMonthResponse = z.infer<typeof budgetMonthResponse>;

const decimalOrNull = (cents: number | null) => (cents === null ? null : formatDecimal(cents));

export function toBudgetRowResponse(line: BudgetLine, month: string): BudgetRowResponse {
  return {
    category_id: line.categoryId,
    name: line.name,
    group_id: line.groupId,
    is_group: line.isGroup,
    rolled_up: line.rolledUp,
    hidden: line.hidden,
    budget: formatDecimal(line.budget),
    source: line.source,
    effective_from: line.effectiveFrom,
    recommended: decimalOrNull(line.recommended),
    explanation: line.explanation,
    rollover: line.rolloverEnabled,
    rollover_amount: formatDecimal(line.rollover),
    rollover_from: line.rollover !== 0 ? shiftMonth(month, -1) : null,
    available: formatDecimal(line.available),
    spent: formatDecimal(line.spent),
    remaining: formatDecimal(line.remaining),
    percent: line.percent,
    projected: decimalOrNull(line.projected),
    status: line.status,
  };
}

export function toBudgetMonthResponse(budget: BudgetMonth): BudgetMonthResponse {
  return {
    month: budget.month,
    currency: budget.currency,
    recommendations: { mode: budget.mode, message: budget.guidance },
    categories: budget.lines.map((line) => toBudgetRowResponse(line, budget.month)),
    totals: {
      budget: formatDecimal(budget.totals.budget),
      rollover_amount: formatDecimal(budget.totals.rollover),
      available: formatDecimal(budget.totals.available),
      spent: formatDecimal(budget.totals.spent),
      remaining: formatDecimal(budget.totals.remaining),
      projected: decimalOrNull(budget.totals.projected),
    },
    unbudgeted: {
      total: formatDecimal(budget.unbudgeted.total),
      categories: budget.unbudgeted.categories.map((item) => ({
        category_id: item.categoryId,
        name: item.name,
        group: item.groupName,
        hidden: item.hidden,
        amount: formatDecimal(item.amount),
      })),
    },
  };
}
