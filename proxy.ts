// Redirects signed-out visitors of app pages to /login and keeps a session in use rolling. Not the security
// boundary: every page, action and route handler calls requireUser() itself, which checks the session's row.
//
// It only reads the session cookie (no database): it re-issues it once a day while it is used, with a fresh
// 30 days. Re-issuing a cookie whose session has ended brings nothing back: the row is gone.

import { type NextRequest, NextResponse } from "next/server";
import { readAndRollSessionCookie } from "@/session-token";

const PUBLIC_PAGES = ["/login", "/signup"];

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((page) => pathname.startsWith(page))) return NextResponse.next();
  const { claims, rolled } = await readAndRollSessionCookie(request);
  if (claims) {
    const response = NextResponse.next();
    if (rolled) {
      response.cookies.set(rolled.name, rolled.value, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: rolled.secure,
        maxAge: 30 * 24 * 60 * 60,
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
