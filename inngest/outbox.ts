// The transactional outbox: how server/ emits the events a write implies. Ground floor of the jobs layer: it
// imports db/ and inngest/events.ts, never server/ or the runner.
//
//   await db.transaction(async (tx) => {
//     const sync = await createSync(tx, ...);
//     await enqueueEvents(tx, connectionSyncRequested({ ... }, { id: `sync:${sync.id}` }));
//   });
//
// The event rows commit or roll back with the write. A relay (inngest/relay.ts, run by the embedded runner, by
// the `relay-outbox` cron under Inngest, and right after each write in this process) hands them to the engine
// with the row id as the event id, so a delivery repeated after a crash starts nothing twice. The caller never
// waits for the engine: a slow or absent engine delays the job, never the user's request.

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobOutbox } from "@/db/schema";
import { type TallyEvent, validateEvent } from "@/inngest/events";

type OutboxListener = (ids: string[]) => void;

// Process-wide, like the database handle: Next may evaluate this module once per bundle.
const outboxGlobal = globalThis as unknown as { __tallyOutboxListeners?: Set<OutboxListener> };
outboxGlobal.__tallyOutboxListeners ??= new Set();

/**
 * Writes events into the outbox inside the caller's transaction (pass `tx`; passing the database commits them
 * at once). Each event is validated first, so a malformed event fails the write instead of a background run.
 * An event's `id` is its row id: writing an id again within 24 h of its delivery (Inngest's idempotency window)
 * is a no-op. Events without an id get a random one here, fixed from then on.
 */
export async function enqueueEvents(tx: Database, events: TallyEvent | TallyEvent[]): Promise<void> {
  const rows = new Map<string, typeof jobOutbox.$inferInsert>();
  for (const event of (Array.isArray(events) ? events : [events]).map(validateEvent)) {
    const id = event.id ?? randomUUID();
    if (!rows.has(id)) rows.set(id, { id, name: event.name, data: event.data, ts: event.ts ?? null });
  }
  if (rows.size === 0) return;
  await tx
    .insert(jobOutbox)
    .values([...rows.values()])
    .onConflictDoUpdate({
      target: jobOutbox.id,
      set: {
        name: sql`excluded.name`,
        data: sql`excluded.data`,
        ts: sql`excluded.ts`,
        createdAt: sql`now()`,
        attempts: 0,
        availableAt: sql`now()`,
        sentAt: null,
        lastError: null,
      },
      // Past the window, the same id is a new event, as it would be for Inngest.
      setWhere: sql`${jobOutbox.sentAt} < now() - interval '24 hours'`,
    });
  // Best effort and never awaited: the rows become visible when the caller commits; the relay looks for them.
  for (const listener of outboxGlobal.__tallyOutboxListeners!) listener([...rows.keys()]);
}

/** Called with the ids of every batch written in this process. Returns the function that unsubscribes. */
export function onOutboxWrite(listener: OutboxListener): () => void {
  outboxGlobal.__tallyOutboxListeners!.add(listener);
  return () => outboxGlobal.__tallyOutboxListeners!.delete(listener);
}
