// How the jobs layer describes an error in its logs and stored state: the real cause, in words, and never
// what a query carried. Drizzle wraps every failed query in a DrizzleQueryError whose message (and so stack)
// lists the query's parameters, which hold user data; the database's own error underneath names the cause.

import { NonRetriableError } from "inngest";

export type ErrorDescription = { name: string; message: string; code?: string; stack?: string };

export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(typeof value === "string" ? value : "Non-error thrown");
}

function isQueryWrapper(error: Error): boolean {
  return error.name === "DrizzleQueryError" || error.message.startsWith("Failed query:");
}

/** A SQLSTATE (e.g. "23505") when the error came from the database server or PGlite. */
function sqlState(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Name and message of the error that really happened, unwrapping query wrappers. A database message loses a
 * trailing quoted value (`invalid input syntax for type uuid: "…"`), and its stack is not kept: both can
 * carry data.
 */
export function describeError(thrown: unknown): ErrorDescription {
  let error = toError(thrown);
  let wrapped = false;
  while (isQueryWrapper(error) && error.cause !== undefined) {
    error = toError(error.cause);
    wrapped = true;
  }
  if (isQueryWrapper(error)) return { name: "DatabaseError", message: "A database query failed" };
  const code = sqlState(error);
  if (code !== undefined || wrapped) {
    const message = error.message.replace(/:\s*".*"\s*$/s, ': "…"');
    return { name: error.name === "Error" ? "DatabaseError" : error.name, message, ...(code && { code }) };
  }
  return {
    name: error.name,
    message: error.message,
    ...(error.stack !== undefined && { stack: error.stack }),
  };
}

/** One line for a log: "PostgresError 23505: duplicate key value violates unique constraint …". */
export function errorSummary(thrown: unknown): string {
  const { name, message, code } = describeError(thrown);
  return `${name}${code ? ` ${code}` : ""}: ${message}`;
}

/** NonRetriableError, also when it arrives serialized (by name) rather than as an instance. */
export function isNonRetriable(error: unknown): boolean {
  return error instanceof NonRetriableError || (error instanceof Error && error.name === "NonRetriableError");
}
