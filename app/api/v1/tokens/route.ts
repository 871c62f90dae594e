// POST /api/v1/tokens — exchange email + password for a personal access token (shown only in this response).
// GET /api/v1/tokens — list the signed-in user's tokens (never the token itself).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readJson } from "@/server/http/api";
import { clientIp } from "@/server/http/client-ip";
import { tokenCreateInput } from "@/server/identity/schemas";
import { createToken, listTokens } from "@/server/identity/tokens";
import { authenticateWithPassword } from "@/server/identity/users";
import { serializeToken } from "../_lib/serializers";

export const POST = apiRoute(async (request) => {
  const input = await readJson(request, tokenCreateInput);
  const db = await getDb();
  const user = await authenticateWithPassword(db, { ...input, ip: clientIp(request.headers) });
  const token = await createToken(db, user.id, input.name ?? "API token");
  return json({ ...serializeToken(token), token: token.token }, 201);
});

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const tokens = await listTokens(await getDb(), user.id);
  return json({ data: tokens.map(serializeToken), next_cursor: null });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
