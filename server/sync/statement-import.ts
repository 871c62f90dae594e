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
import { type ImportOptions, importTransactions } from "./import-transactions";
import { createSync, getSyncForJob, markSyncFailed, markSyncRunning, markSyncSucceeded } from "./syncs";

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

/** The import job: read the stored file again and store what is new. Safe to run again. */
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
  const bytes = await getObjectStore().get(sync.objectKey);
  const parseOptions = parseOptionsSchema.parse(sync.parseOptions ?? {});
  const statement = pickAccount(
    readStatement({ bytes, filename: sync.fileName ?? "statement" }, parseOptions),
    account,
  );
  await importTransactions(
    db,
    { userId: sync.userId, accountId: account.id, currency: statement.currency || account.currency, syncId },
    statement.transactions,
    options,
  );
  if (statement.balance !== null) {
    await db
      .update(accounts)
      .set({ balance: formatDecimal(statement.balance), balanceAsOf: sql`now()` })
      .where(eq(accounts.id, account.id));
  }
  await db.update(accounts).set({ lastSyncedAt: sql`now()` }).where(eq(accounts.id, account.id));
  const since = statement.transactions.reduce<string | null>(
    (earliest, row) => (earliest === null || row.postedOn < earliest ? row.postedOn : earliest),
    null,
  );
  // The outcome, its notice and the request to evaluate the file's months' budgets commit together.
  return db.transaction(async (tx) => {
    const finished = await markSyncSucceeded(tx, syncId, statement.transactions.length, [account.id]);
    await notifySyncCompleted(tx, finished);
    await requestBudgetEvaluationAfterSync(tx, { userId: sync.userId, syncId, since });
    return finished;
  });
}

export async function failStatementImport(db: Database, syncId: string, error: unknown): Promise<void> {
  // By name too: an error that crossed Inngest arrives serialized, no longer an AppError instance.
  const message =
    error instanceof AppError || (error instanceof Error && error.name === "AppError")
      ? error.message
      : "The import failed because of a problem on our side. Upload the file again.";
  const failed = (await markSyncFailed(db, syncId, message)) ?? (await getSyncForJob(db, syncId));
  // Keyed on the sync: a repeated onFailure tells the user once.
  if (failed?.status === "failed") await notifyStatementImportFailed(db, failed, failed.error ?? message);
}
