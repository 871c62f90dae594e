import "server-only";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import {
  assertObjectKey,
  assertObjectPrefix,
  ObjectNotFoundError,
  type ObjectStore,
  toBytes,
} from "@/server/storage/object-store";

// Objects in any S3-compatible bucket: AWS S3, or MinIO, Cloudflare R2, Backblaze B2, Ceph… via S3_ENDPOINT.

export type S3StoreOptions = {
  bucket: string;
  region: string;
  /** A non-AWS endpoint (MinIO, R2, …). Unset means AWS S3 itself. */
  endpoint?: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
};

export class S3ObjectStore implements ObjectStore {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly onAws: boolean;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.onAws = options.endpoint === undefined;
    this.client = new S3Client({
      region: options.region,
      credentials: options.credentials,
      ...(options.endpoint
        ? {
            endpoint: options.endpoint,
            // Self-hosted stores rarely have wildcard DNS for bucket.host URLs; /bucket/key always works.
            forcePathStyle: true,
            // Since SDK 3.729 every request carries new CRC checksums by default, which several
            // S3-compatible stores reject; send them only where the API requires one (DeleteObjects).
            requestChecksumCalculation: "WHEN_REQUIRED" as const,
            responseChecksumValidation: "WHEN_REQUIRED" as const,
          }
        : {}),
    });
  }

  async put(key: string, body: Uint8Array | string, options?: { contentType?: string }): Promise<void> {
    assertObjectKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: toBytes(body),
        ContentType: options?.contentType ?? "application/octet-stream",
        // Statements hold account numbers, so on AWS we require encryption at rest explicitly rather than
        // trusting the bucket default. Not sent to other endpoints: MinIO without a KMS configured (and
        // some other S3-compatible stores) reject the header outright instead of ignoring it, and they
        // encrypt (or not) by their own configuration anyway.
        ...(this.onAws ? { ServerSideEncryption: "AES256" as const } : {}),
      }),
    );
  }

  async get(key: string): Promise<Uint8Array> {
    assertObjectKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!response.Body) throw new ObjectNotFoundError(key);
      return await response.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertObjectKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertObjectPrefix(prefix);
    let deleted = 0;
    let continuationToken: string | undefined;
    do {
      // List one page (at most 1000 keys, also DeleteObjects' limit), delete it, move on. Deleting while
      // listing is safe: the continuation token is a position in key order, not an offset.
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          ContinuationToken: continuationToken,
        }),
      );
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (keys.length > 0) {
        const result = await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }),
        );
        // DeleteObjects answers 200 even when individual keys fail; those are in Errors.
        const failed = result.Errors ?? [];
        if (failed.length > 0) {
          const first = failed[0];
          throw new Error(
            `Could not delete ${failed.length} object(s) under ${prefix} (first: ${first?.Key}: ${first?.Code} ${first?.Message ?? ""}).`.trim(),
          );
        }
        deleted += keys.length;
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return deleted;
  }
}

function isNotFound(error: unknown): boolean {
  if (error instanceof ObjectNotFoundError) return true;
  if (error instanceof S3ServiceException) {
    // A missing bucket is also a 404, but it is a configuration problem, not a missing statement.
    if (error.name === "NoSuchBucket") return false;
    return error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404;
  }
  return false;
}
