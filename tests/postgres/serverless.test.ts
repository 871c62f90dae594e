// Issue 16 on a Postgres server: migrations as a deploy step that two runs at once apply once; a serverless
// start that opens no PGlite, starts no runner and writes nothing under DATA_DIR, and hands events to Inngest;
// the serverless pool under 200 concurrent requests.

import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";
import { createScratchDatabase } from "../support/postgres-server";

const root = path.resolve(__dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tally-serverless-"));
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function scratchDatabase(label: string): Promise<string> {
  const { url, drop } = await createScratchDatabase(label);
  drops.push(drop);
  return url;
}

/** `npm run db:migrate` in its own process, as a build command or a release step runs it. */
function runMigrate(
  databaseUrl: string,
  extra: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        TALLY_SERVERLESS: "0",
        LOG_LEVEL: "silent",
        ...extra,
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("migrations as a deploy step", () => {
  it("applies each migration once when two runs start at the same time", async () => {
    const url = await scratchDatabase("migrate");
    const runs = await Promise.all([runMigrate(url), runMigrate(url)]);
    for (const run of runs) {
      expect(run.output).toContain("schema current");
      expect(run.code).toBe(0);
    }
    const handle = await openDatabase({ driver: "postgres", url, max: 1 });
    try {
      const applied = await queryRows<{ hash: string; created_at: string }>(
        handle.db,
        sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`,
      );
      expect(applied.map((row) => Number(row.created_at))).toEqual(
        journal.entries.map((entry) => entry.when),
      );
      // The default categories are there once too (a unique key refuses a second copy of a slug).
      const [categories] = await queryRows<{ total: number }>(
        handle.db,
        sql`select count(*)::int as total from default_categories`,
      );
      expect(categories?.total).toBeGreaterThan(0);
    } finally {
      await handle.close();
    }
  });
});

describe("migrations behind a transaction pooler", () => {
  it("refuses to migrate through the pooler and asks for the direct connection string", async () => {
    const run = await runMigrate("postgres://127.0.0.1:1/pooled", { DATABASE_POOLER: "transaction" });
    expect(run.code).toBe(1);
    expect(run.output).toContain("set DATABASE_DIRECT_URL");
  });
});

describe("a serverless start", () => {
  let inngestStub: http.Server;
  const received: Array<{ url: string; events: Array<{ name: string; id?: string }> }> = [];
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await scratchDatabase("start");
    const migrated = await runMigrate(databaseUrl);
    expect(migrated.code).toBe(0);
    // Inngest's event API, as far as the client uses it: POST /e/<event key> answers the event ids.
    inngestStub = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const events = JSON.parse(body || "[]");
        received.push({ url: request.url ?? "", events });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ids: events.map((_: unknown, i: number) => `evt-${i}`), status: 200 }));
      });
    });
    await new Promise<void>((resolve) => inngestStub.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => inngestStub.close(resolve));
  });

  afterEach(async () => {
    const state = globalThis as unknown as {
      __tallyInngestRelay?: { stop: () => Promise<void> };
      __tallyRelayAfterWrite?: () => void;
      __tallyDatabase?: { handle?: Promise<DatabaseHandle> };
    };
    await state.__tallyInngestRelay?.stop();
    state.__tallyInngestRelay = undefined;
    state.__tallyRelayAfterWrite?.();
    await (await state.__tallyDatabase?.handle)?.close();
    state.__tallyDatabase = {};
    vi.doUnmock("@electric-sql/pglite");
    vi.doUnmock("@/inngest/embedded/runner");
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("opens no PGlite, starts no runner, writes nothing under DATA_DIR, and relays events to Inngest", async () => {
    const dataDir = path.join(scratch, "data-dir-never-made");
    const stub = `http://127.0.0.1:${(inngestStub.address() as AddressInfo).port}`;
    const settings = {
      TALLY_SERVERLESS: "1",
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      INNGEST_BASE_URL: stub,
      INNGEST_DEV: "0",
      INNGEST_EVENT_KEY: "stub-event-key",
      INNGEST_SIGNING_KEY: "signkey-test-0123456789abcdef0123456789abcdef",
      S3_BUCKET: "tally",
      S3_ENDPOINT: "http://127.0.0.1:1",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      AUTH_SECRET: "s".repeat(40),
      CREDENTIALS_KEY: Buffer.alloc(32, 9).toString("base64"),
      REDIS_URL: "redis://127.0.0.1:6379",
      SMTP_URL: "",
    };
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
    const loaded = { pglite: false, runner: false };
    vi.doMock("@electric-sql/pglite", () => {
      loaded.pglite = true;
      return {};
    });
    vi.doMock("@/inngest/embedded/runner", () => {
      loaded.runner = true;
      return {};
    });
    (globalThis as unknown as { __tallyDatabase?: object }).__tallyDatabase = {};
    vi.resetModules();

    const { startServer } = await import("@/instrumentation-node");
    await startServer();

    // No relay timer in a function instance: events leave after each write.
    expect((globalThis as { __tallyInngestRelay?: unknown }).__tallyInngestRelay).toBeUndefined();

    const { GET } = await import("@/app/api/health/route");
    const health = await (await GET()).json();
    expect(health).toMatchObject({
      status: "ok",
      database: "ok",
      jobs: "inngest",
      schema: { current: true, pending: [], expected: journal.entries.length },
      deployment: {
        mode: "serverless",
        database: { driver: "postgres", pool_max: 3 },
        storage: "s3",
        rate_limits: "redis",
        email: "off",
      },
    });

    // An event a write implies goes through the outbox to the Inngest event API.
    const { getDb } = await import("@/db");
    const { enqueueEvents } = await import("@/inngest/outbox");
    const { spendingRecomputeRequested } = await import("@/inngest/events");
    await enqueueEvents(
      await getDb(),
      spendingRecomputeRequested({ userId: "u-serverless", months: ["2026-11"] }, { id: "serverless-check" }),
    );
    await vi.waitFor(() => expect(received.flatMap((request) => request.events)).toHaveLength(1), {
      timeout: 15_000,
      interval: 100,
    });
    expect(received[0]?.url).toBe("/e/stub-event-key");
    expect(received[0]?.events[0]).toMatchObject({
      name: "spending/recompute.requested",
      id: "serverless-check",
    });

    // Secrets, storage and mail are what was configured; nothing falls back to local disk.
    const { secret } = await import("@/env");
    expect(secret("AUTH_SECRET")).toBe(settings.AUTH_SECRET);
    const { objectStoreConfig } = await import("@/server/storage");
    expect(objectStoreConfig().kind).toBe("s3");
    const { getMailer } = await import("@/server/mail/transport");
    expect(getMailer().kind).toBe("off");
    expect(loaded).toEqual({ pglite: false, runner: false });
    expect(fs.existsSync(dataDir)).toBe(false);
    // Even asked for directly, the runner refuses to exist here.
    const { getEmbeddedRunner } = await import("@/inngest/embedded/boot");
    expect(() => getEmbeddedRunner()).toThrow(/does not run on a serverless host/);
  });

  it("never falls back to PGlite without DATABASE_URL", async () => {
    vi.stubEnv("VERCEL", "1");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", path.join(scratch, "no-database"));
    const loaded = { pglite: false };
    vi.doMock("@electric-sql/pglite", () => {
      loaded.pglite = true;
      return {};
    });
    (globalThis as unknown as { __tallyDatabase?: object }).__tallyDatabase = {};
    vi.resetModules();
    const { getDatabaseHandle } = await import("@/db");
    await expect(getDatabaseHandle()).rejects.toThrow(/DATABASE_URL is not set/);
    expect(loaded.pglite).toBe(false);
    expect(fs.existsSync(path.join(scratch, "no-database"))).toBe(false);
  });
});

describe("the serverless connection pool", () => {
  it("answers 200 concurrent requests through a pool of 3 without failing or opening a 4th connection", async () => {
    const url = await scratchDatabase("pool");
    expect((await runMigrate(url)).code).toBe(0);
    const { postgresPoolSettings } = await import("@/env");
    const { pooler: _pooler, ...pool } = postgresPoolSettings(
      { DATABASE_POOLER: "transaction" } as Parameters<typeof postgresPoolSettings>[0],
      true,
    );
    expect(pool).toEqual({ max: 3, prepare: false, idleTimeout: 5 });
    const applicationName = `tally-pool-${process.pid}`;
    const handle = await openDatabase({ driver: "postgres", url, ...pool, applicationName });
    const watcher = await openDatabase({ driver: "postgres", url, max: 1 });
    (globalThis as unknown as { __tallyDatabase: object }).__tallyDatabase = {
      handle: Promise.resolve(handle),
    };
    try {
      let peak = 0;
      let watching = true;
      const watch = (async () => {
        while (watching) {
          const [row] = await queryRows<{ open: number }>(
            watcher.db,
            sql`select count(*)::int as open from pg_stat_activity where application_name = ${applicationName}`,
          );
          peak = Math.max(peak, row?.open ?? 0);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      const { GET } = await import("@/app/api/health/route");
      const responses = await Promise.all(Array.from({ length: 200 }, () => GET()));
      watching = false;
      await watch;
      expect(responses.map((response) => response.status)).toEqual(Array(200).fill(200));
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThanOrEqual(3);
    } finally {
      (globalThis as unknown as { __tallyDatabase: object }).__tallyDatabase = {};
      await handle.close();
      await watcher.close();
    }
  });
});

describe("prepared statements behind a transaction pooler", () => {
  // postgres.js lets the client's `prepare: false` (DATABASE_POOLER=transaction) win over a query's own
  // `prepare: true`: the ingest path's prepared statements must stay within that rule.
  it("the import path's prepared statements become plain ones when the pool may not prepare", async () => {
    const url = await scratchDatabase("prepare");
    const { queryPreparedPipeline, queryPreparedRows } = await import("@/db/client");
    // pg_prepared_statements is per connection: one connection each, so it sees what this client prepared.
    const preparedAfterIngestQueries = async (prepare: boolean) => {
      const handle = await openDatabase({ driver: "postgres", url, max: 1, prepare });
      try {
        return await handle.db.transaction(async (tx) => {
          await queryPreparedRows(tx, sql`select ${1}::int as one`);
          const [[first], [second]] = (await queryPreparedPipeline(tx, [
            sql`select ${2}::int as two`,
            sql`select ${3}::int as three`,
          ])) as [[{ two: number }], [{ three: number }]];
          expect([first.two, second.three]).toEqual([2, 3]);
          const [row] = await queryRows<{ count: number }>(
            tx,
            sql`select count(*)::int as count from pg_prepared_statements`,
          );
          return row!.count;
        });
      } finally {
        await handle.close();
      }
    };
    expect(await preparedAfterIngestQueries(true)).toBeGreaterThan(0);
    expect(await preparedAfterIngestQueries(false)).toBe(0);
  });

  it("the ORM's statements are prepared once a connection has run them twice, in transactions too", async () => {
    const url = await scratchDatabase("prepare-orm");
    const { eq } = await import("drizzle-orm");
    const { pgTable, text } = await import("drizzle-orm/pg-core");
    const users = pgTable("users", { id: text("id"), email: text("email") });
    const preparedTexts = async (prepare: boolean) => {
      const handle = await openDatabase({ driver: "postgres", url, max: 1, prepare });
      try {
        await handle.db.execute(sql`create table if not exists users (id text, email text)`);
        const lookup = (db: typeof handle.db, email: string) =>
          db.select({ id: users.id }).from(users).where(eq(users.email, email));
        await lookup(handle.db, "a@example.com");
        await handle.db.transaction(async (tx) => {
          await lookup(tx, "b@example.com");
          await lookup(tx, "c@example.com");
        });
        // Run once only: not worth a prepared statement (texts that vary with their input look like this).
        await handle.db.execute(sql`select ${"once"}::text as once`);
        const rows = await queryRows<{ statement: string }>(
          handle.db,
          sql`select statement from pg_prepared_statements`,
        );
        return rows.map((row) => row.statement);
      } finally {
        await handle.close();
      }
    };
    const prepared = await preparedTexts(true);
    expect(prepared.filter((text) => text.includes('from "users"'))).toHaveLength(1);
    expect(prepared.some((text) => text.includes("as once"))).toBe(false);
    expect(await preparedTexts(false)).toEqual([]);
  });
});
