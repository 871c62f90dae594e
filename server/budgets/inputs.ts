import "server-only";
import { z } from "zod";
import { amountInput } from "@/lib/amount-input";
import { monthParam } from "@/lib/months";

// One input schema per budget operation, used by the REST routes, the page's actions and the OpenAPI document.

/** A budget amount: zero or more, at most two decimal places, within numeric(14,2). Parsed to cents. */
export const budgetAmount = amountInput.meta({
  description: 'A decimal string with at most two places ("412.50"), zero or more',
  example: "412.50",
});

export const budgetPutInput = z
  .object({
    amount: budgetAmount
      .nullable()
      .meta({ description: "The monthly budget; null to follow the recommendation (with rollover, say)" }),
    rollover: z.boolean("must be true or false").optional().meta({
      description: "Carry what is left, or overspent, into the next month. Unchanged when left out",
    }),
    month: monthParam
      .optional()
      .meta({ description: "YYYY-MM: the first month this applies to (until changed); default this month" }),
  })
  .strict();

export const budgetsQuery = z.object({
  month: monthParam.optional().meta({ description: "YYYY-MM, default this month" }),
});
