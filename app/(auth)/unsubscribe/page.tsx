import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { unsubscribeTarget } from "@/server/notifications/unsubscribe";
import { UnsubscribeForm } from "./unsubscribe-form";

export const metadata: Metadata = { title: "Stop e-mails", robots: { index: false } };

// Opened from the link at the foot of a notification e-mail; no sign-in needed (the token is signed). Opening it
// changes nothing: link scanners fetch every URL in a message, so turning e-mails off takes the button.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  const target = await unsubscribeTarget(await getDb(), token);
  if (!target || !token) notFound();
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Stop notification e-mails</h1>
      {target.emailNotifications ? (
        <UnsubscribeForm token={token} email={target.email} />
      ) : (
        <p className="text-sm text-fg-muted">
          E-mails to <strong className="font-medium text-fg">{target.email}</strong> are already off.
          Notifications still appear in Tally, and you can turn e-mail back on in{" "}
          <Link href="/settings#notifications" className="font-medium text-accent underline">
            Settings
          </Link>
          .
        </p>
      )}
    </>
  );
}
