import { getDb } from "@/db";
import { requireUser } from "@/server/auth";
import { countUnread } from "@/server/notifications/store";
import { BellLink } from "./bell-link";

/** The header's bell: the unread count at render, kept current in the browser by BellLink. */
export async function NotificationBell() {
  const user = await requireUser();
  // The shell must render even if this count cannot be read; the bell then asks again by itself.
  const unread = await countUnread(await getDb(), user.id).catch(() => null);
  return <BellLink initialUnread={unread} />;
}
