// GET /api/v1/connections/:id — one connection with its accounts and last sync outcome.
// PATCH /api/v1/connections/:id — a new bank password ({ account_password }): checked with the bank, then a sync.
// DELETE /api/v1/connections/:id — remove it with its accounts, transactions and stored statements.

import { getDb } from "@/db";
import { deleteConnection, getConnection } from "@/server/accounts/connections";
import { connectionPasswordInput } from "@/server/accounts/schemas";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, noContent, readJson } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { reconnectWithPassword } from "@/server/sync/refresh";
import { serializeConnection, serializeSync } from "../../_lib/serializers";

export const PATCH = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That connection");
  const { account_password } = await readJson(request, connectionPasswordInput);
  const db = await getDb();
  const sync = await reconnectWithPassword(db, user.id, id, account_password);
  return json({
    connection: serializeConnection(await getConnection(db, user.id, id)),
    sync: serializeSync(sync),
  });
});

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That connection");
  return json(serializeConnection(await getConnection(await getDb(), user.id, id)));
});

export const DELETE = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That connection");
  await deleteConnection(await getDb(), user.id, id);
  return noContent();
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
