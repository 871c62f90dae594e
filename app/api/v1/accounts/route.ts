// GET /api/v1/accounts — every account of the user, linked or manual.
// POST /api/v1/accounts — a manual account, for statement files.

import { getDb } from "@/db";
import { createManualAccount, listAccounts } from "@/server/accounts/accounts";
import { manualAccountInput } from "@/server/accounts/schemas";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readJson } from "@/server/http/api";
import { serializeAccount } from "../_lib/serializers";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const accounts = await listAccounts(await getDb(), user.id);
  return json({ data: accounts.map(serializeAccount), next_cursor: null });
});

export const POST = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const input = await readJson(request, manualAccountInput);
  return json(serializeAccount(await createManualAccount(await getDb(), user.id, input)), 201);
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
