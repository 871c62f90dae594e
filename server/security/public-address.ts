import "server-only";
import ipaddr from "ipaddr.js";

// Which addresses Tally may send a bank login to. Tally POSTs the user's bank password from the server, so a
// URL that reaches the server's own network (loopback, a cloud metadata service, an internal admin port) must
// be refused wherever the name points — the check runs on the resolved address of every connection
// (server/ofx/bank-transport.ts), not on how the URL is spelled.
//
// The ranges come from ipaddr.js (IANA's special-purpose registries): private, loopback, link-local,
// multicast, broadcast, unspecified, reserved (benchmarking 198.18/15, documentation, 240/4 …) and carrier-grade
// NAT are all something other than "unicast". IPv6 must also be global unicast (2000::/3), which leaves out
// the IPv4-compatible ::a.b.c.d form; IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, NAT64
// 64:ff9b::a.b.c.d, 6to4 2002:aabb:ccdd::) are judged by that IPv4 address.

const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");
const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

function isPublicIPv4(address: ipaddr.IPv4): boolean {
  return address.range() === "unicast";
}

function embeddedIPv4(bytes: number[], offset: number): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes.slice(offset, offset + 4));
}

function isPublicIPv6(address: ipaddr.IPv6): boolean {
  const bytes = address.toByteArray();
  if (address.isIPv4MappedAddress()) return isPublicIPv4(address.toIPv4Address());
  if (address.match(NAT64_WELL_KNOWN)) return isPublicIPv4(embeddedIPv4(bytes, 12));
  if (address.range() === "6to4") return isPublicIPv4(embeddedIPv4(bytes, 2));
  return address.range() === "unicast" && address.match(GLOBAL_UNICAST);
}

/** True only for an address on the public internet. Anything unparseable is not public. */
export function isPublicAddress(address: string): boolean {
  const literal = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(literal)) return false;
  const parsed = ipaddr.parse(literal);
  return parsed.kind() === "ipv4" ? isPublicIPv4(parsed as ipaddr.IPv4) : isPublicIPv6(parsed as ipaddr.IPv6);
}

/** The host of a URL as an IP literal, or null when it is a name (brackets of IPv6 literals removed). */
export function ipLiteral(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "");
  // Only the strict dotted-quad and IPv6 forms: WHATWG URL parsing has already turned "0x7f.1" into 127.0.0.1.
  return ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host) ? host : null;
}
