// GET /api/v1/syncs/:id — where a sync or statement import stands, and what it found.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { getSync } from "@/server/sync/syncs";
import { serializeSync } from "../../_lib/serializers";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That sync");
  return json(serializeSync(await getSync(await getDb(), user.id, id)));
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
