// npm run check:serverless — a production build started in serverless mode (TALLY_SERVERLESS=1), as a Vercel
// deployment runs it, against the local Postgres and Redis, an S3 double and a stub of Inngest's event API.
// It migrates as the deploy step would, builds (skip with CHECK_SKIP_BUILD=1 after an earlier build), starts
// `next start`, then checks and prints: /api/health reports what is configured; /api/inngest answers; a user
// signs up, signs in and is served the dashboard; linking the Demo Bank and "Refresh now" send their sync
// events to the stub; an uploaded statement lands in the S3 double and its import event reaches the stub; and
// nothing was written under DATA_DIR. Exits non-zero on the first check that fails.
//
// Env: CHECK_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres; the user must create
// databases), CHECK_REDIS_URL (default redis://127.0.0.1:6379), CHECK_PORT (default 3199).

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startFakeS3 } from "../tests/support/fake-s3";

const adminUrl = process.env.CHECK_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.CHECK_REDIS_URL ?? "redis://127.0.0.1:6379";
const port = Number(process.env.CHECK_PORT ?? 3199);
const baseUrl = `http://127.0.0.1:${port}`;
const root = path.resolve(__dirname, "..");

type StubEvent = { name: string; id?: string; data: Record<string, unknown> };

function check(condition: unknown, what: string, detail?: unknown): asserts condition {
  if (!condition) {
    throw new Error(`FAILED: ${what}${detail === undefined ? "" : `\n${JSON.stringify(detail, null, 2)}`}`);
  }
  console.log(`  ok  ${what}`);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`FAILED: ${what} (waited ${ms / 1000} s)`);
}

