import "server-only";
import path from "node:path";
import { dataDir, type Env, env, serverless } from "@/env";
import { FilesystemObjectStore } from "@/server/storage/filesystem-store";
import type { ObjectStore } from "@/server/storage/object-store";
import { S3ObjectStore, type S3StoreOptions } from "@/server/storage/s3-store";

export { type StatementOwner, statementKey, statementPrefix } from "@/server/storage/keys";
export {
  InvalidObjectKeyError,
  ObjectNotFoundError,
  type ObjectStore,
} from "@/server/storage/object-store";

export type ObjectStoreConfig = { kind: "filesystem"; root: string } | ({ kind: "s3" } & S3StoreOptions);

type StorageEnv = Pick<
  Env,
  "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY"
>;

/** S3 when S3_BUCKET is set, otherwise DATA_DIR/objects. Throws a configuration error naming what is missing. */
export function objectStoreConfig(source: StorageEnv = env, isServerless = serverless): ObjectStoreConfig {
  if (!source.S3_BUCKET) {
    // A function's disk is per instance and temporary: a statement written there would be lost.
    if (isServerless) throw new Error("S3_BUCKET is not set: a serverless host keeps statements in S3 only.");
    const stray = (["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const).find(
      (name) => source[name],
    );
    // Half an S3 configuration would otherwise silently keep statements on local disk.
    if (stray)
      throw new Error(`${stray} is set but S3_BUCKET is not. Set S3_BUCKET to store statements in S3.`);
    return { kind: "filesystem", root: path.join(dataDir, "objects") };
  }
  for (const name of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
    if (!source[name]) {
      throw new Error(
        `S3_BUCKET is set but ${name} is not. Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or unset S3_BUCKET to keep statements in DATA_DIR.`,
      );
    }
  }
  return {
    kind: "s3",
    bucket: source.S3_BUCKET,
    region: source.S3_REGION,
    ...(source.S3_ENDPOINT ? { endpoint: source.S3_ENDPOINT } : {}),
    credentials: { accessKeyId: source.S3_ACCESS_KEY_ID!, secretAccessKey: source.S3_SECRET_ACCESS_KEY! },
  };
}

export function createObjectStore(config: ObjectStoreConfig): ObjectStore {
  if (config.kind === "filesystem") return new FilesystemObjectStore(config.root);
  const { kind: _kind, ...options } = config;
  return new S3ObjectStore(options);
}

// On globalThis so Next's dev-mode module reloading does not build a new S3 client (and its sockets) per edit.
const globalForStore = globalThis as typeof globalThis & { tallyObjectStore?: ObjectStore };

export function getObjectStore(): ObjectStore {
  globalForStore.tallyObjectStore ??= createObjectStore(objectStoreConfig());
  return globalForStore.tallyObjectStore;
}
