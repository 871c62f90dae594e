import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { secret } from "@/env";
import proxy from "@/proxy";
import { resetSignInLimiter } from "@/server/identity/rate-limit";
import { createSession, endAllSessions, endSession } from "@/server/identity/sessions";
import { changePassword, getUserById } from "@/server/identity/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

// Issue 12, item 2: a session ends on the server. The cookie is exactly what Auth.js issues (an encrypted JWT
// naming the session), replayed the way someone who copied it would.

const password = "correct horse battery";
let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

async function newUser(email: string) {
  const created = await call(signup, { body: { email, password } });
  return created.body.user.id as string;
}

async function cookieFor(userId: string, sessionId: string): Promise<string> {
  const name = "authjs.session-token";
  const value = await encode({
    token: { sub: userId, sid: sessionId },
    secret: secret("AUTH_SECRET"),
    salt: name,
    maxAge: 30 * 24 * 60 * 60,
  });
  return `${name}=${value}`;
}

const me = (cookie: string) => call(getMe, { headers: { cookie } });

describe("sessions end on the server", () => {
  it("refuses a copied session cookie once that session signed out", async () => {
    const userId = await newUser("replay@example.com");
    const sessionId = await createSession(db, userId);
    const cookie = await cookieFor(userId, sessionId);
    expect((await me(cookie)).status).toBe(200);
    await endSession(db, { sessionId, userId });
    const replayed = await me(cookie);
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe("unauthorized");
  });

  it("refuses a cookie that names no session, or another user's session", async () => {
    const alice = await newUser("alice-session@example.com");
    const bob = await newUser("bob-session@example.com");
    const bobsSession = await createSession(db, bob);
    // A token without a session id (what Auth.js issued before sessions had rows) is no longer enough.
    const name = "authjs.session-token";
    const bare = await encode({ token: { sub: alice }, secret: secret("AUTH_SECRET"), salt: name });
    expect((await me(`${name}=${bare}`)).status).toBe(401);
    expect((await me(await cookieFor(alice, bobsSession))).status).toBe(401);
  });

  it("signs out every browser with 'sign out everywhere'", async () => {
    const userId = await newUser("everywhere@example.com");
    const cookies = await Promise.all(
      [1, 2, 3].map(async () => cookieFor(userId, await createSession(db, userId))),
    );
    for (const cookie of cookies) expect((await me(cookie)).status).toBe(200);
    await endAllSessions(db, userId);
    for (const cookie of cookies) expect((await me(cookie)).status).toBe(401);
  });

  it("ends the other sessions when the password changes, and keeps the one that changed it", async () => {
    resetSignInLimiter();
    const userId = await newUser("change@example.com");
    const mine = await createSession(db, userId);
    const other = await createSession(db, userId);
    const user = (await getUserById(db, userId))!;
    await expect(
      changePassword(db, {
        user,
        sessionId: mine,
        currentPassword: "not my password",
        newPassword: "a whole new password",
        ip: "203.0.113.9",
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect((await me(await cookieFor(userId, other))).status).toBe(200);

    await changePassword(db, {
      user,
      sessionId: mine,
      currentPassword: password,
      newPassword: "a whole new password",
      ip: "203.0.113.9",
    });
    expect((await me(await cookieFor(userId, mine))).status).toBe(200);
    expect((await me(await cookieFor(userId, other))).status).toBe(401);
  });

  it("expires a session after 30 days without use, and rolls one that is used", async () => {
    const userId = await newUser("idle@example.com");
    const idle = await createSession(db, userId);
    const used = await createSession(db, userId);
    await db.execute(sql`update sessions set last_seen_at = now() - interval '31 days' where id = ${idle}`);
    await db.execute(sql`update sessions set last_seen_at = now() - interval '29 days' where id = ${used}`);
    expect((await me(await cookieFor(userId, idle))).status).toBe(401);
    expect((await me(await cookieFor(userId, used))).status).toBe(200);
    // Using it moved it forward: it is good for another 30 days, not one.
    const [row] = await queryRows<{ fresh: boolean }>(
      db,
      sql`select last_seen_at > now() - interval '1 minute' as fresh from sessions where id = ${used}`,
    );
    expect(row?.fresh).toBe(true);
  });

  it("re-issues the cookie with a fresh 30 days once it is a day old, and not before", async () => {
    const userId = await newUser("rolling@example.com");
    const sessionId = await createSession(db, userId);
    const fresh = await cookieFor(userId, sessionId);
    vi.useFakeTimers({ now: Date.now() - 2 * 24 * 60 * 60 * 1000, toFake: ["Date"] });
    const old = await cookieFor(userId, sessionId);
    vi.useRealTimers();

    const page = (cookie: string) =>
      proxy(new NextRequest("http://localhost/dashboard", { headers: { cookie } }));
    expect((await page(fresh)).headers.get("set-cookie")).toBeNull();
    const rolled = (await page(old)).headers.get("set-cookie") ?? "";
    expect(rolled).toMatch(/^authjs\.session-token=/);
    expect(rolled).toMatch(/Max-Age=2592000/i);
    // The new cookie names the same live session.
    expect((await me(rolled.split(";")[0]!)).status).toBe(200);
  });
});
