// POST /api/v1/notifications/read-all — mark every notification of the user read.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, noContent } from "@/server/http/api";
import { markAllNotificationsRead } from "@/server/notifications/store";

export const POST = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  await markAllNotificationsRead(await getDb(), user.id);
  return noContent();
});

export * from "@/server/http/method-not-allowed";
