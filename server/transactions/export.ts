import "server-only";
import type { Database } from "@/db";
import type { User } from "@/db/schema";
import { centsFromNumeric, formatDecimal } from "@/lib/money";
import { todayIn } from "@/lib/months";
import type { TransactionFilterInput } from "./inputs";
import { listTransactions, type TransactionRow } from "./list";

// The columns of Mint's transaction export, in Mint's order, so files open in tools that read Mint's format;
// then the amount's currency, which Mint (dollars only) never needed: a user with a euro and a dollar account
// could not tell 12.50 from 12.50 otherwise. Readers of Mint's format find its columns by name and pass over one
// more at the end.
export const EXPORT_COLUMNS = [
  "Date",
  "Description",
  "Original Description",
  "Amount",
  "Transaction Type",
  "Category",
  "Account Name",
  "Labels",
  "Notes",
  "Currency",
] as const;

const EXPORT_BATCH_ROWS = 1000;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some strip first) as
 * a formula: a bank description like "=HYPERLINK(…)" must stay text. Some also skip leading spaces and line
 * breaks when they read a cell, so "  =HYPERLINK(…)" is one too. The OWASP advice: prefix a quote.
 */
export function escapeFormula(value: string): string {
  return /^[\t\r\n]|^\s*[=+\-@]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvField(value: string): string {
  const safe = escapeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Mint wrote dates as M/D/YYYY. */
const mintDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split("-");
  return `${Number(month)}/${Number(day)}/${year}`;
};

export function exportRow(row: TransactionRow): string {
  const cents = centsFromNumeric(row.amount);
  return [
    mintDate(row.postedOn),
    row.merchant?.trim() || row.description,
    row.description,
    // Mint's amounts are sizes; the direction is in Transaction Type.
    formatDecimal(Math.abs(cents)),
    cents < 0 ? "debit" : "credit",
    row.categoryName ?? "Uncategorized",
    row.accountName,
    "",
    row.memo ?? "",
    row.currency,
  ]
    .map(csvField)
    .join(",");
}

/**
 * The CSV of every transaction matching the filter, newest first, produced one batch of rows at a time: each
 * batch is read from the database only when the reader asks for more (a pull stream), so memory stays the same
 * for 100 rows or 100,000 and a reader that stops early stops the reading. `onBatch` lets tests observe that.
 */
export function exportTransactionsCsv(
  db: Database,
  userId: string,
  filter: TransactionFilterInput,
  options: { batchRows?: number; onBatch?: (rows: number) => void } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batchRows = options.batchRows ?? EXPORT_BATCH_ROWS;
  let cursor: string | null | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          // A byte-order mark, so spreadsheet programs read the file as UTF-8 (sellers in any alphabet).
          controller.enqueue(encoder.encode(`\uFEFF${EXPORT_COLUMNS.join(",")}\r\n`));
          return;
        }
        if (cursor === null) {
          controller.close();
          return;
        }
        const page = await listTransactions(db, {
          ...filter,
          userId,
          sort: "newest",
          limit: batchRows,
          cursor,
        });
        options.onBatch?.(page.rows.length);
        cursor = page.nextCursor;
        if (page.rows.length > 0) {
          controller.enqueue(encoder.encode(`${page.rows.map(exportRow).join("\r\n")}\r\n`));
        }
        if (cursor === null) controller.close();
      },
    },
    // One chunk ahead at most: the stream does not read batches faster than they are sent.
    { highWaterMark: 1 },
  );
}

/**
 * The download's name, dated today in the user's calendar (their time zone, UTC until they have one), as Tally
 * dates "today" everywhere else: an export made late in the evening in Los Angeles is not named tomorrow.
 */
export const exportFileName = (user: Pick<User, "timeZone">, now = new Date()) =>
  `tally-transactions-${todayIn(user.timeZone, now)}.csv`;
