// The durable embedded runner's steps, retries and failure handling, with small example functions, against the
// test database (PGlite, or Postgres with DATABASE_URL).

import { sql } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { defineFunction, type TallyFailureContext, type TriggerEvent } from "@/inngest/define";
import { useTestDatabase } from "../support/db";
import { recordingLog, syncEvent, testRunner } from "../support/jobs";

type SyncFailure = TallyFailureContext<TriggerEvent<"connection/sync.requested">>;

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await useTestDatabase();
});

describe("embedded runner: steps and retries", () => {
  it("runs a completed step once while a later step fails twice, then succeeds on attempt 2", async () => {
    const calls = { load: 0, save: 0 };
    const seen: { attempt: number; loadedAt: unknown }[] = [];
    const fn = defineFunction(
      { id: "memo-example", trigger: { event: "connection/sync.requested" }, retries: 3 },
      async ({ step, attempt }) => {
        const loaded = await step.run("load", () => {
          calls.load++;
          return { at: new Date(Date.UTC(2024, 0, 2)) };
        });
        seen.push({ attempt, loadedAt: loaded.at });
        await step.run("save", () => {
          calls.save++;
          if (calls.save <= 2) throw new Error("flaky bank");
        });
        return { saved: calls.save };
      },
    );
    const log = recordingLog();
    const runner = testRunner(handle, [fn], { log });
    await runner.dispatch(syncEvent());
    await runner.drain();

    expect(calls).toEqual({ load: 1, save: 3 });
    expect(seen.map((s) => s.attempt)).toEqual([0, 1, 2]);
    // Stored as JSON, as Inngest does: the Date is an ISO string on every attempt, the first one included.
    expect(seen.every((s) => s.loadedAt === "2024-01-02T00:00:00.000Z")).toBe(true);
    const failures = log.lines.filter((line) => line.level === "error");
    expect(failures.map((line) => line.message)).toEqual([
      expect.stringMatching(
        /^\[jobs\] memo-example attempt 1\/4 failed: Error: flaky bank; retrying in \d+ ms$/,
      ),
      expect.stringMatching(
        /^\[jobs\] memo-example attempt 2\/4 failed: Error: flaky bank; retrying in \d+ ms$/,
      ),
    ]);
    // Logs carry ids, never the event's data.
    expect(JSON.stringify(log.lines)).not.toContain("user-1");
    const [run] = await queryRows<{ status: string; attempt: number; output: string }>(
      handle.db,
      sql`select status, attempt, output from job_runs where function_id = 'memo-example'`,
    );
    expect(run).toEqual({ status: "completed", attempt: 3, output: '{"saved":3}' });
  });

  it("gives repeated step ids distinct memo slots (id, id:1, id:2) across retries", async () => {
    let pages = 0;
    let fail = true;
    const results: unknown[] = [];
    const fn = defineFunction(
      { id: "pages-example", trigger: { event: "connection/sync.requested" }, retries: 1 },
      async ({ step }) => {
        const got: number[] = [];
        for (let i = 0; i < 3; i++) got.push(await step.run("page", () => ++pages));
        results.push(got);
        if (fail) {
          fail = false;
          throw new Error("after the pages");
        }
      },
    );
    const runner = testRunner(handle, [fn]);
    await runner.dispatch(syncEvent());
    await runner.drain();
    expect(pages).toBe(3);
    expect(results).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });

  it("continues from the last completed step in a new runner, as after a restart", async () => {
    const calls: string[] = [];
    const make = (crash: boolean) =>
      defineFunction(
        { id: "restart-example", trigger: { event: "connection/sync.requested" }, retries: 2 },
        async ({ step, attempt }) => {
          await step.run("first", () => calls.push(`first@${attempt}`));
          // The first process "dies" here: its runner stops without the run finishing.
          if (crash) await new Promise(() => {});
          await step.run("second", () => calls.push(`second@${attempt}`));
        },
      );
    const first = testRunner(handle, [make(true)], { leaseMs: 200 });
    await first.dispatch(syncEvent());
    first.start();
    await expect.poll(() => calls).toEqual(["first@0"]);
    // The first process dies: it renews nothing more (stop() would wait for the hung run; not awaited). A new
    // runner (another "process") takes the run up once the lease runs out.
    void first.stop();
    const second = testRunner(handle, [make(false)], { leaseMs: 200 });
    await second.drain({ horizonMs: 1000 });
    await expect.poll(() => calls).toEqual(["first@0", "second@1"]);
    await second.drain();
    const [run] = await queryRows<{ status: string }>(
      handle.db,
      sql`select status from job_runs where function_id = 'restart-example'`,
    );
    expect(run?.status).toBe("completed");
  });

  it("goes on with the result another instance stored first for the same step, not its own", async () => {
    const seen: unknown[] = [];
    const fn = defineFunction(
      { id: "lost-lease-example", trigger: { event: "connection/sync.requested" }, retries: 1 },
      async ({ step, runId }) => {
        const sync = await step.run("begin", async () => {
          // Another instance that took this run over (a lease lost) finished the same step first.
          await handle.db.execute(
            sql`insert into job_steps (run_id, step_id, result) values (${runId}, 'begin', '{"syncId":"theirs"}')`,
          );
          return { syncId: "ours" };
        });
        seen.push(sync);
      },
    );
    const runner = testRunner(handle, [fn]);
    await runner.dispatch(syncEvent());
    await runner.drain();
    expect(seen).toEqual([{ syncId: "theirs" }]);
  });
  it("does not retry a NonRetriableError and calls onFailure with the error and the original event", async () => {
    const attempts: number[] = [];
    const failures: SyncFailure[] = [];
    const fn = defineFunction(
      {
        id: "non-retriable-example",
        trigger: { event: "connection/sync.requested" },
        retries: 3,
        onFailure: (ctx) => {
          failures.push(ctx);
        },
      },
      async ({ attempt }) => {
        attempts.push(attempt);
        throw new NonRetriableError("credentials rejected");
      },
    );
    const runner = testRunner(handle, [fn]);
    await runner.dispatch(syncEvent("conn-9", { id: "sync:conn-9:2024-01-02" }));
    await runner.drain();

    expect(attempts).toEqual([0]);
    expect(failures).toHaveLength(1);
    const [failure] = failures;
    // Recognized by name, as an error that arrives serialized from Inngest.
    expect(failure?.error.name).toBe("NonRetriableError");
    expect(failure?.error.message).toBe("credentials rejected");
    expect(failure?.event.name).toBe("inngest/function.failed");
    expect(failure?.event.data.function_id).toBe("non-retriable-example");
    expect(failure?.event.data.error).toMatchObject({
      name: "NonRetriableError",
      message: "credentials rejected",
    });
    expect(failure?.event.data.event).toMatchObject({
      name: "connection/sync.requested",
      id: "sync:conn-9:2024-01-02",
      data: { connectionId: "conn-9", userId: "user-1", reason: "manual" },
    });
  });

  it("after the last retry calls onFailure once; attempts = retries + 1; the failure is stored", async () => {
    let attempts = 0;
    const failures: Error[] = [];
    const fn = defineFunction(
      {
        id: "exhausted-example",
        trigger: { event: "connection/sync.requested" },
        retries: 2,
        onFailure: ({ error }) => {
          failures.push(error);
        },
      },
      async () => {
        attempts++;
        throw new Error(`bank down (${attempts})`);
      },
    );
    const log = recordingLog();
    const runner = testRunner(handle, [fn], { log });
    await runner.dispatch(syncEvent());
    await runner.drain();

    expect(attempts).toBe(3);
    expect(failures.map((error) => error.message)).toEqual(["bank down (3)"]);
    expect(log.lines.filter((line) => line.level === "error").at(-1)?.message).toBe(
      "[jobs] exhausted-example attempt 3/3 failed: Error: bank down (3); giving up",
    );
    const runs = await queryRows<{ function_id: string; status: string; error: { message: string } | null }>(
      handle.db,
      sql`select function_id, status, error from job_runs where function_id like 'exhausted-example%' order by created_at`,
    );
    expect(runs.map((run) => [run.function_id, run.status, run.error?.message ?? null])).toEqual([
      ["exhausted-example", "failed", "bank down (3)"],
      ["exhausted-example-failure", "completed", null],
    ]);
    expect((await runner.stats()).failedLast24h).toBeGreaterThanOrEqual(1);
  });

  it("backs off exponentially from baseDelayMs, capped at maxDelayMs", async () => {
    const startedAt: number[] = [];
    const fn = defineFunction(
      { id: "backoff-example", trigger: { event: "connection/sync.requested" }, retries: 3 },
      async () => {
        startedAt.push(performance.now());
        throw new Error("down");
      },
    );
    const runner = testRunner(handle, [fn], { baseDelayMs: 40, maxDelayMs: 60 });
    await runner.dispatch(syncEvent());
    await runner.drain();
    const gaps = startedAt.slice(1).map((at, i) => at - (startedAt[i] ?? 0));
    // 40, then 80 and 160 capped to 60 (never early; jitter adds up to 10% before the cap).
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toBeGreaterThanOrEqual(39);
    expect(gaps[1]).toBeGreaterThanOrEqual(59);
    expect(gaps[2]).toBeGreaterThanOrEqual(59);
  });

  it("logs a failed query's real cause, never its parameters", async () => {
    const fn = defineFunction(
      { id: "query-error-example", trigger: { event: "connection/sync.requested" }, retries: 0 },
      async ({ event }) => {
        // A uuid column given the user's text: drizzle's error message would list it as a parameter.
        await handle.db.execute(sql`select ${`secret ${event.data.userId}`}::uuid`);
      },
    );
    const log = recordingLog();
    const runner = testRunner(handle, [fn], { log });
    await runner.dispatch(syncEvent());
    await runner.drain();
    const line = log.lines.find((entry) => entry.level === "error");
    expect(line?.message).toMatch(/query-error-example attempt 1\/1 failed: \w+ 22P02: invalid input syntax/);
    expect(JSON.stringify(log.lines)).not.toContain("secret");
    const stored = await queryRows<{ error: unknown }>(
      handle.db,
      sql`select error from job_runs where function_id = 'query-error-example'`,
    );
    expect(JSON.stringify(stored)).not.toContain("secret");
  });

  it("rejects events whose data does not match the schema, and functions it cannot run faithfully", async () => {
    const fn = defineFunction(
      { id: "schema-example", trigger: { event: "connection/sync.requested" } },
      () => null,
    );
    const runner = testRunner(handle, [fn]);
    await expect(
      runner.dispatch({ name: "connection/sync.requested", data: { connectionId: "c" } } as never),
    ).rejects.toThrow(/Invalid "connection\/sync.requested" event: userId/);
    const cel = defineFunction(
      {
        id: "cel-example",
        trigger: { event: "connection/sync.requested" },
        concurrency: { key: 'event.data.userId + "-" + event.data.connectionId', limit: 1 },
      },
      () => null,
    );
    expect(() => testRunner(handle, [cel])).toThrow(/dotted paths/);
    expect(() => testRunner(handle, [fn, fn])).toThrow(/share the id/);
  });
});
