// POST /api/v1/notifications/:id/read — mark one of the user's notifications read.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { markNotificationRead } from "@/server/notifications/store";
import { serializeNotification } from "@/server/notifications/views";

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That notification");
  return json(serializeNotification(await markNotificationRead(await getDb(), user.id, id)));
});

export * from "@/server/http/method-not-allowed";
