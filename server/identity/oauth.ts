import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { oauthAccounts, type User, users } from "@/db/schema";
import { normalizeEmail } from "./users";

// Who a GitHub or Google sign-in is. An identity already linked signs in to its account. A new identity joins
// the account with the same email only when the provider says it verified that address; otherwise anyone who
// added the victim's address, unverified, to their own GitHub account could walk into the victim's Tally. Such
// a person signs in with their password first and links the provider from Settings.

export type OAuthProvider = "github" | "google";

export type OAuthIdentity = {
  provider: OAuthProvider;
  providerAccountId: string;
  /** The address the provider verified, or null when it verified none. */
  verifiedEmail: string | null;
  name: string | null;
};

export type OAuthOutcome =
  | { ok: true; user: User; linked: boolean }
  | { ok: false; reason: "unverified_email" | "linked_elsewhere" };

export const OAUTH_REFUSALS: Record<Extract<OAuthOutcome, { ok: false }>["reason"], string> = {
  unverified_email:
    "That sign-in did not come with an email address the provider has verified. Sign in with your email and password, then link it in Settings.",
  linked_elsewhere: "That sign-in is already linked to another Tally account.",
};

/**
 * Decides a provider sign-in and records the link it makes. `linkTo` is the signed-in user who asked to link
 * this provider from Settings: then the link is made whatever the email says.
 */
export async function resolveOAuthSignIn(
  db: Database,
  identity: OAuthIdentity,
  options: { linkTo?: User } = {},
): Promise<OAuthOutcome> {
  const existing = await linkedUser(db, identity);
  if (options.linkTo) {
    if (existing && existing.id !== options.linkTo.id) return { ok: false, reason: "linked_elsewhere" };
    if (!existing) await link(db, identity, options.linkTo.id);
    return { ok: true, user: options.linkTo, linked: !existing };
  }
  if (existing) return { ok: true, user: existing, linked: false };
  if (!identity.verifiedEmail) return { ok: false, reason: "unverified_email" };

  const email = normalizeEmail(identity.verifiedEmail);
  await db.insert(users).values({ email, name: identity.name }).onConflictDoNothing({ target: users.email });
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user) throw new Error("The account for a provider sign-in vanished after it was created");
  await link(db, identity, user.id);
  return { ok: true, user, linked: true };
}

/** The account an identity is linked to, or null. */
export async function linkedUser(
  db: Database,
  identity: { provider: string; providerAccountId: string },
): Promise<User | null> {
  const [row] = await db
    .select({ user: users })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(
      and(
        eq(oauthAccounts.provider, identity.provider),
        eq(oauthAccounts.providerAccountId, identity.providerAccountId),
      ),
    )
    .limit(1);
  return row?.user ?? null;
}

async function link(db: Database, identity: OAuthIdentity, userId: string): Promise<void> {
  await db
    .insert(oauthAccounts)
    .values({ provider: identity.provider, providerAccountId: identity.providerAccountId, userId })
    .onConflictDoNothing();
}

export async function listLinkedProviders(db: Database, userId: string): Promise<OAuthProvider[]> {
  const rows = await db
    .select({ provider: oauthAccounts.provider })
    .from(oauthAccounts)
    .where(eq(oauthAccounts.userId, userId));
  return rows.map((row) => row.provider as OAuthProvider);
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's profile email is whatever the user made public, verified or not. The verified primary address comes
 * from the emails API, read with the sign-in's access token.
 */
export async function githubVerifiedPrimaryEmail(
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const response = await fetchImpl("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json" },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) return null;
  const emails = (await response.json()) as GitHubEmail[];
  const primary = Array.isArray(emails) ? emails.find((entry) => entry.primary) : undefined;
  return primary?.verified ? primary.email : null;
}

/** The identity in a provider's sign-in, with only a verified email kept. */
export async function identityFromProvider(
  input: {
    provider: string;
    providerAccountId: string;
    accessToken?: string;
    profile?: Record<string, unknown>;
    name?: string | null;
  },
  fetchImpl: typeof fetch = fetch,
): Promise<OAuthIdentity | null> {
  if (input.provider === "google") {
    const email = input.profile?.email;
    return {
      provider: "google",
      providerAccountId: input.providerAccountId,
      verifiedEmail: input.profile?.email_verified === true && typeof email === "string" ? email : null,
      name: input.name ?? null,
    };
  }
  if (input.provider === "github") {
    return {
      provider: "github",
      providerAccountId: input.providerAccountId,
      verifiedEmail: input.accessToken
        ? await githubVerifiedPrimaryEmail(input.accessToken, fetchImpl)
        : null,
      name: input.name ?? null,
    };
  }
  return null;
}
