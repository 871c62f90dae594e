import "server-only";
import { postgresErrorCode } from "@/db/client";
import { formatDecimal, MAX_AMOUNT_CENTS } from "@/lib/money";
import type { ParsedTransaction } from "@/server/statements/types";

/**
 * A statement Tally cannot store as it is: running the import again would fail the same way, so the job stops
 * at once and the sync says why, in words the user can act on. Nothing from the statement is stored.
 * Told apart by name (server/sync/connection-sync.ts): after a job runner serializes it, instanceof fails.
 */
export class StatementRejectedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StatementRejectedError";
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The checks the database would otherwise fail on, made first so the message can name the row: amounts that
 * fit numeric(14,2), real calendar dates. NUL characters (which Postgres text cannot hold, and which carry
 * nothing a person reads) are dropped from the text. Returns the rows to store.
 */
export function checkStatementRows(rows: readonly ParsedTransaction[]): ParsedTransaction[] {
  // Runs on every imported row: the message is only built for a row that fails.
  const which = (index: number) => `Transaction ${(index + 1).toLocaleString("en-US")} of the statement`;
  const impossible = (index: number, label: string, day: string) =>
    new StatementRejectedError(
      `${which(index)} has an impossible ${label} (${String(day).slice(0, 20)}). Nothing from the statement was imported.`,
    );
  return rows.map((row, index) => {
    if (!Number.isSafeInteger(row.amount) || Math.abs(row.amount) > MAX_AMOUNT_CENTS) {
      const shown = Number.isSafeInteger(row.amount) ? ` (${formatDecimal(row.amount)})` : "";
      throw new StatementRejectedError(
        `${which(index)} has an amount${shown} larger than Tally can store (at most ${formatDecimal(MAX_AMOUNT_CENTS)}). Nothing from the statement was imported.`,
      );
    }
    if (!isCalendarDate(row.postedOn)) throw impossible(index, "date", row.postedOn);
    const transactedOn = row.transactedOn ?? null;
    if (transactedOn !== null && !isCalendarDate(transactedOn))
      throw impossible(index, "purchase date", transactedOn);
    const description = withoutNul(row.description);
    const memo = row.memo == null ? row.memo : withoutNul(row.memo);
    return description === row.description && memo === row.memo ? row : { ...row, description, memo };
  });
}

function isCalendarDate(day: string): boolean {
  const match = ISO_DATE.exec(day);
  if (!match) return false;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return (
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date
  );
}

const withoutNul = (text: string) => (text.includes("\u0000") ? text.replaceAll("\u0000", "") : text);

/**
 * A database data exception while storing a statement (SQLSTATE class 22: a value out of range, an invalid
 * byte) is the statement's, not a passing fault: it becomes a StatementRejectedError. Other errors pass on.
 */
export function asStatementRejection(error: unknown): unknown {
  if (error instanceof StatementRejectedError) return error;
  if (postgresErrorCode(error)?.startsWith("22")) {
    return new StatementRejectedError(
      "Tally could not store this statement: one of its values is out of range or unreadable. Nothing from it was imported.",
      { cause: error },
    );
  }
  return error;
}
