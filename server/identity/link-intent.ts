import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { secret } from "@/env";

// "Link GitHub" in Settings leaves the browser for the provider and comes back through Auth.js's callback,
// which knows nothing of who asked. A short-lived cookie, signed with AUTH_SECRET, carries the asking session
// across: only a live session of the account it names can link, and only within ten minutes.

export const LINK_INTENT_COOKIE = "tally-link-intent";
export const LINK_INTENT_SECONDS = 10 * 60;

const mac = (payload: string) =>
  createHmac("sha256", secret("AUTH_SECRET")).update(`link-intent:${payload}`).digest("base64url");

export function createLinkIntent(session: { userId: string; sessionId: string }, now = Date.now()): string {
  const payload = `${session.userId}.${session.sessionId}.${now + LINK_INTENT_SECONDS * 1000}`;
  return `${payload}.${mac(payload)}`;
}

/** The session a link intent names, or null when it is missing, forged or expired. */
export function readLinkIntent(
  value: string | undefined,
  now = Date.now(),
): { userId: string; sessionId: string } | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [userId, sessionId, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(`${userId}.${sessionId}.${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!(Number(expires) > now)) return null;
  return { userId, sessionId };
}
