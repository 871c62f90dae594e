// GET /api/health: the database, the jobs mode and how far behind the jobs are.

import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import type { DatabaseHandle } from "@/db/client";
import { defineFunction } from "@/inngest/define";
import { spendingRecomputeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { FIGURES_MAX_AGE_MS, forgetHealthFigures, healthFigures } from "@/server/operations/health";
import { useTestDatabase } from "../support/db";
import { testRunner } from "../support/jobs";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await useTestDatabase();
});

describe("GET /api/health", () => {
  it("reports the jobs mode, queue depth, the oldest waiting run, failures in 24 h and the outbox", async () => {
    const failing = defineFunction(
      { id: "health-failing-example", trigger: { event: "spending/recompute.requested" }, retries: 0 },
      () => {
        throw new Error("always");
      },
    );
    const runner = testRunner(handle, [failing]);
    await runner.dispatch(spendingRecomputeRequested({ userId: "u1", months: ["2024-01"] }));
    await runner.drain();
    await runner.dispatch(spendingRecomputeRequested({ userId: "u2", months: ["2024-01"] }));
    await handle.db.transaction((tx) =>
      enqueueEvents(tx, spendingRecomputeRequested({ userId: "u3", months: ["2024-01"] })),
    );

    forgetHealthFigures();
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: "ok",
      jobs: "embedded",
      queue: { depth: 1, running: 0, scheduled: 0, failed_last_24h: 1 },
      outbox: { pending: 1 },
    });
    expect(body.queue.oldest_waiting_seconds).toBeGreaterThanOrEqual(0);
    expect(body.outbox.oldest_pending_seconds).toBeGreaterThanOrEqual(0);
  });

  it("reads its queue figures again once they are 5 seconds old, not on every request", async () => {
    forgetHealthFigures();
    const start = Date.now();
    const before = await healthFigures(handle, start);
    await handle.db.transaction((tx) =>
      enqueueEvents(tx, spendingRecomputeRequested({ userId: "u4", months: ["2024-01"] })),
    );
    // Within the 5 s the figures are the ones read before the new event.
    expect((await healthFigures(handle, start + FIGURES_MAX_AGE_MS - 1)).jobs?.outbox.pending).toBe(
      before.jobs!.outbox.pending,
    );
    // After them, the new event shows.
    expect((await healthFigures(handle, start + FIGURES_MAX_AGE_MS)).jobs?.outbox.pending).toBe(
      before.jobs!.outbox.pending + 1,
    );
  });
});
