import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { notificationDeliveries, notifications, users } from "@/db/schema";
import { mailSettings } from "@/env";
import { certainlyNotSent, getMailer, type Mailer } from "@/server/mail/transport";
import { OVER_BUDGET_THRESHOLD } from "./budget-rules";
import { notificationEmail } from "./email";

// A notification's e-mail is sent at most once, across job retries and restarts. The notification id is the
// idempotency key; its delivery row records where the hand-over stands:
//
//   1. claim: pending → sending, in its own committed statement, before any byte goes to the mail server;
//   2. send over SMTP (or write the outbox file);
//   3a. the server refused, or no session ever started: sending → pending, and the attempt fails to be retried;
//   3b. accepted: the job records sending → sent in a separate step (recordEmailSent), so a failure to record
//       is retried on its own without sending again.
//
// An attempt that finds the row already `sending` knows an earlier one stopped between 1 and 3 (the process
// was killed, the database went away). The outbox can tell whether that message was written (the file is
// renamed into place whole) and settles it exactly. SMTP cannot: the server may have accepted the message just
// before the stop. Tally then marks it `uncertain` and does not send again. That is the residual window, and it
// is chosen on purpose: a crash between the server's "250 OK" and the job recording the step loses nothing (no
// second copy), while a crash after the claim but before the server took the message loses that one e-mail
// (the notification is still in the app). Sending again instead would risk a duplicate in the first case; the
// issue asks for at most once.

/** A notice's delivery row: its owner and the notification id (the e-mail event carries both). */
export type DeliveryKey = { userId: string; notificationId: string };

const deliveryIs = (notice: DeliveryKey) =>
  and(
    eq(notificationDeliveries.userId, notice.userId),
    eq(notificationDeliveries.notificationId, notice.notificationId),
  );

export type SendOutcome =
  | { status: "sent"; messageId: string; response: string }
  | { status: "already_sent" | "skipped" | "not_requested" | "uncertain" | "failed" };

/** Steps 1–3: claim the delivery and hand the message over. Throws (after releasing the claim) to be retried. */
export async function sendNotificationEmail(
  db: Database,
  notice: DeliveryKey,
  mailer: Mailer = getMailer(),
): Promise<SendOutcome> {
  const [claimed] = await db
    .update(notificationDeliveries)
    .set({
      status: "sending",
      attempts: sql`${notificationDeliveries.attempts} + 1`,
      claimedAt: sql`now()`,
    })
    .where(and(deliveryIs(notice), eq(notificationDeliveries.status, "pending")))
    .returning();
  if (!claimed) return settleUnclaimed(db, notice, mailer);

  const [row] = await db
    .select({
      notification: notifications,
      email: users.email,
      name: users.name,
      wantsEmail: users.emailNotifications,
      superseded: supersededByLaterNotice,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.userId, notice.userId), eq(notifications.id, notice.notificationId)))
    .limit(1);
  if (!row?.wantsEmail || mailer.kind === "off") {
    // Turned off (or unsubscribed) since the notice was made, or no mail server on a serverless host.
    await setStatus(db, notice, { status: "skipped" });
    return { status: "skipped" };
  }
  if (row.superseded) {
    // The e-mail waited (a retry, a slow relay) while a higher threshold of the same budget was told: the inbox
    // follows the rule the notices do, never "passed 80%" after "over budget". The later notice has its own.
    await setStatus(db, notice, {
      status: "skipped",
      error: "A later notice about the same budget and month went further; this one was not e-mailed.",
    });
    return { status: "skipped" };
  }

  const email = notificationEmail(
    row.notification,
    { email: row.email, name: row.name },
    mailSettings().from,
  );
  try {
    const receipt = await mailer.send(email);
    return { status: "sent", messageId: receipt.messageId, response: receipt.response.slice(0, 500) };
  } catch (error) {
    const reason = describeMailError(error);
    if (certainlyNotSent(error)) {
      await setStatus(db, notice, { status: "pending", error: reason });
      throw error;
    }
    await setStatus(db, notice, { status: "uncertain", error: reason });
    return { status: "uncertain" };
  }
}

