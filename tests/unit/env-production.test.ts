import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Loads env.ts in a fresh process (it reads the environment once, at import) and asks for the secrets. */
function startWith(environment: Partial<NodeJS.ProcessEnv>) {
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      // env.ts loads as CommonJS here (no "type": "module"), so its exports arrive on `default`.
      'const m = await import("./env.ts"); (m.assertProductionSecrets ? m : m.default).assertProductionSecrets(); console.log("started");',
    ],
    {
      cwd: root,
      encoding: "utf8",
      // Only what the test sets: nothing from the developer's own environment leaks in.
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "development",
        DATA_DIR: path.join(root, ".test-data/env"),
        ...environment,
      },
    },
  );
}

describe("configuration", () => {
  it("refuses a production start on a Postgres server without its secrets, naming the variable", () => {
    const result = startWith({ NODE_ENV: "production", DATABASE_URL: "postgres://db.example/tally" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("AUTH_SECRET is not set");
  });

  it("starts in production when the secrets are configured", () => {
    const result = startWith({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://db.example/tally",
      AUTH_SECRET: "x".repeat(40),
      CREDENTIALS_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    expect(result.stdout).toContain("started");
  });

  it("names a variable with a bad value", () => {
    const result = startWith({ DATABASE_URL: "mysql://nope" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/DATABASE_URL: must be a postgres/);
  });
});
