// E-mails one notification, at most once across retries and restarts (server/notifications/delivery.ts has the
// protocol). Sending and recording are separate steps: when recording fails, the retry records again instead of
// sending again.

import { getDb } from "@/db";
import { defineFunction } from "@/inngest/define";
import { recordEmailFailed, recordEmailSent, sendNotificationEmail } from "@/server/notifications/delivery";

export const deliverNotificationEmail = defineFunction(
  {
    id: "deliver-notification-email",
    trigger: { event: "notification/email.requested" },
    // A mail server that is down for a while: retried with backoff, then given up (the notice stays in the app).
    retries: 5,
    onFailure: async ({ event, error }) => {
      const data = event.data.event.data;
      if (data?.notificationId) await recordEmailFailed(await getDb(), data, error);
    },
  },
  async ({ event, step, logger }) => {
    const { notificationId, userId } = event.data;
    const notice = { userId, notificationId };
    const outcome = await step.run("send", async () => sendNotificationEmail(await getDb(), notice));
    if (outcome.status === "sent") {
      await step.run("record", async () => recordEmailSent(await getDb(), notice, outcome));
    }
    if (outcome.status === "uncertain") {
      logger.warn(
        `Notification e-mail ${notificationId}: the hand-over to the mail server was interrupted; not sent again`,
      );
    }
    return { status: outcome.status };
  },
);
