// npm run bench:budgets [-- --requests 500 --port 3207 --in-process]
//
// GET /api/v1/budgets over HTTP for a user with 36 months of history in 60 categories and 20 budget settings
// (some with rollover running for two years: the longest walk), against `next start` on the configured
// database: the Postgres server with DATABASE_URL (in a scratch database, dropped afterwards), else embedded
// PGlite. Needs a production build (`npm run build`); builds one when there is none. Prints p50/p99 latency and
// the share of the time spent in the database, measured two ways: the server's own count of time executing
// statements (pg_stat_database.active_time, Postgres only) and, in this process, the budget read's queries
// against the whole read.

import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { defaultCategoryId } from "@/db/seed/categories";
import { pgArray } from "@/db/sql-arrays";
import { env } from "@/env";
import { registerEmbeddedDispatcher } from "@/inngest/client";
import { formatDecimal } from "@/lib/money";
import { currentMonth, shiftMonth } from "@/lib/months";
import { getBudgetMonth, setBudget } from "@/server/budgets/budgets";
import { loadBudgetInputs } from "@/server/budgets/load";
import { TAXONOMY } from "@/server/categorize/taxonomy";
import { createToken } from "@/server/identity/tokens";
import { createUser } from "@/server/identity/users";
import { rebuildAggregate } from "@/server/spending/aggregate";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "500" },
    port: { type: "string", default: "3207" },
    // Only the in-process figures: no build or server needed.
    "in-process": { type: "boolean", default: false },
  },
});
const REQUESTS = Number(args.requests);
const PORT = Number(args.port);
const HTTP = !args["in-process"];
const MONTHS = 36;
const CATEGORIES = 60;
const SETTINGS = 20;

// The bench process writes settings directly; the evaluation jobs they emit are not what is measured here.
registerEmbeddedDispatcher(async () => undefined);

async function openScratch(): Promise<{
  handle: DatabaseHandle;
  url?: string;
  label: string;
  drop: () => Promise<void>;
}> {
  if (!env.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-budgets-"));
    const handle = await openDatabase({ driver: "pglite", dataDir: dir, lock: false });
    return {
      handle,
      label: `embedded PGlite in ${dir}`,
      drop: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { default: postgres } = await import("postgres");
  const name = `tally_bench_budgets_${Date.now().toString(36)}`;
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString(), max: 4 });
  return {
    handle,
    url: url.toString(),
    label: `Postgres server ${url.host}, database ${name}`,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** 36 complete months before this one plus this month so far, in 60 expense categories, and a monthly salary. */
async function seedHistory(handle: DatabaseHandle, userId: string) {
  const [account] = await queryRows<{ id: string }>(
    handle.db,
    sql`insert into accounts (user_id, name, type) values (${userId}::uuid, 'Bench checking', 'checking') returning id`,
  );
  const categories = TAXONOMY.filter((category) => category.kind === "expense" && category.parentSlug).slice(
    0,
    CATEGORIES,
  );
  const now = currentMonth();
  const rows: Array<[string, string, string]> = []; // posted_on, amount, category id
  // mulberry32 from a fixed seed: every run seeds the same history.
  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let back = MONTHS; back >= 0; back--) {
    const month = shiftMonth(now, -back);
    const days = back === 0 ? Math.max(1, Number(new Date().toISOString().slice(8, 10))) : 28;
    rows.push([`${month}-01`, formatDecimal(520_000), defaultCategoryId("income.paycheck")]);
    categories.forEach((category, index) => {
      // A few purchases a month per category, with an unusual month now and then.
      const purchases = 1 + ((index + back) % 4);
      for (let n = 0; n < purchases; n++) {
        const day = String(1 + Math.floor(random() * days)).padStart(2, "0");
        const unusual = random() < 0.04 ? 6 : 1;
        const cents = Math.round((500 + random() * 9_500 + index * 120) * unusual);
        rows.push([`${month}-${day}`, formatDecimal(-cents), defaultCategoryId(category.slug)]);
      }
    });
  }
  for (let start = 0; start < rows.length; start += 1_000) {
    const batch = rows.slice(start, start + 1_000);
    await handle.db.execute(sql`
      insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
        seller_key, merchant, category_id, category_source)
      select ${userId}::uuid, ${account!.id}::uuid, gen_random_uuid()::text, posted_on, amount, 'USD', 'BENCH',
        'bench', 'Bench', category_id, 'user'
      from unnest(${pgArray(batch.map((row) => row[0]))}::date[], ${pgArray(batch.map((row) => row[1]))}::numeric[],
        ${pgArray(batch.map((row) => row[2]))}::uuid[]) as t(posted_on, amount, category_id)`);
  }
  await rebuildAggregate(
    handle.db,
    userId,
    Array.from({ length: MONTHS + 1 }, (_, back) => shiftMonth(now, -back)),
  );
  return { categories, transactions: rows.length };
}

async function seedSettings(
  handle: DatabaseHandle,
  user: Awaited<ReturnType<typeof createUser>>,
  slugs: string[],
) {
  const now = currentMonth();
  for (let index = 0; index < SETTINGS; index++) {
    const categoryId = defaultCategoryId(slugs[(index * 3) % slugs.length]!);
    // Amounts set at different times; every fourth also rolls over, from two years ago (a 24-month walk).
    await setBudget(handle.db, user, categoryId, {
      month: shiftMonth(now, -(index % 4 === 0 ? 24 : index)),
      amount: 10_000 + index * 2_500,
      rollover: index % 4 === 0,
    });
  }
}

const cpuTotal = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const median = (values: number[]) => percentile(values, 50);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function startServer(databaseUrl: string | undefined, dataDir: string) {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("No production build found: running next build…");
    await new Promise<void>((resolve, reject) => {
      const build = spawn("npx", ["next", "build"], { stdio: "inherit" });
      build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))));
    });
  }
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      APP_URL: `http://127.0.0.1:${PORT}`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      CREDENTIALS_KEY: randomBytes(32).toString("base64"),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }),
    },
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not become healthy within 2 minutes");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    pid: server.pid!,
    stop: () => {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    },
  };
}

