// Redirects signed-out visitors of app pages to /login. Not the security boundary: every page, action and
// route handler calls requireUser() itself.
//
// It only reads the session cookie. Wrapping Auth.js's `auth` here would re-issue the cookie on every request it
// passes, and a link prefetch still in flight when the user signs out would then bring the session back.

import { type NextRequest, NextResponse } from "next/server";
import { readSessionToken } from "@/session-token";

// /unsubscribe: opened from a notification e-mail by someone who may not be signed in (its token is signed).
const PUBLIC_PAGES = ["/login", "/signup", "/unsubscribe"];

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((page) => pathname.startsWith(page))) return NextResponse.next();
  if (await readSessionToken(request)) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|.*\\.png$).*)"],
};
