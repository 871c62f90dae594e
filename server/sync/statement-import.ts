import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { type Account, accounts, type Sync } from "@/db/schema";
import { statementImportRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { formatDecimal } from "@/lib/money";
import { getAccount } from "@/server/accounts/accounts";
import { requestBudgetEvaluationAfterSync } from "@/server/budgets/events";
import { AppError } from "@/server/errors";
import { notifyStatementImportFailed, notifySyncCompleted } from "@/server/notifications/sync-notices";
import {
  MAX_STATEMENT_BYTES,
  parseStatementFile,
  UnsupportedStatementError,
} from "@/server/statements/parse-file";
import { type ParsedAccount, type ParsedStatement, StatementParseError } from "@/server/statements/types";
import { getObjectStore, statementKey } from "@/server/storage";
import { StatementRejectedError } from "./errors";
import { type ImportOptions, importStatementRows, lockImportTarget } from "./import-transactions";
import {
  claimSyncAccount,
  createSync,
  getSyncForJob,
  markSyncFailed,
  markSyncRunning,
  markSyncSucceeded,
  recordSyncAccount,
} from "./syncs";

export const parseOptionsSchema = z
  .object({ csvMapping: z.unknown().optional(), qifDateOrder: z.enum(["MDY", "DMY"]).optional() })
  .strict();
export type ParseOptions = z.infer<typeof parseOptionsSchema>;

/**
 * How an upload form says how to read the file, over REST and from the Accounts page alike: `csv_mapping` as JSON
 * text and `qif_date_order`; an empty field means "not given".
 */
export const uploadOptionsInput = z
  .object({
    csv_mapping: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (!text) return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "must be a JSON column mapping" });
          return z.NEVER;
        }
      }),
    qif_date_order: z
      .enum(["MDY", "DMY", ""], "must be MDY or DMY")
      .optional()
      .transform((value) => value || undefined),
  })
  .transform(
    ({ csv_mapping, qif_date_order }): ParseOptions => ({
      csvMapping: csv_mapping,
      qifDateOrder: qif_date_order,
    }),
  );

/**
 * Accepts an uploaded statement for an account: read now, so an unreadable file is refused whole with the line
 * and reason while the user is still looking (nothing from it is imported); then kept in the object store and
 * queued for import.
 */
export async function acceptStatementUpload(
  db: Database,
  userId: string,
  accountId: string,
  file: { bytes: Uint8Array; filename: string },
  options: ParseOptions = {},
): Promise<Sync> {
  const account = await getAccount(db, userId, accountId);
  if (account.connectionId) {
    // Its bank keeps it up to date; a file on top would race the syncs and mix two sources of the same rows.
    throw new AppError(
      "conflict",
      "This account is kept up to date by its bank connection, so statement files cannot be imported into it. Use “Refresh now” on the connection, or create a manual account for the file.",
    );
  }
  if (file.bytes.length > MAX_STATEMENT_BYTES) {
    throw new AppError("payload_too_large", "Statement files can be at most 10 MB.");
  }
  if (file.bytes.length === 0) {
    throw new AppError("statement_unreadable", "The file is empty.", { fields: { file: "is empty" } });
  }
  const parsed = readStatement(file, options);
  pickAccount(parsed, account);
  const syncId = randomUUID();
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(file.filename)?.[1] ?? "txt";
  const objectKey = statementKey({ userId, accountId, syncId, extension });
  await getObjectStore().put(objectKey, file.bytes);
  return db.transaction(async (tx) => {
    const sync = await createSync(tx, {
      id: syncId,
      userId,
      accountId,
      kind: "statement",
      reason: "upload",
      objectKey,
      fileName: file.filename.slice(0, 255),
      parseOptions: options,
    });
    await enqueueEvents(
      tx,
      statementImportRequested({ syncId, userId, accountId }, { id: `import:${syncId}` }),
    );
    return sync;
  });
}

function readStatement(
  file: { bytes: Uint8Array; filename: string },
  options: ParseOptions,
): ParsedStatement {
  try {
    return parseStatementFile({ bytes: file.bytes, filename: file.filename, ...options });
  } catch (error) {
    if (error instanceof UnsupportedStatementError)
      throw new AppError("unsupported_media_type", error.message);
    if (error instanceof StatementParseError) {
      // The parsers' messages already say where ("Line 14: the amount …").
      const where = error.line && !/\bline \d/i.test(error.message) ? `Line ${error.line}: ` : "";
      throw new AppError("statement_unreadable", `This file could not be read. ${where}${error.message}`, {
        fields: { file: `${where}${error.message}` },
      });
    }
    throw error;
  }
}

/**
 * Which statement in the file belongs to the account: the one with its number, or the only one with
 * transactions. A file holding several accounts is refused rather than mixed into one.
 */
