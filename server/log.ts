import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/env";

// One structured logger for the server: JSON lines on stdout, one object per event. What it must never carry:
// passwords, bank passwords, tokens, cookies, request bodies and SQL parameters (they hold user ids,
// descriptions and amounts). Known fields are redacted by path; errors go through `serializeError`, which keeps
// the cause chain (the real reason a query failed) and drops the values.

const REDACTED_KEYS = [
  "password",
  "account_password",
  "passwordHash",
  "passwordCiphertext",
  "currentPassword",
  "newPassword",
  "token",
  "accessToken",
  "access_token",
  "refresh_token",
  "id_token",
  "secret",
  "authorization",
  "cookie",
  "body",
  "params",
];

/** Paths pino removes before a line is written: the key at the top level and one or two levels down. */
export const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

type SerializedError = {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SerializedError;
  [key: string]: unknown;
};

// Fields of a Postgres error that name what failed without the row's values (`detail` and `where` quote them).
const PG_FIELDS = [
  "severity",
  "routine",
  "table_name",
  "column_name",
  "constraint_name",
  "table",
  "column",
  "constraint",
];

/**
 * An error and its causes as plain data. Drizzle's query errors put the parameters in the message
 * ("params: <user id>,<description>,…"): only the SQL text with its placeholders is kept.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const record = error as Error & Record<string, unknown>;
  // Drizzle's "Failed query: <sql>\nparams: <values>" loses its values; a driver's own message (Postgres's
  // reason) is kept whole. Postgres puts row values in `detail`, which is never copied.
  const message = error.message.replace(/\nparams: [\s\S]*$/, "");
  const serialized: SerializedError = { type: error.name || error.constructor.name, message };
  if (typeof record.code === "string" || typeof record.code === "number")
    serialized.code = String(record.code);
  for (const field of PG_FIELDS) {
    if (typeof record[field] === "string") serialized[field] = record[field];
  }
  // A stack starts with the message, parameters and all: only its frames are kept.
  if (error.stack) {
    const frames = error.stack.split("\n").filter((line) => /^\s+at /.test(line));
    serialized.stack = [`${serialized.type}: ${message}`, ...frames].join("\n");
  }
  if (error.cause !== undefined && depth < 5) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

export function createLogger(destination?: DestinationStream, level: string = env.LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { app: "tally" },
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

const holder = globalThis as unknown as { __tallyLog?: Logger };

/** The process's logger. Give a module its own with `log.child({ module: "ofx" })`. */
holder.__tallyLog ??= createLogger();
export const log: Logger = holder.__tallyLog;

/** The shape the embedded job runner reports through (inngest/embedded JobLog), on this logger. */
export const jobLog = {
  info: (message: string, meta?: Record<string, unknown>) => log.info({ ...meta, module: "jobs" }, message),
  warn: (message: string, meta?: Record<string, unknown>) => log.warn({ ...meta, module: "jobs" }, message),
  error: (message: string, meta?: Record<string, unknown>) => log.error({ ...meta, module: "jobs" }, message),
};
