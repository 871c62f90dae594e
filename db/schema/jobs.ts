// Background-job state, kept in the app's own database so that nothing is lost when a process dies.
//
// job_outbox is used in every mode: a domain write adds its events here in its own transaction, and a relay
// delivers them to the job engine (an Inngest server, or the embedded runner). The other tables are the
// embedded runner's durable queue, used when no Inngest server is configured (inngest/embedded/).

import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Events written with the domain write that implies them, until a relay has handed them to the engine. */
export const jobOutbox = pgTable(
  "job_outbox",
  {
    // The event id the engine deduplicates on: the event's own deterministic id, or a UUID fixed at write time.
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    data: jsonb("data").notNull(),
    // Milliseconds since the epoch; a future value schedules the runs for then (as Inngest does).
    ts: bigint("ts", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Delivery attempts so far, and when the next may be made (a backoff after a failure, or a relay's lease).
    attempts: integer("attempts").notNull().default(0),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (table) => [index("job_outbox_pending_idx").on(table.availableAt).where(sql`${table.sentAt} is null`)],
);

export type OutboxRow = typeof jobOutbox.$inferSelect;

export const jobRunStatuses = ["queued", "running", "completed", "failed"] as const;
export type JobRunStatus = (typeof jobRunStatuses)[number];

/** One run of one function for one event (or cron tick): the embedded runner's queue. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey(),
    // Insertion order: runs due at the same moment start first come, first served.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    functionId: text("function_id").notNull(),
    eventId: text("event_id").notNull(),
    // The event as the handler receives it: { name, data, id, ts }.
    event: jsonb("event").notNull(),
    status: text("status", { enum: jobRunStatuses }).notNull().default("queued"),
    // Attempts started so far; the handler sees `attempt - 1` (zero-based, as in Inngest).
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    // When the run may start: now, a future event ts, a debounce or throttle slot, or its next retry.
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    // `<function id>:<key value>`: runs sharing it run at most `concurrency_limit` at a time.
    concurrencyKey: text("concurrency_key"),
    concurrencyLimit: integer("concurrency_limit"),
    // Set until the run has taken its throttle slot; cleared once it has one.
    throttleKey: text("throttle_key"),
    // Set while a debounced run waits: a later event for the same key replaces its event and delays it.
    debounceKey: text("debounce_key"),
    debounceDeadline: timestamp("debounce_deadline", { withTimezone: true }),
    // For an onFailure run: the run whose failure it handles.
    failureOf: uuid("failure_of"),
    // The last attempt's error: name and message only (never a cause that could carry query parameters).
    error: jsonb("error"),
    output: text("output"),
    // The instance running it and until when; a dead instance's lease runs out and another picks the run up.
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    // The claim's order: due first, then first come (so a large backlog is read from the index, not sorted).
    index("job_runs_due_idx").on(table.runAt, table.seq).where(sql`${table.status} = 'queued'`),
    index("job_runs_running_idx").on(table.leaseUntil).where(sql`${table.status} = 'running'`),
    index("job_runs_concurrency_idx")
      .on(table.concurrencyKey)
      .where(sql`${table.concurrencyKey} is not null and ${table.status} in ('queued', 'running')`),
    // One waiting run per debounce key: a later event updates it (ON CONFLICT) instead of adding a run.
    uniqueIndex("job_runs_debounce_key")
      .on(table.functionId, table.debounceKey)
      .where(sql`${table.debounceKey} is not null and ${table.status} = 'queued'`),
    index("job_runs_finished_idx").on(table.finishedAt),
  ],
);

export type JobRun = typeof jobRuns.$inferSelect;

/** Completed steps of a run, as JSON text, so a retry or a restart skips them. */
export const jobSteps = pgTable(
  "job_steps",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => jobRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    result: text("result").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] })],
);

/** Event ids received in the last 24 hours: a repeat within the window starts no run (Inngest's idempotency). */
export const jobEvents = pgTable(
  "job_events",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("job_events_expires_idx").on(table.expiresAt)],
);

/** Each cron function's last fired tick: missed ticks are caught up once, and only one instance fires each. */
export const jobCrons = pgTable("job_crons", {
  functionId: text("function_id").primaryKey(),
  lastTick: timestamp("last_tick", { withTimezone: true }).notNull(),
  firedAt: timestamp("fired_at", { withTimezone: true }),
});

/** Throttle state per function and key: the generic cell rate algorithm's theoretical arrival time. */
export const jobThrottles = pgTable("job_throttles", {
  key: text("key").primaryKey(),
  tat: timestamp("tat", { withTimezone: true }).notNull(),
});
