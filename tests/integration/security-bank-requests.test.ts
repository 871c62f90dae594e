import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBankTransport, type Resolver } from "@/server/ofx/bank-transport";
import { listAccounts } from "@/server/ofx/client";
import { OfxUnreachableError } from "@/server/ofx/errors";
import type { OfxCredentials } from "@/server/ofx/requests";

// Issue 12, item 1: a bank URL is typed by a user and the request carries their bank password. These tests run
// a real https "bank" on 127.0.0.1 (certificate for bank.test) and an injected resolver, and check that Tally
// sends the login only where it may.

const TLS = path.resolve(__dirname, "../fixtures/tls");
const ca = readFileSync(path.join(TLS, "bank-test.crt"));
const PASSWORD = "s3cret-bank-password";
const ACCOUNT_LISTING = readFileSync(
  path.resolve(__dirname, "../fixtures/statements/ofx/ofxparse-account_listing_aggregation.ofx"),
  "utf8",
);

type Handler = (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void;
let handler: Handler;
const received: Array<{ path: string; body: string }> = [];
const plainReceived: string[] = [];
let bank: https.Server;
let plain: http.Server;
let port = 0;
let plainPort = 0;

beforeAll(async () => {
  bank = https.createServer(
    { key: readFileSync(path.join(TLS, "bank-test.key")), cert: ca },
    (request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ path: request.url ?? "", body });
        handler(request, body, response);
      });
    },
  );
  plain = http.createServer((request, response) => {
    request.resume();
    plainReceived.push(request.url ?? "");
    response.end("ok");
  });
  await new Promise<void>((resolve) => bank.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
  port = (bank.address() as AddressInfo).port;
  plainPort = (plain.address() as AddressInfo).port;
});

afterAll(async () => {
  bank.closeAllConnections();
  plain.closeAllConnections();
  await new Promise((resolve) => bank.close(resolve));
  await new Promise((resolve) => plain.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  plainReceived.length = 0;
  handler = (_request, _body, response) => {
    response.writeHead(200, { "Content-Type": "application/x-ofx" }).end(ACCOUNT_LISTING);
  };
});

/** A resolver that answers from a table and counts its calls; names not in it do not exist. */
function resolverFrom(table: Record<string, string | string[]>) {
  const calls: string[] = [];
  const resolver: Resolver = async (hostname) => {
    calls.push(hostname);
    const answer = table[hostname];
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    const list = Array.isArray(answer) ? answer : [answer];
    return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }) as const);
  };
  return { resolver, calls };
}

const credentials = (url: string): OfxCredentials => ({
  url,
  org: "B1",
  fid: "10898",
  userId: "alice",
  password: PASSWORD,
});

async function failure(promise: Promise<unknown>): Promise<OfxUnreachableError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfxUnreachableError) return error;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

const REFUSAL = /it is not a bank server on the public internet that Tally can reach over https/;

describe("bank requests only reach public addresses", () => {
  it("refuses an https bank whose name resolves to loopback, and sends it nothing", async () => {
    const { resolver } = resolverFrom({ "bank.test": "127.0.0.1" });
    const transport = createBankTransport({ resolver, ca, refusalDelayMs: 0 });
    const error = await failure(listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport }));
    expect(error.reason).toBe("refused_destination");
    expect(error.message).toMatch(REFUSAL);
    expect(received).toHaveLength(0);

    // The same bank with the private-address opt-in (ALLOW_PRIVATE_BANK_URLS=1) is reached and answers.
    const opted = createBankTransport({ resolver, ca, allowPrivateAddresses: true });
    const accounts = await listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport: opted });
    expect(accounts.length).toBeGreaterThan(0);
    expect(received[0]?.body).toContain(PASSWORD);
  });

  it("refuses every spelling of a private address with one message, no sooner than the refusal delay", async () => {
    const { resolver } = resolverFrom({
      "localhost.": "127.0.0.1",
      metadata: "169.254.169.254",
      "mixed.bank.test": ["93.184.216.34", "10.0.0.7"],
      "v6.bank.test": "fd00::1",
    });
    const transport = createBankTransport({ resolver, ca, refusalDelayMs: 120 });
    const urls = [
      `https://localhost.:${port}/`,
      "https://[::7f00:1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://[fe80::1]/",
      "https://198.18.0.1/",
      "https://224.0.0.1/",
      "https://100.64.0.1/",
      "https://0.0.0.0/",
      "https://metadata/computeMetadata/v1/",
      "https://mixed.bank.test/",
      "https://v6.bank.test/",
      "https://no-such-name.bank.test/",
      `http://bank.test:${port}/ofx`,
    ];
    const messages = new Set<string>();
    for (const url of urls) {
      const started = Date.now();
      const error = await failure(listAccounts(credentials(url), { transport }));
      expect(Date.now() - started, url).toBeGreaterThanOrEqual(115);
      expect(error.reason, url).toBe("refused_destination");
      messages.add(error.message.replace(new URL(url).hostname, "HOST"));
    }
    expect([...messages]).toHaveLength(1);
    expect(received).toHaveLength(0);
  });

  it("checks the address of every connection, so a name that changes its answer is refused the second time", async () => {
    // In this test only 127.0.0.1 counts as "public"; the name moves to another address after the first call.
    let answers = 0;
    const resolver: Resolver = async () => [
      { address: answers++ === 0 ? "127.0.0.1" : "127.0.0.2", family: 4 },
    ];
    const transport = createBankTransport({
      resolver,
      ca,
      refusalDelayMs: 0,
      isAllowedAddress: (address) => address === "127.0.0.1",
    });
    const url = `https://bank.test:${port}/ofx`;
    expect(await listAccounts(credentials(url), { transport })).not.toHaveLength(0);
    const error = await failure(listAccounts(credentials(url), { transport }));
    expect(error.reason).toBe("refused_destination");
    expect(received).toHaveLength(1);
  });

  it("connects to the address it checked, not to whatever the system resolver says", async () => {
    // bank.test does not exist for the system resolver: success means the socket used the checked answer.
    const { resolver, calls } = resolverFrom({ "bank.test": "127.0.0.1" });
    const transport = createBankTransport({ resolver, ca, isAllowedAddress: () => true });
    await listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport });
    expect(calls).toEqual(["bank.test"]);
  });
});

