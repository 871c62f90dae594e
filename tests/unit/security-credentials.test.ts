import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CredentialDecryptError,
  createCredentialCipher,
  currentKeyId,
  decryptSecret,
  encryptSecret,
  keyIdOf,
  needsReencryption,
} from "@/server/security/credentials";

const keyA = Buffer.alloc(32, 0xa1);
const keyB = Buffer.alloc(32, 0xb2);
const password = "hunter2-Ünïcode-🔑";
const context = "connection-7f3c";

function expectDecryptError(
  run: () => unknown,
  reason: CredentialDecryptError["reason"],
): CredentialDecryptError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialDecryptError);
    const decryptError = error as CredentialDecryptError;
    expect(decryptError.reason).toBe(reason);
    expect(decryptError.message).not.toContain(password);
    expect(String(decryptError.cause ?? "")).not.toContain(password);
    return decryptError;
  }
  throw new Error("expected decryption to fail");
}

/** Flips one bit in the n-th dot-separated part of a v1 ciphertext. */
function tamper(ciphertext: string, part: number): string {
  const parts = ciphertext.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("credential encryption", () => {
  const cipher = createCredentialCipher({ currentKey: keyA });

  it("round-trips a password, including non-ASCII and the empty string", () => {
    expect(cipher.decryptSecret(cipher.encryptSecret(password, context), context)).toBe(password);
    expect(cipher.decryptSecret(cipher.encryptSecret("", context), context)).toBe("");
  });

  it("uses the documented format with the key id", () => {
    const ciphertext = cipher.encryptSecret(password, context);
    const [version, keyId, iv, tag, body] = ciphertext.split(".");
    expect(version).toBe("v1");
    expect(keyId).toBe(keyIdOf(keyA));
    expect(keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(cipher.currentKeyId()).toBe(keyId);
    expect(Buffer.from(iv!, "base64url")).toHaveLength(12);
    expect(Buffer.from(tag!, "base64url")).toHaveLength(16);
    expect(body).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("encrypts the same password differently each time (random IV)", () => {
    const first = cipher.encryptSecret(password, context);
    const second = cipher.encryptSecret(password, context);
    expect(first).not.toBe(second);
    expect(first.split(".")[2]).not.toBe(second.split(".")[2]);
  });

  it("never contains the plaintext, plainly or in base64", () => {
    const secretText = "correct horse battery staple";
    const ciphertext = cipher.encryptSecret(secretText, context);
    for (const form of [
      secretText,
      Buffer.from(secretText).toString("base64"),
      Buffer.from(secretText).toString("base64url"),
      Buffer.from(secretText).toString("hex"),
    ]) {
      expect(ciphertext).not.toContain(form);
    }
  });

  it("does not decrypt under another context (a ciphertext copied to another row)", () => {
    const ciphertext = cipher.encryptSecret(password, context);
    expectDecryptError(() => cipher.decryptSecret(ciphertext, "connection-other"), "authentication_failed");
  });

  it("rejects an empty context, which would bind nothing", () => {
    expect(() => cipher.encryptSecret(password, "")).toThrow(/context/);
  });

  it("detects a tampered tag, ciphertext or IV", () => {
    const ciphertext = cipher.encryptSecret(password, context);
    for (const part of [2, 3, 4]) {
      expectDecryptError(
        () => cipher.decryptSecret(tamper(ciphertext, part), context),
        "authentication_failed",
      );
    }
  });

  it("rejects malformed values with the clear message", () => {
    for (const value of ["", "not encrypted", "v2.abcdef01.a.b.c", "v1.abcdef01.!!.b.c", password]) {
      const error = expectDecryptError(() => cipher.decryptSecret(value, context), "malformed");
      expect(error.message).toMatch(/Re-enter the password for this connection\./);
    }
  });

  it("decrypts with a rotated keyring and flags the value for re-encryption", () => {
    const before = cipher.encryptSecret(password, context);
    expect(cipher.needsReencryption(before)).toBe(false);

    const rotated = createCredentialCipher({ currentKey: keyB, previousKeys: [keyA] });
    expect(rotated.currentKeyId()).toBe(keyIdOf(keyB));
    expect(rotated.needsReencryption(before)).toBe(true);
    expect(rotated.decryptSecret(before, context)).toBe(password);

    const after = rotated.encryptSecret(rotated.decryptSecret(before, context), context);
    expect(after.split(".")[1]).toBe(keyIdOf(keyB));
    expect(rotated.needsReencryption(after)).toBe(false);
    expect(rotated.decryptSecret(after, context)).toBe(password);
  });

  it("gives the key-changed message for an unknown key id", () => {
    const ciphertext = cipher.encryptSecret(password, context);
    const other = createCredentialCipher({ currentKey: keyB });
    const error = expectDecryptError(() => other.decryptSecret(ciphertext, context), "unknown_key");
    expect(error.message).toBe(
      "The stored bank password could not be decrypted: the CREDENTIALS_KEY changed. Re-enter the password for this connection.",
    );
    expect(error.message).not.toContain(keyA.toString("base64"));
  });

  it("refuses keys of the wrong length without echoing them", () => {
    const short = Buffer.from("0123456789abcdef");
    expect(() => createCredentialCipher({ currentKey: short })).toThrow(/32 bytes \(got 16\)/);
    expect(() => createCredentialCipher({ currentKey: keyA, previousKeys: [short] })).toThrow(
      /^Each CREDENTIALS_KEY_PREVIOUS key must be 32 bytes \(got 16\); generate one with openssl rand -base64 32\.$/,
    );
  });
});

describe("default, environment-based cipher", () => {
  it("round-trips with CREDENTIALS_KEY (generated into the test DATA_DIR when unset)", () => {
    const ciphertext = encryptSecret(password, context);
    expect(ciphertext.split(".")[1]).toBe(currentKeyId());
    expect(needsReencryption(ciphertext)).toBe(false);
    expect(decryptSecret(ciphertext, context)).toBe(password);
  });

  it("cannot read values from a different key", () => {
    const foreign = createCredentialCipher({ currentKey: randomBytes(32) }).encryptSecret(password, context);
    expect(needsReencryption(foreign)).toBe(true);
    expectDecryptError(() => decryptSecret(foreign, context), "unknown_key");
  });
});
