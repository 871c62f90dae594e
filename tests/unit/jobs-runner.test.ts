// The embedded runner's step memoization, retries and failure handling, with small example functions.

import { NonRetriableError } from "inngest";
import { describe, expect, it } from "vitest";
import { defineFunction, type TallyFailureContext, type TriggerEvent } from "@/inngest/define";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { connectionSyncRequested } from "@/inngest/events";

/** Records the runner's log instead of printing it. */
function recordingLog() {
  const lines: { level: string; message: string; meta?: unknown }[] = [];
  const record = (level: string) => (message: string, meta?: Record<string, unknown>) => {
    lines.push({ level, message, meta });
  };
  return { lines, info: record("info"), warn: record("warn"), error: record("error") };
}

const syncEvent = (connectionId = "conn-1", id?: string) =>
  connectionSyncRequested({ connectionId, userId: "user-1", reason: "manual" }, id ? { id } : {});

type SyncFailure = TallyFailureContext<TriggerEvent<"connection/sync.requested">>;

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
      },
    );
    const log = recordingLog();
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 5, log });
    await runner.dispatch(syncEvent());
    await runner.drain();

    expect(calls).toEqual({ load: 1, save: 3 });
    expect(seen.map((s) => s.attempt)).toEqual([0, 1, 2]);
    // Stored as JSON, as Inngest does: the Date is an ISO string on every attempt, the first one included.
    expect(seen.every((s) => s.loadedAt === "2024-01-02T00:00:00.000Z")).toBe(true);
    const failures = log.lines.filter((line) => line.level === "error");
    expect(failures.map((line) => line.message)).toEqual([
      expect.stringMatching(/^\[jobs\] memo-example attempt 1\/4 failed; retrying in \d+ ms$/),
      expect.stringMatching(/^\[jobs\] memo-example attempt 2\/4 failed; retrying in \d+ ms$/),
    ]);
    // Logs carry ids, never the event's data.
    expect(JSON.stringify(log.lines)).not.toContain("user-1");
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
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 5, log: recordingLog() });
    await runner.dispatch(syncEvent());
    await runner.drain();
    expect(pages).toBe(3);
    expect(results).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
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
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 5, log: recordingLog() });
    await runner.dispatch(syncEvent("conn-9", "sync:conn-9:2024-01-02"));
    await runner.drain();

    expect(attempts).toEqual([0]);
    expect(failures).toHaveLength(1);
    const [failure] = failures;
    expect(failure?.error).toBeInstanceOf(NonRetriableError);
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

  it("after the last retry calls onFailure once; attempts = retries + 1", async () => {
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
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 5, log });
    await runner.dispatch(syncEvent());
    await runner.drain();

    expect(attempts).toBe(3);
    expect(failures.map((error) => error.message)).toEqual(["bank down (3)"]);
    expect(log.lines.at(-1)?.message).toBe("[jobs] exhausted-example attempt 3/3 failed; giving up");
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
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 40, maxDelayMs: 60, log: recordingLog() });
    await runner.dispatch(syncEvent());
    await runner.drain();
    const gaps = startedAt.slice(1).map((at, i) => at - (startedAt[i] ?? 0));
    // 40, then 80 and 160 capped to 60 (timers fire late, never early; jitter adds up to 10% before the cap).
    expect(gaps[0]).toBeGreaterThanOrEqual(39);
    expect(gaps[1]).toBeGreaterThanOrEqual(59);
    expect(gaps[2]).toBeGreaterThanOrEqual(59);
    expect(gaps[2]).toBeLessThan(150);
  });

  it("stop() abandons a run waiting for its retry instead of waiting out the backoff", async () => {
    let attempts = 0;
    let failed = false;
    const fn = defineFunction(
      {
        id: "shutdown-example",
        trigger: { event: "connection/sync.requested" },
        onFailure: () => {
          failed = true;
        },
      },
      async () => {
        attempts++;
        throw new Error("down");
      },
    );
    const log = recordingLog();
    const runner = createEmbeddedRunner([fn], { baseDelayMs: 60_000, log });
    await runner.dispatch(syncEvent());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    await runner.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(attempts).toBe(1);
    expect(failed).toBe(false);
    expect(log.lines.some((line) => line.message.includes("abandoned before its retry"))).toBe(true);
    await expect(runner.dispatch(syncEvent())).rejects.toThrow(/stopped/);
  });

  it("rejects events whose data does not match the schema, and functions it cannot run faithfully", async () => {
    const fn = defineFunction(
      { id: "schema-example", trigger: { event: "connection/sync.requested" } },
      () => null,
    );
    const runner = createEmbeddedRunner([fn], { log: recordingLog() });
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
    expect(() => createEmbeddedRunner([cel])).toThrow(/dotted paths/);
    expect(() => createEmbeddedRunner([fn, fn])).toThrow(/share the id/);
  });
});
