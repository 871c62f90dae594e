// A tiny in-memory S3 (path-style, no signature checks) with just what S3ObjectStore uses: PutObject,
// GetObject, DeleteObject, ListObjectsV2 and DeleteObjects. It pages listings `pageSize` keys at a time so a
// store's continuation handling is exercised. Used by the storage tests and by `npm run check:serverless`.

import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

type Stored = { body: Buffer; contentType?: string; headers: http.IncomingHttpHeaders };

export type FakeS3 = {
  endpoint: string;
  objects: Map<string, Stored>;
  /** "PUT object", "GET bucket", "POST bucket?delete" … in arrival order. */
  requests: string[];
  close: () => Promise<void>;
};

const xmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sendXml(response: http.ServerResponse, status: number, xml: string) {
  response.writeHead(status, { "content-type": "application/xml" });
  response.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

export async function startFakeS3(options: { bucket: string; pageSize?: number }): Promise<FakeS3> {
  const BUCKET = options.bucket;
  const PAGE_SIZE = options.pageSize ?? 1000;
  const objects = new Map<string, Stored>();
  const requests: string[] = [];

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

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handle(request, Buffer.concat(chunks), response));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
