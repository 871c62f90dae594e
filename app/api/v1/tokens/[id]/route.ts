// DELETE /api/v1/tokens/:id — revoke one of the signed-in user's tokens.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, noContent } from "@/server/http/api";
import { parseId } from "@/server/http/ids";
import { deleteToken } from "@/server/identity/tokens";

export const DELETE = apiRoute<{ id: string }>(async (request, { params }) => {
  const user = await requireApiUser(request);
  const id = parseId((await params).id, "That token");
  await deleteToken(await getDb(), user.id, id);
  return noContent();
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