/**
 * Whether the notice is a budget notice that one told since supersedes (isSupersededBy in ./budget-rules.ts):
 * a threshold above its own for the same category and month, or "over budget" after "on pace to go over".
 * Nulls (sync notices have no category) match nothing.
 */
const supersededByLaterNotice = sql<boolean>`exists (
  select 1 from ${notifications} as higher
  where higher.user_id = ${notifications.userId} and higher.category_id = ${notifications.categoryId}
    and higher.month = ${notifications.month} and higher.id <> ${notifications.id}
    and higher.threshold >= coalesce(${notifications.threshold} + 1, ${OVER_BUDGET_THRESHOLD}))`;

/** Step 3b: the server took the message. Idempotent. */
export async function recordEmailSent(
  db: Database,
  notice: DeliveryKey,
  receipt: { messageId: string; response: string },
): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({
      status: "sent",
      sentAt: sql`coalesce(${notificationDeliveries.sentAt}, now())`,
      messageId: receipt.messageId,
      response: receipt.response,
      error: null,
    })
    .where(deliveryIs(notice));
}

/**
 * Every retry was refused: the e-mail is given up (the notice stays in the app). The reason the last attempt
 * recorded wins: the error handed to onFailure arrives serialized (name and message only, as from Inngest), without
 * the mail server's code.
 */
export async function recordEmailFailed(db: Database, notice: DeliveryKey, error: unknown): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({
      status: "failed",
      error: sql`coalesce(${notificationDeliveries.error}, ${describeMailError(error)})`,
    })
    .where(and(deliveryIs(notice), eq(notificationDeliveries.status, "pending")));
}

async function settleUnclaimed(db: Database, notice: DeliveryKey, mailer: Mailer): Promise<SendOutcome> {
  const [delivery] = await db
    .select({ status: notificationDeliveries.status, userId: notificationDeliveries.userId })
    .from(notificationDeliveries)
    .where(deliveryIs(notice))
    .limit(1);
  if (!delivery) return { status: "not_requested" };
  switch (delivery.status) {
    case "sent":
      return { status: "already_sent" };
    case "sending": {
      const delivered = await mailer.wasDelivered({ key: notice.notificationId, folder: delivery.userId });
      if (delivered === true) {
        await setStatus(db, notice, { status: "sent", sentAt: true });
        return { status: "already_sent" };
      }
      if (delivered === false) {
        // Certainly not handed over: give the claim back and send now.
        await setStatus(db, notice, { status: "pending" });
        return sendNotificationEmail(db, notice, mailer);
      }
      await setStatus(db, notice, {
        status: "uncertain",
        error: "An earlier attempt stopped while handing the message to the mail server; not sent again.",
      });
      return { status: "uncertain" };
    }
    case "pending":
      // Another attempt released its claim between our two statements (the server refused it): claim again.
      return sendNotificationEmail(db, notice, mailer);
    default:
      return { status: delivery.status };
  }
}

async function setStatus(
  db: Database,
  notice: DeliveryKey,
  change: { status: "pending" | "sent" | "skipped" | "uncertain"; error?: string; sentAt?: true },
): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({
      status: change.status,
      ...(change.error !== undefined && { error: change.error }),
      ...(change.sentAt && { sentAt: sql`now()` }),
    })
    .where(deliveryIs(notice));
}

/** What the operator sees: the mail server's answer or the error's code, never the message's content. */
function describeMailError(error: unknown): string {
  if (typeof error !== "object" || error === null) return "The mail could not be sent.";
  const { code, response, message } = error as { code?: unknown; response?: unknown; message?: unknown };
  const detail = typeof response === "string" ? response : typeof message === "string" ? message : "";
  return [typeof code === "string" ? code : null, detail].filter(Boolean).join(": ").slice(0, 500);
}
