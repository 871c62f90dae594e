import "server-only";
import { z } from "zod";
import { amountInput } from "@/lib/amount-input";
import { formatDecimal } from "@/lib/money";

export const emailField = z.email("must be a valid email address").max(254);
export const passwordField = z
  .string("is required")
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");

export const signupInput = z.object({
  email: emailField,
  password: passwordField,
  name: z.string().trim().max(100, "must be at most 100 characters").nullish(),
});

export const tokenCreateInput = z.object({
  email: z.string("is required").trim().min(1, "is required"),
  password: z.string("is required").min(1, "is required"),
  name: z.string().trim().min(1).max(100, "must be at most 100 characters").nullish(),
});

export const tokenNameInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
});

/**
 * A non-negative money amount as the API writes it ("4200.00") or a plain number, with at most two decimal
 * places and within what numeric(14,2) holds; normalized to "4200.00".
 */
export const moneyAmount = amountInput.transform(formatDecimal);

export const profileInput = z
  .object({
    name: z.string().trim().max(100, "must be at most 100 characters").nullable(),
    monthly_income: moneyAmount.nullable(),
    notify_thresholds: z
      .array(z.number().int("must be whole percentages").min(1).max(500), "must be a list of percentages")
      .min(1, "must have at least one threshold")
      .max(5, "must have at most five thresholds")
      .transform((values) => [...new Set(values)].sort((a, b) => a - b)),
    email_notifications: z.boolean("must be true or false"),
  })
  .partial()
  .strict();
