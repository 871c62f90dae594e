import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type ApiToken, apiTokens, type User, users } from "@/db/schema";
import { notFound } from "@/server/errors";
import { abuseLimits } from "./rate-limit";

// The prefix lets secret scanners recognize a leaked Tally token.
const TOKEN_PREFIX = "tally_";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type TokenSummary = Pick<ApiToken, "id" | "name" | "createdAt" | "lastUsedAt">;

/** Creates a personal access token (at most 20 an hour per account). The plain token is returned only here; only its hash is stored. */
export async function createToken(
  db: Database,
  userId: string,
  name: string,
): Promise<TokenSummary & { token: string }> {
  await (await abuseLimits()).tokenCreated(userId);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token) })
    .returning({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    });
  return { ...row!, token };
}

export function listTokens(db: Database, userId: string): Promise<TokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function deleteToken(db: Database, userId: string, tokenId: string): Promise<void> {
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)))
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw notFound("That token");
}

/** The user a bearer token belongs to, or null. Marks the token used (at most once a minute, to spare writes). */
export async function userForToken(db: Database, token: string): Promise<User | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.tokenId));
  }
  return row.user;
}
