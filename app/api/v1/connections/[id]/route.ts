// GET /api/v1/connections/:id — one connection with its accounts and last sync outcome.
// DELETE /api/v1/connections/:id — remove it with its accounts, transactions and stored statements.

import { getDb } from "@/db";
import { deleteConnection, getConnection } from "@/server/accounts/connections";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, noContent } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { serializeConnection } from "../../_lib/serializers";

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
