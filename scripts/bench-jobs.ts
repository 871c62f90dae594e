// npm run bench:jobs [-- --noop 10000 --two-step 1000 --only pglite|postgres]
//
// Runs through the durable embedded runner, the way the app feeds it: events written to the outbox in
// transactions (100 per transaction), relayed into runs, claimed and executed. On embedded PGlite (a scratch
// directory) and on the Postgres server (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; a
// scratch database, dropped afterwards). Prints, per case: runs/s from the first write to the last completion,
// and p50/p99 from the event's write to its run's completion (with the whole backlog written at once, so this
// includes queueing), then the same latency at light load (one event every 20 ms).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { defineFunction } from "@/inngest/define";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { spendingRecomputeRequested, statementImportRequested, type TallyEvent } from "@/inngest/events";
import { silentJobLog } from "@/inngest/log";
import { enqueueEvents } from "@/inngest/outbox";

const { values: args } = parseArgs({
  options: {
    noop: { type: "string", default: "10000" },
    "two-step": { type: "string", default: "1000" },
    only: { type: "string" },
  },
});

const noop = defineFunction(
  { id: "bench-noop", trigger: { event: "spending/recompute.requested" } },
  () => null,
);
const twoStep = defineFunction(
  { id: "bench-two-step", trigger: { event: "statement/import.requested" } },
  async ({ event, step }) => {
    const first = await step.run("first", () => ({ syncId: event.data.syncId }));
    return step.run("second", () => first.syncId.length);
  },
);

async function withDatabase<T>(driver: "pglite" | "postgres", work: (handle: DatabaseHandle) => Promise<T>) {
  if (driver === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-bench-jobs-"));
    const handle = await openDatabase({ driver: "pglite", dataDir: dir });
    try {
      await migrateDatabase(handle);
      return await work(handle);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const { default: postgres } = await import("postgres");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  const name = `tally_bench_jobs_${process.pid}`;
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString(), max: 10 });
  try {
    await migrateDatabase(handle);
    return await work(handle);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

async function latencies(handle: DatabaseHandle, functionId: string) {
  const [row] = await queryRows<{ p50: number; p99: number; n: number }>(
    handle.db,
    sql`select count(*)::int as n,
          percentile_cont(0.5) within group (order by extract(epoch from r.finished_at - o.created_at))::float8 * 1000 as p50,
          percentile_cont(0.99) within group (order by extract(epoch from r.finished_at - o.created_at))::float8 * 1000 as p99
        from job_runs r join job_outbox o on o.id = r.event_id
        where r.function_id = ${functionId} and r.status = 'completed'`,
  );
  return row!;
}

async function writeEvents(handle: DatabaseHandle, events: TallyEvent[]) {
  for (let start = 0; start < events.length; start += 100) {
    await handle.db.transaction((tx) => enqueueEvents(tx, events.slice(start, start + 100)));
  }
}

async function runCase(
  driver: "pglite" | "postgres",
  label: string,
  functionId: string,
  events: TallyEvent[],
  light: TallyEvent[],
) {
  await withDatabase(driver, async (handle) => {
    const runner = createEmbeddedRunner([noop, twoStep], {
      database: async () => handle,
      log: silentJobLog,
      pollIntervalMs: 200,
      maxConcurrentRuns: Number(process.env.BENCH_CONCURRENCY ?? 8),
    });
    runner.start();
    const started = performance.now();
    await writeEvents(handle, events);
    await runner.drain();
    const seconds = (performance.now() - started) / 1000;
    const loaded = await latencies(handle, functionId);
    // Light load: a fresh table of results to measure, one event every 20 ms.
    await handle.db.execute(sql`delete from job_runs`);
    for (const event of light) {
      await writeEvents(handle, [event]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await runner.drain();
    const idle = await latencies(handle, functionId);
    await runner.stop();
    console.log(
      `${driver.padEnd(8)} ${label.padEnd(16)} ${String(loaded.n).padStart(6)} runs  ` +
        `${(loaded.n / seconds).toFixed(0).padStart(6)} runs/s  ` +
        `backlog p50 ${loaded.p50.toFixed(0)} ms, p99 ${loaded.p99.toFixed(0)} ms  ` +
        `light load (${idle.n}) p50 ${idle.p50.toFixed(0)} ms, p99 ${idle.p99.toFixed(0)} ms`,
    );
  });
}

async function main() {
  const noopCount = Number(args.noop);
  const twoStepCount = Number(args["two-step"]);
  const drivers = (args.only ? [args.only] : ["postgres", "pglite"]) as ("pglite" | "postgres")[];
  const recompute = (i: number) =>
    spendingRecomputeRequested({ userId: `user-${i}`, months: ["2024-01"] }, { id: `bench-noop-${i}` });
  const imports = (i: number) =>
    statementImportRequested(
      { syncId: `sync-${i}`, userId: `user-${i}`, accountId: `account-${i}` },
      { id: `bench-two-step-${i}` },
    );
  console.log(
    `bench:jobs — embedded runner, events through the outbox, ${os.cpus().length} CPUs (shared; figures as measured)`,
  );
  for (const driver of drivers) {
    await runCase(
      driver,
      "no-op",
      "bench-noop",
      Array.from({ length: noopCount }, (_, i) => recompute(i)),
      Array.from({ length: 100 }, (_, i) => recompute(noopCount + i)),
    );
    await runCase(
      driver,
      "two steps",
      "bench-two-step",
      Array.from({ length: twoStepCount }, (_, i) => imports(i)),
      Array.from({ length: 100 }, (_, i) => imports(twoStepCount + i)),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
