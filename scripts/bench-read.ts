// npm run bench:read [-- --users 10000 --transactions 5000000 --seconds 10 --sessions 1000 --reload --redis --load-only
//                        --only spending,dashboard --cpu-prof DIR]
//
// Reads under load. Loads 10,000 users and 5,000,000 transactions into a database of their own on the
// configured Postgres server (DATABASE_URL) by COPY — not through the app's import path, which
// bench:ingest measures — then starts the production build (`next start`, run `npm run build` first) against
// it and drives each read with autocannon, signed in as a rotating pool of the loaded users:
//   /api/health (the floor: the app's own cheapest route, in the same run), GET /api/v1/spending,
//   GET /api/v1/budgets (when the route exists), GET /api/v1/transactions and the dashboard page,
// first at 50 connections (requests/s, p50/p99, and each as a fraction of the floor), then at a steady
// 200 requests/s (p99). The loaded database is kept for the next run (`--reload` loads it again).
//
// Each run also prints the app's CPU time per request (Linux): on a busy shared machine requests/s mostly
// measure the other work running, while CPU per request — and its ratio to the floor's — holds.
//
// Targets on a quiet machine: at 50 connections each API ≥ 0.6 of the floor's requests/s and the dashboard
// ≥ 0.2; at 200 requests/s each API's p99 ≤ 20 ms; no errors.

import { randomBytes } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { encode } from "@auth/core/jwt";
import autocannon from "autocannon";
import type { Sql } from "postgres";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { env } from "@/env";
import { type NextServer, startNextServer } from "./lib/bench";

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "10000" },
    transactions: { type: "string", default: "5000000" },
    seconds: { type: "string", default: "10" },
    sessions: { type: "string", default: "1000" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3290" },
    database: { type: "string", default: "tally_bench_read" },
    reload: { type: "boolean", default: false },
    "load-only": { type: "boolean", default: false },
    redis: { type: "boolean", default: false },
    // Drive only the routes whose name contains one of these words (the floor always runs).
    only: { type: "string" },
    // Profile the app: V8 CPU profiles of the server written to DIR when it stops (open in Chrome DevTools).
    "cpu-prof": { type: "string" },
  },
});
const USERS = Number(args.users);
const TRANSACTIONS = Number(args.transactions);
const SECONDS = Number(args.seconds);
const SESSIONS = Math.min(USERS, Number(args.sessions));
const PORT = Number(args.port);
const MONTHS = 24;

// ---------------------------------------------------------------------------------------------------------
// Data: deterministic, shaped like real accounts (groceries weekly, coffee often, rent monthly, two paychecks).

type Seller = {
  text: string;
  merchant: string;
  slug: string | null;
  min: number;
  max: number;
  weight: number;
};

