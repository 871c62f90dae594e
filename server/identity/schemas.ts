import "server-only";
import { z } from "zod";
import { moneyAmount as money, text } from "@/lib/fields";
import { isValidTimeZone } from "@/lib/months";
import { notifyThresholdsField } from "@/server/notifications/inputs";

export const emailField = z.email("must be a valid email address").max(254);
export const passwordField = z
  .string("is required")
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");

export const signupInput = z.object({
  email: emailField,
  password: passwordField,
  name: text().trim().max(100, "must be at most 100 characters").nullish(),
});

export const tokenCreateInput = z.object({
  email: text({ required: "is required" }).trim().min(1, "is required").max(254),
  password: z.string("is required").min(1, "is required").max(200, "must be at most 200 characters"),
  name: text().trim().min(1).max(100, "must be at most 100 characters").nullish(),
});

export const tokenNameInput = z.object({
  name: text({ required: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters"),
});

/** A non-negative money amount as the API writes it ("4200.00") or a plain number; normalized to "4200.00". */
export const moneyAmount = money();

export const profileInput = z
  .object({
    name: text().trim().max(100, "must be at most 100 characters").nullable(),
    monthly_income: moneyAmount.nullable(),
    notify_thresholds: notifyThresholdsField,
    email_notifications: z.boolean("must be true or false"),
    notify_sync_completed: z.boolean("must be true or false"),
    time_zone: z
      .string("must be a time zone like America/Los_Angeles")
      .refine(isValidTimeZone, "must be a time zone like America/Los_Angeles"),
    budget_currency: z
      .string("must be a currency code like USD")
      .trim()
      .regex(/^[A-Za-z]{3}$/, "must be a currency code like USD")
      .transform((code) => code.toUpperCase()),
  })
  .partial()
  .strict();

/** Deleting one's account: the password, or for an account without one, the e-mail address typed again. */
export const accountDeletionInput = z.object({
  password: z.string().max(200, "must be at most 200 characters").optional(),
  confirm_email: z.string().max(320, "must be at most 320 characters").optional(),
});

export const passwordChangeInput = z.object({
  current_password: z.string().max(200, "must be at most 200 characters").optional(),
  new_password: passwordField,
});
