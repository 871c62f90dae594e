import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { AppError } from "@/server/errors";
import { userForToken } from "@/server/identity/tokens";
import { getUserById, touchLastActive } from "@/server/identity/users";
import { readSessionToken } from "@/session-token";

async function sessionUser(): Promise<User | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  // The JWT outlives a deleted account; the row is the truth.
  return getUserById(await getDb(), id);
}

async function markActive(user: User): Promise<User> {
  await touchLastActive(await getDb(), user);
  return user;
}

/**
 * For pages and server actions: the signed-in user, or a redirect to the sign-in page. Memoized per request
 * (React's cache), so the layout and the page it wraps load the user once between them.
 */
export const requireUser = cache(async (): Promise<User> => {
  const user = await sessionUser();
  if (!user) redirect("/login");
  return markActive(user);
});

/** The signed-in user or null, for pages that render differently when signed out. */
export async function currentUser(): Promise<User | null> {
  return sessionUser();
}

// Route handlers read the session cookie from the Request itself rather than Next's request scope.
async function sessionUserFromRequest(request: Request): Promise<User | null> {
  const token = await readSessionToken(request);
  return token?.sub ? getUserById(await getDb(), token.sub) : null;
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
    user = await sessionUserFromRequest(request);
    if (!user)
      throw new AppError("unauthorized", "Sign in, or send a personal access token as a Bearer token.");
  }
  return markActive(user);
}
