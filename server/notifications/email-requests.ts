import "server-only";
import type { Database } from "@/db";
import { sendEvents } from "@/inngest/client";
import { notificationEmailRequested } from "@/inngest/events";
import { pendingEmailNotificationIds } from "./store";

/** The e-mail events for the user's notices still waiting for theirs (ids are deterministic per notice). */
export async function pendingEmailEvents(db: Database, userId: string) {
  const ids = await pendingEmailNotificationIds(db, userId);
  return ids.map((notificationId) => notificationEmailRequested({ notificationId, userId }));
}

/**
 * Asks the job runner to e-mail the user's pending notices. Called right after the notices commit (outside a
 * job step that could use step.sendEvent). OUTBOX: when inngest/outbox.ts lands, write these events with
 * enqueueEvents(tx, …) in recordNotifications' transaction instead; this after-commit send then goes away.
 * Until then a send lost between the commit and here is picked up by the next notice's call, which requests
 * every pending e-mail of the user, and the deterministic event ids keep a repeat from sending twice.
 */
export async function requestPendingEmails(db: Database, userId: string): Promise<void> {
  const events = await pendingEmailEvents(db, userId);
  if (events.length > 0) await sendEvents(events);
}
