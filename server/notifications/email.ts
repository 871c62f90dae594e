import "server-only";
import type { Notification } from "@/db/schema";
import { appUrl } from "@/env";
import type { OutgoingEmail } from "@/server/mail/transport";
import { unsubscribeUrls } from "./unsubscribe";
import { notificationLink } from "./views";

// A notification as an e-mail: the same title and text as in the app (amounts already in the category's
// currency), a link back to what it is about, and a one-click unsubscribe (List-Unsubscribe, RFC 8058).

export function notificationEmail(
  notification: Notification,
  recipient: { email: string; name: string | null },
  from: string,
): OutgoingEmail {
  const link = notificationLink(notification);
  const openUrl = new URL(link.href, appUrl).toString();
  const settingsUrl = new URL("/settings#notifications", appUrl).toString();
  const unsubscribe = unsubscribeUrls(notification.userId);
  const host = new URL(appUrl).hostname;

  const text = [
    notification.title,
    "",
    notification.body,
    "",
    `${link.label}: ${openUrl}`,
    "",
    "--",
    "You get this e-mail because e-mail notifications are on in your Tally settings.",
    `Stop these e-mails: ${unsubscribe.page}`,
    `Choose what Tally tells you: ${settingsUrl}`,
    "",
  ].join("\n");

  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(notification.title)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">
<p style="margin:0 0 16px;font-weight:600;color:#047857">Tally</p>
<h1 style="margin:0 0 12px;font-size:20px;line-height:1.3">${escapeHtml(notification.title)}</h1>
<p style="margin:0 0 20px;font-size:15px;line-height:1.5">${escapeHtml(notification.body)}</p>
<p style="margin:0 0 24px"><a href="${escapeHtml(openUrl)}" style="display:inline-block;background:#047857;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:8px;font-weight:600">${escapeHtml(link.label)}</a></p>
<p style="margin:0;font-size:12px;line-height:1.5;color:#475569">You get this e-mail because e-mail notifications are on in your Tally settings.
<a href="${escapeHtml(unsubscribe.page)}" style="color:#475569">Stop these e-mails</a> or
<a href="${escapeHtml(settingsUrl)}" style="color:#475569">choose what Tally tells you</a>.</p>
</div>
</body>
</html>
`;

  return {
    key: notification.id,
    folder: notification.userId,
    from,
    to: { name: recipient.name ?? "", address: recipient.email },
    subject: notification.title,
    text,
    html,
    // Deterministic, so a mail store that already holds the message recognizes it.
    messageId: `<notification.${notification.id}@${host}>`,
    headers: {
      "List-Unsubscribe": `<${unsubscribe.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      // RFC 3834: an automatic message; out-of-office replies should not answer it.
      "Auto-Submitted": "auto-generated",
    },
  };
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
