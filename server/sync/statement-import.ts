import "server-only";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { type Account, accounts, type Sync, users } from "@/db/schema";
import { statementImportRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { formatDecimal } from "@/lib/money";
import { getAccount } from "@/server/accounts/accounts";
import { balanceDaySql, recordBalanceSnapshot } from "@/server/accounts/balances";
import { requestBudgetEvaluationAfterSync } from "@/server/budgets/events";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { AppError } from "@/server/errors";
import { notifyStatementImportFailed, notifySyncCompleted } from "@/server/notifications/sync-notices";
import { rememberMapping } from "@/server/statements/csv";
import { chooseFileAccount } from "@/server/statements/file-accounts";
import { getRememberedMapping, saveRememberedMapping } from "@/server/statements/mappings";
import { MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import type { ParsedAccount, ParsedStatement } from "@/server/statements/types";
import {
  accountChoiceError,
  type ImportTarget,
  planImports,
  readUploadedStatement,
} from "@/server/statements/upload";
import { getObjectStore, statementKey } from "@/server/storage";
import { StatementRejectedError } from "./errors";
import { type ImportOptions, importStatementRows, lockImportTarget } from "./import-transactions";
import { dropReadStatement, leaveReadStatement, takeReadStatement } from "./statement-handoff";
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
  .object({
    csvMapping: z.unknown().optional(),
    qifDateOrder: z.enum(["MDY", "DMY"]).optional(),
    /** Which of the file's accounts goes into this one (a file that holds several). */
    fileAccount: z.string().max(200).optional(),
  })
  .strict();
export type ParseOptions = z.infer<typeof parseOptionsSchema>;

/**
 * How an upload form says how to read the file, over REST and from the Accounts page alike: `csv_mapping` as JSON
 * text (a whole mapping, or corrections to the detected one), `qif_date_order`, and `file_account` (which of
 * the file's accounts to import); an empty field means "not given".
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
    file_account: z
      .string()
      .max(200, "must be at most 200 characters")
      .optional()
      .transform((value) => value || undefined),
  })
  .transform(
    ({ csv_mapping, qif_date_order, file_account }): ParseOptions => ({
      csvMapping: csv_mapping,
      qifDateOrder: qif_date_order,
      fileAccount: file_account,
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
): Promise<{ sync: Sync; warnings: string[] }> {
  const { fileAccount, ...parse } = options;
  const { syncs, warnings } = await acceptStatementImport(db, userId, file, parse, [
    { accountId, fileAccount },
  ]);
  return { sync: syncs[0]!, warnings };
}

/**
 * Accepts a statement file for one or more accounts. The whole file is read first; only when it is readable,
 * every target is valid and every currency agrees are the new accounts created, the file stored and the
 * imports queued, all in one transaction: a refused file leaves nothing behind.
 */
export async function acceptStatementImport(
  db: Database,
  userId: string,
  file: { bytes: Uint8Array; filename: string },
  options: Omit<ParseOptions, "fileAccount">,
  targets: ImportTarget[],
): Promise<{ syncs: Sync[]; warnings: string[] }> {
  if (file.bytes.length > MAX_STATEMENT_BYTES) {
    throw new AppError("payload_too_large", "Statement files can be at most 10 MB.");
  }
  if (file.bytes.length === 0) {
    throw new AppError("statement_unreadable", "The file is empty.", { fields: { file: "is empty" } });
  }
  if (targets.length === 0) throw new AppError("invalid_input", "Choose an account to import into.");
  const existing = new Map<string, Account>();
  for (const target of targets) {
    if (target.accountId && !existing.has(target.accountId)) {
      const account = await getAccount(db, userId, target.accountId);
      if (account.connectionId) {
        // Its bank keeps it up to date; a file on top would race the syncs and mix two sources of the same rows.
        throw new AppError(
          "conflict",
          "This account is kept up to date by its bank connection, so statement files cannot be imported into it. Use “Refresh now” on the connection, or create a manual account for the file.",
        );
      }
      existing.set(target.accountId, account);
    }
  }
  const first = targets[0]!;
  const firstAccount = first.accountId ? existing.get(first.accountId) : undefined;
  const { statement, csv } = readUploadedStatement(file, options, {
    accountType: firstAccount?.type ?? first.newAccount?.type ?? null,
    rememberedCsv: firstAccount ? await getRememberedMapping(db, userId, firstAccount.id) : null,
  });
  const plans = planImports(statement, targets, existing);

  const objectKeys: string[] = [];
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(file.filename)?.[1] ?? "txt";
  for (const plan of plans) {
    plan.objectKey = statementKey({ userId, accountId: plan.accountId, syncId: plan.syncId, extension });
    await getObjectStore().put(plan.objectKey, file.bytes);
    objectKeys.push(plan.objectKey);
    // The import job reads the file exactly as it was read here (the same bytes and options) unless it is a
    // CSV, whose job reads it with the mapping settled here and the target account's own type: so what was
    // read is handed to the job rather than read a second time. Left before the commit that queues the job.
    if (statement.format !== "csv") leaveReadStatement(plan.objectKey, statement);
  }
  let created: Sync[];
  try {
    created = await db.transaction(async (tx) => {
      const syncs: Sync[] = [];
      for (const plan of plans) {
        if (plan.newAccount) {
          await tx.insert(accounts).values({
            id: plan.accountId,
            userId,
            name: plan.newAccount.name,
            type: plan.newAccount.type,
            currency: plan.newAccount.currency.toUpperCase(),
            accountNumber: plan.accountNumber,
          });
        }
        syncs.push(
          await createSync(tx, {
            id: plan.syncId,
            userId,
            accountId: plan.accountId,
            kind: "statement",
            reason: "upload",
            objectKey: plan.objectKey,
            fileName: file.filename.slice(0, 255),
            // The mapping the file was read with now, so the job reads it the same way.
            parseOptions: {
              ...options,
              ...(csv ? { csvMapping: csv.mapping } : {}),
              fileAccount: plan.fileAccount,
            },
          }),
        );
        if (csv) {
          await saveRememberedMapping(tx, {
            userId,
            accountId: plan.accountId,
            remembered: rememberMapping(csv.text, csv.mapping),
          });
        }
      }
      // The imports' events commit with their syncs.
      await enqueueEvents(
        tx,
        syncs.map((sync) =>
          statementImportRequested(
            { syncId: sync.id, userId, accountId: sync.accountId! },
            { id: `import:${sync.id}` },
          ),
        ),
      );
      return syncs;
    });
  } catch (error) {
    for (const key of objectKeys) dropReadStatement(key);
    await Promise.allSettled(objectKeys.map((key) => getObjectStore().delete(key)));
    throw error;
  }
  // What the user should know about the file: rows not imported and why (pending without a date, declined).
  return { syncs: created, warnings: statement.warnings.map((warning) => warning.message) };
}

/** The account in the file the sync imports: the one chosen at upload (older syncs: the only one). */
function pickAccount(parsed: ParsedStatement, account: Account, fileAccount?: string): ParsedAccount {
  const choice = chooseFileAccount(parsed, { fileAccount, accountNumber: account.accountNumber });
  if (!choice.ok) throw accountChoiceError(choice);
  return choice.chosen.account;
}

/**
 * The import job: read the stored file again (unless the upload in this process left what it read:
 * statement-handoff.ts) and store what is new, in one transaction with the account's balance and the sync's
 * outcome: the file is imported whole or not at all, and counted exactly. A file that cannot be stored fails
 * the sync once, with the reason; a retry of a finished import changes nothing.
 */
export async function runStatementImport(
  db: Database,
  job: { userId: string; syncId: string },
  options?: ImportOptions,
): Promise<Sync | null> {
  const { userId, syncId } = job;
  const sync = await getSyncForJob(db, userId, syncId);
  if (!sync?.accountId || !sync.objectKey) return null;
  if (!(await markSyncRunning(db, userId, syncId))) return null;
  // With the user's zone, which decides the day a balance without a date is for.
  const [found] = await db
    .select({ account: accounts, timeZone: users.timeZone })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.userId, userId), eq(accounts.id, sync.accountId)))
    .limit(1);
  if (!found) return null;
  const { account, timeZone } = found;
  try {
    const parseOptions = parseOptionsSchema.parse(sync.parseOptions ?? {});
    const { fileAccount, ...readOptions } = parseOptions;
    // What the upload read, when it was accepted in this process; else the stored file, read again.
    const statement = pickAccount(
      takeReadStatement(sync.objectKey) ??
        readUploadedStatement(
          { bytes: await getObjectStore().get(sync.objectKey), filename: sync.fileName ?? "statement" },
          readOptions,
          { accountType: account.type },
        ).statement,
      account,
      fileAccount,
    );
    // A file that names no currency is in its account's (one that names another was refused at upload).
    const target = {
      userId: sync.userId,
      accountId: account.id,
      currency: statement.currency ?? account.currency,
      syncId,
    };
    const finished = await db.transaction(async (tx) => {
      if (!(await lockImportTarget(tx, target))) return null; // the account was removed meanwhile
      const syncAccount = { userId, syncId, accountId: account.id };
      const claim = await claimSyncAccount(tx, syncAccount);
      if (claim.state === "gone") return null;
      if (claim.state === "done") return getSyncForJob(tx, userId, syncId);
      const result = await importStatementRows(tx, target, statement.transactions, {
        ...options,
        targetLocked: true,
        matchOtherFiles: true,
      });
      if (!result) return null; // the account was removed meanwhile
      await recordSyncAccount(tx, syncAccount, result);
      if (statement.balance !== null) {
        // The day the balance is for, as its snapshot has it: an older statement uploaded later does not
        // replace a newer one, and of two for the same day the later upload counts.
        const asOf = balanceDaySql(statement.balanceAsOf, timeZone);
        await tx
          .update(accounts)
          .set({ balance: formatDecimal(statement.balance), balanceAsOf: asOf })
          .where(
            and(
              eq(accounts.userId, userId),
              eq(accounts.id, account.id),
              or(isNull(accounts.balanceAsOf), lte(accounts.balanceAsOf, asOf)),
            ),
          );
      }
      await tx
        .update(accounts)
        .set({ lastSyncedAt: sql`now()` })
        .where(and(eq(accounts.userId, userId), eq(accounts.id, account.id)));
      await recordBalanceSnapshot(tx, {
        userId: sync.userId,
        accountId: account.id,
        syncId,
        balance: statement.balance,
        currency: target.currency,
        asOf: statement.balanceAsOf,
        timeZone,
      });
      const finished = await markSyncSucceeded(tx, userId, syncId);
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
    // The user's cached figures are stale now that the import committed.
    await invalidateUserReads(sync.userId);
    return finished;
  } catch (error) {
    // The same file would be refused the same way on every retry: fail once, with the reason.
    if (error instanceof StatementRejectedError || error instanceof AppError) {
      return failImport(db, job, error.message);
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
export async function failStatementImport(
  db: Database,
  job: { userId: string; syncId: string },
): Promise<void> {
  await failImport(db, job, "The import failed because of a problem on our side. Upload the file again.");
}

/** Marks the import failed and tells the user once (the notice is keyed on the sync). */
async function failImport(
  db: Database,
  { userId, syncId }: { userId: string; syncId: string },
  message: string,
): Promise<Sync | null> {
  const failed =
    (await markSyncFailed(db, userId, syncId, message)) ?? (await getSyncForJob(db, userId, syncId));
  if (failed?.status === "failed") await notifyStatementImportFailed(db, failed, failed.error ?? message);
  return failed;
}
