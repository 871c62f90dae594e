import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir } from "@/env";
import {
  createObjectStore,
  getObjectStore,
  InvalidObjectKeyError,
  objectStoreConfig,
  statementKey,
  statementPrefix,
} from "@/server/storage";

const base = {
  S3_REGION: "us-east-1",
  S3_BUCKET: undefined,
  S3_ENDPOINT: undefined,
  S3_ACCESS_KEY_ID: undefined,
  S3_SECRET_ACCESS_KEY: undefined,
};

describe("object store configuration", () => {
  it("uses DATA_DIR/objects when S3_BUCKET is unset", () => {
    expect(objectStoreConfig(base)).toEqual({ kind: "filesystem", root: path.join(dataDir, "objects") });
  });

  it("uses S3 when S3_BUCKET and both keys are set", () => {
    const config = objectStoreConfig({
      ...base,
      S3_BUCKET: "statements",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(config).toEqual({
      kind: "s3",
      bucket: "statements",
      region: "us-east-1",
      endpoint: "http://minio:9000",
      credentials: { accessKeyId: "id", secretAccessKey: "secret" },
    });
    expect(createObjectStore(config).kind).toBe("s3");
  });

  it("names the missing half of the key pair", () => {
    expect(() => objectStoreConfig({ ...base, S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id" })).toThrow(
      /S3_BUCKET is set but S3_SECRET_ACCESS_KEY is not/,
    );
    expect(() => objectStoreConfig({ ...base, S3_BUCKET: "b", S3_SECRET_ACCESS_KEY: "s" })).toThrow(
      /S3_BUCKET is set but S3_ACCESS_KEY_ID is not/,
    );
  });

  it("refuses S3 settings without a bucket rather than silently using local disk", () => {
    expect(() => objectStoreConfig({ ...base, S3_ENDPOINT: "http://minio:9000" })).toThrow(
      /S3_ENDPOINT is set but S3_BUCKET is not/,
    );
  });

  it("memoizes the store for the process", () => {
    const store = getObjectStore();
    expect(store.kind).toBe("filesystem");
    expect(getObjectStore()).toBe(store);
  });
});

describe("statement keys", () => {
  const userId = "3f0c6a1e-8a7b-4b7e-9a57-0f1d2c3b4a59";
  const connectionId = "9b2d7e44-1c3a-4f7b-8e2d-5a6b7c8d9e0f";

  it("builds statements/{user}/{connection or account}/{sync}.{ext}", () => {
    expect(statementKey({ userId, connectionId, syncId: "s1", extension: "ofx" })).toBe(
      `statements/${userId}/${connectionId}/s1.ofx`,
    );
    expect(statementKey({ userId, accountId: "a1", syncId: "s2", extension: ".CSV" })).toBe(
      `statements/${userId}/a1/s2.csv`,
    );
    expect(statementKey({ userId, connectionId, syncId: "s3" })).toBe(
      `statements/${userId}/${connectionId}/s3`,
    );
  });

  it("builds prefixes that end at a segment boundary", () => {
    expect(statementPrefix({ userId })).toBe(`statements/${userId}/`);
    expect(statementPrefix({ userId, connectionId })).toBe(`statements/${userId}/${connectionId}/`);
    expect(statementPrefix({ userId, accountId: "a1" })).toBe(`statements/${userId}/a1/`);
  });

  it("rejects ids and extensions that would make a bad key", () => {
    expect(() => statementKey({ userId: "..", connectionId, syncId: "s1" })).toThrow(InvalidObjectKeyError);
    expect(() => statementKey({ userId, connectionId: "a/b", syncId: "s1" })).toThrow(InvalidObjectKeyError);
    expect(() => statementKey({ userId, connectionId, syncId: "" })).toThrow(InvalidObjectKeyError);
    expect(() => statementPrefix({ userId: "" })).toThrow(InvalidObjectKeyError);
    expect(() => statementKey({ userId, connectionId, syncId: "s1", extension: "o/fx" })).toThrow(
      /extension/,
    );
  });
});
