// npm run bench:upload [-- --rows 100000 --accounts 20 --concurrency 4 --port 3291]   (run `npm run build` first)
//
// The user's own import path, end to end: starts the production build (`next start`) against the configured
// database — a scratch database on the Postgres server in DATABASE_URL, else embedded PGlite in a scratch
// DATA_DIR — signs up a user and takes a personal access token over the REST API, creates --accounts manual
// card accounts, then uploads one OFX statement per account (--rows in all) to POST /api/v1/accounts/:id/
// statements, --concurrency at a time, each upload followed until GET /api/v1/syncs/:id says it finished (the
// app's embedded job runner imports it). The HTTP server rather than the handler called in-process: the
// multipart parsing, the token check, the outbox and the runner are the path being measured. Then, in the same
// database once the app has stopped, a raw COPY of the same rows into a table with the transactions table's
// indexes. Prints rows/s uploaded-to-imported, its ratio to that COPY, per-upload latency (answer and import),
// the CPU the app's processes and (on Postgres) the database's backends spent per 1,000 rows during the run
// (from /proc: on a shared machine these hold when rates do not), and the rows counted in the database. The
// scratch database or directory is removed afterwards.
// With --cpu-prof DIR the app's process is profiled (node --cpu-prof) into DIR, written when it stops.
// Targets: ≥ 45,000 rows/s on Postgres, ≥ 30,000 rows/s on the embedded database.

import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { pgArray } from "@/db/sql-arrays";
import { env } from "@/env";
import {
  benchStatement,
  type CopySource,
  exited,
  fmt,
  postgresCpu,
  processGroupCpuMs,
  scratchPostgresDatabase,
  startNextServer,
  timeCopy,
} from "./lib/bench";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    accounts: { type: "string", default: "20" },
    concurrency: { type: "string", default: "4" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3291" },
    "cpu-prof": { type: "string" },
  },
});
const ROWS = Number(args.rows);
const ACCOUNTS = Number(args.accounts);
const CONCURRENCY = Number(args.concurrency);
const PER_ACCOUNT = Math.ceil(ROWS / ACCOUNTS);

// biome-ignore lint/suspicious/noExplicitAny: the API's JSON answers, read field by field below.
type Api = (method: string, route: string, body?: unknown) => Promise<{ status: number; body: any }>;

