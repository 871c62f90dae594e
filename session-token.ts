// Reads (and rolls) the Auth.js session cookie. Shared by proxy.ts (which may not load the server/ modules) and
// the authentication in server/auth.ts. The cookie only names a server-side session (`sid`): whether that
// session is still live is decided against the database in server/auth.ts, never here.

import { encode, getToken, type JWT } from "next-auth/jwt";
import { secret } from "@/env";

/** 30 days: sessions expire after this long without use (the row's idle limit is the same). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// The proxy re-issues the cookie with a fresh 30 days once it is a day old, so a session in use never lapses.
const ROLL_AFTER_SECONDS = 24 * 60 * 60;

export type SessionClaims = { userId: string; sessionId: string };

function isSecure(url: string | null, headers: Headers): boolean {
  return (url !== null && new URL(url).protocol === "https:") || headers.get("x-forwarded-proto") === "https";
}

/** The cookie name Auth.js uses: Secure-prefixed behind https. */
export const sessionCookieName = (secure: boolean) =>
  secure ? "__Secure-authjs.session-token" : "authjs.session-token";

// Decrypting the session cookie costs milliseconds (a key derivation and a decryption on every request): the
// most expensive step of a cached API read. The same cookie always decodes to the same token, so decoded tokens
// are remembered per cookie value, bounded in number, and each only until the token's own expiry. Whether the
// session it names is still live is asked of its row on every request (server/identity/sessions.ts).
// Kept on globalThis: the proxy and the server components are separate bundles, and a page request passes
// through both; one decoding serves both.
const MAX_REMEMBERED = 5_000;
const shared = globalThis as unknown as {
  __tallyDecodedCookies?: Map<string, { token: JWT | null; until: number }>;
};
shared.__tallyDecodedCookies ??= new Map();
const remembered = shared.__tallyDecodedCookies;

async function decodeCookie(headers: Headers, secure: boolean): Promise<JWT | null> {
  const cookie = headers.get("cookie") ?? "";
  const key = `${secure ? "s" : "p"}|${cookie}`;
  const hit = remembered.get(key);
  if (hit && hit.until > Date.now()) return hit.token;
  // Only the cookie: getToken would also read an Authorization header, which is the API tokens' place.
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret: secret("AUTH_SECRET"),
    secureCookie: secure,
  });
  // A cookie that does not decode is remembered for a minute, so repeating it costs nothing either.
  const until = token?.exp ? Math.min(token.exp * 1000, Date.now() + 60 * 60_000) : Date.now() + 60_000;
  remembered.delete(key);
  remembered.set(key, { token, until });
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  return token;
}

function claims(token: JWT | null): SessionClaims | null {
  return token && typeof token.sub === "string" && typeof token.sid === "string"
    ? { userId: token.sub, sessionId: token.sid }
    : null;
}

/** The session a request's cookie names, or null. */
export async function readSessionCookie(request: Request): Promise<SessionClaims | null> {
  return claims(await decodeCookie(request.headers, isSecure(request.url, request.headers)));
}

/** The same for server components and actions, which have the request's headers but no Request. */
export async function readSessionCookieFromHeaders(headers: Headers): Promise<SessionClaims | null> {
  return claims(await decodeCookie(headers, isSecure(null, headers)));
}

/**
 * For the proxy: the session claims and, when the cookie is more than a day old, a fresh cookie to set so a
 * session in use keeps rolling. Cheap: no database, and re-encoding at most once a day per browser.
 */
export async function readAndRollSessionCookie(
  request: Request,
): Promise<{ claims: SessionClaims | null; rolled?: { name: string; value: string; secure: boolean } }> {
  const secure = isSecure(request.url, request.headers);
  const token = await decodeCookie(request.headers, secure);
  const found = claims(token);
  if (!token || !found) return { claims: null };
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (Date.now() / 1000 - issuedAt < ROLL_AFTER_SECONDS) return { claims: found };
  const name = sessionCookieName(secure);
  const { iat: _iat, exp: _exp, jti: _jti, ...payload } = token;
  const value = await encode({
    token: payload,
    secret: secret("AUTH_SECRET"),
    salt: name,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return { claims: found, rolled: { name, value, secure } };
}
