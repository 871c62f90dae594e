import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runStartupChecks } from "../support/startup";

// Issue 12, items 5 and 10: a server that cannot work safely does not start, and says why; the embedded
// database's files are private to the account Tally runs as; the Demo Bank is off in production.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tally-ops-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const start = (environment: Record<string, string>) => runStartupChecks(environment, "development");

function modes(dir: string): Array<{ file: string; mode: number }> {
  const found: Array<{ file: string; mode: number }> = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      found.push({ file: path.relative(dir, full), mode: fs.statSync(full).mode & 0o777 });
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return found;
}

describe("start-up refusals", () => {
  it("exits non-zero, naming the secret, when a production start lacks AUTH_SECRET", () => {
    const result = start({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://127.0.0.1:1/none",
      DATA_DIR: path.join(scratch, "prod"),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Tally cannot start: AUTH_SECRET is not set");
    expect(result.stdout).not.toContain("ready");
  });

  it("exits non-zero when another live process holds DATA_DIR", async () => {
    const dir = path.join(scratch, "busy");
    fs.mkdirSync(path.join(dir, "pglite"), { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.writeFileSync(path.join(dir, "pglite", "tally.lock"), String(holder.pid));
      const result = start({ DATA_DIR: dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /Tally cannot start: The embedded database in .* is in use by process \d+/,
      );
    } finally {
      holder.kill();
    }
  });

  it("refuses a DATA_DIR that other users can read, and says how to fix it", () => {
    const dir = path.join(scratch, "open");
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const result = start({ DATA_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("can be read by other users of this machine (mode 755)");
    expect(result.stderr).toContain(`chmod -R go-rwx "${dir}"`);
  });
});

describe("files at rest", () => {
  it("creates DATA_DIR 0700 with the embedded database and its lock all private", () => {
    const dir = path.join(scratch, "fresh");
    const result = start({ DATA_DIR: dir });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("ready");
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const entries = modes(dir);
    // PGlite's own files (base/, global/, pg_wal/ …) are there, not just Tally's.
    expect(entries.some((entry) => entry.file.startsWith(path.join("pglite", "base")))).toBe(true);
    const open = entries.filter((entry) => (entry.mode & 0o077) !== 0);
    expect(open).toEqual([]);
  });
});

describe("the Demo Bank in production", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function demoBankStatus(environment: Record<string, string>) {
    for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
    vi.resetModules();
    const { POST } = await import("@/app/api/demo-bank/ofx/route");
    const response = await POST(
      new Request("http://localhost/api/demo-bank/ofx", { method: "POST", body: "" }),
    );
    return response.status;
  }

  it("is off in production unless DEMO_BANK=on", async () => {
    expect(await demoBankStatus({ NODE_ENV: "production" })).toBe(404);
    expect(await demoBankStatus({ NODE_ENV: "production", DEMO_BANK: "on" })).toBe(200);
    expect(await demoBankStatus({ NODE_ENV: "development" })).toBe(200);
  });
});
