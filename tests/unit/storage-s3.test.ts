import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ObjectNotFoundError } from "@/server/storage/object-store";
import { S3ObjectStore } from "@/server/storage/s3-store";
import { type FakeS3, startFakeS3 } from "../support/fake-s3";

// Against a tiny in-memory S3 (tests/support/fake-s3.ts) that pages listings 2 keys at a time, so the store's
// continuation handling is exercised.

const BUCKET = "tally-test";

let fake: FakeS3;
let objects: FakeS3["objects"];
let requests: FakeS3["requests"];
let store: S3ObjectStore;
let endpoint: string;

beforeAll(async () => {
  fake = await startFakeS3({ bucket: BUCKET, pageSize: 2 });
  ({ objects, requests, endpoint } = fake);
  store = new S3ObjectStore({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "test-access-key", secretAccessKey: "test-secret-key" },
  });
});

afterAll(async () => {
  await fake.close();
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
