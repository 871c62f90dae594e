import "server-only";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { createLinkIntent, LINK_INTENT_COOKIE, LINK_INTENT_SECONDS, readLinkIntent } from "./link-intent";
import { getSessionUser } from "./sessions";

// The link intent as a cookie, for the Settings action that sets it and the Auth.js callback that uses it once.

export async function setLinkIntent(session: { userId: string; sessionId: string }): Promise<void> {
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(LINK_INTENT_COOKIE, createLinkIntent(session), {
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries it.
    sameSite: "lax",
    secure,
    path: "/api/auth",
    maxAge: LINK_INTENT_SECONDS,
  });
}

/** The signed-in user who asked to link, if the cookie is valid and their session still live; then forgets it. */
export async function consumeLinkIntent(): Promise<User | undefined> {
  const jar = await cookies();
  const intent = readLinkIntent(jar.get(LINK_INTENT_COOKIE)?.value);
  if (!jar.get(LINK_INTENT_COOKIE)) return undefined;
  jar.delete({ name: LINK_INTENT_COOKIE, path: "/api/auth" });
  if (!intent) return undefined;
  return (await getSessionUser(await getDb(), intent)) ?? undefined;
}
