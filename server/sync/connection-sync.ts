import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedPipeline } from "@/db/client";
import { type Account, accounts, connections, users } from "@/db/schema";
import { formatDecimal } from "@/lib/money";
import { balanceSnapshotSql } from "@/server/accounts/balances";
import { credentialsFor } from "@/server/accounts/connections";
import { requestBudgetEvaluationAfterSync } from "@/server/budgets/events";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { notifyConnectionNeedsUser, notifySyncCompleted } from "@/server/notifications/sync-notices";
import { accountFromDocument, buildAccountsStatementRequest, fetchOfx } from "@/server/ofx/client";
import { OfxStatementError } from "@/server/ofx/errors";
import { parseOfxDocument } from "@/server/ofx/parse";
import type { OfxDocument } from "@/server/ofx/types";
import { encryptSecret, needsReencryption } from "@/server/security/credentials";
import { StatementParseError } from "@/server/statements/types";
import { getObjectStore, statementKey } from "@/server/storage";
import { StatementRejectedError } from "./errors";
import {
  type ImportOptions,
  type ImportResult,
  importStatementRows,
  lockImportTarget,
} from "./import-transactions";
import {
  activeSyncForConnection,
  claimSyncAccount,
  markSyncFailed,
  markSyncRunning,
  markSyncSucceeded,
  recordSyncAccountSql,
  startConnectionSync,
} from "./syncs";

// The steps of one connection sync. Each is safe to run again: the job runner retries a failed step, and a
// sync a dead process left behind is started over, with nothing lost or imported twice.

const FIRST_SYNC_DAYS = 180;
// Banks post some transactions days after they happen, dated when they happened: look back a week.
const LOOK_BACK_DAYS = 7;

export type SyncPlan = {
  syncId: string;
  userId: string;
  connectionId: string;
  /** YYYY-MM-DD: the first day asked of the bank. */
  since: string;
  accounts: Array<Pick<Account, "id" | "accountNumber" | "type" | "currency">>;
  /**
   * The user's zone (users.time_zone): the balance the bank reports is for the user's today. Missing from a
   * plan made before it was added, which then reckons in UTC.
   */
  timeZone: string | null;
};

/** Step 1: claim the sync (creating one for the daily refresh) and decide what to ask the bank for. */
export async function beginConnectionSync(
  db: Database,
  input: {
    connectionId: string;
    userId: string;
    syncId?: string;
    reason: string;
    /**
     * For a sync to create (the daily refresh's): its id, the same on every attempt (syncIdForEvent). A retry
     * after an attempt that created the sync and then failed runs that sync instead of stepping aside for it.
     */
    newSyncId?: string;
  },
  now = new Date(),
): Promise<SyncPlan | null> {
  const [found] = await db
    .select({ connection: connections, timeZone: users.timeZone })
    .from(connections)
    .innerJoin(users, eq(users.id, connections.userId))
    .where(and(eq(connections.userId, input.userId), eq(connections.id, input.connectionId)))
    .limit(1);
  if (!found) return null; // removed since the event was sent
  const { connection, timeZone } = found;

  let syncId = input.syncId;
  if (!syncId) {
    // The daily refresh does not pile onto a sync the user already started. Its own sync is created running.
    const started = await startConnectionSync(
      db,
      { userId: input.userId, connectionId: connection.id, reason: input.reason },
      true,
      input.newSyncId,
    );
    if (!started.created) return null;
    syncId = started.sync.id;
  } else if (!(await markSyncRunning(db, input.userId, syncId))) {
    return null; // already finished: a re-delivered event
  }

  const linked = await db
    .select({
      id: accounts.id,
      accountNumber: accounts.accountNumber,
      type: accounts.type,
      currency: accounts.currency,
    })
    .from(accounts)
    .where(and(eq(accounts.userId, input.userId), eq(accounts.connectionId, connection.id)));
  const sinceDate = connection.lastSyncedAt
    ? new Date(connection.lastSyncedAt.getTime() - LOOK_BACK_DAYS * 86_400_000)
    : new Date(now.getTime() - FIRST_SYNC_DAYS * 86_400_000);
  return {
    syncId,
    userId: input.userId,
    connectionId: connection.id,
    since: sinceDate.toISOString().slice(0, 10),
    accounts: linked,
    timeZone,
  };
}

