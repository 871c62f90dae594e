// What the benchmarks share: a scratch database on the configured server (dropped afterwards), generated OFX
// statements, the raw COPY baseline their figures are divided by, the production build started as a child
// process, and how figures are printed. Kept here once so each benchmark reads as its own measurement.

import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { env } from "@/env";
import { formatDecimal } from "@/lib/money";
import { parseOfxStatement } from "@/server/ofx/parse";
import { aggregate, leaf, sgmlDocument } from "@/server/ofx/sgml-writer";

export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
export const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** A database of its own on the Postgres server in DATABASE_URL, dropped (with its connections) by `drop`. */
export async function scratchPostgresDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!env.DATABASE_URL) throw new Error("scratchPostgresDatabase needs DATABASE_URL");
  const { default: postgres } = await import("postgres");
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The configured database for a benchmark: a scratch Postgres database, else embedded PGlite in memory. */
export async function openScratchDatabase(
  options: { prefix?: string; max?: number } = {},
): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; label: string; url: string | null }> {
  if (!env.DATABASE_URL) {
    const handle = await openDatabase({ driver: "pglite" });
    return { handle, drop: () => handle.close(), label: "embedded PGlite (in memory)", url: null };
  }
  const scratch = await scratchPostgresDatabase(options.prefix ?? "tally_bench");
  const handle = await openDatabase({ driver: "postgres", url: scratch.url, max: options.max ?? 6 });
  return {
    handle,
    url: scratch.url,
    label: `Postgres server ${new URL(scratch.url).host}`,
    drop: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * CPU time the Postgres server spent for this database's connections, read from /proc (Linux, the server on
 * this machine): on a shared machine, wall-clock rates mostly measure the other work running, while CPU per
 * unit of work holds. `stop()` returns milliseconds, or null where /proc cannot tell (another host, no /proc).
 * Counts the backends open at stop; the benchmarks keep their pools open throughout.
 */
export async function postgresCpu(handle: DatabaseHandle): Promise<{ stop: () => Promise<number | null> }> {
  const backends = async () => {
    if (handle.driver !== "postgres") return null;
    const rows = (await handle.db.execute(
      sql`select pid from pg_stat_activity where datname = current_database()`,
    )) as unknown as Array<{ pid: number }>;
    const ticks = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        // Fields 14 and 15 (utime, stime) after the parenthesized command name, in clock ticks (1/100 s).
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        return null;
      }
    }
    return ticks;
  };
  const start = await backends();
  return {
    async stop() {
      const end = await backends();
      if (!start || !end) return null;
      let ticks = 0;
      for (const [pid, value] of end) ticks += value - (start.get(pid) ?? 0);
      return ticks * 10;
    },
  };
}

// Bank-style seller text: well-known chains the dictionary knows, and local businesses it does not.
const SELLERS = [
  "SQ *BLUE BOTTLE COFFEE",
  "AMZN Mktp US*2K4TY7",
  "SHELL OIL 57444",
  "TRADER JOE S #123",
  "WHOLEFDS MKT 10234",
  "SAFEWAY #1234",
  "NETFLIX.COM",
  "SPOTIFY USA",
  "STARBUCKS STORE 05432",
  "CHIPOTLE 1234",
  "UBER *TRIP",
  "LYFT *RIDE",
  "TARGET 00012345",
  "COSTCO WHSE #0123",
  "CVS/PHARMACY #04567",
  "CHEVRON 0093345",
  "COMCAST CABLE COMM",
  "PG&E WEB ONLINE",
  "TST* LUIGIS TRATTORIA",
  "KOVARIN BAKERY #12",
  "MAPLE STREET HARDWARE",
  "ACME CORP PAYROLL",
  "PAYMENT THANK YOU",
];

/**
 * A card statement (OFX 1.02) holding rows from..to of an account's `perAccount` rows, spread in date order over
 * six months: deterministic, distinct FITIDs per account, a mix of sellers the dictionary knows and does not.
 */
