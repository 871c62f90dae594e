import { formatDistanceToNow } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";
import { listOutbox, outboxAvailable } from "@/server/mail/outbox";

export const metadata: Metadata = { title: "Outbox" };

// Only outside production, with no SMTP server configured: the e-mails Tally would have sent you, so you can
// see them while trying it.
export default async function OutboxPage() {
  const user = await requireUser();
  if (!outboxAvailable()) notFound();
  const messages = await listOutbox(user.id);
  return (
    <>
      <PageHeader
        title="Outbox"
        description="No mail server is set up (SMTP_URL), so the e-mails Tally would have sent you are kept here instead. This page exists only outside production."
      />
      {messages.length === 0 ? (
        <EmptyState title="No e-mails yet">
          Notification e-mails appear here when Tally would have sent them. Turn e-mail on in{" "}
          <Link href="/settings#notifications" className="font-medium text-accent underline">
            Settings
          </Link>
          .
        </EmptyState>
      ) : (
        <ul
          aria-label="E-mails"
          className="divide-y divide-line rounded-xl bg-surface shadow-sm ring-1 ring-line"
        >
          {messages.map((message) => (
            <li key={message.key} className="p-4">
              <Link href={`/outbox/${message.key}`} className="font-medium text-accent underline">
                {message.subject}
              </Link>
              <p className="mt-1 text-sm text-fg-muted">
                To {message.to} ·{" "}
                <time dateTime={message.date}>
                  {formatDistanceToNow(new Date(message.date), { addSuffix: true })}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
