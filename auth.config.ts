// The part of the Auth.js configuration that proxy.ts can load: no providers, no database.
// auth.ts extends it with both. The proxy only redirects; requireUser() in server/auth.ts is the real check.

import type { NextAuthConfig } from "next-auth";
import { secret } from "@/env";

const PUBLIC_PAGES = ["/login", "/signup"];

export const authConfig = {
  secret: secret("AUTH_SECRET"),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (PUBLIC_PAGES.some((page) => pathname.startsWith(page))) return true;
      return Boolean(auth?.user);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
