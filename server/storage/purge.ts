import "server-only";
import { getObjectStore } from "./index";
import { statementPrefix } from "./keys";

/**
 * Removes the raw statements of a deleted user, bank connection or manual account from the object store (the
 * `statements/purge.requested` job, asked for in the removal's own transaction). Returns how many there were.
 */
export async function purgeStatements(scope: {
  userId: string;
  connectionId?: string | undefined;
  accountId?: string | undefined;
}): Promise<number> {
  const prefix = scope.connectionId
    ? statementPrefix({ userId: scope.userId, connectionId: scope.connectionId })
    : scope.accountId
      ? statementPrefix({ userId: scope.userId, accountId: scope.accountId })
      : statementPrefix({ userId: scope.userId });
  return getObjectStore().deletePrefix(prefix);
}