function apiClient(base: string, token?: string): Api {
  return async (method, route, body) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${base}${route}`, { method, headers, body: payload });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

function expectStatus(step: string, result: { status: number; body: unknown }, status: number) {
  if (result.status !== status)
    throw new Error(`${step}: HTTP ${result.status} ${JSON.stringify(result.body).slice(0, 300)}`);
}

/** A user with a token and `count` empty card accounts, made through the API as a person would. */
async function signUp(
  base: string,
  count: number,
): Promise<{ api: Api; userId: string; accountIds: string[] }> {
  const anonymous = apiClient(base);
  const email = `bench-${randomUUID()}@bench.invalid`;
  const password = randomBytes(12).toString("base64url");
  const signup = await anonymous("POST", "/api/v1/signup", { email, password });
  expectStatus("signup", signup, 201);
  const token = await anonymous("POST", "/api/v1/tokens", { email, password, name: "bench" });
  expectStatus("token", token, 201);
  const api = apiClient(base, token.body.token);
  const accountIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = await api("POST", "/api/v1/accounts", {
      name: `Bench card ${i}`,
      type: "credit_card",
      currency: "USD",
    });
    expectStatus("create account", account, 201);
    accountIds.push(account.body.id);
  }
  return { api, userId: signup.body.user.id, accountIds };
}

/** Uploads one file and follows its sync until it finishes: [ms until the 202, ms until imported]. */
async function uploadAndWait(api: Api, accountId: string, statement: string): Promise<[number, number]> {
  const started = performance.now();
  const form = new FormData();
  form.append("file", new Blob([statement], { type: "application/x-ofx" }), "statement.ofx");
  const upload = await api("POST", `/api/v1/accounts/${accountId}/statements`, form);
  expectStatus("upload", upload, 202);
  const answered = performance.now() - started;
  for (;;) {
    const sync = await api("GET", `/api/v1/syncs/${upload.body.sync.id}`);
    expectStatus("sync", sync, 200);
    if (sync.body.status === "succeeded") return [answered, performance.now() - started];
    if (sync.body.status === "failed") throw new Error(`import failed: ${sync.body.error}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function main() {
  const postgres = env.DATABASE_URL ? await scratchPostgresDatabase("tally_bench_upload") : null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-upload-"));
  const serverEnv = {
    DATABASE_URL: postgres?.url ?? "",
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_KEY: randomBytes(32).toString("base64"),
    REDIS_URL: "",
    LOG_LEVEL: "warn",
  };
  const label = postgres ? `Postgres server ${new URL(postgres.url).host}` : "embedded PGlite (on disk)";
  let handle: DatabaseHandle | undefined;
  try {
    const server = await startNextServer(Number(args.port), serverEnv, {
      cpuProfileDir: args["cpu-prof"],
    });
    let userId: string;
    const sources: CopySource[] = [];
    const answers: number[] = [];
    const imports: number[] = [];
    let seconds: number;
    let appCpuMs: number | null = null;
    let databaseCpuMs: number | null = null;
    try {
      const made = await signUp(server.url, ACCOUNTS + 1);
      userId = made.userId;
      const [warmUpAccount, ...accountIds] = made.accountIds;
      // Built before the clock starts, like a user's file on disk.
      const statements = accountIds.map((_, index) => benchStatement(index, PER_ACCOUNT));
      for (const [index, accountId] of accountIds.entries())
        sources.push({ userId, accountId, statement: statements[index]! });
      // The first import in a fresh process loads the seller dictionary and warms the JIT: not part of the run.
      await uploadAndWait(made.api, warmUpAccount!, benchStatement(ACCOUNTS, 200));

      console.log(
        `bench:upload — ${fmt(PER_ACCOUNT * ACCOUNTS)} rows in ${ACCOUNTS} OFX uploads of ${fmt(PER_ACCOUNT)}, ${CONCURRENCY} at a time, through next start on ${label}`,
      );
      // CPU of the app's processes and of Postgres's backends for this database, during the run alone.
      const observer = postgres
        ? await openDatabase({ driver: "postgres", url: postgres.url, max: 1 })
        : undefined;
      const databaseCpu = observer ? await postgresCpu(observer) : undefined;
      const appCpuStart = processGroupCpuMs(server.process.pid!);
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let index = next++; index < accountIds.length; index = next++) {
            const [answered, imported] = await uploadAndWait(
              made.api,
              accountIds[index]!,
              statements[index]!,
            );
            answers.push(answered);
            imports.push(imported);
          }
        }),
      );
      seconds = (performance.now() - started) / 1000;
      const appCpuEnd = processGroupCpuMs(server.process.pid!);
      appCpuMs = appCpuStart === null || appCpuEnd === null ? null : appCpuEnd - appCpuStart;
      databaseCpuMs = (await databaseCpu?.stop()) ?? null;
      await observer?.close();
    } finally {
      server.stop();
      await exited(server.process);
    }

    // The same database, now that the app has let go of it (PGlite serves one process).
    handle = postgres
      ? await openDatabase({ driver: "postgres", url: postgres.url, max: 2 })
      : await openDatabase({ driver: "pglite", dataDir: path.join(dataDir, "pglite") });
    const [stored] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from transactions
        where user_id = ${userId} and account_id = any(${pgArray(sources.map((s) => s.accountId))}::uuid[])`,
    );
    const copy = await timeCopy(handle, sources, "indexed");
    const rate = (PER_ACCOUNT * ACCOUNTS) / seconds;
    console.log(`upload → imported:       ${fmt(rate)} rows/s  (${seconds.toFixed(2)} s)`);
    console.log(`raw COPY, same indexes:  ${fmt(copy.rate)} rows/s  (${copy.seconds.toFixed(2)} s)`);
    console.log(`upload / indexed COPY:   ${(rate / copy.rate).toFixed(2)}`);
    console.log(
      `per upload (${fmt(PER_ACCOUNT)} rows): 202 after p50 ${fmt(percentile(answers, 50))} ms, p99 ${fmt(percentile(answers, 99))} ms; imported after p50 ${fmt(percentile(imports, 50))} ms, p99 ${fmt(percentile(imports, 99))} ms`,
    );
    const perThousand = (ms: number | null) =>
      ms === null ? "n/a" : `${((1000 * ms) / (PER_ACCOUNT * ACCOUNTS)).toFixed(1)} ms`;
    console.log(
      `CPU per 1,000 rows:      app ${perThousand(appCpuMs)}, Postgres ${perThousand(databaseCpuMs)} (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
    console.log(`rows in the database:    ${fmt(Number(stored?.n))} of ${fmt(PER_ACCOUNT * ACCOUNTS)}`);
    console.log(`target:                  ≥ ${postgres ? "45,000" : "30,000"} rows/s`);
  } finally {
    await handle?.close();
    await postgres?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