// The bank's reply for the whole connection, kept under the sync's own key: statements/{user}/{connection}/{sync}.ofx.
const statementObjectKey = (plan: SyncPlan) =>
  statementKey({
    userId: plan.userId,
    connectionId: plan.connectionId,
    syncId: plan.syncId,
    extension: "ofx",
  });

/**
 * Step 2: ask the bank for every account's statement in one request (one sign-on: banks count them, and some
 * lock a login that signs on too often), and keep its raw answer in the object store before reading it. A
 * statement the bank refuses fails the step (retried, then the sync fails saying which account), as before.
 */
export async function fetchConnectionStatements(db: Database, plan: SyncPlan): Promise<FetchedStatements> {
  const downloadable = plan.accounts.filter((account) => account.accountNumber);
  const wanted = downloadable.map((account) => ({
    accountNumber: account.accountNumber!,
    type: account.type,
  }));
  if (wanted.length === 0) throw new Error("None of this connection's accounts can be downloaded");
  const [connection] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.userId, plan.userId), eq(connections.id, plan.connectionId)))
    .limit(1);
  if (!connection) throw new Error("The connection was removed during the sync");
  const credentials = await credentialsFor(connection);
  if (needsReencryption(connection.passwordCiphertext)) {
    // Encrypted under a key that has since been rotated out: store it under the current one.
    await db
      .update(connections)
      .set({ passwordCiphertext: encryptSecret(credentials.password, connection.id) })
      .where(and(eq(connections.userId, plan.userId), eq(connections.id, connection.id)));
  }
  const request = buildAccountsStatementRequest(credentials, wanted, {
    start: new Date(`${plan.since}T00:00:00Z`),
  });
  const key = statementObjectKey(plan);
  await fetchOfx(request, {
    onRawResponse: (raw) => getObjectStore().put(key, raw, { contentType: "application/x-ofx" }),
  });
  return {
    objectKey: key,
    trnUids: Object.fromEntries(downloadable.map((account, index) => [account.id, request.trnUids[index]!])),
  };
}

/** Where the bank's answer is kept, and the TRNUID each account's statement answers (account id → TRNUID). */
export type FetchedStatements = { objectKey: string; trnUids: Record<string, string> };

/**
 * Step 3: import each account's statement from the stored answer, read once. Each account is its own
 * transaction (importAccountStatement); an account whose statement cannot be stored is named in `rejected`
 * while the others are kept. Safe to run again: an account already imported is not imported twice.
 */
export async function importConnectionStatements(
  db: Database,
  plan: SyncPlan,
  fetched: FetchedStatements,
): Promise<{ rejected: string[] }> {
  let document: OfxDocument;
  try {
    document = await readStoredAnswer(fetched.objectKey);
  } catch (error) {
    if (!(error instanceof StatementParseError)) throw error;
    return { rejected: plan.accounts.map((account) => rejectionMessage(plan, account.id, error)) };
  }
  const rejected: string[] = [];
  for (const account of plan.accounts) {
    const imported = await importAccountStatement(db, plan, account.id, {
      document,
      trnUid: fetched.trnUids[account.id],
    });
    if (imported && "rejected" in imported) rejected.push(imported.rejected);
  }
  return { rejected };
}

/** The bank's answer as the fetch step stored it. */
export async function readStoredAnswer(objectKey: string): Promise<OfxDocument> {
  return parseOfxDocument(new TextDecoder().decode(await getObjectStore().get(objectKey)));
}

/** The bank's answer, read, and the TRNUID of the statement that answers this account (when known). */
export type AccountAnswer = { document: OfxDocument; trnUid?: string };

/**
 * One account's statement from the bank's answer: categorize and store what is new, in one transaction with the
 * account's balance and the sync's record of it. The statement is stored whole or not at all, and counted once
 * however often this runs.
 */
export async function importAccountStatement(
  db: Database,
  plan: SyncPlan,
  accountId: string,
  answer: AccountAnswer,
  options?: ImportOptions,
): Promise<ImportResult | { rejected: string } | null> {
  try {
    const result = await importAccountStatementOnce(db, plan, accountId, answer, options);
    // The user's cached figures are stale now that the account's statement committed.
    await invalidateUserReads(plan.userId);
    return result;
  } catch (error) {
    // The same stored answer would be refused on every retry (a row the database refuses, no statement for this
    // account in it): the sync says why instead of retrying. A reply cut off on the way is caught when it is
    // fetched, where a retry asks the bank again.
    if (error instanceof StatementRejectedError || error instanceof OfxStatementError)
      return { rejected: rejectionMessage(plan, accountId, error) };
    throw error;
  }
}

