// npm run bench:daily [-- --n 2000 --link-concurrency 8 --runs 8 --processes 1]
//
// The daily refresh at scale, in this process: against the configured database (a scratch database on the
// Postgres server in DATABASE_URL, else embedded PGlite in memory; removed afterwards) and a Demo Bank served
// over HTTP from this process, it links --n Demo Bank logins (one user each, two accounts per login) through
// linkConnection — the bank is asked for the accounts, as when a person links — and lets the embedded durable
// runner (inngest/embedded/, the app's job functions, --runs at once: the app's default is 8) do each first
// sync, with the bank's clock set to yesterday. Then the bank's clock moves to today, the connections' last sync
// to yesterday, and the daily fan-out runs as `npm run sync:daily` runs it (every due connection now). Prints,
// for the daily run: connection-syncs/s and new rows/s from the request to the last sync finished, sync
// duration p50/p99 (a sync's start to its finish), peak RSS, this process's CPU time, and the Demo Bank's
// share of it (the time spent generating its OFX answers). With --cpu-prof FILE, the daily run alone is
// profiled into FILE (open it in Chrome DevTools) and the functions with the most self time are listed.
// With --processes N (Postgres only), N − 1 more processes run the app's job runner on the same database during
// the daily run, as N app instances would: the runner's claims hold across processes. Their CPU is added in.
// Target: ≥ 150 connection-syncs/s on Postgres.

import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "2000" },
    "link-concurrency": { type: "string", default: "8" },
    runs: { type: "string", default: "8" },
    "cpu-prof": { type: "string" },
    processes: { type: "string", default: "1" },
    // Internal: this process is one of --processes' extra runners, on the database in TALLY_BENCH_DATABASE.
    worker: { type: "boolean", default: false },
  },
});
const PROCESSES = Number(args.processes);
const N = Number(args.n);
const LINK_CONCURRENCY = Number(args["link-concurrency"]);
const DAY_MS = 86_400_000;

// Before any app module reads the environment: a scratch DATA_DIR (objects, local secrets) and a credentials key.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-daily-"));
process.env.DATA_DIR = dataDir;
process.env.CREDENTIALS_KEY ??= randomBytes(32).toString("base64");
process.env.REDIS_URL = "";
process.env.LOG_LEVEL ??= "warn";

/**
 * One of --processes' extra runners: claims and runs the app's jobs on the bench's database until told to
 * stop, then reports its CPU time. It fires no cron ticks: the bench starts the daily refresh itself.
 */
