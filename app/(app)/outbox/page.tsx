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
          <Link href="/settings#notifications" className="font-medium text-brand-700 underline">
            Settings
          </Link>
          .
        </EmptyState>
      ) : (
        <ul
          aria-label="E-mails"
          className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200 dark:divide-slate-800 dark:bg-slate-900 dark:ring-slate-800"
        >
          {messages.map((message) => (
            <li key={message.key} className="p-4">
              <Link
                href={`/outbox/${message.key}`}
                className="font-medium text-brand-700 underline dark:text-brand-100"
              >
                {message.subject}
              </Link>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
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
