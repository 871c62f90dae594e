import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, openDatabase } from "@/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the embedded database directory", () => {
  it("refuses to open while another live process holds it, and recovers a dead owner's lock", async () => {
    // A live process that is not this one stands in for the running app.
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(path.join(dir, "tally.lock"), String(holder.pid));
      const opening = openDatabase({ driver: "pglite", dataDir: dir });
      await expect(opening).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(opening).rejects.toThrow(/in use by process \d+.*DATABASE_URL/s);
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => holder.once("exit", resolve));

    // The holder is gone: its lock is stale and the next open takes over.
    const handle = await openDatabase({ driver: "pglite", dataDir: dir });
    expect(fs.readFileSync(path.join(dir, "tally.lock"), "utf8")).toBe(String(process.pid));
    await handle.close();
    expect(fs.existsSync(path.join(dir, "tally.lock"))).toBe(false);
  });
});
