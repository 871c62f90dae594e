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

const NOT_ACCEPTED = "is not a field this accepts";

const NOT_AN_OBJECT =
  "The request body must be a JSON object of named fields, not a list, a single value or null.";

type Issue = z.ZodError["issues"][number];

/**
 * The issues to report for a union none of whose forms fit, or null to keep the union's own message. A union of
 * objects (a bank named by id, or by its OFX address) failed inside the forms' fields: "Invalid input" says
 * nothing, so the form the input came closest to speaks: one that accepts all the fields sent, then the one
 * with the fewest problems. A union of values ("412.50" or 412.5) keeps its own message.
 */
function closestUnionBranch(issue: Issue): Issue[] | null {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return null;
  const insideFields = (branch: Issue[]) =>
    branch.length > 0 && branch.every((inner) => inner.path.length > 0 || inner.code === "unrecognized_keys");
  if (!issue.errors.every(insideFields)) return null;
  const score = (branch: Issue[]) =>
    (branch.some((inner) => inner.code === "unrecognized_keys") ? 1000 : 0) + branch.length;
  const closest = issue.errors.reduce((best, branch) => (score(branch) < score(best) ? branch : best));
  return closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
}

/** The whole input is of the wrong kind (a list, text or null where named fields belong). */
const wrongShape = (issue: Issue) =>
  issue.path.length === 0 &&
  (issue.code === "invalid_type" ||
    (issue.code === "invalid_union" &&
      issue.errors.length > 0 &&
      issue.errors.every((branch) =>
        branch.every(
          (inner) => inner.path.length === 0 && inner.code === "invalid_type" && inner.expected === "object",
        ),
      )));

/** A zod failure as field → message, with snake_case paths like the API's fields (`notify_thresholds.1`). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  const issues = [...error.issues];
  for (let next = issues.shift(); next !== undefined; next = issues.shift()) {
    const issue = next;
    const branch = closestUnionBranch(issue);
    if (branch) {
      issues.unshift(...branch);
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= NOT_ACCEPTED;
      continue;
    }
    if (wrongShape(issue)) {
      // The whole input has the wrong shape (a JSON body that is a list, a string or null): the library's own
      // words ("expected object, received array") are not a sentence a person can act on.
      fields._ ??= NOT_AN_OBJECT;
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

// What each input is called in a sentence. Messages say "The end date must be …", never "to: must be …".
const FIELD_WORDS: Record<string, string> = {
  account_id: "The account",
  account_login: "The user id",
  account_password: "The password",
  account_url: "The OFX server address",
  amount: "The amount",
  apply_to_seller: "“Apply to all from this seller”",
  budget_currency: "The budget currency",
  category_id: "The category",
  csv_mapping: "The column mapping",
  currency: "The currency",
  cursor: "The page link",
  email: "The email address",
  email_notifications: "The email alerts choice",
  fid: "The FID",
  file: "The file",
  from: "The start date",
  institution_id: "The bank",
  limit: "The number of rows per page",
  max_amount: "The largest amount",
  min_amount: "The smallest amount",
  month: "The month",
  monthly_income: "The monthly income",
  months: "The number of months",
  name: "The name",
  notify_thresholds: "The alert percentages",
  org: "The ORG",
  parent_id: "The group",
  password: "The password",
  q: "The search",
  qif_date_order: "The date order",
  rollover: "The rollover choice",
  sort: "The order",
  time_zone: "The time zone",
  to: "The end date",
  type: "The account type",
  unread: "The unread-only filter",
};

/** An input's name in words: a known field's, or the key made readable ("notify_thresholds.2" → "Notify thresholds"). */
function fieldWords(field: string): string {
  const key = field.split(".")[0] ?? field;
  const known = FIELD_WORDS[key];
  if (known) return known;
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .trim()
    .toLowerCase();
  return words ? `The ${words}` : "A value";
}

/** "must be a date" → "The start date must be a date."; a message that is already a sentence stays as it is. */
function sentence(field: string, message: string): string {
  const text = /^[A-Z“"]/.test(message) || field === "_" ? message : `${fieldWords(field)} ${message}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function invalidInput(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  const problems = Object.entries(fields).map(([field, message]) =>
    // A field the input should not have is named as it was sent: "The emale" would read as a thing Tally knows.
    message === NOT_ACCEPTED ? `“${field}” ${message}.` : sentence(field, message),
  );
  const message =
    problems.length === 0
      ? "Some of what was sent could not be used. Check it and try again."
      : problems.length === 1
        ? problems[0]!
        : `${problems.length} things need another look. ${problems.join(" ")}`;
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
