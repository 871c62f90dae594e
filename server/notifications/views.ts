import "server-only";
import type { Notification } from "@/db/schema";

// One shape of a notice for the page, the bell and the REST API, with where it leads.

export type NotificationLink = { href: string; label: string };

/** Where a notice leads: the budget for its month, the connection on Accounts, the imported transactions. */
export function notificationLink(notification: Notification): NotificationLink {
  const month = notification.month?.slice(0, 7);
  switch (notification.kind) {
    case "budget_approaching":
    case "budget_exceeded":
    case "budget_projected":
      return { href: month ? `/budgets?month=${month}` : "/budgets", label: "See the budget" };
    case "sync_completed":
      return notification.accountId
        ? { href: `/transactions?account_id=${notification.accountId}`, label: "See the transactions" }
        : { href: "/transactions", label: "See the transactions" };
    case "sync_failed":
      if (notification.connectionId)
        return { href: `/accounts#connection-${notification.connectionId}`, label: "Open Accounts" };
      return notification.accountId
        ? { href: `/accounts?import=${notification.accountId}#add-account`, label: "Upload the file again" }
        : { href: "/accounts", label: "Open Accounts" };
  }
}

export type NotificationView = {
  id: string;
  kind: Notification["kind"];
  title: string;
  body: string;
  categoryId: string | null;
  /** YYYY-MM */
  month: string | null;
  createdAt: string;
  readAt: string | null;
  link: NotificationLink;
};

export function toNotificationView(notification: Notification): NotificationView {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    categoryId: notification.categoryId,
    month: notification.month?.slice(0, 7) ?? null,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
    link: notificationLink(notification),
  };
}

/** The REST shape (API.md), plus `link`: the app page the notice is about. */
export function serializeNotification(notification: Notification) {
  const view = toNotificationView(notification);
  return {
    id: view.id,
    kind: view.kind,
    title: view.title,
    body: view.body,
    category_id: view.categoryId,
    month: view.month,
    created_at: view.createdAt,
    read_at: view.readAt,
    link: view.link.href,
  };
}
