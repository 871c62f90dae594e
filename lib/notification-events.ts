// A browser event a page dispatches after it changed notifications (read one, read all), so the header's bell
// updates at once instead of at its next poll. Pure: safe in client components.

export const NOTIFICATIONS_CHANGED = "tally:notifications-changed";

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
