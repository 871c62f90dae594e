import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import { type Account, accounts, type Connection, connections, type Sync } from "@/db/schema";
import { connectionSyncRequested, statementsPurgeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { newId } from "@/lib/ids";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { AppError, notFound } from "@/server/errors";
import { listAccounts as listOfxAccounts } from "@/server/ofx/client";
import { OfxSignonError, OfxStatementError, OfxUnreachableError } from "@/server/ofx/errors";
import type { OfxCredentials } from "@/server/ofx/requests";
import type { OfxAccountInfo } from "@/server/ofx/types";
import { decryptSecret, encryptSecret } from "@/server/security/credentials";
import { createSync } from "@/server/sync/syncs";
import { removeAccountTransactions } from "./accounts";
import {
  CUSTOM_INSTITUTION_ID,
  DEMO_INSTITUTION_ID,
  getInstitution,
  ofxUrlFor,
  syncThrottleKey,
} from "./institutions";

export type LinkInput =
  | { institutionId: string; login: string; password: string }
  | { ofxUrl: string; org: string; fid: string; login: string; password: string };

export type ConnectionWithAccounts = Connection & { accounts: Account[] };

/**
 * Links an institution login: the bank is asked for the login's accounts first, so wrong credentials are refused
 * here (422) and nothing is stored; then the connection (password encrypted), its accounts and a queued first
 * sync are written together, with the event that starts the sync.
 */
export async function linkConnection(
  db: Database,
  userId: string,
  input: LinkInput,
): Promise<{ connection: ConnectionWithAccounts; sync: Sync }> {
  const institution =
    "institutionId" in input
      ? getInstitution(input.institutionId)
      : {
          id: CUSTOM_INSTITUTION_ID,
          name: hostName(input.ofxUrl),
          ofxUrl: input.ofxUrl,
          org: input.org,
          fid: input.fid,
        };
  if (!institution && "institutionId" in input && input.institutionId === DEMO_INSTITUTION_ID) {
    // Off in production unless DEMO_BANK=on: said as it is, not as a form field to fix.
    throw new AppError("not_found", "The Demo Bank is not offered on this server.");
  }
  if (!institution) {
    throw new AppError("invalid_input", "That institution is not one Tally knows.", {
      fields: { institution_id: "is not a known institution" },
    });
  }
  const existing = await db
    .select({ id: connections.id })
    .from(connections)
    .where(
      and(
        eq(connections.userId, userId),
        eq(connections.institutionId, institution.id),
        eq(connections.ofxUrl, institution.ofxUrl),
        eq(connections.login, input.login),
      ),
    )
    .limit(1);
  if (existing.length > 0) throw alreadyLinked();

  const credentials: OfxCredentials = {
    url: ofxUrlFor({ institutionId: institution.id, ofxUrl: institution.ofxUrl }),
    org: institution.org,
    fid: institution.fid,
    userId: input.login,
    password: input.password,
  };
  const found = await askBankForAccounts(credentials);

  const connectionId = newId();
  const linked = await db.transaction(async (tx) => {
    const [connection] = await tx
      .insert(connections)
      .values({
        id: connectionId,
        userId,
        institutionId: institution.id,
        institutionName: institution.name,
        ofxUrl: institution.ofxUrl,
        org: institution.org,
        fid: institution.fid,
        login: input.login,
        // The connection id is the ciphertext's context: copied to another row, it does not decrypt.
        passwordCiphertext: encryptSecret(input.password, connectionId),
      })
      // One connection per login (connections_user_login_key): of simultaneous links, one wins.
      .onConflictDoNothing({
        target: [connections.userId, connections.institutionId, connections.ofxUrl, connections.login],
      })
      .returning();
    if (!connection) return null;
    const linked = await tx
      .insert(accounts)
      .values(
        found.map((account) => ({
          userId,
          connectionId,
          accountNumber: account.accountNumber,
          name: account.name?.trim() || defaultAccountName(account),
          type: account.type,
        })),
      )
      .returning();
    const sync = await createSync(tx, { userId, connectionId, kind: "connection", reason: "link" });
    await enqueueEvents(
      tx,
      connectionSyncRequested(
        {
          connectionId,
          userId,
          institutionId: institution.id,
          throttleKey: syncThrottleKey(connection),
          syncId: sync.id,
          reason: "link",
        },
        { id: `sync:${sync.id}` },
      ),
    );
    return { connection: { ...connection, accounts: linked }, sync };
  });
  if (!linked) throw alreadyLinked();
  await invalidateUserReads(userId);
  return linked;
}

const alreadyLinked = () =>
  new AppError("conflict", "This login is already linked. Use “Refresh now” on it instead.");

async function askBankForAccounts(credentials: OfxCredentials): Promise<OfxAccountInfo[]> {
  let found: OfxAccountInfo[];
  try {
    found = await listOfxAccounts(credentials);
  } catch (error) {
    throw bankError(error);
  }
  const downloadable = found.filter((account) => account.kind !== "investment");
  if (downloadable.length === 0) {
    throw new AppError(
      "bank_rejected_credentials",
      "The bank accepted the login but lists no bank or card accounts for it.",
    );
  }
  return downloadable;
}

/** The bank's answer as the API's error: its refusal in its own words, or "unreachable" for outages. */
export function bankError(error: unknown): AppError {
  if (error instanceof OfxSignonError || error instanceof OfxStatementError) {
    return new AppError("bank_rejected_credentials", error.message);
  }
  if (error instanceof OfxUnreachableError) return new AppError("bank_unreachable", error.message);
  if (error instanceof AppError) return error;
  throw error;
}

function defaultAccountName(account: OfxAccountInfo): string {
  const label = { checking: "Checking", savings: "Savings", credit_card: "Credit card", other: "Account" }[
    account.type
  ];
  return `${label} ••${account.accountNumber.slice(-4)}`;
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "Bank";
  }
}

