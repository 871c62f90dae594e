import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env, secret } from "@/env";

// Bank passwords are the most dangerous thing Tally stores: with them anyone can read (and at some banks
// move) the user's money. They are encrypted with AES-256-GCM before they reach the database, so a leaked
// dump or backup is useless without CREDENTIALS_KEY.
//
// Stored format: v1.<keyId>.<iv>.<tag>.<ciphertext>, the last three base64url (which never contains ".").
// - keyId names the key that encrypted it, so the key can rotate: the old key moves to
//   CREDENTIALS_KEY_PREVIOUS, old rows still decrypt, and `needsReencryption` finds the rows to rewrite.
// - The caller's context (e.g. the connection id) is the GCM additional authenticated data: it is not
//   stored, but decryption fails unless the same context is given, so a ciphertext copied onto another
//   user's row does not decrypt there.

const VERSION = "v1";
const KEY_BYTES = 32;
// 96 bits is GCM's native IV size; a random IV per encryption is safe far beyond the number of passwords
// one deployment will ever encrypt under one key (the limit is around 2^32).
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type CredentialDecryptReason = "unknown_key" | "authentication_failed" | "malformed";

const MESSAGES: Record<CredentialDecryptReason, string> = {
  unknown_key:
    "The stored bank password could not be decrypted: the CREDENTIALS_KEY changed. Re-enter the password for this connection.",
  authentication_failed:
    "The stored bank password could not be decrypted: it was altered or belongs to a different connection. Re-enter the password for this connection.",
  malformed:
    "The stored bank password could not be decrypted: it is not in a format Tally recognizes. Re-enter the password for this connection.",
};

/** A stored credential that cannot be recovered; the user has to enter it again. Never carries the secret. */
export class CredentialDecryptError extends Error {
  constructor(
    readonly reason: CredentialDecryptReason,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
    this.name = "CredentialDecryptError";
  }
}

export type CredentialCipher = {
  encryptSecret(plaintext: string, context: string): string;
  decryptSecret(ciphertext: string, context: string): string;
  currentKeyId(): string;
  /** True when the value was encrypted under an older key (or cannot be read) and should be rewritten. */
  needsReencryption(ciphertext: string): boolean;
};

/** First 8 hex characters of SHA-256(key): enough to tell a handful of keys apart, useless to an attacker. */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function assertKey(key: Buffer, label: string): void {
  // Only the length is reported: the key itself must never reach a message or a log.
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `${label} must be ${KEY_BYTES} bytes (got ${key.length}); generate one with openssl rand -base64 32.`,
    );
  }
}

function assertContext(context: string): void {
  // An empty context would bind nothing, silently allowing ciphertexts to move between rows.
  if (context === "") throw new Error("A credential's context (e.g. its connection id) must not be empty.");
}

type Parsed = { keyId: string; iv: Buffer; tag: Buffer; body: Buffer };

function parse(ciphertext: string): Parsed | undefined {
  const parts = ciphertext.split(".");
  if (parts.length !== 5) return undefined;
  const [version, keyId, iv, tag, body] = parts as [string, string, string, string, string];
  const base64url = /^[A-Za-z0-9_-]*$/;
  if (version !== VERSION || !/^[0-9a-f]{8}$/.test(keyId)) return undefined;
  if (![iv, tag, body].every((part) => base64url.test(part))) return undefined;
  const parsed = {
    keyId,
    iv: Buffer.from(iv, "base64url"),
    tag: Buffer.from(tag, "base64url"),
    body: Buffer.from(body, "base64url"),
  };
  if (parsed.iv.length !== IV_BYTES || parsed.tag.length !== TAG_BYTES) return undefined;
  return parsed;
}

export function createCredentialCipher(keys: {
  currentKey: Buffer;
  previousKeys?: Buffer[];
}): CredentialCipher {
  assertKey(keys.currentKey, "CREDENTIALS_KEY");
  const currentId = keyIdOf(keys.currentKey);
  const keyring = new Map<string, Buffer>([[currentId, Buffer.from(keys.currentKey)]]);
  for (const key of keys.previousKeys ?? []) {
    assertKey(key, "Each CREDENTIALS_KEY_PREVIOUS key");
    const id = keyIdOf(key);
    // The current key wins a (practically impossible) id collision; duplicates are harmless.
    if (!keyring.has(id)) keyring.set(id, Buffer.from(key));
  }
  const currentKey = keyring.get(currentId)!;

  return {
    currentKeyId: () => currentId,

    encryptSecret(plaintext, context) {
      assertContext(context);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        VERSION,
        currentId,
        iv.toString("base64url"),
        tag.toString("base64url"),
        body.toString("base64url"),
      ].join(".");
    },

    decryptSecret(ciphertext, context) {
      assertContext(context);
      const parsed = parse(ciphertext);
      if (!parsed) throw new CredentialDecryptError("malformed");
      const key = keyring.get(parsed.keyId);
      if (!key) throw new CredentialDecryptError("unknown_key");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, parsed.iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(parsed.tag);
        return Buffer.concat([decipher.update(parsed.body), decipher.final()]).toString("utf8");
      } catch (error) {
        // node:crypto's message ("unable to authenticate data") holds no key or plaintext, so it may stay as
        // the cause; with GCM a wrong context and a tampered value are indistinguishable by design.
        throw new CredentialDecryptError("authentication_failed", { cause: error });
      }
    },

    needsReencryption(ciphertext) {
      // Anything not readable as "current key" needs attention; decryptSecret then says exactly why.
      return parse(ciphertext)?.keyId !== currentId;
    },
  };
}

function parseKey(base64: string): Buffer {
  return Buffer.from(base64.trim(), "base64");
}

/** The keyring from the environment: CREDENTIALS_KEY (generated locally when unset) plus older keys. */
export function credentialCipherFromEnv(): CredentialCipher {
  return createCredentialCipher({
    currentKey: parseKey(secret("CREDENTIALS_KEY")),
    previousKeys: (env.CREDENTIALS_KEY_PREVIOUS ?? "")
      .split(",")
      .filter((key) => key.trim() !== "")
      .map(parseKey),
  });
}

// Built on first use rather than at import, so importing this module (e.g. in a build step) never reads or
// generates a secret.
let defaultCipher: CredentialCipher | undefined;
function cipher(): CredentialCipher {
  defaultCipher ??= credentialCipherFromEnv();
  return defaultCipher;
}

/** Encrypts a bank password (or other login secret) bound to `context`, e.g. the connection id. */
export function encryptSecret(plaintext: string, context: string): string {
  return cipher().encryptSecret(plaintext, context);
}

/** Decrypts a value from `encryptSecret`; throws CredentialDecryptError when it cannot. */
export function decryptSecret(ciphertext: string, context: string): string {
  return cipher().decryptSecret(ciphertext, context);
}

export function currentKeyId(): string {
  return cipher().currentKeyId();
}

export function needsReencryption(ciphertext: string): boolean {
  return cipher().needsReencryption(ciphertext);
}
