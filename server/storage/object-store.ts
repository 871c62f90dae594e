import "server-only";

// Raw statements (the OFX or CSV exactly as the bank or user gave it) are kept outside the database so a
// sync can be re-parsed after a parser fix and a user's upload can be shown back to them. Two backends:
// a directory under DATA_DIR for self-hosting on one machine, any S3-compatible bucket otherwise.

export type ObjectStore = {
  readonly kind: "filesystem" | "s3";
  put(key: string, body: Uint8Array | string, options?: { contentType?: string }): Promise<void>;
  /** Throws ObjectNotFoundError when nothing is stored at `key`. */
  get(key: string): Promise<Uint8Array>;
  /** Deleting a key that does not exist is not an error (S3 behaves the same way). */
  delete(key: string): Promise<void>;
  /** Deletes every object under `prefix` (which must end in "/") and returns how many there were. */
  deletePrefix(prefix: string): Promise<number>;
};

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object at ${key}.`);
    this.name = "ObjectNotFoundError";
  }
}

export class InvalidObjectKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    // JSON.stringify makes control characters such as NUL visible in the message.
    super(`Invalid object key ${JSON.stringify(key)}: ${reason}.`);
    this.name = "InvalidObjectKeyError";
  }
}

// Keys are built from ids and fixed words, so a strict allow-list costs nothing and makes escaping the
// filesystem root impossible by construction: no "..", no absolute paths, no backslashes, no NUL. A segment
// may not start with "." so keys never collide with the filesystem store's hidden temp files. Both stores
// enforce the same rules so a key that works on one works on the other.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 1024; // S3's limit, in bytes; the allow-list is ASCII so characters equal bytes.

function checkSegments(key: string, path: string): void {
  if (key.length > MAX_KEY_LENGTH)
    throw new InvalidObjectKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  if (path.startsWith("/")) throw new InvalidObjectKeyError(key, "must be relative (no leading /)");
  for (const segment of path.split("/")) {
    if (segment === "") throw new InvalidObjectKeyError(key, "has an empty path segment");
    if (!SEGMENT.test(segment)) {
      throw new InvalidObjectKeyError(
        key,
        `segment ${JSON.stringify(segment)} may use only letters, digits, ".", "_" and "-" and must not start with "."`,
      );
    }
  }
}

/** One path component, e.g. an id that a caller places between slashes; it must not add segments. */
export function assertKeySegment(value: string, label: string): void {
  if (!SEGMENT.test(value)) {
    throw new InvalidObjectKeyError(
      value,
      `${label} must be one path segment of letters, digits, ".", "_" and "-" not starting with "."`,
    );
  }
}

export function assertObjectKey(key: string): void {
  if (key === "") throw new InvalidObjectKeyError(key, "is empty");
  checkSegments(key, key);
}

/**
 * A prefix must end in "/" so it always names whole path segments: "statements/u1" would also match
 * "statements/u10/…" on S3, and deleting another user's statements is not a mistake worth allowing.
 */
export function assertObjectPrefix(prefix: string): void {
  if (!prefix.endsWith("/")) throw new InvalidObjectKeyError(prefix, 'a prefix must end with "/"');
  checkSegments(prefix, prefix.slice(0, -1));
}

export function toBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === "string" ? new TextEncoder().encode(body) : body;
}
