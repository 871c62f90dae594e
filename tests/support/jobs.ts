// Helpers for tests of the job runner: a log that records, example events, and a runner on the test database.

import { asc } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/client";
import { jobOutbox } from "@/db/schema";
import type { TallyFunction } from "@/inngest/define";
import {
  createEmbeddedRunner,
  type EmbeddedRunner,
  type EmbeddedRunnerOptions,
} from "@/inngest/embedded/runner";
import { connectionSyncRequested } from "@/inngest/events";

export type LogLine = { level: string; message: string; meta?: Record<string, unknown> };

/** Records the runner's log instead of printing it. */
export function recordingLog() {
  const lines: LogLine[] = [];
  const record = (level: string) => (message: string, meta?: Record<string, unknown>) => {
    lines.push({ level, message, meta });
  };
  return { lines, info: record("info"), warn: record("warn"), error: record("error") };
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const syncEvent = (
  connectionId = "conn-1",
  options: { syncId?: string; id?: string; ts?: number } = {},
) =>
  connectionSyncRequested(
    {
      connectionId,
      userId: "user-1",
      institutionId: "demo",
      reason: "manual",
      ...(options.syncId && { syncId: options.syncId }),
    },
    { ...(options.id && { id: options.id }), ...(options.ts !== undefined && { ts: options.ts }) },
  );

/** A runner over the test database, quick to retry, that polls often. */
export function testRunner(
  handle: DatabaseHandle,
  functions: TallyFunction[],
  options: EmbeddedRunnerOptions = {},
): EmbeddedRunner {
  return createEmbeddedRunner(functions, {
    database: async () => handle,
    baseDelayMs: 5,
    pollIntervalMs: 20,
    log: recordingLog(),
    ...options,
  });
}

/** A clock a test moves by hand. */
export function manualClock(start: number) {
  let now = start;
  return {
    now: () => now,
    set: (at: number) => {
      now = at;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** The events written to the outbox so far, oldest first, as they will be delivered (the row id is the event id). */
export async function outboxEvents(
  db: Database,
): Promise<Array<{ id: string; name: string; data: unknown }>> {
  return db
    .select({ id: jobOutbox.id, name: jobOutbox.name, data: jobOutbox.data })
    .from(jobOutbox)
    .orderBy(asc(jobOutbox.createdAt), asc(jobOutbox.id));
}

/** Empties the outbox between tests that look at what a write emitted. */
export async function clearOutbox(db: Database): Promise<void> {
  await db.delete(jobOutbox);
}
