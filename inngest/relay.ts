// The outbox relay: hands rows of job_outbox to the job engine and marks them sent. Never loses one (a row stays
// until the engine has taken it) and never doubles one (the row id is the event id, which the engine
// deduplicates). Two ways to deliver:
//   - transactional (the embedded runner): the runs are created and the rows marked sent in one transaction.
//   - remote (Inngest): rows are leased to one relay, sent outside any transaction (a slow engine must not hold
//     locks, and on PGlite an open transaction blocks every other query), then marked sent; a failed send is
//     retried with backoff, and a relay that dies mid-send leaves a lease that runs out.
// Several relays (web instances, the runner, the relay-outbox cron) may run at once: SKIP LOCKED and the
// leases keep them off each other's rows.

import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { errorSummary } from "@/inngest/errors";
import type { TallyEvent } from "@/inngest/events";

/** An outbox row as the engine receives it. */
export type OutboxEvent = TallyEvent & { id: string };

export type OutboxDelivery =
  | { kind: "remote"; send(events: OutboxEvent[]): Promise<void> }
  | { kind: "transactional"; deliver(tx: Database, events: OutboxEvent[], now: Date): Promise<void> };

export interface RelayOptions {
  /** Rows per delivery. */
  batchSize?: number;
  /** How long a remote relay holds the rows it is sending before another may take them. */
  leaseMs?: number;
  /** First retry delay after a failed delivery; doubles per attempt up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  /** Told of a failed delivery (the rows record it too). */
  onError?: (error: unknown) => void;
}

export type RelayResult = { delivered: number; failed: number };

type Row = { id: string; name: string; data: unknown; ts: number | null; attempts: number };

const toEvent = (row: Row): OutboxEvent =>
  ({
    id: row.id,
    name: row.name,
    data: row.data,
    ...(row.ts !== null && { ts: Number(row.ts) }),
  }) as OutboxEvent;

export function retryDelay(attempts: number, options: RelayOptions): number {
  const base = options.baseDelayMs ?? 1000;
  return Math.min(options.maxDelayMs ?? 60_000, base * 2 ** Math.max(0, attempts - 1));
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Rows due for delivery: never tried (a fresh row is due whatever the clock says), or past their backoff or
 * lease. Oldest first, skipping rows another relay holds.
 */
const dueRows = (now: number, limit: number) => sql`
  select id from job_outbox
  where sent_at is null and (attempts = 0 or available_at <= ${iso(now)}::timestamptz)
  order by available_at, id
  limit ${limit}
  for update skip locked`;

/** One delivery of up to batchSize due rows. Errors from the engine are recorded on the rows, not thrown. */
export async function relayOutboxOnce(
  db: Database,
  delivery: OutboxDelivery,
  options: RelayOptions = {},
): Promise<RelayResult> {
  const now = (options.now ?? Date.now)();
  const limit = options.batchSize ?? 100;
  if (delivery.kind === "transactional") {
    let claimed: Row[] = [];
    try {
      await db.transaction(async (tx) => {
        claimed = await queryRows<Row>(
          tx,
          sql`select id, name, data, ts::float8 as ts, attempts from job_outbox where id in (${dueRows(now, limit)})`,
        );
        if (claimed.length === 0) return;
        await delivery.deliver(tx, claimed.map(toEvent), new Date(now));
        await tx.execute(sql`
          update job_outbox set sent_at = ${iso(now)}::timestamptz, attempts = attempts + 1, last_error = null
          where id in (${sql.join(
            claimed.map((row) => sql`${row.id}`),
            sql`, `,
          )})`);
      });
      return { delivered: claimed.length, failed: 0 };
    } catch (error) {
      if (claimed.length === 0) throw error;
      options.onError?.(error);
      await recordFailure(db, claimed, error, now, options);
      return { delivered: 0, failed: claimed.length };
    }
  }

  const leaseUntil = now + (options.leaseMs ?? 60_000);
  const leased = await queryRows<Row>(
    db,
    sql`update job_outbox set attempts = attempts + 1, available_at = ${iso(leaseUntil)}::timestamptz
        where id in (${dueRows(now, limit)})
        returning id, name, data, ts::float8 as ts, attempts`,
  );
  if (leased.length === 0) return { delivered: 0, failed: 0 };
  try {
    await delivery.send(leased.map(toEvent));
  } catch (error) {
    await recordFailure(db, leased, error, now, options, 0);
    return { delivered: 0, failed: leased.length };
  }
  await db.execute(sql`
    update job_outbox set sent_at = ${iso(now)}::timestamptz, last_error = null
    where id in (${sql.join(
      leased.map((row) => sql`${row.id}`),
      sql`, `,
    )})`);
  return { delivered: leased.length, failed: 0 };
}

async function recordFailure(
  db: Database,
  rows: Row[],
  error: unknown,
  now: number,
  options: RelayOptions,
  attemptOffset = 1,
): Promise<void> {
  // Rows of one batch were tried together: they back off together, from the most-tried row's count.
  const attempts = Math.max(...rows.map((row) => row.attempts)) + attemptOffset;
  const retryAt = now + retryDelay(attempts, options);
  await db.execute(sql`
    update job_outbox
    set available_at = ${iso(retryAt)}::timestamptz, last_error = ${errorSummary(error).slice(0, 500)},
        attempts = greatest(attempts, ${attempts})
    where id in (${sql.join(
      rows.map((row) => sql`${row.id}`),
      sql`, `,
    )}) and sent_at is null`);
}

/** Delivers until nothing is due (or `maxBatches` batches), returning the totals. */
export async function relayOutbox(
  db: Database,
  delivery: OutboxDelivery,
  options: RelayOptions & { maxBatches?: number } = {},
): Promise<RelayResult> {
  const total: RelayResult = { delivered: 0, failed: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const result = await relayOutboxOnce(db, delivery, options);
    total.delivered += result.delivered;
    total.failed += result.failed;
    if (result.delivered === 0) break;
  }
  return total;
}
