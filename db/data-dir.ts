// DATA_DIR holds the embedded database (password hashes, encrypted bank passwords, every transaction), the
// generated secrets and raw statements. Only the account Tally runs as may read it: the directory is 0700 and
// everything in it 0600. A directory others can read is refused at start-up rather than silently "fixed": its
// contents may already have been copied, and the operator should know.

import fs from "node:fs";
import path from "node:path";

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

export class DataDirPermissionsError extends Error {}

/**
 * Files this process creates from now on are private to its user: PGlite, the object store and the lock file
 * create theirs with the usual 0666/0777, which the umask narrows to 0600/0700.
 */
export function restrictNewFiles(): void {
  process.umask(0o077);
}

/** Creates the directory 0700 if it is missing; refuses one that others can read, write or enter. */
export function ensurePrivateDirectory(dir: string): void {
  restrictNewFiles();
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    return;
  }
  const mode = fs.statSync(dir).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new DataDirPermissionsError(
      `${dir} can be read by other users of this machine (mode ${mode.toString(8)}). It holds password hashes ` +
        `and encrypted bank passwords. Fix it with: chmod -R go-rwx ${JSON.stringify(dir)} — then start Tally again.`,
    );
  }
}

/** Makes everything under `dir` private (directories 0700, files 0600), e.g. after PGlite has opened it. */
export function makeTreePrivate(dir: string): void {
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        fs.chmodSync(full, PRIVATE_DIR);
        walk(full);
      } else if (entry.isFile()) {
        fs.chmodSync(full, PRIVATE_FILE);
      }
    }
  };
  fs.chmodSync(dir, PRIVATE_DIR);
  walk(dir);
}