// CPU time is what the request costs whatever the load: on a shared machine latency mostly measures the queue
// for a core. Read from /proc (Linux): utime + stime in clock ticks of 10 ms.
const TICK_MS = 10;

function cpuMs(pids: Iterable<number>): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended
    }
  }
  return ticks * TICK_MS;
}

/** The server: every process in its process group (npx, then node). */
function serverPids(groupId: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[2]) === groupId;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The Postgres backends serving the benchmark's database (other than the one asking). */
async function backendPids(handle: DatabaseHandle): Promise<number[]> {
  const rows = await queryRows<{ pid: number }>(
    handle.db,
    sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rows.map((row) => Number(row.pid));
}

async function activeMs(handle: DatabaseHandle): Promise<number | null> {
  if (handle.driver !== "postgres") return null;
  const [row] = await queryRows<{ ms: number }>(
    handle.db,
    sql`select active_time::float8 as ms from pg_stat_database where datname = current_database()`,
  );
  return row ? Number(row.ms) : null;
}

// Backends publish their statistics when idle, at most once a second and at the latest after 10 s.
const waitForStats = () => new Promise((resolve) => setTimeout(resolve, 11_000));

async function main() {
  const scratch = await openScratch();
  let stopServer = () => {};
  const onLinux = fs.existsSync("/proc/self/stat");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-data-"));
  try {
    await migrateDatabase(scratch.handle);
    const user = await createUser(scratch.handle.db, {
      email: `bench-${randomUUID()}@bench.invalid`,
      password: "bench password 1",
    });
    const { token } = await createToken(scratch.handle.db, user.id, "bench");
    const seeded = await seedHistory(scratch.handle, user.id);
    await seedSettings(
      scratch.handle,
      user,
      seeded.categories.map((category) => category.slug),
    );
    console.log(`Database: ${scratch.label}`);
    console.log(
      `User: ${seeded.transactions.toLocaleString("en-US")} transactions over ${MONTHS} months in ${seeded.categories.length} categories, ${SETTINGS} budget settings`,
    );
    if (!scratch.url) {
      // PGlite: one process per directory, so the server gets it to itself.
      await scratch.handle.close();
      throw new Error("bench:budgets measures over HTTP against a Postgres server: set DATABASE_URL");
    }

    // In this process: the whole budget read, and its database part alone.
    const month = currentMonth();
    const inProcess: number[] = [];
    const loadOnly: number[] = [];
    let readCpu = 0;
    let loadCpu = 0;
    for (let i = 0; i < 200; i++) {
      let started = performance.now();
      let cpu = process.cpuUsage();
      await getBudgetMonth(scratch.handle.db, user);
      inProcess.push(performance.now() - started);
      readCpu += cpuTotal(process.cpuUsage(cpu));
      started = performance.now();
      cpu = process.cpuUsage();
      await loadBudgetInputs(scratch.handle.db, user, { months: [month] });
      loadOnly.push(performance.now() - started);
      loadCpu += cpuTotal(process.cpuUsage(cpu));
    }
    if (!HTTP) {
      inProcessReport();
      return;
    }

    function inProcessReport() {
      inProcess.sort((a, b) => a - b);
      loadOnly.sort((a, b) => a - b);
      console.log(
        `\nIn this process (200 reads): the budget read p50 ${median(inProcess).toFixed(1)} ms, its queries alone ` +
          `p50 ${median(loadOnly).toFixed(1)} ms (${((median(loadOnly) / median(inProcess)) * 100).toFixed(0)}%)`,
      );
      console.log(
        `  CPU per read: ${(readCpu / 200).toFixed(1)} ms, of which reading the queries' answers ${(loadCpu / 200).toFixed(1)} ms`,
      );
    }

    const server = await startServer(scratch.url, dataDir);
    stopServer = server.stop;
    const get = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { categories?: unknown[] };
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return { ms: performance.now() - started, rows: body.categories?.length ?? 0 };
    };
    /** `REQUESTS` requests one at a time: latencies, and CPU of the server and of its Postgres backends. */
    const measure = async (path: string) => {
      for (let i = 0; i < 50; i++) await get(path); // warm up: compile, connection pool, caches
      await waitForStats();
      const activeBefore = await activeMs(scratch.handle);
      // Postgres on this machine (the usual benchmark set-up): its backends' CPU can be read too.
      const backends = onLinux ? await backendPids(scratch.handle) : [];
      const serverCpuBefore = onLinux ? cpuMs(serverPids(server.pid)) : 0;
      const backendCpuBefore = cpuMs(backends);
      const latencies: number[] = [];
      let rows = 0;
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) {
        const result = await get(path);
        latencies.push(result.ms);
        rows = result.rows;
      }
      const wall = performance.now() - started;
      const serverCpu = onLinux ? cpuMs(serverPids(server.pid)) - serverCpuBefore : 0;
      // Backends opened during the run count whole; the pool is normally complete after the warm-up.
      const laterBackends = onLinux
        ? (await backendPids(scratch.handle)).filter((pid) => !backends.includes(pid))
        : [];
      const backendCpu = cpuMs(backends) - backendCpuBefore + cpuMs(laterBackends);
      await waitForStats();
      const activeAfter = await activeMs(scratch.handle);
      latencies.sort((a, b) => a - b);
      return {
        latencies,
        rows,
        activeShare:
          activeBefore !== null && activeAfter !== null ? (activeAfter - activeBefore) / wall : null,
        serverCpu: serverCpu / REQUESTS,
        backendCpu: backendCpu / REQUESTS,
      };
    };
    const report = (label: string, run: Awaited<ReturnType<typeof measure>>) => {
      console.log(`\n${label}, ${REQUESTS} requests one at a time:`);
      console.log(
        `  p50 ${median(run.latencies).toFixed(1)} ms   p99 ${percentile(run.latencies, 99).toFixed(1)} ms   max ${run.latencies.at(-1)!.toFixed(1)} ms`,
      );
      if (run.activeShare !== null)
        console.log(
          `  time executing statements in Postgres (pg_stat_database.active_time): ${(run.activeShare * 100).toFixed(0)}% of the request time`,
        );
      if (onLinux && run.serverCpu + run.backendCpu > 0)
        console.log(
          `  CPU per request: app server ${run.serverCpu.toFixed(1)} ms, Postgres ${run.backendCpu.toFixed(1)} ms ` +
            `(${((run.backendCpu / (run.serverCpu + run.backendCpu)) * 100).toFixed(0)}% in the database)`,
        );
    };
    const budgetsRun = await measure("/api/v1/budgets");
    report(`GET /api/v1/budgets over HTTP (${budgetsRun.rows} budget rows)`, budgetsRun);
    // The same server, authentication and one small query: what any API request costs here, for comparison.
    const baseline = await measure("/api/v1/me");
    report("GET /api/v1/me (baseline: authentication and one row)", baseline);
    console.log(
      `\nBudgets over the baseline: p50 ${(median(budgetsRun.latencies) / median(baseline.latencies)).toFixed(1)}×, ` +
        `app server CPU +${(budgetsRun.serverCpu - baseline.serverCpu).toFixed(1)} ms, ` +
        `Postgres CPU +${(budgetsRun.backendCpu - baseline.backendCpu).toFixed(1)} ms per request`,
    );
    inProcessReport();
    console.log(
      `\nTarget: p99 under 30 ms on an otherwise idle Postgres server. Load average now: ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(", ")} on ${os.cpus().length} cores.`,
    );
  } finally {
    stopServer();
    await scratch.drop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