/** Inngest's event API as the client uses it: POST /e/<event key> answers the ids. */
async function startInngestStub() {
  const events: StubEvent[] = [];
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      paths.push(`${request.method} ${request.url}`);
      const received = (body ? JSON.parse(body) : []) as StubEvent[];
      events.push(...received);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ids: received.map((event) => event.id ?? "x"), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, events, paths, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A cookie jar just big enough for Auth.js's csrf and session cookies. */
class Cookies {
  private jar = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  has(prefix: string) {
    return [...this.jar.keys()].some((name) => name.includes(prefix));
  }
}

async function main() {
  const database = `tally_check_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${database}"`);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${database}`;
  const s3 = await startFakeS3({ bucket: "tally-check" });
  const inngest = await startInngestStub();
  const dataDir = path.join(os.tmpdir(), `tally-check-serverless-${process.pid}`, "never-created");
  let server: ChildProcess | undefined;

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    TALLY_SERVERLESS: "1",
    DATA_DIR: dataDir,
    APP_URL: baseUrl,
    AUTH_TRUST_HOST: "true",
    DATABASE_URL: databaseUrl.toString(),
    INNGEST_DEV: "0",
    INNGEST_BASE_URL: inngest.url,
    INNGEST_EVENT_KEY: "check-event-key",
    INNGEST_SIGNING_KEY: `signkey-test-${randomBytes(32).toString("hex")}`,
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: "tally-check",
    S3_ACCESS_KEY_ID: "check",
    S3_SECRET_ACCESS_KEY: "check-secret",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_KEY: randomBytes(32).toString("base64"),
    REDIS_URL: redisUrl,
    DEMO_BANK: "on",
    LOG_LEVEL: "warn",
  };

  try {
    console.log(`Deploy step: npm run db:migrate on ${database}`);
    const migrate = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    check(migrate.status === 0, "migrations applied by the deploy step", migrate.stderr || migrate.stdout);

    if (process.env.CHECK_SKIP_BUILD !== "1") {
      console.log("Building (next build, serverless mode)…");
      const build = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
      check(build.status === 0, "next build");
    }

    console.log(`Starting next start on ${baseUrl} in serverless mode`);
    server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    const health = await waitFor(
      "the server to answer /api/health",
      async () => {
        const response = await fetch(`${baseUrl}/api/health`).catch(() => undefined);
        return response ? { status: response.status, body: await response.json() } : undefined;
      },
      60_000,
    );

    console.log("/api/health:");
    console.log(JSON.stringify(health.body, null, 2));
    check(health.status === 200 && health.body.status === "ok", "/api/health is ok", health.body);
    check(health.body.deployment?.mode === "serverless", "it runs in serverless mode");
    check(health.body.schema?.current === true, "it reports the schema current");
    check(health.body.jobs === "inngest" && !health.body.queue, "jobs go to Inngest, no embedded queue");
    check(health.body.deployment.storage === "s3", "storage is S3");
    check(health.body.deployment.rate_limits === "redis", "rate limits are in Redis");
    check(health.body.deployment.database.pool_max === 3, "a pool of 3 connections per instance");

    const introspection = await fetch(`${baseUrl}/api/inngest`);
    check(
      introspection.status === 401,
      "/api/inngest (where Inngest Cloud syncs the app) refuses a call without INNGEST_SIGNING_KEY's signature",
      introspection.status,
    );

    const email = `check-${randomBytes(4).toString("hex")}@example.com`;
    const password = "correct horse battery";
    const json = { "content-type": "application/json", origin: baseUrl };
    const signup = await fetch(`${baseUrl}/api/v1/signup`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password, name: "Check" }),
    });
    check(signup.status === 201, "a user signs up", await signup.text());

    const cookies = new Cookies();
    const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
    cookies.take(csrfResponse);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: cookies.header(),
        origin: baseUrl,
      },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/dashboard` }),
    });
    cookies.take(signIn);
    check(cookies.has("session-token"), "the user signs in (session cookie set)", signIn.status);

    const dashboard = await fetch(`${baseUrl}/dashboard`, {
      redirect: "manual",
      headers: { cookie: cookies.header() },
    });
    const page = await dashboard.text();
    check(
      dashboard.status === 200 && page.includes("Check"),
      "the dashboard is served to the signed-in user",
      {
        status: dashboard.status,
        location: dashboard.headers.get("location"),
      },
    );

    const tokenResponse = await fetch(`${baseUrl}/api/v1/tokens`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password, name: "check" }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const bearer = { authorization: `Bearer ${token}` };

    const link = await fetch(`${baseUrl}/api/v1/connections`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ institution_id: "demo", account_login: "check", account_password: "demo" }),
    });
    const linked = (await link.json()) as { connection: { id: string }; sync: { id: string } };
    check(link.status === 201, "the Demo Bank is linked", linked);
    await waitFor("the link's sync event at the Inngest stub", () =>
      inngest.events.find((event) => event.id === `sync:${linked.sync.id}`),
    );
    check(true, "the link's connection/sync.requested reached the Inngest stub");

    // The stub runs no job: mark the first sync done, as Inngest running it would, so a refresh starts anew.
    const db = postgres(databaseUrl.toString(), { max: 1, onnotice: () => {} });
    await db`update syncs set status = 'succeeded', started_at = now(), finished_at = now() where id = ${linked.sync.id}`;
    await db.end();
    const refresh = await fetch(`${baseUrl}/api/v1/connections/${linked.connection.id}/refresh`, {
      method: "POST",
      headers: bearer,
    });
    const refreshed = (await refresh.json()) as { sync: { id: string } };
    check(
      refresh.status === 202 && refreshed.sync.id !== linked.sync.id,
      "Refresh now queues a sync",
      refreshed,
    );
    const refreshEvent = await waitFor("the refresh's event at the Inngest stub", () =>
      inngest.events.find((event) => event.id === `sync:${refreshed.sync.id}`),
    );
    check(
      refreshEvent.name === "connection/sync.requested" && refreshEvent.data.reason === "manual",
      `the refresh's event reached the stub: ${refreshEvent.name} (reason ${refreshEvent.data.reason})`,
    );

    const account = await fetch(`${baseUrl}/api/v1/accounts`, {
      method: "POST",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ name: "Wallet", type: "checking" }),
    });
    const { id: accountId } = (await account.json()) as { id: string };
    const form = new FormData();
    form.append(
      "file",
      new Blob(["Date,Description,Amount\n2026-11-02,Coffee Shop,-4.50\n2026-11-03,Salary,2500.00\n"]),
      "statement.csv",
    );
    const upload = await fetch(`${baseUrl}/api/v1/accounts/${accountId}/statements`, {
      method: "POST",
      headers: bearer,
      body: form,
    });
    const uploaded = (await upload.json()) as { sync: { id: string } };
    check(upload.status === 202, "a statement upload is accepted", uploaded);
    const stored = [...s3.objects.keys()].filter((key) => key.startsWith("statements/"));
    check(stored.length === 1, `the statement is in the S3 double (${stored[0]})`);
    await waitFor("the import's event at the Inngest stub", () =>
      inngest.events.find((event) => event.name === "statement/import.requested"),
    );
    check(true, "the statement's statement/import.requested reached the Inngest stub");

    check(!fs.existsSync(dataDir), `nothing was written under DATA_DIR (${dataDir} does not exist)`);
    console.log(`\nServerless check passed: ${inngest.events.length} event(s) sent to the Inngest stub.`);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    await inngest.close();
    await s3.close();
    await admin.unsafe(`drop database if exists "${database}" with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