export async function listConnections(db: Database, userId: string): Promise<ConnectionWithAccounts[]> {
  const rows = await db
    .select()
    .from(connections)
    .where(eq(connections.userId, userId))
    .orderBy(asc(connections.createdAt));
  if (rows.length === 0) return [];
  const linked = await db
    .select()
    .from(accounts)
    .where(
      and(
        eq(accounts.userId, userId),
        inArray(
          accounts.connectionId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(accounts.createdAt));
  return rows.map((row) => ({
    ...row,
    accounts: linked.filter((account) => account.connectionId === row.id),
  }));
}

export async function getConnection(
  db: Database,
  userId: string,
  connectionId: string,
): Promise<ConnectionWithAccounts> {
  const [connection] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.id, connectionId), eq(connections.userId, userId)))
    .limit(1);
  if (!connection) throw notFound("That connection");
  const linked = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.connectionId, connectionId)))
    .orderBy(asc(accounts.createdAt));
  return { ...connection, accounts: linked };
}

/**
 * The user's new bank password for a connection (the bank refused the old one, or it changed). The bank checks
 * it first, as at linking; then it replaces the stored one and the connection is active again.
 */
export async function updateConnectionPassword(
  db: Database,
  userId: string,
  connectionId: string,
  password: string,
): Promise<void> {
  const connection = await getConnection(db, userId, connectionId);
  await askBankForAccounts({
    url: ofxUrlFor(connection),
    org: connection.org,
    fid: connection.fid,
    userId: connection.login,
    password,
  });
  await db
    .update(connections)
    .set({
      passwordCiphertext: encryptSecret(password, connection.id),
      status: "active",
      consecutiveFailures: 0,
      lastError: null,
    })
    .where(and(eq(connections.id, connection.id), eq(connections.userId, userId)));
}

/** For the sync job only: the connection with its decrypted credentials. Never returned to a client. */
export async function credentialsFor(connection: Connection): Promise<OfxCredentials> {
  return {
    url: ofxUrlFor(connection),
    org: connection.org,
    fid: connection.fid,
    userId: connection.login,
    password: decryptSecret(connection.passwordCiphertext, connection.id),
  };
}

/**
 * Removes a connection, its accounts and their transactions, and corrects the monthly totals; its raw statements
 * follow by a job asked for in the same transaction.
 */
export async function deleteConnection(db: Database, userId: string, connectionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const linked = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.userId, userId), eq(accounts.connectionId, connectionId)));
    await removeAccountTransactions(
      tx,
      userId,
      linked.map((account) => account.id),
    );
    const removed = await tx
      .delete(connections)
      .where(and(eq(connections.id, connectionId), eq(connections.userId, userId)))
      .returning({ id: connections.id });
    if (removed.length === 0) throw notFound("That connection");
    await enqueueEvents(tx, statementsPurgeRequested({ userId, connectionId }));
  });
  await invalidateUserReads(userId);
}
