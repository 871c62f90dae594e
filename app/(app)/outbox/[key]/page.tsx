import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/auth";
import { outboxAvailable, readOutboxMessage } from "@/server/mail/outbox";

export const metadata: Metadata = { title: "E-mail" };

const SHOWN_HEADERS = new Set(["from", "to", "date", "subject", "list-unsubscribe", "list-unsubscribe-post"]);

export default async function OutboxMessagePage({ params }: { params: Promise<{ key: string }> }) {
  const user = await requireUser();
  if (!outboxAvailable()) notFound();
  const message = await readOutboxMessage(user.id, (await params).key);
  if (!message) notFound();
  // Links open outside the frame; the frame runs no script.
  const html = message.html ? `<base target="_blank">${message.html}` : null;
  return (
    <>
      <PageHeader
        title={message.subject}
        actions={
          <Link href="/outbox" className="text-sm font-medium text-accent underline">
            Back to the outbox
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Headers</h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {message.headers
              .filter((header) => SHOWN_HEADERS.has(header.name))
              .map((header) => (
                <div key={header.name} className="contents">
                  <dt className="font-medium text-fg-muted capitalize">{header.name}</dt>
                  <dd className="break-all text-fg-muted">{header.value}</dd>
                </div>
              ))}
          </dl>
        </Card>
        {html ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">As HTML</h2>
            <iframe
              title={`The HTML part of “${message.subject}”`}
              srcDoc={html}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              className="h-96 w-full rounded-lg bg-surface ring-1 ring-line"
            />
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 text-lg font-semibold">As plain text</h2>
          <pre className="overflow-x-auto text-sm whitespace-pre-wrap break-words text-fg">
            {message.text}
          </pre>
        </Card>
      </div>
    </>
  );
}
