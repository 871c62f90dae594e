import "server-only";
import type { z } from "zod";
import { log } from "@/server/log";

// One error vocabulary for pages, actions, REST and jobs. `code` is the API's snake_case error code.
export type ErrorCode =
  | "invalid_json"
  | "invalid_input"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "email_taken"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "bank_rejected_credentials"
  | "bank_unreachable"
  | "statement_unreadable"
  | "rate_limited"
  | "unavailable"
  | "internal_error";

const statusByCode: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  bank_rejected_credentials: 422,
  bank_unreachable: 422,
  statement_unreadable: 422,
  rate_limited: 429,
  unavailable: 503,
  internal_error: 500,
};

export type ErrorBody = { code: ErrorCode; message: string; fields?: Record<string, string> };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { fields?: Record<string, string>; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = statusByCode[code];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.options.fields ? { fields: this.options.fields } : {}),
    };
  }
}

export const notFound = (what = "That") => new AppError("not_found", `${what} was not found.`);

/** A zod failure as field → message, with snake_case paths like the API's fields (`notify_thresholds.1`). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "is not a field this accepts";
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalidInput(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  const names = Object.keys(fields).filter((name) => name !== "_");
  const message =
    names.length > 0
      ? `Please check ${names.join(", ")}: ${Object.values(fields)[0]}`
      : (fields._ ?? "Invalid input.");
  return new AppError("invalid_input", message, { fields });
}

/** Parses with a zod schema, throwing the API's invalid_input error on failure. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

/**
 * Anything that is not an AppError is a bug or an outage: log it for the operator, and show the user a
 * generic message (database errors can carry values and SQL that must not leak).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  log.error({ err: error }, "unexpected error");
  return new AppError("internal_error", "Something went wrong on our side. Please try again in a moment.");
}
