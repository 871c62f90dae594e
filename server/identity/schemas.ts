import "server-only";
import { z } from "zod";
import { formatDecimal, parseCents } from "@/lib/money";
import { isValidTimeZone } from "@/lib/months";

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

/** A non-negative money amount as the API writes it ("4200.00") or a plain number; normalized to "4200.00". */
export const moneyAmount = z
  .union([z.string(), z.number()], 'must be an amount like "4200.00"')
  .transform((value, ctx) => {
    const cents = parseCents(String(value));
    if (cents === null || cents < 0) {
      ctx.addIssue({ code: "custom", message: 'must be an amount of zero or more, like "4200.00"' });
      return z.NEVER;
    }
    return formatDecimal(cents);
  });

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
    time_zone: z
      .string("must be a time zone like America/Los_Angeles")
      .refine(isValidTimeZone, "must be a time zone like America/Los_Angeles"),
  })
  .partial()
  .strict();
