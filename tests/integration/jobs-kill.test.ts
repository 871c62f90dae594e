// kill -9 of the process running the jobs, between two steps of a sync, right after a recategorize and in the
// middle of a recompute: after a restart each run finishes and its effects happen once (row counts, the bank
// asked once per account, the aggregate equal to the sum of the transactions, one run per outbox event).
// The job process is a child (tests/support/job-worker.ts) on a file-backed PGlite directory, or on this
// file's Postgres test database when DATABASE_URL is set.

import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, type DatabaseHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { accounts, defaultCategories, syncs } from "@/db/schema";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { secret } from "@/env";
import { spendingRecomputeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { importTransactions } from "@/server/sync/import-transactions";
import { refreshConnection } from "@/server/sync/refresh";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { testDatabaseUrl, useTestDatabase } from "../support/db";
import { startDemoBank, type TestDemoBank } from "../support/demo-bank";

let postgres: DatabaseHandle | undefined;
let dataDir: string;
let bank: TestDemoBank;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  const handle = await useTestDatabase();
  if (testDatabaseUrl()) postgres = handle;
  dataDir = path.resolve(".test-data", `kill-${process.pid}-${Date.now().toString(36)}`);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!postgres) await withDb(async () => {}); // create and migrate the PGlite directory once
  bank = await startDemoBank();
});

afterAll(() => {
  for (const worker of workers) worker.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The job process's database, opened here only while no worker holds it (PGlite serves one process). */
async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  if (postgres) return work(postgres.db);
  const handle = await openDatabase({ driver: "pglite", dataDir: path.join(dataDir, "pglite") });
  try {
    await migrateDatabase(handle);
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

type Worker = { lines: string[]; waitFor(pattern: RegExp): Promise<string>; exit: Promise<number | null> };

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/job-worker.ts"],
    {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: testDatabaseUrl() ?? "",
        CREDENTIALS_KEY: secret("CREDENTIALS_KEY"),
        DEMO_BANK_URL: bank.url,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  workers.push(child);
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) waiter.resolve(line);
    }
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    lines,
    exit,
    waitFor: (pattern) => {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exit.then((code) => reject(new Error(`worker exited (${code}) before ${pattern}:\n${errors}`)));
      });
    },
  };
}

async function killHard(worker: Worker, child = workers.at(-1)!) {
  child.kill("SIGKILL");
  expect(await worker.exit).toBeNull(); // killed by a signal, no exit code
}

async function runToEnd(env: Record<string, string> = {}) {
  const worker = startWorker({ WORKER_MODE: "run", ...env });
  await worker.waitFor(/^DRAINED$/);
  expect(await worker.exit).toBe(0);
}

const cents = (amount: string) => {
  const negative = amount.startsWith("-");
  const [whole, fraction = "0"] = amount.replace("-", "").split(".");
  return (negative ? -1 : 1) * (Number(whole) * 100 + Number(fraction.padEnd(2, "0")));
};

/** The stored aggregate, and the same figures summed here from the transactions, as outflow/inflow cents. */
async function aggregateCheck(db: Database, userId: string) {
  const stored = await queryRows<{ key: string; outflow: string; inflow: string; count: number }>(
    db,
    sql`select to_char(month, 'YYYY-MM') || '|' || category_id as key, outflow::text, inflow::text, count
        from monthly_spending where user_id = ${userId}::uuid and count > 0 order by 1`,
  );
  const rows = await queryRows<{ key: string; amount: string }>(
    db,
    sql`select to_char(posted_on, 'YYYY-MM') || '|' || coalesce(category_id, ${UNCATEGORIZED_CATEGORY_ID}::uuid) as key,
          amount::text from transactions where user_id = ${userId}::uuid`,
  );
  const sums = new Map<string, { outflow: number; inflow: number; count: number }>();
  for (const row of rows) {
    const sum = sums.get(row.key) ?? { outflow: 0, inflow: 0, count: 0 };
    const value = cents(row.amount);
    if (value < 0) sum.outflow -= value;
    else sum.inflow += value;
    sum.count++;
    sums.set(row.key, sum);
  }
  return {
    stored: stored.map((row) => ({
      key: row.key,
      outflow: cents(row.outflow),
      inflow: cents(row.inflow),
      count: row.count,
    })),
    expected: [...sums.keys()].sort().map((key) => ({ key, ...sums.get(key)! })),
  };
}

