import { clsx } from "clsx";
import { formatDistanceToNow } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/server/auth";
import { outboxAvailable } from "@/server/mail/outbox";
import { notificationListQuery } from "@/server/notifications/inputs";
import { countUnread, listNotifications } from "@/server/notifications/store";
import { toNotificationView } from "@/server/notifications/views";
import { MarkAllReadButton } from "./_components/mark-all-read-button";
import { NotificationList } from "./_components/notification-list";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 30;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const unreadOnly = params.show === "unread";
  // A mangled cursor in the address shows the newest page rather than an error.
  const cursor = notificationListQuery.shape.cursor.safeParse(params.cursor).data;
  const query = { unread: unreadOnly, cursor, limit: PAGE_SIZE };
  const db = await getDb();
  const [page, unread] = await Promise.all([
    listNotifications(db, {
      userId: user.id,
      unreadOnly: query.unread,
      limit: query.limit,
      cursor: query.cursor,
    }),
    countUnread(db, user.id),
  ]);
  const views = page.rows.map((row) => ({
    ...toNotificationView(row),
    createdLabel: formatDistanceToNow(row.createdAt, { addSuffix: true }),
    createdTitle:
      row.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
      " UTC",
  }));
  const base = query.unread ? "/notifications?show=unread" : "/notifications";

  return (
    <>
      <PageHeader
        title="Notifications"
        description="Budgets that are nearly used up or over, and news about your bank connections."
        actions={unread > 0 ? <MarkAllReadButton /> : null}
      />
      <nav aria-label="Show" className="mb-4 flex gap-2">
        <FilterLink href="/notifications" current={!query.unread}>
          All
        </FilterLink>
        <FilterLink href="/notifications?show=unread" current={query.unread}>
          Unread ({unread})
        </FilterLink>
      </nav>
      {views.length === 0 ? (
        <Empty unreadOnly={query.unread} paged={Boolean(query.cursor)} />
      ) : (
        <NotificationList notifications={views} />
      )}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-4 text-sm">
        {page.nextCursor ? (
          <Link
            href={`${base}${base.includes("?") ? "&" : "?"}cursor=${page.nextCursor}`}
            className="font-medium text-accent underline"
          >
            Older notifications
          </Link>
        ) : (
          <span />
        )}
        {outboxAvailable() ? (
          <Link href="/outbox" className="text-fg-muted underline">
            See the e-mails Tally would have sent
          </Link>
        ) : null}
      </div>
    </>
  );
}

function FilterLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={clsx(
        "rounded-md px-3 py-1.5 text-sm font-medium",
        current ? "bg-accent-soft text-accent  " : "text-fg-muted hover:bg-surface-strong  ",
      )}
    >
      {children}
    </Link>
  );
}

function Empty({ unreadOnly, paged }: { unreadOnly: boolean; paged: boolean }) {
  if (paged) {
    return (
      <EmptyState title="Nothing older">
        <Link href="/notifications" className="font-medium text-accent underline">
          Back to the newest
        </Link>
      </EmptyState>
    );
  }
  if (unreadOnly) {
    return <EmptyState title="You're all caught up">Every notification has been read.</EmptyState>;
  }
  return (
    <EmptyState
      title="No notifications yet"
      action={
        <Link href="/settings#notifications" className="font-medium text-accent underline">
          Choose what Tally tells you
        </Link>
      }
    >
      Tally tells you here when a category nears or passes its budget, when a bank connection needs you, and,
      if you ask for it, when new transactions arrive.
    </EmptyState>
  );
}