function rejectionMessage(plan: SyncPlan, accountId: string, error: Error): string {
  const number = plan.accounts.find((candidate) => candidate.id === accountId)?.accountNumber;
  const label = number ? `The statement of account ••${number.slice(-4)}` : "A statement";
  return `${label} from the bank could not be stored. ${error.message}`;
}

async function importAccountStatementOnce(
  db: Database,
  plan: SyncPlan,
  accountId: string,
  answer: AccountAnswer,
  options?: ImportOptions,
): Promise<ImportResult | null> {
  const account = plan.accounts.find((candidate) => candidate.id === accountId);
  if (!account?.accountNumber) throw new Error(`Account ${accountId} is not part of this sync`);
  // By the TRNUID the bank echoes, else the account number; a number written differently is trusted only when
  // the request asked for this account alone.
  const asked = plan.accounts.filter((candidate) => candidate.accountNumber).length;
  const statement = accountFromDocument(
    answer.document,
    { accountNumber: account.accountNumber },
    answer.trnUid,
    asked === 1,
  );
  const currency = statement.currency ?? account.currency;
  const target = { userId: plan.userId, accountId, currency, syncId: plan.syncId };
  return db.transaction(async (tx) => {
    if (!(await lockImportTarget(tx, target))) return null; // the account was removed meanwhile
    const syncAccount = { userId: plan.userId, syncId: plan.syncId, accountId };
    const claim = await claimSyncAccount(tx, syncAccount);
    if (claim.state === "gone") return null;
    if (claim.state === "done") return claim.result;
    const result = await importStatementRows(
      tx,
      target,
      statement.transactions,
      // The bank answered for every day since the sync's start date: a pending row dated since then that it no
      // longer lists was dropped.
      { coverage: { from: plan.since, to: null }, targetLocked: true, ...options },
    );
    if (!result) return null; // the account was removed meanwhile
    // The import's last writes, sent together: one round trip for the three.
    const snapshot = balanceSnapshotSql(tx, {
      userId: plan.userId,
      accountId,
      syncId: plan.syncId,
      balance: statement.balance,
      currency,
      timeZone: plan.timeZone,
    });
    const accountUpdate = tx
      .update(accounts)
      .set({
        currency,
        ...(statement.balance !== null
          ? { balance: formatDecimal(statement.balance), balanceAsOf: sql`now()` }
          : {}),
        lastSyncedAt: sql`now()`,
      })
      .where(and(eq(accounts.userId, plan.userId), eq(accounts.id, accountId)));
    await queryPreparedPipeline(tx, [
      recordSyncAccountSql(tx, syncAccount, result),
      ...(snapshot ? [snapshot] : []),
      accountUpdate.getSQL(),
    ]);
    return result;
  });
}

/** Step 4: record the outcome on the sync and the connection. Null when the connection was removed meanwhile. */
export async function finishConnectionSync(db: Database, plan: SyncPlan) {
  // One transaction: the outcome, the notice (keyed on the sync, so a retried step records it once) and the
  // request to evaluate the months' budgets commit together.
  return db.transaction(async (tx) => {
    if (!(await lockConnectionRow(tx, plan.userId, plan.connectionId))) return null;
    const sync = await markSyncSucceeded(tx, plan.userId, plan.syncId);
    if (!sync) return null;
    await tx
      .update(connections)
      .set({ lastSyncedAt: sql`now()`, lastError: null, consecutiveFailures: 0, status: "active" })
      .where(and(eq(connections.userId, plan.userId), eq(connections.id, plan.connectionId)));
    await notifySyncCompleted(tx, sync);
    await requestBudgetEvaluationAfterSync(tx, {
      userId: plan.userId,
      syncId: plan.syncId,
      since: plan.since,
    });
    return sync;
  });
}

/**
 * Locks the connection's row, first: removing a connection locks that row and then, by cascade, its syncs' rows.
 * A transaction that writes a sync and then its connection in the other order can deadlock with a removal (and
 * the user's "Remove" then fails), so the sync's outcome takes the connection's row before the sync's. False
 * when the connection is gone.
 */
