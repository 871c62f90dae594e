import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertSameOriginWrite } from "@/server/http/same-origin";
import { getSessionUser } from "@/server/identity/sessions";
import { userForToken } from "@/server/identity/tokens";
import { touchLastActive } from "@/server/identity/users";
import { readSessionCookie, readSessionCookieFromHeaders, type SessionClaims } from "@/session-token";

export type SignedIn = { user: User; sessionId: string };

// The cookie names a session; the session's row decides. A signed-out, expired or ended session (or a deleted
// account) finds no row, whatever the cookie says.
async function liveSession(claims: SessionClaims | null): Promise<SignedIn | null> {
  if (!claims) return null;
  const user = await getSessionUser(await getDb(), claims);
  return user ? { user, sessionId: claims.sessionId } : null;
}

async function markActive(user: User): Promise<User> {
  await touchLastActive(await getDb(), user);
  return user;
}

/**
 * For pages and server actions: the signed-in user and their session, or a redirect to the sign-in page.
 * Memoized per request (React's cache), so the layout and the page it wraps check the session once.
 */
export const requireSession = cache(async (): Promise<SignedIn> => {
  const signedIn = await liveSession(await readSessionCookieFromHeaders(await headers()));
  if (!signedIn) redirect("/login");
  await markActive(signedIn.user);
  return signedIn;
});

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<User> {
  return (await requireSession()).user;
}

/** The signed-in user or null, for pages that render differently when signed out. */
export async function currentUser(): Promise<User | null> {
  return (await liveSession(await readSessionCookieFromHeaders(await headers())))?.user ?? null;
}

/** For route handlers: a Bearer personal access token or the session cookie, else 401. */
export async function requireApiUser(request: Request): Promise<User> {
  const authorization = request.headers.get("authorization");
  let user: User | null;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    user = match?.[1] ? await userForToken(await getDb(), match[1]) : null;
    if (!user)
      throw new AppError("unauthorized", "That access token is not valid. Create a new one in Settings.");
  } else {
    user = (await liveSession(await readSessionCookie(request)))?.user ?? null;
    if (!user)
      throw new AppError("unauthorized", "Sign in, or send a personal access token as a Bearer token.");
    assertSameOriginWrite(request);
  }
  return markActive(user);
}
