// POST /api/v1/signup — create an account with email and password.

import { getDb } from "@/db";
import { apiRoute, json, readJson } from "@/server/http/api";
import { clientIp } from "@/server/http/client-ip";
import { signupInput } from "@/server/identity/schemas";
import { signUp } from "@/server/identity/users";

export const POST = apiRoute(async (request) => {
  const input = await readJson(request, signupInput);
  const user = await signUp(await getDb(), { ...input, ip: clientIp(request.headers) });
  return json({ user: { id: user.id, email: user.email, name: user.name } }, 201);
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