const SELLERS: Seller[] = [
  {
    text: "SQ *BLUE BOTTLE COFFEE",
    merchant: "Blue Bottle Coffee",
    slug: "food-dining.coffee-shops",
    min: 350,
    max: 900,
    weight: 12,
  },
  {
    text: "STARBUCKS STORE 05432",
    merchant: "Starbucks",
    slug: "food-dining.coffee-shops",
    min: 300,
    max: 1200,
    weight: 10,
  },
  {
    text: "TRADER JOE S #123",
    merchant: "Trader Joe's",
    slug: "food-dining.groceries",
    min: 1500,
    max: 12000,
    weight: 10,
  },
  {
    text: "WHOLEFDS MKT 10234",
    merchant: "Whole Foods",
    slug: "food-dining.groceries",
    min: 2000,
    max: 18000,
    weight: 7,
  },
  {
    text: "SAFEWAY #1234",
    merchant: "Safeway",
    slug: "food-dining.groceries",
    min: 1000,
    max: 9000,
    weight: 6,
  },
  {
    text: "CHIPOTLE 1234",
    merchant: "Chipotle",
    slug: "food-dining.fast-food",
    min: 900,
    max: 2500,
    weight: 6,
  },
  {
    text: "TST* LUIGIS TRATTORIA",
    merchant: "Luigi's Trattoria",
    slug: "food-dining.restaurants",
    min: 3000,
    max: 14000,
    weight: 4,
  },
  {
    text: "AMZN Mktp US*2K4TY7",
    merchant: "Amazon",
    slug: "shopping.general-merchandise",
    min: 800,
    max: 20000,
    weight: 9,
  },
  {
    text: "TARGET 00012345",
    merchant: "Target",
    slug: "shopping.general-merchandise",
    min: 1000,
    max: 15000,
    weight: 5,
  },
  {
    text: "SHELL OIL 57444",
    merchant: "Shell",
    slug: "auto-transport.gas-fuel",
    min: 2500,
    max: 7000,
    weight: 5,
  },
  { text: "UBER *TRIP", merchant: "Uber", slug: "auto-transport.ride-share", min: 900, max: 4500, weight: 5 },
  { text: "NETFLIX.COM", merchant: "Netflix", slug: "entertainment", min: 1549, max: 1549, weight: 1 },
  { text: "SPOTIFY USA", merchant: "Spotify", slug: "entertainment", min: 1199, max: 1199, weight: 1 },
  {
    text: "COMCAST CABLE COMM",
    merchant: "Comcast",
    slug: "bills-utilities.internet",
    min: 7999,
    max: 7999,
    weight: 1,
  },
  {
    text: "PG&E WEB ONLINE",
    merchant: "PG&E",
    slug: "bills-utilities.utilities",
    min: 6000,
    max: 19000,
    weight: 1,
  },
  { text: "CVS/PHARMACY #04567", merchant: "CVS", slug: null, min: 500, max: 6000, weight: 3 },
  {
    text: "MAPLE STREET HARDWARE",
    merchant: "Maple Street Hardware",
    slug: null,
    min: 800,
    max: 9000,
    weight: 2,
  },
];
const TOTAL_WEIGHT = SELLERS.reduce((sum, seller) => sum + seller.weight, 0);

