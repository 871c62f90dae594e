import "server-only";
import { appUrl } from "@/env";
import { AppError } from "@/server/errors";

// A browser sends the session cookie with any request to Tally, including one a hostile page makes it send.
// SameSite=Lax keeps the cookie off cross-site POSTs in today's browsers, but not everywhere and not for
// same-site subdomains. So a write authenticated by the cookie must also show that it came from Tally's own
// pages: an Origin header naming Tally, and a body in a form plain HTML forms cannot send (JSON or multipart;
// a cross-site page can only send multipart through a form, and that still fails the Origin check).
// Bearer-token requests carry no ambient credential and need neither.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const ACCEPTED_BODIES = /^(application\/json|multipart\/form-data)\s*(;|$)/i;

export function assertSameOriginWrite(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(appUrl).origin, new URL(request.url).origin]);
  if (!origin || !allowed.has(origin)) {
    throw new AppError(
      "forbidden",
      "This request did not come from Tally's own pages. Scripts should use a personal access token.",
    );
  }
  const contentType = request.headers.get("content-type");
  if (contentType && !ACCEPTED_BODIES.test(contentType)) {
    throw new AppError(
      "unsupported_media_type",
      "Send the request body as JSON (or a file as multipart/form-data).",
    );
  }
}