async function worker() {
  const { openDatabase } = await import("@/db/client");
  const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
  const { silentJobLog } = await import("@/inngest/log");
  const handle = await openDatabase({ driver: "postgres", url: process.env.TALLY_BENCH_DATABASE!, max: 12 });
  (globalThis as unknown as { __tallyDatabase: object }).__tallyDatabase = {
    handle: Promise.resolve(handle),
  };
  const runner = bootEmbeddedRunner({
    runner: {
      database: async () => handle,
      log: silentJobLog,
      maxConcurrentRuns: Number(args.runs),
      crons: false,
      // The other process's new runs wake nothing here: look for them often.
      pollIntervalMs: 25,
    },
  });
  const stopped = new Promise((resolve) => process.once("SIGTERM", resolve));
  const cpuStart = process.cpuUsage();
  runner.start();
  process.stdout.write("ready\n");
  await stopped;
  await runner.stop();
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(`${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  await handle.close();
}

type Worker = { stop: () => Promise<number> };

/** Starts an extra runner process and resolves once it is connected and waiting for work. */
async function startWorker(databaseUrl: string): Promise<Worker> {
  const { spawn } = await import("node:child_process");
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", __filename, "--worker", "--runs", String(args.runs)],
    { env: { ...process.env, TALLY_BENCH_DATABASE: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const check = () => (output.includes("ready\n") ? resolve() : undefined);
    child.stdout.on("data", check);
    child.once("exit", (code) => reject(new Error(`A runner process exited early (${code})`)));
  });
  return {
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      const report = output.split("\n").find((line) => line.startsWith("{"));
      return report ? (JSON.parse(report) as { cpuMs: number }).cpuMs : 0;
    },
  };
}

async function main() {
  if (args.worker) return worker();
  const { sql } = await import("drizzle-orm");
  const { queryRows } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { pgArray } = await import("@/db/sql-arrays");
  const { bootEmbeddedRunner } = await import("@/inngest/embedded/boot");
  const { dailyRefreshRequested } = await import("@/inngest/events");
  const { silentJobLog } = await import("@/inngest/log");
  const { linkConnection } = await import("@/server/accounts/connections");
  const { startLocalDemoBank } = await import("@/server/demo-bank/http-server");
  const { fmt, openScratchDatabase, pct, postgresCpu } = await import("./lib/bench");

  const { handle, drop, label, url } = await openScratchDatabase({ prefix: "tally_bench_daily", max: 12 });
  if (PROCESSES > 1 && !url) throw new Error("--processes needs a Postgres server (DATABASE_URL)");
  // Installed as the app's database: the job functions and server/ open it through getDb().
  (globalThis as unknown as { __tallyDatabase: object }).__tallyDatabase = {
    handle: Promise.resolve(handle),
  };
  const bank = await startLocalDemoBank(new Date(Date.now() - DAY_MS));
  process.env.DEMO_BANK_URL = bank.url;
  const runner = bootEmbeddedRunner({
    runner: {
      database: async () => handle,
      log: silentJobLog,
      maxConcurrentRuns: Number(args.runs),
      // With other processes, this one runs started, as they do (a draining runner polls for their runs).
      ...(PROCESSES > 1 && { crons: false, pollIntervalMs: 25 }),
    },
  });
  try {
    await migrateDatabase(handle);
    console.log(
      `bench:daily — ${fmt(N)} Demo Bank connections (2 accounts each), runner ${args.runs} runs at once` +
        `${PROCESSES > 1 ? ` in each of ${PROCESSES} processes` : ""}, ${label}`,
    );

    // Users as sign-up leaves them, active today (the daily refresh skips people away for a month).
    const userIds = Array.from({ length: N }, () => randomUUID());
    for (let start = 0; start < N; start += 1000) {
      const slice = userIds.slice(start, start + 1000);
      await handle.db.execute(sql`insert into users (id, email, last_active_at)
        select id, id || '@bench.invalid', now() from unnest(${pgArray(slice)}::uuid[]) as t(id)`);
    }
    let linkStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: LINK_CONCURRENCY }, async () => {
        for (let i = next++; i < N; i = next++) {
          await linkConnection(handle.db, userIds[i]!, {
            institutionId: "demo",
            login: `bench-${i}`,
            password: "demo",
          });
        }
      }),
    );
    const linkSeconds = (performance.now() - linkStart) / 1000;
    linkStart = performance.now();
    await runner.drain();
    const firstSeconds = (performance.now() - linkStart) / 1000;
    const [first] = await queryRows<{ n: number; rows: number }>(
      handle.db,
      sql`select count(*)::int as n, coalesce(sum(imported), 0)::int as rows from syncs where reason = 'link' and status = 'succeeded'`,
    );
    console.log(
      `linked:                  ${fmt(N)} in ${linkSeconds.toFixed(1)} s (${fmt(N / linkSeconds)}/s); first syncs ${fmt(Number(first?.n))} succeeded, ${fmt(Number(first?.rows))} rows, in ${firstSeconds.toFixed(1)} s (${fmt(Number(first?.n) / firstSeconds)} syncs/s)`,
    );

    // A day later: the bank has posted a day's transactions, and the connections last synced yesterday.
    await handle.db.execute(sql`update connections set last_synced_at = last_synced_at - interval '1 day'`);
    await handle.db.execute(sql`update accounts set last_synced_at = last_synced_at - interval '1 day'`);
    bank.today = new Date();
    bank.busyMs = 0;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const workers = await Promise.all(Array.from({ length: PROCESSES - 1 }, () => startWorker(url!)));
    const profiler = args["cpu-prof"] ? await startProfiler() : null;
    const serverCpu = await postgresCpu(handle);
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const day = new Date().toISOString().slice(0, 10);
    if (PROCESSES > 1) runner.start();
    await runner.dispatch(dailyRefreshRequested({}, { id: `daily-refresh:${day}` }));
    await runner.drain();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const serverCpuMs = await serverCpu.stop();
    const workersCpuMs = (await Promise.all(workers.map((worker) => worker.stop()))).reduce(
      (a, b) => a + b,
      0,
    );
    clearInterval(sampler);
    if (profiler) await profiler.stop(args["cpu-prof"]!);
    const cpuMs = (cpu.user + cpu.system) / 1000 + workersCpuMs;

    const [daily] = await queryRows<{
      n: number;
      failed: number;
      rows: number;
      p50: number;
      p99: number;
    }>(
      handle.db,
      sql`select count(*) filter (where status = 'succeeded')::int as n,
            count(*) filter (where status <> 'succeeded')::int as failed,
            coalesce(sum(imported + pending), 0)::int as rows,
            percentile_cont(0.5) within group (order by extract(epoch from finished_at - started_at))::float8 * 1000 as p50,
            percentile_cont(0.99) within group (order by extract(epoch from finished_at - started_at))::float8 * 1000 as p99
          from syncs where reason = 'daily'`,
    );
    const syncsDone = Number(daily?.n);
    console.log(
      `daily refresh:           ${fmt(syncsDone)} connection-syncs (${Number(daily?.failed)} not succeeded) in ${seconds.toFixed(2)} s`,
    );
    console.log(`connection-syncs/s:      ${fmt(syncsDone / seconds)}  (target ≥ 150 on Postgres)`);
    console.log(
      `new rows/s:              ${fmt(Number(daily?.rows) / seconds)}  (${fmt(Number(daily?.rows))} rows, ${(Number(daily?.rows) / Math.max(1, syncsDone) / 2).toFixed(1)} per account)`,
    );
    console.log(
      `sync duration:           p50 ${fmt(Number(daily?.p50))} ms, p99 ${fmt(Number(daily?.p99))} ms (a sync's start to finish)`,
    );
    console.log(`peak RSS (daily run):    ${fmt(peakRss / 1024 / 1024)} MB`);
    console.log(
      `Node CPU (${PROCESSES > 1 ? `${PROCESSES} processes` : "this process"}): ${(cpuMs / 1000).toFixed(2)} s of ${seconds.toFixed(2)} s wall; Demo Bank answers ${(bank.busyMs / 1000).toFixed(2)} s = ${pct(bank.busyMs, cpuMs)} of the CPU (${fmt(bank.requests)} requests in all)`,
    );
    // CPU per sync, this process's (the Demo Bank's answers excluded) and the Postgres server's: what a core
    // can do however busy the machine is.
    const appMs = (cpuMs - bank.busyMs) / Math.max(1, syncsDone);
    const dbMs = serverCpuMs === null ? null : serverCpuMs / Math.max(1, syncsDone);
    console.log(
      `CPU per sync:            app ${appMs.toFixed(1)} ms (Demo Bank excluded), Postgres ${dbMs === null ? "n/a (not on this machine)" : `${dbMs.toFixed(1)} ms`}` +
        (dbMs === null
          ? ""
          : `; one core each would do ${fmt(1000 / appMs)} syncs/s (app), ${fmt(1000 / dbMs)} (Postgres)`),
    );
  } finally {
    await runner.stop();
    await bank.close();
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };

/** The V8 CPU profiler on this process, for one stretch of it. */
async function startProfiler() {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop(file: string) {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      fs.writeFileSync(file, JSON.stringify(profile));
      const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples!.forEach((id, index) => {
        const frame = nodes.get(id)!.callFrame;
        const name = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + profile.timeDeltas![index]!);
      });
      const total = [...self.values()].reduce((a, b) => a + b, 0);
      console.log(`CPU profile of the daily run: ${file}; most self time:`);
      for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