async function lockConnectionRow(tx: Database, userId: string, connectionId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: connections.id })
    .from(connections)
    .where(and(eq(connections.userId, userId), eq(connections.id, connectionId)))
    .for("update");
  return rows.length > 0;
}

// After this many failed syncs in a row the connection asks the user to look at it.
const FAILURES_BEFORE_ATTENTION = 3;

/**
 * A sync that failed for good. The bank refusing the login needs the user at once (retrying a wrong password
 * can lock the account at the bank); other failures only after several in a row.
 */
export async function failConnectionSync(
  db: Database,
  input: { userId: string; syncId?: string; connectionId: string },
  error: unknown,
): Promise<void> {
  const message = syncErrorMessage(error);
  // One transaction, and nothing when the sync had already ended: the job's onFailure and a retried step
  // can call this again for the same failure, which must count once towards FAILURES_BEFORE_ATTENTION.
  await db.transaction(async (tx) => {
    if (!(await lockConnectionRow(tx, input.userId, input.connectionId))) return; // removed meanwhile
    // A daily sync's id is not in its event: it is the connection's unfinished one.
    const syncId = input.syncId ?? (await activeSyncForConnection(tx, input.userId, input.connectionId))?.id;
    if (syncId && !(await markSyncFailed(tx, input.userId, syncId, message))) return;
    await recordConnectionFailure(tx, input, syncId, error, message);
  });
}

async function recordConnectionFailure(
  db: Database,
  input: { userId: string; connectionId: string },
  syncId: string | undefined,
  error: unknown,
  message: string,
): Promise<void> {
  const needsUser = isPermanentSyncError(error);
  const [connection] = await db
    .update(connections)
    .set({
      lastError: message,
      consecutiveFailures: sql`${connections.consecutiveFailures} + 1`,
      status: needsUser
        ? "needs_attention"
        : sql`case when ${connections.consecutiveFailures} + 1 >= ${FAILURES_BEFORE_ATTENTION} then 'needs_attention' else ${connections.status} end`,
    })
    .where(and(eq(connections.userId, input.userId), eq(connections.id, input.connectionId)))
    .returning({
      id: connections.id,
      userId: connections.userId,
      institutionName: connections.institutionName,
      status: connections.status,
      consecutiveFailures: connections.consecutiveFailures,
    });
  // Tell the user when this failure is the one that makes the connection need them (a refusal, or the
  // third failure in a row); keyed on the sync, so a repeated onFailure tells them once.
  if (
    syncId &&
    connection?.status === "needs_attention" &&
    (needsUser || connection.consecutiveFailures === FAILURES_BEFORE_ATTENTION)
  ) {
    await notifyConnectionNeedsUser(db, {
      userId: connection.userId,
      connectionId: connection.id,
      syncId,
      institutionName: connection.institutionName,
      refused: needsUser,
      failures: connection.consecutiveFailures,
      message,
    });
  }
}

// Errors are told apart by name: after Inngest serializes an error between attempts, instanceof no longer holds.
const errorName = (error: unknown) =>
  typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
const errorMessage = (error: unknown) =>
  typeof error === "object" && error !== null && "message" in error ? String(error.message) : "";

/**
 * Errors that a retry cannot fix: the user has to act (fix the password, approve the device at the bank). The
 * job wraps them in NonRetriableError (already carrying the user's message) so the runner does not retry.
 */
const PERMANENT_ERRORS = new Set(["OfxSignonError", "CredentialDecryptError", "NonRetriableError"]);
export const isPermanentSyncError = (error: unknown) => PERMANENT_ERRORS.has(errorName(error));

// Errors whose message already says what happened and what to do.
const SELF_EXPLAINING_ERRORS = new Set([
  "NonRetriableError",
  "CredentialDecryptError",
  "StatementRejectedError",
]);

export function syncErrorMessage(error: unknown): string {
  if (SELF_EXPLAINING_ERRORS.has(errorName(error))) return errorMessage(error);
  if (isPermanentSyncError(error))
    return `${errorMessage(error)} Update the password for this connection, then refresh.`;
  if (errorName(error).startsWith("Ofx")) return errorMessage(error);
  // A stored reply that cannot be read is refused whole: nothing of that account's statement is imported.
  if (errorName(error) === "StatementParseError")
    return `The bank's answer could not be read. ${errorMessage(error)}`;
  return "The sync failed because of a problem on our side. It will be retried.";
}
