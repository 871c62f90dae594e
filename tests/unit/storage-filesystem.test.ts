import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FilesystemObjectStore } from "@/server/storage/filesystem-store";
import { InvalidObjectKeyError, ObjectNotFoundError } from "@/server/storage/object-store";

let root: string;
let store: FilesystemObjectStore;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tally-objects-"));
  store = new FilesystemObjectStore(path.join(root, "objects"));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);

describe("filesystem object store", () => {
  it("puts, gets and deletes, creating directories as needed", async () => {
    const key = "statements/u1/c1/s1.ofx";
    await store.put(key, "OFXHEADER:100\nDATA:OFXSGML\n");
    expect(store.kind).toBe("filesystem");
    expect(new TextDecoder().decode(await store.get(key))).toBe("OFXHEADER:100\nDATA:OFXSGML\n");
    await store.delete(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
    // Deleting again is not an error, like S3.
    await store.delete(key);
  });

  it("round-trips arbitrary bytes exactly", async () => {
    await store.put("statements/u1/c1/binary", everyByte);
    const read = await store.get("statements/u1/c1/binary");
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Array.from(read)).toEqual(Array.from(everyByte));
  });

  it("overwrites an existing object", async () => {
    await store.put("a/b", "first version, longer");
    await store.put("a/b", "second");
    expect(new TextDecoder().decode(await store.get("a/b"))).toBe("second");
  });

  it("throws ObjectNotFoundError for a missing key, and for a key that is a directory of others", async () => {
    await expect(store.get("statements/nobody/x")).rejects.toBeInstanceOf(ObjectNotFoundError);
    await store.put("statements/u1/c1/s1", "x");
    await expect(store.get("statements/u1")).rejects.toBeInstanceOf(ObjectNotFoundError);
    await store.delete("statements/u1");
    expect(allFiles(store.root)).toEqual([path.join("statements", "u1", "c1", "s1")]);
  });

  it("writes files 0600 and leaves no temp files behind", async () => {
    await store.put("statements/u1/c1/s1.csv", "date,amount\n");
    await store.put("statements/u1/c1/s1.csv", "date,amount\n2024-01-01,1.00\n");
    await store.put("statements/u1/c1/s2.csv", everyByte);
    expect(allFiles(store.root).sort()).toEqual([
      path.join("statements", "u1", "c1", "s1.csv"),
      path.join("statements", "u1", "c1", "s2.csv"),
    ]);
    if (process.platform !== "win32") {
      const mode = fs.statSync(path.join(store.root, "statements", "u1", "c1", "s1.csv")).mode & 0o777;
      expect(mode).toBe(0o600);
    }
  });

  it("cleans up its temp file when the write fails", async () => {
    await store.put("statements/u1/c1/taken", "x");
    // A key whose file path is an existing directory: the rename onto it fails after the temp file is written.
    await expect(store.put("statements/u1/c1", "y")).rejects.toThrow();
    expect(allFiles(store.root)).toEqual([path.join("statements", "u1", "c1", "taken")]);
  });

  it("deletes by prefix and reports how many objects went", async () => {
    await store.put("statements/u1/c1/s1.ofx", "1");
    await store.put("statements/u1/c1/s2.ofx", "2");
    await store.put("statements/u1/c2/s3.ofx", "3");
    await store.put("statements/u10/c1/s1.ofx", "other user");

    expect(await store.deletePrefix("statements/u1/c1/")).toBe(2);
    await expect(store.get("statements/u1/c1/s1.ofx")).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await store.get("statements/u1/c2/s3.ofx")).toBeDefined();

    expect(await store.deletePrefix("statements/u1/")).toBe(1);
    expect(await store.deletePrefix("statements/u1/")).toBe(0);
    expect(await store.deletePrefix("statements/never/")).toBe(0);
    // A user id that is a prefix of another user's id is untouched.
    expect(new TextDecoder().decode(await store.get("statements/u10/c1/s1.ofx"))).toBe("other user");
  });

  it("rejects keys that could escape the root or are otherwise malformed", async () => {
    const bad = [
      "",
      "../outside",
      "statements/../../outside",
      "statements/./x",
      "/etc/passwd",
      "statements\\..\\x",
      "C:\\x",
      "statements//x",
      "statements/x/",
      "statements/x\0y",
      "statements/.hidden",
      "statements/with space",
      "a".repeat(1025),
    ];
    for (const key of bad) {
      await expect(store.put(key, "x"), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
      await expect(store.get(key), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
      await expect(store.delete(key), key).rejects.toBeInstanceOf(InvalidObjectKeyError);
    }
    for (const prefix of [
      "",
      "/",
      "statements/u1",
      "../",
      "statements/../",
      "/statements/",
      "statements//",
    ]) {
      await expect(store.deletePrefix(prefix), prefix).rejects.toBeInstanceOf(InvalidObjectKeyError);
    }
    expect(fs.existsSync(path.join(root, "outside"))).toBe(false);
  });
});
