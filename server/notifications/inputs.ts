import "server-only";
import { z } from "zod";

// The inputs of the notification routes, actions and settings, shared by REST, the pages and OpenAPI.

/** More than five thresholds would make each category a stream of notices. */
export const MAX_THRESHOLDS = 5;
/** 500% is five times the budget: past any useful warning. */
export const MAX_THRESHOLD_PERCENT = 500;

const threshold = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? "is empty: enter a percentage or remove it"
        : "must be a whole percentage, like 80",
  })
  .int("must be a whole percentage, like 80")
  .min(1, "must be at least 1%")
  .max(MAX_THRESHOLD_PERCENT, `must be at most ${MAX_THRESHOLD_PERCENT}%`);

/** The percentages of a budget at which to notify: sorted, each once. */
export const notifyThresholdsField = z
  .array(threshold, "must be a list of percentages, like [80, 100]")
  .min(1, "must have at least one percentage")
  .max(MAX_THRESHOLDS, `must have at most ${MAX_THRESHOLDS} percentages`)
  .transform((values) => [...new Set(values)].sort((a, b) => a - b));

/** The settings form: one text box per threshold ("80" or "80%"), two checkboxes. */
export const notificationSettingsForm = z.object({
  notify_thresholds: z.preprocess((value) => {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    // Positions are kept (an empty box is an error at its place), so each message lands beside its box.
    return list
      .map((item) => String(item).trim().replace(/%$/, "").trim())
      .map((item) => (item === "" ? undefined : /^[+-]?\d+(\.\d+)?$/.test(item) ? Number(item) : Number.NaN));
  }, notifyThresholdsField),
  email_notifications: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  notify_sync_completed: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

export const notificationListQuery = z
  .object({
    unread: z
      .enum(["true", "false"], "must be true or false")
      .optional()
      .transform((value) => value === "true"),
    limit: z.coerce
      .number("must be a number from 1 to 500")
      .int("must be a whole number from 1 to 500")
      .min(1, "must be from 1 to 500")
      .max(500, "must be from 1 to 500")
      .default(50),
    cursor: z
      .string()
      .regex(/^\d{1,18}$/, "is not a cursor from this list")
      .optional(),
  })
  .strict();
