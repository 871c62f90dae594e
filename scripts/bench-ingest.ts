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
import { type DatabaseHandle, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { pgArray } from "@/db/sql-arrays";
import { parseOfxStatement } from "@/server/ofx/parse";
import { importTransactions } from "@/server/sync/import-transactions";
import { benchStatement, fmt, openScratchDatabase, pct, timeCopy } from "./lib/bench";

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

/** The user's rows from..to (of PER_USER, in date order) as one OFX statement. */
const statementFor = (userIndex: number, from = 0, to = PER_USER) =>
  benchStatement(userIndex, PER_USER, from, to);

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

async function main() {
  const { handle, drop, label } = await openScratchDatabase({ max: WRITERS + 2 });
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
