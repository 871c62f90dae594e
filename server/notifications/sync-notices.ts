import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { accounts, connections, type Sync, users } from "@/db/schema";
import { type NotificationDraft, recordNotifications } from "./store";
import { connectionNeedsUserText, statementImportFailedText, syncCompletedText } from "./sync-texts";

// Notices about syncs, called where a sync finishes or fails (server/sync/). Each is keyed on its sync, so a
// retried step or a re-delivered event records it once.

async function notifyUser(db: Database, userId: string, draft: NotificationDraft, onlyIf?: "syncCompleted") {
  const [user] = await db
    .select({
      id: users.id,
      emailNotifications: users.emailNotifications,
      wantsSyncs: users.notifySyncCompleted,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || (onlyIf === "syncCompleted" && !user.wantsSyncs)) return;
  await recordNotifications(db, user, [draft]);
}

/** A sync that brought new transactions: one notice per sync, for users who asked for them. */
export async function notifySyncCompleted(db: Database, sync: Sync): Promise<void> {
  if (sync.imported <= 0) return;
  let source = "a statement file";
  let accountName: string | null = null;
  if (sync.connectionId) {
    const [connection] = await db
      .select({ name: connections.institutionName })
      .from(connections)
      .where(and(eq(connections.userId, sync.userId), eq(connections.id, sync.connectionId)))
      .limit(1);
    source = connection?.name ?? "your bank";
  } else if (sync.accountId) {
    const [account] = await db
      .select({ name: accounts.name })
      .from(accounts)
      .where(and(eq(accounts.userId, sync.userId), eq(accounts.id, sync.accountId)))
      .limit(1);
    source = sync.fileName ?? source;
    accountName = account?.name ?? null;
  }
  await notifyUser(
    db,
    sync.userId,
    {
      kind: "sync_completed",
      syncId: sync.id,
      connectionId: sync.connectionId,
      accountId: sync.accountId,
      ...syncCompletedText({ source, imported: sync.imported, accountName }),
    },
    "syncCompleted",
  );
}

/**
 * A connection that now needs the user: the bank refused the login, or the syncs failed several times in a row
 * (the connection's own rule marks it needs_attention). `message` is the failure as the user sees it.
 */
export async function notifyConnectionNeedsUser(
  db: Database,
  input: {
    userId: string;
    connectionId: string;
    syncId: string;
    institutionName: string;
    refused: boolean;
    failures: number;
    message: string;
  },
): Promise<void> {
  await notifyUser(db, input.userId, {
    kind: "sync_failed",
    syncId: input.syncId,
    connectionId: input.connectionId,
    ...connectionNeedsUserText(input),
  });
}

/** An uploaded statement whose import failed for good: the user has to upload it again. */
export async function notifyStatementImportFailed(db: Database, sync: Sync, message: string): Promise<void> {
  await notifyUser(db, sync.userId, {
    kind: "sync_failed",
    syncId: sync.id,
    accountId: sync.accountId,
    ...statementImportFailedText({ fileName: sync.fileName ?? "Your statement file", message }),
  });
}