function pickAccount(parsed: ParsedStatement, account: Account): ParsedAccount {
  const withRows = parsed.accounts.filter((candidate) => candidate.transactions.length > 0);
  const byNumber = account.accountNumber
    ? parsed.accounts.find((candidate) => candidate.accountNumber === account.accountNumber)
    : undefined;
  const chosen = byNumber ?? (withRows.length === 1 ? withRows[0] : undefined);
  if (chosen) return chosen;
  if (withRows.length === 0) {
    throw new AppError("statement_unreadable", "This file has no transactions in it.", {
      fields: { file: "has no transactions" },
    });
  }
  const names = withRows.map(
    (candidate) => candidate.name ?? `…${candidate.accountNumber?.slice(-4) ?? "?"}`,
  );
  throw new AppError(
    "statement_unreadable",
    `This file holds ${withRows.length} accounts (${names.join(", ")}). Upload it once into a separate account for each, or export one account at a time.`,
    { fields: { file: "holds more than one account" } },
  );
}

/**
 * The currency a statement file's rows are stored in. The parsers assume USD when a file does not name its
 * currency, so a USD from the file cannot overrule the account's own currency (a EUR account's CSV export is
 * EUR); any other currency the file names is its own word.
 */
export function statementCurrency(fileCurrency: string, accountCurrency: string): string {
  if (!fileCurrency || fileCurrency === "USD") return accountCurrency;
  return fileCurrency;
}

/**
 * The import job: read the stored file again and store what is new, in one transaction with the account's
 * balance and the sync's outcome: the file is imported whole or not at all, and counted exactly. A file that
 * cannot be stored fails the sync once, with the reason; a retry of a finished import changes nothing.
 */
export async function runStatementImport(
  db: Database,
  syncId: string,
  options?: ImportOptions,
): Promise<Sync | null> {
  const sync = await getSyncForJob(db, syncId);
  if (!sync?.accountId || !sync.objectKey) return null;
  if (!(await markSyncRunning(db, syncId))) return null;
  const [account] = await db.select().from(accounts).where(eq(accounts.id, sync.accountId)).limit(1);
  if (!account) return null;
  try {
    const bytes = await getObjectStore().get(sync.objectKey);
    const parseOptions = parseOptionsSchema.parse(sync.parseOptions ?? {});
    const statement = pickAccount(
      readStatement({ bytes, filename: sync.fileName ?? "statement" }, parseOptions),
      account,
    );
    const target = {
      userId: sync.userId,
      accountId: account.id,
      currency: statementCurrency(statement.currency, account.currency),
      syncId,
    };
    return await db.transaction(async (tx) => {
      if (!(await lockImportTarget(tx, target))) return null; // the account was removed meanwhile
      const claim = await claimSyncAccount(tx, syncId, account.id);
      if (claim.state === "gone") return null;
      if (claim.state === "done") return getSyncForJob(tx, syncId);
      const result = await importStatementRows(tx, target, statement.transactions, options);
      if (!result) return null; // the account was removed meanwhile
      await recordSyncAccount(tx, syncId, account.id, result);
      await tx
        .update(accounts)
        .set({
          ...(statement.balance !== null
            ? { balance: formatDecimal(statement.balance), balanceAsOf: sql`now()` }
            : {}),
          lastSyncedAt: sql`now()`,
        })
        .where(eq(accounts.id, account.id));
      const finished = await markSyncSucceeded(tx, syncId);
      if (!finished) return null;
      // Its notice (keyed on the sync) and the request to evaluate the file's months' budgets commit with it.
      await notifySyncCompleted(tx, finished);
      await requestBudgetEvaluationAfterSync(tx, {
        userId: sync.userId,
        syncId,
        since: earliestDate(statement),
      });
      return finished;
    });
  } catch (error) {
    // The same file would be refused the same way on every retry: fail once, with the reason.
    if (error instanceof StatementRejectedError || error instanceof AppError) {
      return failImport(db, syncId, error.message);
    }
    throw error;
  }
}

/** The earliest posting date among a statement's rows: where the months it could change begin. */
function earliestDate(statement: ParsedAccount): string | null {
  return statement.transactions.reduce<string | null>(
    (earliest, row) => (earliest === null || row.postedOn < earliest ? row.postedOn : earliest),
    null,
  );
}

/** The import failed for a reason of ours (after its retries): say so, and keep what the failure left. */
export async function failStatementImport(db: Database, syncId: string): Promise<void> {
  await failImport(db, syncId, "The import failed because of a problem on our side. Upload the file again.");
}

/** Marks the import failed and tells the user once (the notice is keyed on the sync). */
async function failImport(db: Database, syncId: string, message: string): Promise<Sync | null> {
  const failed = (await markSyncFailed(db, syncId, message)) ?? (await getSyncForJob(db, syncId));
  if (failed?.status === "failed") await notifyStatementImportFailed(db, failed, failed.error ?? message);
  return failed;
}