describe("kill -9 of the job process", () => {
  it("between two steps of a sync: the restart continues from the last step, nothing twice", async () => {
    const setup = await withDb(async (db) => {
      const { user } = await createTestUser(db, { label: "kill-sync" });
      const connection = await createDemoConnection(db, user.id);
      const sync = await refreshConnection(db, user.id, connection.id);
      return { userId: user.id, connectionId: connection.id, syncId: sync.id };
    });
    const requestsBefore = bank.requests;

    const first = startWorker({ WORKER_MODE: "run", WORKER_PAUSE_AT: "sync-connection:fetch:stored" });
    await first.waitFor(/^PAUSED sync-connection fetch /);
    await killHard(first);
    const between = await withDb(async (db) => ({
      sync: (await db.select().from(syncs).where(eq(syncs.id, setup.syncId)))[0],
      steps: await queryRows<{ step_id: string }>(
        db,
        sql`select s.step_id from job_steps s join job_runs r on r.id = s.run_id
            where r.function_id = 'sync-connection' and r.event_id = ${`sync:${setup.syncId}`} order by s.created_at`,
      ),
    }));
    expect(between.sync?.status).toBe("running");
    expect(between.steps.map((step) => step.step_id)).toEqual(["begin", "fetch"]);
    expect(bank.requests - requestsBefore).toBe(1);

    await runToEnd();
    // Both accounts came in the one request, asked of the bank once across both processes: the stored fetch
    // was not redone.
    expect(bank.requests - requestsBefore).toBe(1);
    await withDb(async (db) => {
      const [sync] = await db.select().from(syncs).where(eq(syncs.id, setup.syncId));
      expect(sync?.status).toBe("succeeded");
      const [{ rows, distinct } = { rows: 0, distinct: 0 }] = await queryRows<{
        rows: number;
        distinct: number;
      }>(
        db,
        sql`select count(*)::int as rows, count(distinct (account_id, external_id))::int as distinct
            from transactions where user_id = ${setup.userId}::uuid`,
      );
      expect(rows).toBeGreaterThan(250);
      expect(distinct).toBe(rows);
      expect(sync?.imported).toBe(rows);
      const aggregate = await aggregateCheck(db, setup.userId);
      expect(aggregate.stored).toEqual(aggregate.expected);
      const runs = await queryRows<{ status: string; attempt: number }>(
        db,
        sql`select status, attempt from job_runs where function_id = 'sync-connection'
            and event_id = ${`sync:${setup.syncId}`}`,
      );
      expect(runs).toEqual([{ status: "completed", attempt: 2 }]);
      const outbox = await queryRows<{ sent: boolean }>(
        db,
        sql`select sent_at is not null as sent from job_outbox where id = ${`sync:${setup.syncId}`}`,
      );
      expect(outbox).toEqual([{ sent: true }]);
    });
  }, 240_000);

  it("after a recategorize, and in the middle of a repairing recompute: the aggregate ends equal to the rows", async () => {
    const setup = await withDb(async (db) => {
      const { user } = await createTestUser(db, { label: "kill-recategorize" });
      const connection = await createDemoConnection(db, user.id);
      const [account] = await db.select().from(accounts).where(eq(accounts.connectionId, connection.id));
      const rows = [
        { externalId: "k1", postedOn: "2024-03-04", amount: -1250, description: "KOVARIN BAKERY #12" },
        { externalId: "k2", postedOn: "2024-03-20", amount: -830, description: "KOVARIN BAKERY #12" },
        { externalId: "k3", postedOn: "2024-04-09", amount: -2199, description: "KOVARIN BAKERY #12" },
        { externalId: "k4", postedOn: "2024-04-10", amount: 250000, description: "ACME CORP PAYROLL" },
      ];
      await importTransactions(
        db,
        { userId: user.id, accountId: account!.id, currency: "USD", syncId: null },
        rows,
      );
      const [first] = await queryRows<{ id: string }>(
        db,
        sql`select id from transactions where user_id = ${user.id}::uuid order by posted_on limit 1`,
      );
      const [category] = await db
        .select({ id: defaultCategories.id })
        .from(defaultCategories)
        .where(eq(defaultCategories.slug, "food-dining.groceries"));
      return { userId: user.id, transactionId: first!.id, categoryId: category!.id };
    });

    // The request's process dies right after the recategorize committed: the aggregate moved with the rows, in
    // the same transaction, and the budget evaluation it asks for waits in the outbox.
    const writer = startWorker({ WORKER_MODE: "recategorize", WORKER_ARGS: JSON.stringify(setup) });
    await writer.waitFor(/^WROTE$/);
    await killHard(writer);
    await withDb(async (db) => {
      const moved = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from transactions where user_id = ${setup.userId}::uuid
            and category_id = ${setup.categoryId}::uuid`,
      );
      expect(moved[0]?.n).toBe(3);
      const aggregate = await aggregateCheck(db, setup.userId);
      expect(aggregate.stored).toEqual(aggregate.expected);
      const pending = await queryRows<{ name: string }>(
        db,
        sql`select name from job_outbox where sent_at is null`,
      );
      expect(pending).toEqual([{ name: "budget/evaluate.requested" }]);
      // The operator's repair of a damaged month (the recompute function), asked for as the app asks: in the
      // outbox, with a deterministic id.
      await db.execute(sql`update monthly_spending set outflow = outflow + 1
        where user_id = ${setup.userId}::uuid and category_id = ${setup.categoryId}::uuid
          and month = '2024-03-01'`);
      await enqueueEvents(
        db,
        spendingRecomputeRequested(
          { userId: setup.userId, months: ["2024-03", "2024-04"] },
          { id: `repair:${setup.userId}` },
        ),
      );
    });

    // The job process dies after the recompute's transaction committed but before its step was recorded.
    const second = startWorker({ WORKER_MODE: "run", WORKER_PAUSE_AT: "recompute-spending:recompute:ran" });
    await second.waitFor(/^PAUSED recompute-spending recompute ran$/);
    await killHard(second);

    await runToEnd();
    await withDb(async (db) => {
      const aggregate = await aggregateCheck(db, setup.userId);
      expect(aggregate.stored).toEqual(aggregate.expected);
      // Groceries in March: 12.50 + 8.30, summed here; April: 21.99.
      const groceries = aggregate.stored.filter((row) => row.key.endsWith(setup.categoryId));
      expect(groceries.map((row) => [row.key.slice(0, 7), row.outflow, row.count])).toEqual([
        ["2024-03", 1250 + 830, 2],
        ["2024-04", 2199, 1],
      ]);
      const runs = await queryRows<{ status: string; attempt: number; event_id: string }>(
        db,
        sql`select status, attempt, event_id from job_runs where function_id = 'recompute-spending'
            and event->'data'->>'userId' = ${setup.userId}`,
      );
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: "completed", attempt: 2 });
      const outbox = await queryRows<{ id: string; sent: boolean }>(
        db,
        sql`select id, sent_at is not null as sent from job_outbox where name = 'spending/recompute.requested'
            and data->>'userId' = ${setup.userId}`,
      );
      expect(outbox).toEqual([{ id: runs[0]!.event_id, sent: true }]);
    });
  }, 240_000);
});