export function benchStatement(account: number, perAccount: number, from = 0, to = perAccount): string {
  const rows: string[] = [];
  const start = Date.UTC(2026, 4, 1);
  for (let i = from; i < to; i++) {
    const seller = SELLERS[(account * 7 + i * 13) % SELLERS.length]!;
    const day = new Date(start + Math.floor((i * 86_400_000 * 183) / perAccount));
    const cents = ((account * 131 + i * 977) % 15_000) + 150;
    rows.push(
      aggregate("STMTTRN", [
        leaf("TRNTYPE", "DEBIT"),
        leaf("DTPOSTED", day.toISOString().slice(0, 10).replaceAll("-", "")),
        leaf("TRNAMT", formatDecimal(seller.includes("PAYROLL") ? cents * 20 : -cents)),
        leaf("FITID", `B${account}-${i}`),
        leaf("NAME", `${seller} ${i % 5 === 0 ? "" : (i % 97).toString()}`.trim()),
      ]),
    );
  }
  const body = aggregate("OFX", [
    aggregate("SIGNONMSGSRSV1", [
      aggregate("SONRS", [
        aggregate("STATUS", [leaf("CODE", 0), leaf("SEVERITY", "INFO")]),
        leaf("DTSERVER", "20261122"),
      ]),
    ]),
    aggregate("CREDITCARDMSGSRSV1", [
      aggregate("CCSTMTTRNRS", [
        leaf("TRNUID", account),
        aggregate("STATUS", [leaf("CODE", 0), leaf("SEVERITY", "INFO")]),
        aggregate("CCSTMTRS", [
          leaf("CURDEF", "USD"),
          aggregate("CCACCTFROM", [leaf("ACCTID", `4000${account}`)]),
          aggregate("BANKTRANLIST", [leaf("DTSTART", "20260501"), leaf("DTEND", "20261101"), ...rows]),
        ]),
      ]),
    ]),
  ]);
  return sgmlDocument(body, { version: 102 });
}

export type CopySource = { userId: string; accountId: string; statement: string };

/**
 * The statements' rows by raw COPY: into a bare table (no index, no constraint: the machine's physical limit),
 * or into a table with the transactions table's indexes (what storing them costs before any of Tally's work).
 * Nothing else of the run's time is counted: the text is built before the clock starts.
 */
export async function timeCopy(handle: DatabaseHandle, sources: CopySource[], table: "bare" | "indexed") {
  await handle.db.execute(sql`drop table if exists bench_copy`);
  await handle.db.execute(
    table === "bare"
      ? sql`create table bench_copy (user_id uuid, account_id uuid, external_id text, posted_on date,
          amount numeric(14,2), currency text, description text, seller_key text, merchant text)`
      : sql`create table bench_copy (like transactions including defaults including indexes)`,
  );
  const columns =
    "(user_id, account_id, external_id, posted_on, amount, currency, description, seller_key, merchant)";
  const lines: string[] = [];
  for (const source of sources) {
    for (const [i, t] of parseOfxStatement(source.statement).accounts[0]!.transactions.entries()) {
      lines.push(
        [
          source.userId,
          source.accountId,
          `fitid:${t.externalId ?? i}`,
          t.postedOn,
          formatDecimal(t.amount),
          "USD",
          t.description,
          t.description.toLowerCase(),
          t.description,
        ]
          .map((value) => value.replace(/[\t\n\\]/g, " "))
          .join("\t"),
      );
    }
  }
  const tsv = `${lines.join("\n")}\n`;
  const started = performance.now();
  if (handle.raw.kind === "postgres") {
    const stream = await handle.raw.sql.unsafe(`copy bench_copy ${columns} from stdin`).writable();
    await new Promise<void>((resolve, reject) => {
      stream.on("error", reject);
      stream.on("finish", resolve);
      // Chunked so a 200k-row COPY does not wait on one huge write.
      const chunk = 1 << 20;
      for (let offset = 0; offset < tsv.length; offset += chunk)
        stream.write(tsv.slice(offset, offset + chunk));
      stream.end();
    });
  } else {
    await handle.raw.pg.query(`copy bench_copy ${columns} from '/dev/blob'`, [], {
      blob: new Blob([tsv]),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await handle.db.execute(sql`drop table bench_copy`);
  return { rows: lines.length, seconds, rate: lines.length / seconds };
}

/**
 * CPU time (ms) of every process in a process group, read from /proc (Linux): the app started by
 * startNextServer is a group of its own. Null where /proc cannot tell. Wall-clock rates on a shared machine
 * mostly measure the other work running; CPU per row holds.
 */
export function processGroupCpuMs(groupId: number): number | null {
  let ticks = 0;
  try {
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited meanwhile
      }
      // After the parenthesized command name: state, ppid, pgrp, … utime (14th field), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return ticks * 10;
}

export type NextServer = { process: ChildProcess; url: string; stop: () => void };

/**
 * The production build (`npm run build` first) started with `next start` on 127.0.0.1:port, in a process group
 * of its own (its id is the child's pid) so it can be stopped whole; resolves once /api/health answers 200.
 */
export async function startNextServer(
  port: number,
  extraEnv: Record<string, string>,
  options: { cpuProfileDir?: string } = {},
): Promise<NextServer> {
  // Another app on the port (another benchmark's) would answer the health check and take the load instead.
  const busy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`Something already listens on port ${port}: pass --port with a free one.`);
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  // --cpu-prof is refused in NODE_OPTIONS: a profiled server is started by node itself (written when it stops).
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const server = spawn(process.execPath, [...profile, next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      APP_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (!server.pid) return;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { process: server, url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error("The app did not become healthy within 2 minutes. Did `npm run build` run?");
}

/** Resolves when the process has exited (after stop(): PGlite must be closed before another process opens it). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
