// npm run bench:ingest [-- --n 200000 --users 1000 --writers 4]
// npm run bench:ingest -- --history [--n 1000000 --users 1000]   (per-row cost as history grows, below)
//
// Pushes N generated transactions (OFX statements, one per user) through the real pipeline — parse, normalize,
// categorize, insert with the monthly aggregate — against the configured database (DATABASE_URL, else embedded
// PGlite), in a scratch database that is dropped afterwards. Then the same input again (all duplicates), and a
// raw COPY of the same rows into a bare table: the physical limit on this machine. Prints rows/s, the pipeline
// as a fraction of COPY, the share of time per stage, and peak RSS.
//
// With --history, each account's rows arrive instead as ten statements in date order (ten rounds over all
// accounts, as ten syncs would bring them), and it prints each round's rows/s: the last round writes into
// accounts holding nine tenths of their history, the first into empty ones, so their ratio says whether the
// per-row cost stays flat as history grows.

import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { pgArray } from "@/db/sql-arrays";
import { env } from "@/env";
import { formatDecimal } from "@/lib/money";
import { parseOfxStatement } from "@/server/ofx/parse";
import { aggregate, leaf, sgmlDocument } from "@/server/ofx/sgml-writer";
import { importTransactions } from "@/server/sync/import-transactions";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "200000" },
    users: { type: "string", default: "1000" },
    writers: { type: "string", default: "4" },
    history: { type: "boolean", default: false },
  },
});
const TOTAL = Number(args.n);
const USERS = Number(args.users);
const WRITERS = Number(args.writers);
const PER_USER = Math.ceil(TOTAL / USERS);

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

/** The user's rows from..to (of PER_USER, in date order) as one OFX statement. */
function statementFor(userIndex: number, from = 0, to = PER_USER): string {
  const rows: string[] = [];
  const start = Date.UTC(2026, 4, 1);
  for (let i = from; i < to; i++) {
    const seller = SELLERS[(userIndex * 7 + i * 13) % SELLERS.length]!;
    const day = new Date((start + (i * 86_400_000 * 183) / PER_USER) | 0);
    const cents = ((userIndex * 131 + i * 977) % 15_000) + 150;
    rows.push(
      aggregate("STMTTRN", [
        leaf("TRNTYPE", "DEBIT"),
        leaf("DTPOSTED", day.toISOString().slice(0, 10).replaceAll("-", "")),
        leaf("TRNAMT", formatDecimal(seller.includes("PAYROLL") ? cents * 20 : -cents)),
        leaf("FITID", `B${userIndex}-${i}`),
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
        leaf("TRNUID", userIndex),
        aggregate("STATUS", [leaf("CODE", 0), leaf("SEVERITY", "INFO")]),
        aggregate("CCSTMTRS", [
          leaf("CURDEF", "USD"),
          aggregate("CCACCTFROM", [leaf("ACCTID", `4000${userIndex}`)]),
          aggregate("BANKTRANLIST", [leaf("DTSTART", "20260501"), leaf("DTEND", "20261101"), ...rows]),
        ]),
      ]),
    ]),
  ]);
  return sgmlDocument(body, { version: 102 });
}

