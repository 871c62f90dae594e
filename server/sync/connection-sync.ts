import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type Account, accounts, connections } from "@/db/schema";
import { formatDecimal } from "@/lib/money";
import { credentialsFor } from "@/server/accounts/connections";
import { accountFromDocument, buildStatementRequest, fetchOfx } from "@/server/ofx/client";
import { parseOfxDocument } from "@/server/ofx/parse";
import { encryptSecret, needsReencryption } from "@/server/security/credentials";
import { getObjectStore, statementKey } from "@/server/storage";
import { type ImportOptions, importTransactions } from "./import-transactions";
import {
  activeSyncForConnection,
  createSync,
  markSyncFailed,
  markSyncRunning,
  markSyncSucceeded,
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
};

/** Step 1: claim the sync (creating one for the daily refresh) and decide what to ask the bank for. */
export async function beginConnectionSync(
  db: Database,
  input: { connectionId: string; userId: string; syncId?: string; reason: string },
  now = new Date(),
): Promise<SyncPlan | null> {
  const [connection] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.id, input.connectionId), eq(connections.userId, input.userId)))
    .limit(1);
  if (!connection) return null; // removed since the event was sent

  let syncId = input.syncId;
  if (!syncId) {
    // The daily refresh does not pile onto a sync the user already started.
    if (await activeSyncForConnection(db, connection.id)) return null;
    syncId = (
      await createSync(db, {
        userId: input.userId,
        connectionId: connection.id,
        kind: "connection",
        reason: input.reason,
      })
    ).id;
  }
  if (!(await markSyncRunning(db, syncId))) return null; // already finished: a re-delivered event

  const linked = await db
    .select({
      id: accounts.id,
      accountNumber: accounts.accountNumber,
      type: accounts.type,
      currency: accounts.currency,
    })
    .from(accounts)
    .where(eq(accounts.connectionId, connection.id));
  const sinceDate = connection.lastSyncedAt
    ? new Date(connection.lastSyncedAt.getTime() - LOOK_BACK_DAYS * 86_400_000)
    : new Date(now.getTime() - FIRST_SYNC_DAYS * 86_400_000);
  return {
    syncId,
    userId: input.userId,
    connectionId: connection.id,
    since: sinceDate.toISOString().slice(0, 10),
    accounts: linked,
  };
}

// One reply per account, kept under the sync's own key: statements/{user}/{connection}/{sync}/{account}.ofx.
const statementObjectKey = (plan: SyncPlan, accountId: string) =>
  `${statementKey({ userId: plan.userId, connectionId: plan.connectionId, syncId: plan.syncId })}/${accountId}.ofx`;

/** Step 2 (per account): ask the bank, and keep its raw answer in the object store before reading it. */
export async function fetchAccountStatement(
  db: Database,
  plan: SyncPlan,
  accountId: string,
): Promise<string> {
  const account = plan.accounts.find((candidate) => candidate.id === accountId);
  if (!account?.accountNumber) throw new Error(`Account ${accountId} is not part of this sync`);
  const [connection] = await db
    .select()
    .from(connections)
    .where(eq(connections.id, plan.connectionId))
    .limit(1);
  if (!connection) throw new Error("The connection was removed during the sync");
  const credentials = await credentialsFor(connection);
  if (needsReencryption(connection.passwordCiphertext)) {
    // Encrypted under a key that has since been rotated out: store it under the current one.
    await db
      .update(connections)
      .set({ passwordCiphertext: encryptSecret(credentials.password, connection.id) })
      .where(eq(connections.id, connection.id));
  }
  const request = buildStatementRequest(
    credentials,
    { accountNumber: account.accountNumber, type: account.type },
    { start: new Date(`${plan.since}T00:00:00Z`) },
  );
  const key = statementObjectKey(plan, accountId);
  await fetchOfx(request, {
    onRawResponse: (raw) => getObjectStore().put(key, raw, { contentType: "application/x-ofx" }),
  });
  return key;
}

/** Step 3 (per account): read the stored answer, then categorize and store what is new. Returns rows parsed. */
export async function importAccountStatement(
  db: Database,
  plan: SyncPlan,
  accountId: string,
  objectKey: string,
  options?: ImportOptions,
): Promise<number> {
  const account = plan.accounts.find((candidate) => candidate.id === accountId);
  if (!account?.accountNumber) throw new Error(`Account ${accountId} is not part of this sync`);
  const raw = new TextDecoder().decode(await getObjectStore().get(objectKey));
  const statement = accountFromDocument(parseOfxDocument(raw), { accountNumber: account.accountNumber });
  await importTransactions(
    db,
    { userId: plan.userId, accountId, currency: statement.currency || account.currency, syncId: plan.syncId },
    statement.transactions,
    options,
  );
  await db
    .update(accounts)
    .set({
      currency: statement.currency || account.currency,
      ...(statement.balance !== null
        ? { balance: formatDecimal(statement.balance), balanceAsOf: sql`now()` }
        : {}),
      lastSyncedAt: sql`now()`,
    })
    .where(eq(accounts.id, accountId));
  return statement.transactions.length;
}

/** Step 4: record the outcome on the sync and the connection. */
export async function finishConnectionSync(db: Database, plan: SyncPlan, parsedCount: number) {
  const sync = await markSyncSucceeded(
    db,
    plan.syncId,
    parsedCount,
    plan.accounts.map((account) => account.id),
  );
  await db
    .update(connections)
    .set({ lastSyncedAt: sql`now()`, lastError: null, consecutiveFailures: 0, status: "active" })
    .where(eq(connections.id, plan.connectionId));
  return sync;
}

// After this many failed syncs in a row the connection asks the user to look at it.
const FAILURES_BEFORE_ATTENTION = 3;

/**
 * A sync that failed for good. The bank refusing the login needs the user at once (retrying a wrong password
 * can lock the account at the bank); other failures only after several in a row.
 */
export async function failConnectionSync(
  db: Database,
  input: { syncId?: string; connectionId: string },
  error: unknown,
): Promise<void> {
  const message = syncErrorMessage(error);
  // A daily sync's id is not in its event: it is the connection's unfinished one.
  const syncId = input.syncId ?? (await activeSyncForConnection(db, input.connectionId))?.id;
  if (syncId) await markSyncFailed(db, syncId, message);
  const needsUser = isPermanentSyncError(error);
  await db
    .update(connections)
    .set({
      lastError: message,
      consecutiveFailures: sql`${connections.consecutiveFailures} + 1`,
      status: needsUser
        ? "needs_attention"
        : sql`case when ${connections.consecutiveFailures} + 1 >= ${FAILURES_BEFORE_ATTENTION} then 'needs_attention' else ${connections.status} end`,
    })
    .where(eq(connections.id, input.connectionId));
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

export function syncErrorMessage(error: unknown): string {
  if (errorName(error) === "NonRetriableError") return errorMessage(error);
  // Its message already says what to do: the key changed, re-enter the password.
  if (errorName(error) === "CredentialDecryptError") return errorMessage(error);
  if (isPermanentSyncError(error))
    return `${errorMessage(error)} Update the password for this connection, then refresh.`;
  if (errorName(error).startsWith("Ofx")) return errorMessage(error);
  // A stored reply that cannot be read is refused whole: nothing of that account's statement is imported.
  if (errorName(error) === "StatementParseError")
    return `The bank's answer could not be read. ${errorMessage(error)}`;
  return "The sync failed because of a problem on our side. It will be retried.";
}
