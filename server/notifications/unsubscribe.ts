import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema";
import { appUrl, secret } from "@/env";

// One-click unsubscribe (RFC 8058) without signing in: the link carries the user id and an HMAC of it under a
// key derived from AUTH_SECRET, so nobody can forge one for another account, and rotating AUTH_SECRET
// invalidates every link at once. It does not expire: a mail client may present an old message's link years on.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let cachedKey: { secret: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const authSecret = secret("AUTH_SECRET");
  if (cachedKey?.secret !== authSecret) {
    // A key of its own, so an unsubscribe signature can never be mistaken for anything else AUTH_SECRET signs.
    const key = Buffer.from(hkdfSync("sha256", authSecret, "tally", "notification-unsubscribe-v1", 32));
    cachedKey = { secret: authSecret, key };
  }
  return cachedKey.key;
}

const mac = (userId: string) => createHmac("sha256", signingKey()).update(`unsubscribe:${userId}`).digest();

export function unsubscribeToken(userId: string): string {
  return `${userId}.${mac(userId).toString("base64url")}`;
}

/** The user id a token was made for, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(token: string | null | undefined): string | null {
  const [userId, signature, extra] = (token ?? "").split(".");
  if (!userId || !signature || extra !== undefined || !UUID.test(userId)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(userId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

/** The page a person opens from the e-mail's footer, and the address mail clients POST to for one click. */
export function unsubscribeUrls(userId: string): { page: string; oneClick: string } {
  const token = encodeURIComponent(unsubscribeToken(userId));
  return {
    page: new URL(`/unsubscribe?token=${token}`, appUrl).toString(),
    oneClick: new URL(`/api/unsubscribe?token=${token}`, appUrl).toString(),
  };
}

/** Turns notification e-mails off for the token's user. Null when the token is not valid (or the user is gone). */
export async function unsubscribeWithToken(
  db: Database,
  token: string | null | undefined,
): Promise<{ email: string } | null> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return null;
  const [user] = await db
    .update(users)
    .set({ emailNotifications: false })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  return user ?? null;
}

/** Who a valid token belongs to, for the confirmation page; nothing changes. */
export async function unsubscribeTarget(
  db: Database,
  token: string | null | undefined,
): Promise<{ email: string; emailNotifications: boolean } | null> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return null;
  const [user] = await db
    .select({ email: users.email, emailNotifications: users.emailNotifications })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user ?? null;
}
