"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { NOTIFICATIONS_CHANGED } from "@/lib/notification-events";

// Cheap on purpose: one small count request every 20 s while the tab is visible, plus one when the tab comes
// back, the page changes, or this tab read or received a notice. Hidden tabs ask nothing.
const POLL_MS = 20_000;

export function BellLink({ initialUnread }: { initialUnread: number | null }) {
  const [unread, setUnread] = useState<number | null>(initialUnread);
  const pathname = usePathname();
  const latestRequest = useRef(0);

  // A server render (router.refresh, a revalidated action) brings a fresher count.
  useEffect(() => setUnread(initialUnread), [initialUnread]);

  const refresh = useCallback(async () => {
    if (document.visibilityState !== "visible") return;
    const request = ++latestRequest.current;
    try {
      const response = await fetch("/api/v1/notifications/unread-count", { cache: "no-store" });
      if (!response.ok) return;
      const body = (await response.json()) as { unread: number };
      // Answers can arrive out of order; only the latest request's counts.
      if (request === latestRequest.current) setUnread(body.unread);
    } catch {
      // Offline for a moment: the next tick asks again.
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(refresh, POLL_MS);
    const onChange = () => void refresh();
    document.addEventListener("visibilitychange", onChange);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onChange);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChange);
    };
  }, [refresh]);

  useEffect(() => {
    if (pathname) void refresh();
  }, [pathname, refresh]);

  const label = unread === null || unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;
  const active = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      aria-current={active ? "page" : undefined}
      title={label}
      className={clsx(
        "relative inline-flex h-10 w-10 items-center justify-center rounded-md text-fg-muted hover:bg-surface-strong  ",
        active && "bg-accent-soft text-accent  ",
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.86 17.08a24 24 0 0 0 5.45-1.31A8.97 8.97 0 0 1 18 9.75V9a6 6 0 1 0-12 0v.75a8.97 8.97 0 0 1-2.31 6.02 24 24 0 0 0 5.45 1.31m5.72 0a24.3 24.3 0 0 1-5.72 0m5.72 0a3 3 0 1 1-5.72 0"
        />
      </svg>
      {unread ? (
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-danger-strong px-1 text-center text-xs leading-5 font-semibold text-on-danger tabular"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
