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
          unread
            ? "bg-white ring-brand-100 dark:bg-slate-900 dark:ring-brand-900"
            : "bg-slate-50 ring-slate-200 dark:bg-slate-950 dark:ring-slate-800",
        )}
      >
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
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
          className={clsx(
            "mt-2 text-base text-slate-900 dark:text-slate-50",
            unread ? "font-semibold" : "font-medium",
          )}
        >
          {notification.title}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{notification.body}</p>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link
            href={notification.link.href}
            onClick={unread ? markRead : undefined}
            className="font-medium text-brand-700 underline dark:text-brand-100"
          >
            {notification.link.label}
          </Link>
          {unread ? (
            <button
              type="button"
              onClick={markRead}
              disabled={pending}
              aria-describedby={titleId}
              className="rounded-md px-2 py-1 font-medium text-slate-700 hover:bg-slate-100 disabled:text-slate-400 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              {pending ? "Marking…" : "Mark as read"}
            </button>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </article>
    </li>
  );
}