describe("redirects", () => {
  const trustingTransport = () =>
    createBankTransport({
      resolver: resolverFrom({ "bank.test": "127.0.0.1", "other.bank.test": "127.0.0.1" }).resolver,
      ca,
      isAllowedAddress: () => true,
    });

  it("refuses a redirect from https to plain http and does not post the password there", async () => {
    handler = (_request, _body, response) => {
      response.writeHead(307, { Location: `http://127.0.0.1:${plainPort}/steal` }).end();
    };
    const error = await failure(
      listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport: trustingTransport() }),
    );
    expect(error.reason).toBe("redirect_refused");
    expect(error.message).toMatch(/sent Tally on to a different address \(http:\/\/127\.0\.0\.1:\d+\)/);
    expect(plainReceived).toHaveLength(0);
  });

  it("refuses a redirect to another host, and follows one within the bank's own server", async () => {
    handler = (_request, _body, response) => {
      response.writeHead(308, { Location: `https://other.bank.test:${port}/ofx` }).end();
    };
    const transport = trustingTransport();
    const elsewhere = await failure(
      listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport }),
    );
    expect(elsewhere.reason).toBe("redirect_refused");
    expect(received.map((r) => r.path)).toEqual(["/ofx"]);

    received.length = 0;
    handler = (request, _body, response) => {
      if (request.url === "/old") response.writeHead(307, { Location: "/ofx" }).end();
      else response.writeHead(200, { "Content-Type": "application/x-ofx" }).end(ACCOUNT_LISTING);
    };
    await listAccounts(credentials(`https://bank.test:${port}/old`), { transport });
    expect(received.map((r) => r.path)).toEqual(["/old", "/ofx"]);
  });
});

describe("limits", () => {
  it("stops reading an answer past the size cap", async () => {
    handler = (_request, _body, response) => {
      response.writeHead(200, { "Content-Type": "application/x-ofx" });
      // Endless: only the cap ends this exchange.
      const chunk = Buffer.alloc(64 * 1024, "A");
      const pump = () => {
        while (response.write(chunk)) {
          if (response.destroyed) return;
        }
        response.once("drain", pump);
      };
      response.on("close", () => response.removeAllListeners("drain"));
      pump();
    };
    const transport = createBankTransport({
      resolver: resolverFrom({ "bank.test": "127.0.0.1" }).resolver,
      ca,
      isAllowedAddress: () => true,
      maxResponseBytes: 1024 * 1024,
    });
    const error = await failure(listAccounts(credentials(`https://bank.test:${port}/ofx`), { transport }));
    expect(error.reason).toBe("too_large");
    expect(error.message).toMatch(/larger than 1 MB/);
  });

  it("lets the Demo Bank's own URL through exactly, and nothing else on that server", async () => {
    const demo = `http://127.0.0.1:${plainPort}/api/demo-bank/ofx`;
    const transport = createBankTransport({ trustedUrls: () => [demo], refusalDelayMs: 0 });
    // The plain server answers "ok", which is not OFX: reaching it is what this checks.
    const reached = await failure(listAccounts(credentials(demo), { transport }));
    expect(reached.reason).toBe("not_ofx");
    expect(plainReceived).toEqual(["/api/demo-bank/ofx"]);
    const other = await failure(
      listAccounts(credentials(`http://127.0.0.1:${plainPort}/admin`), { transport }),
    );
    expect(other.reason).toBe("refused_destination");
    expect(plainReceived).toHaveLength(1);
  });
});
