// GET /api/v1/categories — the categories a transaction can be filed under: the defaults and the user's own.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { listCategories } from "@/server/categorize/categories";
import { apiRoute, json } from "@/server/http/api";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const rows = await listCategories(await getDb(), user.id);
  const data = rows.map((category) => ({
    id: category.id,
    name: category.name,
    group: category.groupName,
    kind: category.kind,
    parent_id: category.parentId,
    custom: category.userId !== null,
  }));
  return json({ data, next_cursor: null });
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