/** xorshift32: the same data on every run and every machine. */
function random(seed: number) {
  let state = seed || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const userId = (index: number) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
const accountId = (index: number, kind: 0 | 1) =>
  `00000000-0000-4000-9${kind}00-${index.toString(16).padStart(12, "0")}`;
const money = (cents: number) =>
  `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

function isoDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** One user's rows as COPY text (tab-separated), about TRANSACTIONS / USERS of them over MONTHS months. */
function userRows(index: number, perUser: number): string {
  const next = random(index * 2_654_435_761 + 1);
  const user = userId(index);
  const checking = accountId(index, 0);
  const card = accountId(index, 1);
  const days = MONTHS * 30;
  const lines: string[] = [];
  const row = (
    account: string,
    n: number,
    day: number,
    cents: number,
    seller: Seller | null,
    text: string,
    slug: string | null,
  ) =>
    lines.push(
      [
        user,
        account,
        `b${index}-${n}`,
        isoDay(day),
        money(cents),
        "USD",
        text,
        (seller?.merchant ?? text).toLowerCase().replace(/[^a-z0-9]+/g, "-"),
        seller?.merchant ?? text,
        slug ? defaultCategoryId(slug) : "\\N",
        slug ? "dictionary" : "\\N",
      ].join("\t"),
    );
  let n = 0;
  // Two paychecks a month into checking, rent out of it, and the card paid off (a transfer) each month.
  for (let month = 0; month < MONTHS && n < perUser; month++) {
    row(
      checking,
      n++,
      month * 30 + 1,
      250_000 + Math.floor(next() * 50_000),
      null,
      "ACME CORP PAYROLL",
      "income.paycheck",
    );
    row(
      checking,
      n++,
      month * 30 + 15,
      250_000 + Math.floor(next() * 50_000),
      null,
      "ACME CORP PAYROLL",
      "income.paycheck",
    );
    row(checking, n++, month * 30 + 3, -210_000, null, "RENT PAYMENT ONLINE", "home.mortgage-rent");
    row(card, n++, month * 30 + 5, 180_000, null, "PAYMENT THANK YOU", "transfer.credit-card-payment");
  }
  while (n < perUser) {
    let pick = next() * TOTAL_WEIGHT;
    let seller = SELLERS[0]!;
    for (const candidate of SELLERS) {
      pick -= candidate.weight;
      if (pick <= 0) {
        seller = candidate;
        break;
      }
    }
    const cents = seller.min + Math.floor(next() * (seller.max - seller.min + 1));
    row(card, n++, Math.floor(next() * days), -cents, seller, seller.text, seller.slug);
  }
  return `${lines.join("\n")}\n`;
}

async function copyInto(
  sql: Sql,
  statement: string,
  produce: (write: (text: string) => Promise<void>) => Promise<void>,
) {
  const stream = await sql.unsafe(statement).writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    stream.on("finish", resolve);
  });
  await produce(async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  });
  stream.end();
  await finished;
}

async function loaded(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ users: number; transactions: number }[]>`
    select (select count(*)::int from users) as users,
      (select reltuples::bigint from pg_class where relname = 'transactions') as transactions`;
  return Number(row?.users) === USERS && Number(row?.transactions) >= TRANSACTIONS * 0.95;
}

async function load(url: string) {
  const handle = await openDatabase({ driver: "postgres", url, max: 2 });
  if (handle.raw.kind !== "postgres") throw new Error("unreachable");
  const sql = handle.raw.sql;
  try {
    await migrateDatabase(handle);
    if (!args.reload && (await loaded(sql))) {
      console.log(`Using the data already loaded in ${args.database} (--reload to load it again).`);
      return;
    }
    const started = performance.now();
    await sql`truncate users, accounts, transactions, monthly_spending, balance_snapshots cascade`;
    // Indexes are rebuilt once after the load instead of row by row during it.
    const indexes = await sql<{ name: string; definition: string }[]>`
      select indexname as name, indexdef as definition from pg_indexes
      where tablename = 'transactions' and indexname <> 'transactions_pkey'`;
    for (const index of indexes) await sql.unsafe(`drop index ${index.name}`);

    await copyInto(sql, "copy users (id, email, name) from stdin", async (write) => {
      for (let i = 0; i < USERS; i++) await write(`${userId(i)}\tbench-${i}@bench.invalid\tBench ${i}\n`);
    });
    await copyInto(
      sql,
      "copy accounts (id, user_id, name, type, currency, balance, balance_as_of) from stdin",
      async (write) => {
        for (let i = 0; i < USERS; i++) {
          await write(
            `${accountId(i, 0)}\t${userId(i)}\tEveryday checking\tchecking\tUSD\t${money(300_000 + ((i * 7919) % 900_000))}\t${new Date().toISOString()}\n`,
          );
          await write(
            `${accountId(i, 1)}\t${userId(i)}\tRewards card\tcredit_card\tUSD\t${money(-((i * 104_729) % 400_000))}\t${new Date().toISOString()}\n`,
          );
        }
      },
    );
    const perUser = Math.ceil(TRANSACTIONS / USERS);
    await copyInto(
      sql,
      "copy transactions (user_id, account_id, external_id, posted_on, amount, currency, description, seller_key, merchant, category_id, category_source) from stdin",
      async (write) => {
        for (let i = 0; i < USERS; i += 50) {
          let chunk = "";
          for (let j = i; j < Math.min(USERS, i + 50); j++) chunk += userRows(j, perUser);
          await write(chunk);
        }
      },
    );
    const copied = performance.now();
    for (const index of indexes) await sql.unsafe(index.definition);
    await sql.unsafe(`
      insert into monthly_spending (user_id, currency, month, category_id, outflow, inflow, count)
      select user_id, currency, date_trunc('month', posted_on)::date,
        coalesce(category_id, '${UNCATEGORIZED_CATEGORY_ID}'::uuid),
        sum(greatest(-amount, 0)), sum(greatest(amount, 0)), count(*)
      from transactions group by 1, 2, 3, 4`);
    // A balance per account at each month's end: net worth over time.
    await sql.unsafe(`
      insert into balance_snapshots (user_id, account_id, sync_id, balance, currency, recorded_at)
      select a.user_id, a.id, gen_random_uuid(), a.balance + (m * 1000), a.currency, now() - make_interval(days => m * 30)
      from accounts a cross join generate_series(0, 11) as m`);
    await sql`vacuum analyze`;
    const [counts] = await sql<
      { transactions: number }[]
    >`select count(*)::int as transactions from transactions`;
    console.log(
      `Loaded ${USERS.toLocaleString("en-US")} users and ${Number(counts?.transactions).toLocaleString("en-US")} transactions by COPY in ${((copied - started) / 1000).toFixed(0)} s, indexes and aggregates in ${((performance.now() - copied) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// The server and the load.

async function startServer(databaseUrl: string, secret: string): Promise<NextServer> {
  const server = await startNextServer(
    PORT,
    {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      CREDENTIALS_KEY: randomBytes(32).toString("base64"),
      ...(args.redis ? {} : { REDIS_URL: "" }),
    },
    args["cpu-prof"] ? { cpuProfileDir: args["cpu-prof"] } : {},
  );
  serverGroup = server.process.pid ?? 0;
  return server;
}

/** Signed-in users as the app makes them: a session row each, and the Auth.js cookie that carries its id. */
async function sessionCookies(databaseUrl: string, secret: string): Promise<string[]> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const cookies: string[] = [];
  try {
    // Spread over the loaded users, so caches see many users, not one.
    const indexes = Array.from({ length: SESSIONS }, (_, i) => Math.floor((i * USERS) / SESSIONS));
    const rows = await sql<{ id: string; user_id: string }[]>`
      insert into sessions (user_id) select unnest(${indexes.map(userId)}::uuid[]) returning id, user_id`;
    for (const [i, row] of rows.entries()) {
      const index = indexes[i]!;
      const token = await encode({
        token: {
          sub: row.user_id,
          sid: row.id,
          email: `bench-${index}@bench.invalid`,
          name: `Bench ${index}`,
        },
        secret,
        salt: "authjs.session-token",
      });
      cookies.push(`authjs.session-token=${token}`);
    }
  } finally {
    await sql.end();
  }
  return cookies;
}

/**
 * Waits until the server has worked off what the last run left queued (autocannon stops sending, but a slow
 * route's backlog goes on): three health checks in a row answered quickly, or a minute at most.
 */
async function settle() {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${PORT}/api/health`).then((response) => response.arrayBuffer());
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

type Figures = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  cpuMs: number | null;
};

let serverGroup = 0;
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the app's processes have used (Linux /proc; null elsewhere). CPU per request is the figure that
 * holds on a busy shared machine, where requests/s and latency mostly measure the other work running.
 */
function serverCpuSeconds(): number | null {
  if (!serverGroup || !fs.existsSync("/proc")) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the command: state(0) ppid(1) pgrp(2) … utime(11) stime(12).
      if (Number(fields[2]) === serverGroup) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

async function drive(
  path: string,
  cookies: string[],
  options: { connections: number; rate?: number; seconds: number },
): Promise<Figures> {
  await settle();
  let next = 0;
  const cpuBefore = serverCpuSeconds();
  return new Promise<Figures>((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${PORT}${path}`,
        connections: options.connections,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        requests: [
          {
            setupRequest: (request: { headers?: Record<string, string> }) => {
              request.headers = { ...request.headers, cookie: cookies[next++ % cookies.length]! };
              return request;
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        const cpuAfter = serverCpuSeconds();
        const served = result.requests.total;
        resolve({
          cpuMs:
            cpuBefore === null || cpuAfter === null || served === 0
              ? null
              : ((cpuAfter - cpuBefore) * 1000) / served,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          requests: result.requests.total,
        });
      },
    );
  });
}

async function main() {
  if (!env.DATABASE_URL) {
    console.error(
      "bench:read runs against a Postgres server: set DATABASE_URL (the loaded data gets its own database).",
    );
    process.exit(1);
  }
  const { default: postgres } = await import("postgres");
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${args.database}`;
  if (!exists) await admin.unsafe(`create database "${args.database}"`);
  await admin.end();
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${args.database}`;
  await load(url.toString());
  if (args["load-only"]) return;

  const secret = randomBytes(32).toString("base64url");
  const cookies = await sessionCookies(url.toString(), secret);
  const server = await startServer(url.toString(), secret);
  try {
    const routes: { name: string; path: string; api: boolean }[] = [
      { name: "GET /api/v1/spending", path: "/api/v1/spending", api: true },
      { name: "GET /api/v1/budgets", path: "/api/v1/budgets", api: true },
      { name: "GET /api/v1/transactions", path: "/api/v1/transactions", api: true },
      { name: "dashboard page", path: "/dashboard", api: false },
    ];
    const only = args.only?.split(",").map((word) => word.trim().toLowerCase());
    const present: typeof routes = [];
    for (const route of routes.filter((r) => !only || only.some((word) => r.name.includes(word)))) {
      const response = await fetch(`http://127.0.0.1:${PORT}${route.path}`, {
        headers: { cookie: cookies[0]! },
      });
      await response.arrayBuffer();
      if (response.status === 404) console.log(`${route.name}: not on this branch (404), skipped.`);
      else present.push(route);
    }
    console.log(
      `\nbench:read — ${USERS.toLocaleString("en-US")} users, ${TRANSACTIONS.toLocaleString("en-US")} transactions, ${SESSIONS} signed-in users rotating, ${SECONDS} s per run, cache: ${args.redis && env.REDIS_URL ? "Redis" : "in-process"}`,
    );
    // Warm-up: the JIT, the connection pool, and the caches a running server has.
    for (const route of [{ path: "/api/health" }, ...present])
      await drive(route.path, cookies, { connections: 20, seconds: 3 });

    const floorBefore = await drive("/api/health", cookies, { connections: 50, seconds: SECONDS });
    const loadFigures = new Map<string, Figures>();
    for (const route of present)
      loadFigures.set(route.name, await drive(route.path, cookies, { connections: 50, seconds: SECONDS }));
    const floorAfter = await drive("/api/health", cookies, { connections: 50, seconds: SECONDS });
    const floor = (floorBefore.rps + floorAfter.rps) / 2;
    const floorCpu =
      floorBefore.cpuMs !== null && floorAfter.cpuMs !== null
        ? (floorBefore.cpuMs + floorAfter.cpuMs) / 2
        : null;

    const pad = (text: string, width: number) => text.padEnd(width);
    const num = (value: number, digits = 0) => value.toFixed(digits).padStart(8);
    console.log("\nAt 50 connections");
    console.log(
      `${pad("", 26)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"× floor".padStart(9)}  target   errors  app CPU ms/req  × floor by CPU`,
    );
    const line = (name: string, figures: Figures, target: string, fraction?: number) =>
      console.log(
        `${pad(name, 26)}${num(figures.rps)}${num(figures.p50)}${num(figures.p99)}${(fraction === undefined ? "" : fraction.toFixed(2)).padStart(9)}  ${pad(target, 7)}  ${String(figures.errors).padEnd(6)}  ${(figures.cpuMs === null ? "n/a" : figures.cpuMs.toFixed(2)).padStart(14)}  ${fraction === undefined || floorCpu === null || !figures.cpuMs ? "" : (floorCpu / figures.cpuMs).toFixed(2).padStart(13)}`,
      );
    line("/api/health (floor, 1st)", floorBefore, "");
    line("/api/health (floor, 2nd)", floorAfter, "");
    for (const route of present) {
      const figures = loadFigures.get(route.name)!;
      line(route.name, figures, route.api ? "≥ 0.60" : "≥ 0.20", figures.rps / floor);
    }

    console.log("\nAt a steady 200 requests/s");
    console.log(
      `${pad("", 26)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}  target   errors`,
    );
    for (const route of [{ name: "/api/health (floor)", path: "/api/health", api: false }, ...present]) {
      const figures = await drive(route.path, cookies, { connections: 20, rate: 200, seconds: SECONDS });
      console.log(
        `${pad(route.name, 26)}${num(figures.rps)}${num(figures.p50)}${num(figures.p99)}  ${pad(route.api ? "≤ 20 ms" : "", 7)}  ${figures.errors}`,
      );
    }
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
