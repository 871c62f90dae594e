import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { demoBankEnabled, demoBankUrl, env } from "@/env";
import { ipLiteral, isPublicAddress } from "@/server/security/public-address";
import { OfxUnreachableError } from "./errors";

// The one way Tally's server talks to a bank. A bank URL is typed by a user and requests carry their bank
// password, so every connection is checked where it is made:
// - the host is resolved once per connection, every address must be public (server/security/public-address.ts),
//   and the socket connects to exactly the checked address (a `lookup` that returns it), so DNS cannot change
//   between the check and the connection;
// - redirects are followed only within the same origin (scheme, host and port): anything else is refused;
// - the answer is capped in size, and the whole exchange, redirects included, in time;
// - every refused destination gets the same message after the same delay, whatever the reason (private
//   address, unknown name), so the check cannot be used to map the server's network or its open ports.

export type Resolved = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<Resolved[]>;

export type BankHttpRequest = {
  url: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
};
export type BankHttpResponse = { status: number; setCookies: string[]; text: string };
export type BankTransport = (request: BankHttpRequest) => Promise<BankHttpResponse>;

export type BankTransportOptions = {
  /** Name resolution; tests inject one. Defaults to the system resolver (every address of the name). */
  resolver?: Resolver;
  /** Let a URL resolve to a private address (ALLOW_PRIVATE_BANK_URLS=1). Never lets plain http through. */
  allowPrivateAddresses?: boolean;
  /** Which resolved addresses count as public; tests narrow it to their own loopback double. */
  isAllowedAddress?: (address: string) => boolean;
  /** Exact URLs allowed whatever their scheme and address: the app's own Demo Bank. */
  trustedUrls?: () => string[];
  /** Extra certificate authorities (tests run an https bank with their own certificate). */
  ca?: string | Buffer;
  maxResponseBytes?: number;
  maxRedirects?: number;
  /** Every refused destination is reported this long after the request started, never sooner. */
  refusalDelayMs?: number;
};

const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const REFUSAL_DELAY_MS = 1_000;

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** The transport the app uses: the system resolver, ALLOW_PRIVATE_BANK_URLS, and the Demo Bank's own URL. */
export function defaultBankTransport(): BankTransport {
  return createBankTransport({
    allowPrivateAddresses: env.ALLOW_PRIVATE_BANK_URLS,
    trustedUrls: () => (demoBankEnabled ? [demoBankUrl()] : []),
  });
}

class RefusedDestination extends Error {}

export function createBankTransport(options: BankTransportOptions = {}): BankTransport {
  const resolver = options.resolver ?? systemResolver;
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const refusalDelayMs = options.refusalDelayMs ?? REFUSAL_DELAY_MS;
  const isAllowed = options.allowPrivateAddresses
    ? () => true
    : (options.isAllowedAddress ?? isPublicAddress);
  const isTrusted = (url: URL) => (options.trustedUrls?.() ?? []).some((trusted) => sameUrl(trusted, url));

  /** The addresses to connect to, or a refusal. A trusted URL is resolved but not judged. */
  async function destination(url: URL): Promise<Resolved[]> {
    const trusted = isTrusted(url);
    if (!trusted && url.protocol !== "https:") throw new RefusedDestination();
    const literal = ipLiteral(url.hostname);
    let addresses: Resolved[];
    if (literal) {
      addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
    } else {
      try {
        addresses = await resolver(url.hostname);
      } catch {
        throw new RefusedDestination();
      }
    }
    if (addresses.length === 0) throw new RefusedDestination();
    if (!trusted && !addresses.every((a) => isAllowed(a.address))) {
      throw new RefusedDestination();
    }
    return addresses;
  }

  return async (request) => {
    const started = Date.now();
    let url = new URL(request.url);
    try {
      for (let hop = 0; ; hop++) {
        const response = await exchange(url, await destination(url), request, { maxBytes, ca: options.ca });
        const location = isRedirect(response.status) ? response.location : undefined;
        if (!location) return response;
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
          throw new OfxUnreachableError(
            `The bank's server sent Tally on to a different address (${next.protocol}//${next.host}). Tally does not send your login there; check the server address with your bank.`,
            "redirect_refused",
            response.status,
          );
        }
        if (hop >= maxRedirects) {
          throw new OfxUnreachableError("The bank's server redirected too many times.", "redirect_refused");
        }
        url = next;
      }
    } catch (error) {
      if (error instanceof RefusedDestination) {
        // Same message, same moment, for every refusal: nothing to tell a private port from a missing name.
        await delay(started + refusalDelayMs - Date.now(), request.signal);
        throw new OfxUnreachableError(
          `Tally can't send a bank login to ${url.hostname}: it is not a bank server on the public internet that Tally can reach over https.`,
          "refused_destination",
        );
      }
      throw error;
    }
  };
}

const isRedirect = (status: number) => status >= 300 && status < 400;

function sameUrl(trusted: string, url: URL): boolean {
  try {
    return new URL(trusted).href === url.href;
  } catch {
    return false;
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** A lookup that answers with the already checked addresses only: the socket cannot go anywhere else. */
function pinnedLookup(addresses: Resolved[]): LookupFunction {
  return ((_hostname: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (lookupOptions.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as LookupFunction;
}

type Exchanged = BankHttpResponse & { location?: string };

function exchange(
  url: URL,
  addresses: Resolved[],
  request: BankHttpRequest,
  limits: { maxBytes: number; ca?: string | Buffer },
): Promise<Exchanged> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Exchanged>((resolve, reject) => {
    const outgoing = client.request(url, {
      method: "POST",
      headers: { ...request.headers, "Content-Length": String(Buffer.byteLength(request.body)) },
      lookup: pinnedLookup(addresses),
      // A fresh connection per exchange: a pooled socket would skip the address check.
      agent: false,
      signal: request.signal,
      ...(limits.ca ? { ca: limits.ca } : {}),
    });
    outgoing.on("error", reject);
    outgoing.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > limits.maxBytes) {
          response.destroy();
          outgoing.destroy();
          reject(
            new OfxUnreachableError(
              `The bank's answer was larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; Tally stopped reading it.`,
              "too_large",
              response.statusCode,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("end", () => {
        const location = response.headers.location;
        resolve({
          status: response.statusCode ?? 0,
          setCookies: response.headers["set-cookie"] ?? [],
          text: Buffer.concat(chunks).toString("utf8"),
          ...(location ? { location } : {}),
        });
      });
    });
    outgoing.end(request.body);
  });
}
