// POST /api/v1/connections — link an institution login (checked with the bank first) and start its first sync.
// GET /api/v1/connections — the user's connections with their accounts (never any credential).

import { getDb } from "@/db";
import { linkConnection, listConnections } from "@/server/accounts/connections";
import { linkConnectionInput } from "@/server/accounts/schemas";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readJson } from "@/server/http/api";
import { serializeConnection, serializeSync } from "../_lib/serializers";

export const POST = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const input = await readJson(request, linkConnectionInput);
  const { connection, sync } = await linkConnection(
    await getDb(),
    user.id,
    "institution_id" in input
      ? { institutionId: input.institution_id, login: input.account_login, password: input.account_password }
      : {
          ofxUrl: input.account_url,
          org: input.org,
          fid: input.fid,
          login: input.account_login,
          password: input.account_password,
        },
  );
  return json({ connection: serializeConnection(connection), sync: serializeSync(sync) }, 201);
});

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const connections = await listConnections(await getDb(), user.id);
  return json({ data: connections.map(serializeConnection), next_cursor: null });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
