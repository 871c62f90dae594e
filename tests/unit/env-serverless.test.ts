import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Env, postgresPoolSettings, serverlessConfigProblems } from "@/env";
import { runStartupChecks } from "../support/startup";

// Issue 16: a serverless host (VERCEL=1 or TALLY_SERVERLESS=1) refuses to start without what it cannot
// replace with local disk or one instance's memory, naming each variable and what to set.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tally-serverless-env-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const complete = {
  DATABASE_URL: "postgres://127.0.0.1:1/none",
  INNGEST_EVENT_KEY: "test-event-key",
  INNGEST_SIGNING_KEY: "signkey-test-0123456789abcdef",
  S3_BUCKET: "tally",
  S3_ACCESS_KEY_ID: "id",
  S3_SECRET_ACCESS_KEY: "secret",
  AUTH_SECRET: "x".repeat(40),
  CREDENTIALS_KEY: Buffer.alloc(32, 7).toString("base64"),
  REDIS_URL: "redis://127.0.0.1:1",
};
const required = Object.keys(complete) as Array<keyof typeof complete>;

const start = (environment: Record<string, string>) => runStartupChecks(environment, "production");

describe("serverless mode's refusals", () => {
  it.each(required)("names %s and what to set when it is missing", (name) => {
    const { [name]: _left, ...rest } = complete;
    const problems = serverlessConfigProblems(rest as unknown as Env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} is not set\\. On a serverless host .*set`));
  });

  it("starts nothing on Vercel with nothing configured, listing every variable, and writes no DATA_DIR", () => {
    const dataDir = path.join(scratch, "vercel");
    const result = start({ VERCEL: "1", DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("ready");
    for (const name of required) expect(result.stderr).toContain(`${name} is not set`);
    expect(result.stderr).toContain("openssl rand -base64 32");
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("refuses TALLY_SERVERLESS=1 without REDIS_URL, though everything else is set", () => {
    const { REDIS_URL: _redis, ...rest } = complete;
    const dataDir = path.join(scratch, "no-redis");
    const result = start({ TALLY_SERVERLESS: "1", DATA_DIR: dataDir, ...rest });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Tally cannot start: REDIS_URL is not set");
    expect(result.stderr).toContain("a limit kept in one function instance limits nothing");
    expect(result.stderr).not.toContain("AUTH_SECRET");
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe("connection settings", () => {
  it("uses a small pool with a short idle timeout on a serverless host, and no prepared statements behind a transaction pooler", () => {
    const base = {} as Env;
    expect(postgresPoolSettings(base, true)).toMatchObject({ max: 3, idleTimeout: 5, prepare: true });
    expect(postgresPoolSettings({ DATABASE_POOLER: "transaction" } as Env, true)).toMatchObject({
      prepare: false,
      pooler: "transaction",
    });
    expect(postgresPoolSettings({ DATABASE_POOL_MAX: 8 } as Env, true).max).toBe(8);
    expect(postgresPoolSettings(base, false)).toMatchObject({ max: 10, idleTimeout: 0, prepare: true });
  });
});
