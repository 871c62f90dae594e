import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { createLinkIntent, readLinkIntent } from "@/server/identity/link-intent";
import {
  identityFromProvider,
  linkedUser,
  listLinkedProviders,
  resolveOAuthSignIn,
} from "@/server/identity/oauth";
import { createUser } from "@/server/identity/users";
import { useTestDatabase } from "../support/db";

// Issue 12, item 4: a GitHub or Google sign-in joins an existing account only when the provider verified the
// email. The providers are fakes: a Google profile as Auth.js passes it, and GitHub's emails API as a fetch.

let db: Database;
beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

/** GitHub's GET /user/emails for a token, as the fake provider answers it. */
function githubEmails(emails: Array<{ email: string; primary: boolean; verified: boolean }>): typeof fetch {
  return async (url, init) => {
    expect(String(url)).toBe("https://api.github.com/user/emails");
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer gho_fake");
    return Response.json(emails);
  };
}

describe("OAuth sign-in", () => {
  it("does not take over an account through a GitHub address that GitHub never verified", async () => {
    const victim = await createUser(db, { email: "victim@example.com", password: "victim's own password" });
    // The attacker put the victim's address on their own GitHub account, unverified, as primary.
    const identity = await identityFromProvider(
      { provider: "github", providerAccountId: "gh-attacker", accessToken: "gho_fake", name: "Mallory" },
      githubEmails([
        { email: "victim@example.com", primary: true, verified: false },
        { email: "mallory@example.net", primary: false, verified: true },
      ]),
    );
    expect(identity?.verifiedEmail).toBeNull();
    const outcome = await resolveOAuthSignIn(db, identity!);
    expect(outcome).toEqual({ ok: false, reason: "unverified_email" });
    expect(await linkedUser(db, { provider: "github", providerAccountId: "gh-attacker" })).toBeNull();
    expect(await listLinkedProviders(db, victim.id)).toEqual([]);
  });

  it("links GitHub to the account with its verified primary address, and signs in with it afterwards", async () => {
    const owner = await createUser(db, { email: "owner@example.com", password: "owner's own password" });
    const identity = await identityFromProvider(
      { provider: "github", providerAccountId: "gh-owner", accessToken: "gho_fake", name: "Owner" },
      githubEmails([
        { email: "old@example.com", primary: false, verified: true },
        { email: "Owner@Example.com", primary: true, verified: true },
      ]),
    );
    const first = await resolveOAuthSignIn(db, identity!);
    expect(first).toMatchObject({ ok: true, linked: true, user: { id: owner.id } });
    const again = await resolveOAuthSignIn(db, { ...identity!, verifiedEmail: null });
    expect(again).toMatchObject({ ok: true, linked: false, user: { id: owner.id } });
  });

  it("takes Google's email_verified at its word, both ways", async () => {
    await createUser(db, { email: "g-user@example.com", password: "a password of theirs" });
    const unverified = await identityFromProvider({
      provider: "google",
      providerAccountId: "google-1",
      profile: { email: "g-user@example.com", email_verified: false },
    });
    expect(await resolveOAuthSignIn(db, unverified!)).toEqual({ ok: false, reason: "unverified_email" });
    const verified = await identityFromProvider({
      provider: "google",
      providerAccountId: "google-2",
      profile: { email: "g-user@example.com", email_verified: true },
    });
    expect(await resolveOAuthSignIn(db, verified!)).toMatchObject({ ok: true, linked: true });
  });

  it("creates a new account only for a verified address", async () => {
    const identity = {
      provider: "google" as const,
      providerAccountId: "google-new",
      verifiedEmail: "newcomer@example.com",
      name: "New",
    };
    const outcome = await resolveOAuthSignIn(db, identity);
    expect(outcome).toMatchObject({ ok: true, linked: true, user: { email: "newcomer@example.com" } });
    if (outcome.ok) expect(outcome.user.passwordHash).toBeNull();
  });

  it("lets a signed-in user link a provider whatever its email, but never one linked to someone else", async () => {
    const me = await createUser(db, { email: "linker@example.com", password: "linker's password" });
    const other = await createUser(db, { email: "other-linker@example.com", password: "other password" });
    const identity = {
      provider: "github" as const,
      providerAccountId: "gh-unverified-mine",
      verifiedEmail: null,
      name: null,
    };
    expect(await resolveOAuthSignIn(db, identity, { linkTo: me })).toMatchObject({ ok: true, linked: true });
    expect(await listLinkedProviders(db, me.id)).toEqual(["github"]);
    expect(await resolveOAuthSignIn(db, identity, { linkTo: other })).toEqual({
      ok: false,
      reason: "linked_elsewhere",
    });
  });

  it("accepts only its own, unexpired link intent from Settings", () => {
    const session = { userId: "u-1", sessionId: "s-1" };
    const now = Date.now();
    const intent = createLinkIntent(session, now);
    expect(readLinkIntent(intent, now + 1000)).toEqual(session);
    expect(readLinkIntent(intent, now + 11 * 60 * 1000)).toBeNull();
    expect(readLinkIntent(intent.replace("u-1", "u-2"), now)).toBeNull();
    expect(readLinkIntent(undefined, now)).toBeNull();
  });
});
