import "server-only";
import { and, eq, gt, lt, ne, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { sessions, type User, users } from "@/db/schema";

// Server-side sessions. The cookie is an Auth.js JWT that carries the session's row id (`sid`); the row is the
// truth. A session ends when its row goes: sign-out, "sign out everywhere", a password change (for the other
// sessions), or 30 days without use.

export const SESSION_IDLE_DAYS = 30;
export const SESSION_IDLE_SECONDS = SESSION_IDLE_DAYS * 24 * 60 * 60;
// How often use moves lastSeenAt forward: often enough for a 30-day idle limit, rare enough to spare writes.
const ROLL_AFTER_MS = 60 * 60 * 1000;

const idleCutoff = sql`now() - make_interval(days => ${SESSION_IDLE_DAYS})`;

/** Starts a session for a sign-in and returns its id (the cookie's `sid`). */
export async function createSession(db: Database, userId: string): Promise<string> {
  // The user's long-expired rows go now: there is no other sweeper to wait for.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.lastSeenAt, idleCutoff)));
  const [row] = await db.insert(sessions).values({ userId }).returning({ id: sessions.id });
  return row!.id;
}

// Every signed-in request asks this, so it is a prepared statement: built once per database, and on
// postgres.js one round trip per request instead of two (an unprepared statement with parameters is described
// first, then run). Behind a transaction pooler the client turns preparing off and it runs like any query.
function prepareSessionUser(db: Database) {
  return db
    .select({ user: users, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.userId, sql.placeholder("userId")),
        eq(sessions.id, sql.placeholder("sessionId")),
        gt(sessions.lastSeenAt, idleCutoff),
      ),
    )
    .limit(1)
    .prepare("session_user");
}
const sessionUserQueries = new WeakMap<Database, ReturnType<typeof prepareSessionUser>>();

/**
 * The user of a live session, or null when it ended or sat idle for 30 days. Use rolls it forward (at most
 * once an hour). `userId` is the cookie's subject: a row of another user does not count.
 */
export async function getSessionUser(
  db: Database,
  session: { sessionId: string; userId: string },
): Promise<User | null> {
  let query = sessionUserQueries.get(db);
  if (!query) {
    query = prepareSessionUser(db);
    sessionUserQueries.set(db, query);
  }
  const [row] = await query.execute({ sessionId: session.sessionId, userId: session.userId });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > ROLL_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(sessions.userId, session.userId), eq(sessions.id, session.sessionId)));
  }
  return row.user;
}

/** Ends one session (sign-out): the cookie's subject and session id. Ending one that is already gone is fine. */
export async function endSession(
  db: Database,
  session: { sessionId: string; userId: string },
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, session.userId), eq(sessions.id, session.sessionId)));
}

/** "Sign out everywhere": every session of the user, this one included. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** After a password change: every session but the one that changed it. */
export async function endOtherSessions(db: Database, userId: string, keepSessionId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

export async function countSessions(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.lastSeenAt, idleCutoff)));
  return row?.count ?? 0;
}
