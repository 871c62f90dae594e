import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { env } from "@/env";

// The caller's address, for rate limits. X-Forwarded-For can be written by anyone, so it is believed only as far
// as the operator says proxies append to it (TRUST_PROXY_HOPS): with N trusted proxies the client is the N-th
// entry from the right, the one the outermost trusted proxy appended. With none (the default) the address is
// the TCP peer's, which Next.js does not hand to route handlers: a hook on Node's http server writes it into
// PEER_HEADER on every request, replacing anything a client sent under that name.

const PEER_HEADER = "x-tally-peer-address";
const state = globalThis as unknown as { __tallyPeerStamp?: boolean };

/** Installs the hook (once per process, at start-up: instrumentation-node.ts). */
export function installPeerAddressStamp(): void {
  if (state.__tallyPeerStamp) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
  state.__tallyPeerStamp = true;
}

export function clientIp(headers: Headers, trustedHops: number = env.TRUST_PROXY_HOPS): string | null {
  // Without the hook, PEER_HEADER could be the client's own: believe it only when the hook wrote it.
  const peer = state.__tallyPeerStamp ? headers.get(PEER_HEADER) || null : null;
  if (trustedHops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through them all, so only the peer is known.
  return forwarded.length >= trustedHops ? (forwarded[forwarded.length - trustedHops] ?? peer) : peer;
}
