// POST /api/v1/connections/:id/refresh — sync now (or return the sync already under way).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { refreshConnection } from "@/server/sync/refresh";
import { serializeSync } from "../../../_lib/serializers";

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That connection");
  const sync = await refreshConnection(await getDb(), user.id, id);
  return json({ sync: serializeSync(sync) }, 202);
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
