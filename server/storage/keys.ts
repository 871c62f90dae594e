import "server-only";
import { assertKeySegment, assertObjectKey, assertObjectPrefix } from "@/server/storage/object-store";

// Where raw statements live: statements/{userId}/{connectionId or accountId}/{syncId}.{extension}.
// The user id comes first so deleting a user removes everything of theirs with one prefix; the connection
// (bank sync) or account (file upload) next so disconnecting a bank removes exactly its statements.

export type StatementOwner = { userId: string } & (
  | { connectionId: string; accountId?: never }
  | { accountId: string; connectionId?: never }
);

export function statementKey(input: StatementOwner & { syncId: string; extension?: string }): string {
  const extension = input.extension?.replace(/^\./, "").toLowerCase();
  if (extension !== undefined && !/^[a-z0-9]{1,10}$/.test(extension)) {
    throw new Error(`Invalid statement file extension ${JSON.stringify(input.extension)}.`);
  }
  assertKeySegment(input.syncId, "syncId");
  const key = `${statementPrefix(input)}${input.syncId}${extension ? `.${extension}` : ""}`;
  assertObjectKey(key);
  return key;
}

/** The prefix for deletePrefix: all of a user's statements, or one connection's or account's. */
export function statementPrefix(
  input: { userId: string } & (
    | { connectionId?: string; accountId?: never }
    | { accountId?: string; connectionId?: never }
  ),
): string {
  // Each id must be exactly one segment: "a/b" would still be a valid key, just someone else's place.
  assertKeySegment(input.userId, "userId");
  const owner = input.connectionId ?? input.accountId;
  if (owner !== undefined)
    assertKeySegment(owner, input.connectionId !== undefined ? "connectionId" : "accountId");
  const prefix = owner === undefined ? `statements/${input.userId}/` : `statements/${input.userId}/${owner}/`;
  assertObjectPrefix(prefix);
  return prefix;
}
