import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ObjectNotFoundError } from "@/server/storage/object-store";
import { S3ObjectStore } from "@/server/storage/s3-store";

// A tiny in-memory S3 (path-style, no signature checks) with just what S3ObjectStore uses: PutObject,
// GetObject, DeleteObject, ListObjectsV2 and DeleteObjects. It pages listings 2 keys at a time so the
// store's continuation handling is exercised.

const BUCKET = "tally-test";
const PAGE_SIZE = 2;

type Stored = { body: Buffer; contentType?: string; headers: http.IncomingHttpHeaders };
const objects = new Map<string, Stored>();
const requests: string[] = [];

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sendXml(response: http.ServerResponse, status: number, xml: string) {
  response.writeHead(status, { "content-type": "application/xml" });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

function handle(request: http.IncomingMessage, body: Buffer, response: http.ServerResponse) {
  const url = new URL(request.url ?? "/", "http://fake");
  const [, bucket, ...rest] = url.pathname.split("/");
  const key = rest.map(decodeURIComponent).join("/");
  requests.push(
    `${request.method} ${key ? "object" : "bucket"}${url.searchParams.has("delete") ? "?delete" : ""}`,
  );
  if (bucket !== BUCKET) {
    return sendXml(
      response,
      404,
      "<Error><Code>NoSuchBucket</Code><Message>No such bucket</Message></Error>",
    );
  }

  if (key && request.method === "PUT") {
    objects.set(key, { body, contentType: request.headers["content-type"], headers: request.headers });
    response.writeHead(200, { etag: '"fake"' });
    return response.end();
  }
  if (key && request.method === "GET") {
    const stored = objects.get(key);
    if (!stored) {
      return sendXml(
        response,
        404,
        `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${xmlEscape(key)}</Key></Error>`,
      );
    }
    response.writeHead(200, {
      "content-type": stored.contentType ?? "application/octet-stream",
      "content-length": stored.body.length,
      etag: '"fake"',
    });
    return response.end(stored.body);
  }
  if (key && request.method === "DELETE") {
    objects.delete(key);
    response.writeHead(204);
    return response.end();
  }
  if (!key && request.method === "GET" && url.searchParams.get("list-type") === "2") {
    const prefix = url.searchParams.get("prefix") ?? "";
    const after = url.searchParams.get("continuation-token") ?? "";
    const matching = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
    const page = matching.slice(0, PAGE_SIZE);
    const truncated = matching.length > page.length;
    const contents = page
      .map(
        (k) => `<Contents><Key>${xmlEscape(k)}</Key><Size>${objects.get(k)?.body.length}</Size></Contents>`,
      )
      .join("");
    return sendXml(
      response,
      200,
      `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${BUCKET}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${contents}${truncated ? `<NextContinuationToken>${xmlEscape(page.at(-1)!)}</NextContinuationToken>` : ""}</ListBucketResult>`,
    );
  }
  if (!key && request.method === "POST" && url.searchParams.has("delete")) {
    const keys = [...body.toString("utf8").matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) =>
      match[1]!
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    );
    for (const k of keys) objects.delete(k);
    // Quiet mode: only failures are listed.
    return sendXml(
      response,
      200,
      `<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></DeleteResult>`,
    );
  }
  sendXml(response, 501, "<Error><Code>NotImplemented</Code><Message>fake S3</Message></Error>");
}

let server: http.Server;
let store: S3ObjectStore;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handle(request, Buffer.concat(chunks), response));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = new S3ObjectStore({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "test-access-key", secretAccessKey: "test-secret-key" },
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  objects.clear();
  requests.length = 0;
});

const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);

describe("S3 object store (against a fake S3-compatible server)", () => {
  it("puts and gets bytes exactly, path-style, with the content type", async () => {
    await store.put("statements/u1/c1/s1.ofx", everyByte, { contentType: "application/x-ofx" });
    expect(store.kind).toBe("s3");
    const stored = objects.get("statements/u1/c1/s1.ofx");
    expect(stored?.contentType).toBe("application/x-ofx");
    const read = await store.get("statements/u1/c1/s1.ofx");
    expect(Array.from(read)).toEqual(Array.from(everyByte));
  });

  it("stores strings as UTF-8", async () => {
    await store.put("statements/u1/c1/s1.csv", "Café,€1\n");
    expect(new TextDecoder().decode(await store.get("statements/u1/c1/s1.csv"))).toBe("Café,€1\n");
  });

  it("does not send the SSE header to a custom endpoint", async () => {
    await store.put("statements/u1/c1/s1", "x");
    expect(objects.get("statements/u1/c1/s1")?.headers["x-amz-server-side-encryption"]).toBeUndefined();
  });

  it("throws ObjectNotFoundError for a missing key", async () => {
    await expect(store.get("statements/u1/c1/missing")).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("does not mistake a missing bucket for a missing object", async () => {
    const wrongBucket = new S3ObjectStore({
      bucket: "no-such-bucket",
      region: "us-east-1",
      endpoint,
      credentials: { accessKeyId: "k", secretAccessKey: "s" },
    });
    const failure = await wrongBucket.get("statements/u1/c1/s1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(ObjectNotFoundError);
  });

  it("deletes one object", async () => {
    await store.put("statements/u1/c1/s1", "x");
    await store.delete("statements/u1/c1/s1");
    expect(objects.has("statements/u1/c1/s1")).toBe(false);
    await expect(store.get("statements/u1/c1/s1")).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("deletes a prefix across several listing pages and leaves neighbours alone", async () => {
    for (const key of [
      "statements/u1/c1/s1.ofx",
      "statements/u1/c1/s2.ofx",
      "statements/u1/c1/s3.ofx",
      "statements/u1/c2/s1.ofx",
      "statements/u1/c2/s2.ofx",
      "statements/u10/c1/s1.ofx",
    ]) {
      await store.put(key, key);
    }
    expect(await store.deletePrefix("statements/u1/c1/")).toBe(3);
    expect([...objects.keys()].sort()).toEqual([
      "statements/u1/c2/s1.ofx",
      "statements/u1/c2/s2.ofx",
      "statements/u10/c1/s1.ofx",
    ]);
    expect(await store.deletePrefix("statements/u1/")).toBe(2);
    expect([...objects.keys()]).toEqual(["statements/u10/c1/s1.ofx"]);
    expect(await store.deletePrefix("statements/u1/")).toBe(0);
    expect(requests.filter((request) => request === "POST bucket?delete").length).toBe(3);
  });
});
