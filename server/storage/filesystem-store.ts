import "server-only";
import { randomBytes } from "node:crypto";
import type { Dirent } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/env";
import {
  assertObjectKey,
  assertObjectPrefix,
  ObjectNotFoundError,
  type ObjectStore,
  toBytes,
} from "@/server/storage/object-store";

// Objects as files under one root directory (DATA_DIR/objects by default), one file per key with the
// key's "/" as directories. Statements can hold account numbers, so files are 0600 and directories 0700.

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
// Temp files start with "." — a character no key segment may start with — so they are never read as
// objects and a crash mid-write leaves nothing that looks like a statement.
const isTempFile = (name: string) => name.startsWith(".") && name.endsWith(".tmp");

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error ? String(error.code) : undefined;
}

export class FilesystemObjectStore implements ObjectStore {
  readonly kind = "filesystem" as const;
  readonly root: string;

  constructor(root: string = path.join(dataDir, "objects")) {
    // A runtime directory, not a source path: without the hint the build traces the whole project into every
    // server function (a serverless bundle would carry the repository).
    this.root = path.resolve(/*turbopackIgnore: true*/ root);
  }

  private pathFor(key: string): string {
    const file = path.resolve(this.root, ...key.split("/"));
    // The key rules already exclude escapes; this second check keeps it that way if they ever loosen.
    if (!file.startsWith(this.root + path.sep))
      throw new Error(`Object key ${JSON.stringify(key)} escapes the store.`);
    return file;
  }

  // contentType is not kept: readers know a statement's format from its key's extension.
  async put(key: string, body: Uint8Array | string): Promise<void> {
    assertObjectKey(key);
    const file = this.pathFor(key);
    const dir = path.dirname(file);
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    // Write beside the target, flush, then rename: rename within a directory is atomic, so a reader or a
    // crash sees the old object or the new one, never half a statement.
    const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(temp, "wx", FILE_MODE);
      await handle.writeFile(toBytes(body));
      await handle.sync();
      await handle.close();
      handle = undefined;
      await fs.rename(temp, file);
    } catch (error) {
      await handle?.close().catch(() => {});
      await fs.rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(dir);
  }

  async get(key: string): Promise<Uint8Array> {
    assertObjectKey(key);
    try {
      const buffer = await fs.readFile(this.pathFor(key));
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch (error) {
      // EISDIR: the key names a "directory" of other keys (e.g. "statements/u1"), which is not an object.
      const code = errorCode(error);
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") throw new ObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertObjectKey(key);
    const file = this.pathFor(key);
    try {
      await fs.unlink(file);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return;
      // macOS reports unlinking a directory as EPERM. A directory is not an object (removing one is
      // deletePrefix's job), so that is "nothing stored here"; a real permission problem still throws.
      if (code === "EPERM" && (await fs.stat(file).catch(() => undefined))?.isDirectory()) return;
      throw error;
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    assertObjectPrefix(prefix);
    const dir = this.pathFor(prefix.slice(0, -1));
    const count = await countObjects(dir);
    await fs.rm(dir, { recursive: true, force: true });
    return count;
  }
}

async function countObjects(dir: string): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return 0;
    throw error;
  }
  let count = 0;
  for (const entry of entries) {
    if (entry.isDirectory()) count += await countObjects(path.join(dir, entry.name));
    else if (entry.isFile() && !isTempFile(entry.name)) count += 1;
  }
  return count;
}

/** Makes the rename itself durable. Best effort: some platforms cannot open a directory for fsync. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network filesystems refuse; the data itself was already flushed.
  }
}
