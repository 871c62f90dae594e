// Reads the Auth.js session token from a request without touching it. Shared by proxy.ts (which may not load
// the server/ modules) and the API's authentication in server/auth.ts.

import { getToken, type JWT } from "next-auth/jwt";
import { secret } from "@/env";

/** The decoded session, or null. Secure-prefixed cookies are used behind https, as Auth.js sets them. */
export function readSessionToken(request: Request): Promise<JWT | null> {
  const secure =
    new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  return getToken({ req: request, secret: secret("AUTH_SECRET"), secureCookie: secure });
}
