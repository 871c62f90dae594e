import { beforeAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/v1/accounts/[id]/statements/route";
import { POST as createAccountRoute } from "@/app/api/v1/accounts/route";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

// Issue 12, item 6: an upload is read as it arrives and cut off at the limit. The body here is a 400 MB
// chunked multipart upload generated on demand, as a client would send it: nothing holds it whole but the
// server, if the server buffered it.

const MB = 1024 * 1024;
let token = "";
let accountId = "";

beforeAll(async () => {
  const { db } = await useTestDatabase();
  ({ token } = await createTestUser(db, { label: "uploader" }));
  const created = await call(createAccountRoute, { token, body: { name: "Uploads", type: "checking" } });
  accountId = created.body.id;
});

/** A multipart body of `size` bytes of file content, produced 64 KB at a time as it is read. */
function chunkedUpload(size: number) {
  const boundary = "----tally-test-boundary";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.csv"\r\n` +
      "Content-Type: text/csv\r\n\r\n",
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  const progress = { pulled: 0, peakRss: process.memoryUsage().rss };
  let sent = 0;
  let stage: "head" | "body" | "tail" | "done" = "head";
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      progress.peakRss = Math.max(progress.peakRss, process.memoryUsage().rss);
      if (stage === "head") {
        stage = "body";
        controller.enqueue(head);
      } else if (stage === "body") {
        const bytes = Math.min(chunk.byteLength, size - sent);
        sent += bytes;
        progress.pulled = sent;
        controller.enqueue(bytes === chunk.byteLength ? chunk.slice() : chunk.slice(0, bytes));
        if (sent >= size) stage = "tail";
      } else if (stage === "tail") {
        stage = "done";
        controller.enqueue(tail);
      } else {
        controller.close();
      }
    },
  });
  const request = new Request(`http://localhost/api/v1/accounts/${accountId}/statements`, {
    method: "POST",
    // No Content-Length: chunked, so only the bytes themselves can show how large it is.
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, progress };
}

describe("statement uploads", () => {
  it("refuses a 400 MB chunked upload after reading about 10 MB, with memory growing less than 50 MB", async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const { request, progress } = chunkedUpload(400 * MB);
    const response = await uploadRoute(request, { params: Promise.resolve({ id: accountId }) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe("Statement files can be at most 10 MB.");
    // Reading stopped at the limit: the rest of the 400 MB was never pulled from the client.
    expect(progress.pulled).toBeLessThan(12 * MB);
    const growth = (Math.max(progress.peakRss, process.memoryUsage().rss) - before) / MB;
    expect(growth).toBeLessThan(50);
  });

  it("refuses a Content-Length over the limit without reading the body", async () => {
    const { request, progress } = chunkedUpload(400 * MB);
    const declared = new Request(request, {
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": request.headers.get("content-type") ?? "",
        "content-length": String(400 * MB),
      },
    });
    const response = await uploadRoute(declared, { params: Promise.resolve({ id: accountId }) });
    expect(response.status).toBe(413);
    // At most the stream's own read-ahead of one chunk; the server read none of it.
    expect(progress.pulled).toBeLessThanOrEqual(64 * 1024);
  });
});
