// GET /api/v1/notifications — the user's notifications, newest first (?unread=true for unread ones only).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readQuery } from "@/server/http/api";
import { notificationListQuery } from "@/server/notifications/inputs";
import { listNotifications } from "@/server/notifications/store";
import { serializeNotification } from "@/server/notifications/views";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const query = readQuery(request, notificationListQuery);
  const page = await listNotifications(await getDb(), {
    userId: user.id,
    unreadOnly: query.unread,
    limit: query.limit,
    cursor: query.cursor,
  });
  return json({ data: page.rows.map(serializeNotification), next_cursor: page.nextCursor });
});

export * from "@/server/http/method-not-allowed";
