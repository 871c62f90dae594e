import "server-only";

/**
 * The caller's address for rate limiting. Behind a reverse proxy the first X-Forwarded-For entry is the client;
 * a client can forge it, which is why sign-in is limited per email as well as per address.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
