// A sync (a bank connection's, or an uploaded file's import) that fails once at any step boundary ends
// exactly as one that did not: the sync succeeded, every transaction stored once and counted once, the
// aggregate equal to the rows, one notice.
// "before": the attempt fails as the step starts (nothing done); "ran": the step's work is done and
// committed, and the attempt fails before its result is kept (a dropped connection, the process stopping),
// so the retry runs the step's code again over its own effects.

import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { notifications, type Sync, syncs, users } from "@/db/schema";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { connectionSyncRequested } from "@/inngest/events";
import { embeddedFunctions } from "@/inngest/index";
import { createManualAccount } from "@/server/accounts/accounts";
import { refreshConnection } from "@/server/sync/refresh";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";
import { startDemoBank } from "../support/demo-bank";
import { recordingLog } from "../support/jobs";
import { expectAggregateMatchesTransactions } from "../support/ledger";
import { uploadStatement } from "../support/statement-upload";

let handle: DatabaseHandle;

const PHASES = { before: "as it starts", ran: "after its work, before its result is kept" } as const;
type Phase = keyof typeof PHASES;
const phases = Object.keys(PHASES) as Phase[];

const connectionCases = ["manual", "daily"].flatMap((reason) =>
  ["begin", "fetch", "import"].flatMap((step) =>
    phases.map((phase) => [reason, step, PHASES[phase], phase] as const),
  ),
);

/** A runner whose first attempt at `functionId`'s `step` fails at `phase`; `failures()` tells how often. */
function failingOnce(functionId: string, step: string, phase: Phase) {
  let failed = 0;
  const runner = createEmbeddedRunner(embeddedFunctions, {
    database: async () => handle,
    baseDelayMs: 5,
    log: recordingLog(),
    onStep: (at) => {
      if (at.functionId === functionId && at.stepId === step && at.phase === phase && failed === 0) {
        failed++;
        throw new Error("Connection terminated unexpectedly");
      }
    },
  });
  return { runner, failures: () => failed };
}

/** What a sync that ran once would leave: one succeeded sync that counted every row once, one notice. */
async function expectSyncedOnce(userId: string, sync: Sync[], minimumRows: number) {
  const db = handle.db;
  expect(sync.map((row) => row.status)).toEqual(["succeeded"]);
  const [counts] = await queryRows<{ rows: number; distinct: number }>(
    db,
    sql`select count(*)::int as rows, count(distinct (account_id, external_id))::int as distinct
        from transactions where user_id = ${userId}::uuid`,
  );
  expect(counts!.rows).toBeGreaterThanOrEqual(minimumRows);
  expect(counts!.distinct).toBe(counts!.rows);
  expect(sync[0]!.imported).toBe(counts!.rows);
  await expectAggregateMatchesTransactions(db, userId);
  const notices = await db.select().from(notifications).where(eq(notifications.userId, userId));
  expect(notices.map((notice) => notice.kind)).toEqual(["sync_completed"]);
}

describe("a connection sync failing once at a step boundary", () => {
  beforeAll(async () => {
    handle = await useTestDatabase();
    await startDemoBank(new Date());
  });

  it.each(connectionCases)("a %s sync whose %s step fails %s", async (reason, step, _words, phase) => {
    const db = handle.db;
    const { user } = await createTestUser(db, { label: `${reason}-${step}-${phase}`, activeDaysAgo: 1 });
    await db.update(users).set({ notifySyncCompleted: true }).where(eq(users.id, user.id));
    const connection = await createDemoConnection(db, user.id);
    const { runner, failures } = failingOnce("sync-connection", step, phase);
    if (reason === "manual") await refreshConnection(db, user.id, connection.id);
    else
      await runner.dispatch(
        connectionSyncRequested(
          { connectionId: connection.id, userId: user.id, institutionId: "demo", reason: "daily" },
          { id: `sync:${connection.id}:${step}-${phase}` },
        ),
      );
    await runner.drain();

    expect(failures()).toBe(1);
    const made = await db.select().from(syncs).where(eq(syncs.connectionId, connection.id));
    await expectSyncedOnce(user.id, made, 250);
    const runs = await queryRows<{ status: string }>(
      db,
      sql`select status from job_runs where function_id = 'sync-connection'
          and event->'data'->>'connectionId' = ${connection.id}`,
    );
    expect(runs).toEqual([{ status: "completed" }]);
  });

  it.each(phases.map((phase) => [PHASES[phase], phase] as const))(
    "an uploaded file whose import step fails %s",
    async (_words, phase) => {
      const db = handle.db;
      const { user, token } = await createTestUser(db, { label: `upload-${phase}` });
      await db.update(users).set({ notifySyncCompleted: true }).where(eq(users.id, user.id));
      const account = await createManualAccount(db, user.id, {
        name: "Everyday",
        type: "checking",
        currency: "USD",
      });
      const lines = ["Date,Description,Amount"];
      for (let day = 1; day <= 28; day++)
        lines.push(`2026-10-${String(day).padStart(2, "0")},Corner Grocery ${day},-${day}.${day % 10}5`);
      const { runner, failures } = failingOnce("import-statement", "import", phase);
      const response = await uploadStatement(token, account.id, {
        name: "october.csv",
        bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
      });
      expect(response.status).toBe(202);
      await runner.drain();

      expect(failures()).toBe(1);
      const made = await db.select().from(syncs).where(eq(syncs.accountId, account.id));
      await expectSyncedOnce(user.id, made, 28);
    },
  );
});
