// Gives every page its Content-Security-Policy nonce, redirects signed-out visitors of app pages to /login, and
// keeps a session in use rolling. Not the security
// boundary: every page, action and route handler calls requireUser() itself, which checks the session's row.
//
// It only reads the session cookie (no database): it re-issues it once a day while it is used, with a fresh
// 30 days. Re-issuing a cookie whose session has ended brings nothing back: the row is gone.

import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { pageContentSecurityPolicy } from "@/lib/content-security-policy";
import { readAndRollSessionCookie, SESSION_MAX_AGE_SECONDS } from "@/session-token";

// /unsubscribe: opened from a notification e-mail by someone who may not be signed in (its token is signed).
const PUBLIC_PAGES = ["/login", "/signup", "/unsubscribe"];

const formActionHosts = [
  env.AUTH_GITHUB_ID ? "https://github.com" : "",
  env.AUTH_GOOGLE_ID ? "https://accounts.google.com" : "",
].filter(Boolean);

/** Passes the request on with a fresh CSP nonce, which Next.js reads from the request to mark its scripts. */
function nextWithNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy({
    nonce,
    development: env.NODE_ENV === "development",
    formActionHosts,
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((page) => pathname.startsWith(page))) return nextWithNonce(request);
  const { claims, rolled } = await readAndRollSessionCookie(request);
  if (claims) {
    const response = nextWithNonce(request);
    if (rolled) {
      response.cookies.set(rolled.name, rolled.value, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: rolled.secure,
        maxAge: SESSION_MAX_AGE_SECONDS,
      });
    }
    return response;
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|.*\\.png$).*)"],
};