async function openScratchDatabase(): Promise<{
  handle: DatabaseHandle;
  drop: () => Promise<void>;
  label: string;
}> {
  if (!env.DATABASE_URL) {
    const handle = await openDatabase({ driver: "pglite" });
    return { handle, drop: () => handle.close(), label: "embedded PGlite (in memory)" };
  }
  const { default: postgres } = await import("postgres");
  const name = `tally_bench_${Date.now().toString(36)}`;
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ driver: "postgres", url: url.toString(), max: WRITERS + 2 });
  return {
    handle,
    label: `Postgres server ${url.host}`,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

type Owner = { userId: string; accountId: string; statement: string };

async function createOwners(handle: DatabaseHandle): Promise<Owner[]> {
  const owners = Array.from({ length: USERS }, (_, index) => ({
    userId: randomUUID(),
    accountId: randomUUID(),
    // --history builds its statements round by round.
    statement: args.history ? "" : statementFor(index),
  }));
  for (let start = 0; start < owners.length; start += 1000) {
    const slice = owners.slice(start, start + 1000);
    await handle.db.execute(sql`insert into users (id, email)
      select * from unnest(${pgArray(slice.map((o) => o.userId))}::uuid[], ${pgArray(slice.map((o) => `${o.userId}@bench.invalid`))}::text[])`);
    await handle.db.execute(sql`insert into accounts (id, user_id, name, type)
      select id, user_id, 'Bench card', 'credit_card' from unnest(${pgArray(slice.map((o) => o.accountId))}::uuid[], ${pgArray(slice.map((o) => o.userId))}::uuid[]) as t(id, user_id)`);
  }
  return owners;
}

type Stages = Record<"parse" | "normalize" | "categorize" | "insert", number>;

async function runPipeline(
  handle: DatabaseHandle,
  owners: Owner[],
  statementOf: (owner: Owner) => string = (owner) => owner.statement,
) {
  const stages: Stages = { parse: 0, normalize: 0, categorize: 0, insert: 0 };
  let next = 0;
  let rows = 0;
  let inserted = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const worker = async () => {
    for (let index = next++; index < owners.length; index = next++) {
      const owner = owners[index]!;
      const parseStart = performance.now();
      const parsed = parseOfxStatement(statementOf(owner)).accounts[0]!.transactions;
      stages.parse += performance.now() - parseStart;
      rows += parsed.length;
      // Read after the await: `inserted += await …` would add to a stale value across concurrent workers.
      const added = await importTransactions(
        handle.db,
        { userId: owner.userId, accountId: owner.accountId, currency: "USD", syncId: null },
        parsed,
        { onStage: (stage, ms) => (stages[stage] += ms) },
      );
      inserted += (added?.imported ?? 0) + (added?.pending ?? 0);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { rows, inserted, seconds, rate: rows / seconds, stages, cpuSeconds };
}

/**
 * The same rows by COPY: into a bare table (no index, no constraint: the machine's physical limit), and into a
 * table with the transactions table's indexes (what storing them costs before any of Tally's own work).
 */
async function timeCopy(handle: DatabaseHandle, owners: Owner[], table: "bare" | "indexed") {
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
  for (const owner of owners) {
    for (const [i, t] of parseOfxStatement(owner.statement).accounts[0]!.transactions.entries()) {
      lines.push(
        [
          owner.userId,
          owner.accountId,
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
  return { rows: lines.length, seconds, rate: lines.length / seconds };
}

async function aggregatesAgree(handle: DatabaseHandle): Promise<boolean> {
  const [check] = await queryRows<{ diff: number }>(
    handle.db,
    sql`select count(*)::int as diff from (
      select user_id, date_trunc('month', posted_on)::date as month, count(*) as n from transactions group by 1, 2
      except
      select user_id, month, sum(count) from monthly_spending group by 1, 2) as mismatched`,
  );
  return Number(check?.diff ?? 1) === 0;
}

const ROUNDS = 10;

/** --history: ten statements per account in date order, one round over all accounts each; rows/s per round. */
async function historyRounds(handle: DatabaseHandle, owners: Owner[]) {
  const bounds = (round: number) => [
    Math.floor((round * PER_USER) / ROUNDS),
    Math.floor(((round + 1) * PER_USER) / ROUNDS),
  ];
  const rates: number[] = [];
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const [from, to] = bounds(round) as [number, number];
    // Generated before the clock starts, like the statements of an ordinary run.
    const statements = new Map(owners.map((owner, index) => [owner, statementFor(index, from, to)]));
    const run = await runPipeline(handle, owners, (owner) => statements.get(owner)!);
    rates.push(run.rate);
    total += run.inserted;
    console.log(
      `round ${String(round + 1).padStart(2)}: each account's rows ${from + 1}–${to}, ${fmt(run.rate)} rows/s (${run.seconds.toFixed(2)} s, Node CPU ${run.cpuSeconds.toFixed(2)} s)`,
    );
  }
  const first = rates[0]!;
  const last = rates[ROUNDS - 1]!;
  console.log(`inserted:                ${fmt(total)}`);
  console.log(
    `first 10% vs last 10%:   ${fmt(first)} vs ${fmt(last)} rows/s; per-row cost of the last round ${(first / last).toFixed(2)}× the first's`,
  );
  console.log(`aggregate matches rows:  ${(await aggregatesAgree(handle)) ? "yes" : "NO"}`);
  console.log(`peak RSS:                ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

async function main() {
  const { handle, drop, label } = await openScratchDatabase();
  try {
    await migrateDatabase(handle);
    console.log(
      `bench:ingest${args.history ? " --history" : ""} — ${fmt(USERS * PER_USER)} transactions, ${fmt(USERS)} users, ${WRITERS} writers, ${label}`,
    );
    const owners = await createOwners(handle);
    // The seller dictionary is indexed once per process, on first use: not part of any run's time.
    parseOfxStatement(statementFor(0, 0, 1));
    const { defaultSellerDictionary } = await import("@/server/categorize/default-dictionary");
    defaultSellerDictionary();
    if (args.history) {
      await historyRounds(handle, owners);
      return;
    }

    const first = await runPipeline(handle, owners);
    const again = await runPipeline(handle, owners);
    const copy = await timeCopy(handle, owners, "bare");
    const indexedCopy = await timeCopy(handle, owners, "indexed");
    const stageTotal = Object.values(first.stages).reduce((a, b) => a + b, 0);

    console.log(
      `pipeline (new rows):     ${fmt(first.rate)} rows/s  (${first.seconds.toFixed(2)} s, ${fmt(first.inserted)} inserted)`,
    );
    console.log(
      `pipeline (all repeated): ${fmt(again.rate)} rows/s  (${again.seconds.toFixed(2)} s, ${fmt(again.inserted)} inserted)`,
    );
    console.log(`raw COPY, bare table:    ${fmt(copy.rate)} rows/s  (${copy.seconds.toFixed(2)} s)`);
    console.log(
      `raw COPY, same indexes:  ${fmt(indexedCopy.rate)} rows/s  (${indexedCopy.seconds.toFixed(2)} s)`,
    );
    console.log(
      `pipeline / bare COPY:    ${(first.rate / copy.rate).toFixed(2)} (new), ${(again.rate / copy.rate).toFixed(2)} (repeated)`,
    );
    console.log(
      `pipeline / indexed COPY: ${(first.rate / indexedCopy.rate).toFixed(2)} (new), ${(again.rate / indexedCopy.rate).toFixed(2)} (repeated)`,
    );
    console.log(
      `Node CPU (this process):  ${first.cpuSeconds.toFixed(2)} s (new), ${again.cpuSeconds.toFixed(2)} s (repeated)`,
    );
    console.log(
      `time per stage (new):    ${Object.entries(first.stages)
        .map(([stage, ms]) => `${stage} ${pct(ms, stageTotal)}`)
        .join(", ")}  (summed over writers)`,
    );
    console.log(`aggregate matches rows:  ${(await aggregatesAgree(handle)) ? "yes" : "NO"}`);
    console.log(`peak RSS:                ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
