"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { announceNotificationsChanged } from "@/lib/notification-events";
import type { NotificationView } from "@/server/notifications/views";
import { markNotificationReadAction } from "../actions";

const KIND_LABELS: Record<NotificationView["kind"], string> = {
  budget_approaching: "Budget",
  budget_exceeded: "Budget",
  budget_projected: "Budget",
  sync_completed: "New transactions",
  sync_failed: "Connection",
};

/** A notice with its age worded on the server ("2 hours ago"), so the first paint and hydration agree. */
export type NotificationItemView = NotificationView & { createdLabel: string; createdTitle: string };

export function NotificationList({ notifications }: { notifications: NotificationItemView[] }) {
  return (
    <ul aria-label="Notifications" className="space-y-3">
      {notifications.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} />
      ))}
    </ul>
  );
}

function NotificationItem({ notification }: { notification: NotificationItemView }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const unread = notification.readAt === null;
  const titleId = `notification-${notification.id}`;

  const markRead = () =>
    startTransition(async () => {
      const result = await markNotificationReadAction(notification.id);
      setError(result.ok ? null : result.error.message);
      announceNotificationsChanged();
    });

  return (
    <li>
      <article
        aria-labelledby={titleId}
        className={clsx(
          "rounded-xl p-4 shadow-sm ring-1 sm:p-5",
          unread ? "bg-surface ring-accent-line  " : "bg-surface-muted ring-line  ",
        )}
      >
        <div className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
          {unread ? <Badge tone="success">Unread</Badge> : null}
          <Badge
            tone={
              notification.kind === "sync_failed" || notification.kind === "budget_exceeded"
                ? "warning"
                : "neutral"
            }
          >
            {KIND_LABELS[notification.kind]}
          </Badge>
          <time dateTime={notification.createdAt} title={notification.createdTitle}>
            {notification.createdLabel}
          </time>
        </div>
        <h2
          id={titleId}
          className={clsx("mt-2 text-base text-fg ", unread ? "font-semibold" : "font-medium")}
        >
          {notification.title}
        </h2>
        <p className="mt-1 text-sm text-fg-muted">{notification.body}</p>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link
            href={notification.link.href}
            onClick={unread ? markRead : undefined}
            className="font-medium text-accent underline"
          >
            {notification.link.label}
          </Link>
          {unread ? (
            <button
              type="button"
              onClick={markRead}
              disabled={pending}
              aria-describedby={titleId}
              className="rounded-md px-2 py-1 font-medium text-fg-muted hover:bg-surface-strong disabled:text-fg-subtle"
            >
              {pending ? "Marking…" : "Mark as read"}
            </button>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="mt-2 text-sm text-danger">
            {error}
          </p>
        ) : null}
      </article>
    </li>
  );
}
