// GET /api/v1/notifications/unread-count — how many notifications the user has not read (the header's bell
// asks every few seconds, so this is one index count and nothing else).

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json } from "@/server/http/api";
import { countUnread } from "@/server/notifications/store";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const response = json({ unread: await countUnread(await getDb(), user.id) });
  response.headers.set("Cache-Control", "private, no-store");
  return response;
});

export * from "@/server/http/method-not-allowed";
