// Auth.js: email + password (credentials) always; GitHub and Google when their env vars are set. JWT sessions.

import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { getDb } from "@/db";
import { env, secret } from "@/env";
import { text } from "@/lib/fields";
import { AppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-ip";
import { consumeLinkIntent } from "@/server/identity/link-intent-cookie";
import { identityFromProvider, linkedUser, resolveOAuthSignIn } from "@/server/identity/oauth";
import { createSession, endSession } from "@/server/identity/sessions";
import { authenticateWithPassword } from "@/server/identity/users";
import { log } from "@/server/log";
import { SESSION_MAX_AGE_SECONDS } from "@/session-token";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsInput = z.object({
  email: text().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

const oauthProviders = [
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })]
    : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })]
    : []),
];

export const enabledOAuthProviders = oauthProviders.map((provider) => ({
  id: provider.id,
  name: provider.name,
}));

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: secret("AUTH_SECRET"),
  trustHost: true,
  // The JWT only names a server-side session row (server/identity/sessions.ts), checked on every request.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace in the log.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      log.error({ err: error, module: "auth" }, "sign-in failed");
    },
    warn(code) {
      log.warn({ module: "auth", code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsInput.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await authenticateWithPassword(await getDb(), {
            ...parsed.data,
            ip: clientIp(request.headers),
          });
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          if (error instanceof AppError && error.code === "rate_limited") throw new RateLimitedSignIn();
          if (error instanceof AppError && error.code === "unauthorized") return null;
          throw error;
        }
      },
    }),
    ...oauthProviders,
  ],
  events: {
    // Ends the session on the server, so a copy of the cookie stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : undefined;
      if (typeof token?.sid === "string" && typeof token.sub === "string")
        await endSession(await getDb(), { sessionId: token.sid, userId: token.sub });
    },
  },
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
    // A GitHub or Google sign-in: links only with an email the provider verified, or from Settings.
    async signIn({ account, profile, user }) {
      if (!account || account.provider === "credentials") return true;
      const identity = await identityFromProvider({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        accessToken: account.access_token,
        profile: profile as Record<string, unknown> | undefined,
        name: user.name,
      });
      if (!identity) return false;
      const db = await getDb();
      const outcome = await resolveOAuthSignIn(db, identity, { linkTo: await consumeLinkIntent() });
      return outcome.ok ? true : `/login?error=${outcome.reason}`;
    },
    async jwt({ token, user, account }) {
      if (!user) return token;
      // A sign-in: the token's subject is always our user id, and it names a new server-side session.
      let userId = user.id;
      if (account && account.provider !== "credentials") {
        userId = (await linkedUser(await getDb(), account))?.id;
      }
      if (!userId) return token;
      token.sub = userId;
      token.sid = await createSession(await getDb(), userId);
      return token;
    },
  },
});
