import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { type User, users } from "@/db/schema";
import { currentMonthFor, isValidTimeZone } from "@/lib/months";
import { invalidateUserReads } from "@/server/cache/user-reads";

/** The zone that decides the user's "this month": theirs, or UTC until their browser has reported one. */
export function userTimeZone(user: Pick<User, "timeZone">): string {
  return user.timeZone && isValidTimeZone(user.timeZone) ? user.timeZone : "UTC";
}

/** "This month" for the user: the dashboard's default month, the spending API's, budget periods'. */
export const userCurrentMonth = (user: Pick<User, "timeZone">, now = new Date()) =>
  currentMonthFor(userTimeZone(user), now);

/**
 * The zone the user's browser reports, kept when the user has none yet (never over one they chose in
 * Settings). Returns whether it was stored.
 */
export async function adoptBrowserTimeZone(db: Database, userId: string, zone: string): Promise<boolean> {
  if (!isValidTimeZone(zone)) return false;
  const updated = await db
    .update(users)
    .set({ timeZone: zone })
    .where(and(eq(users.id, userId), isNull(users.timeZone)))
    .returning({ id: users.id });
  // "This month" may have moved: figures cached for the old zone start over.
  if (updated.length > 0) await invalidateUserReads(userId);
  return updated.length > 0;
}

/** Every zone the server knows, for the Settings picker (UTC first: Intl leaves it out on some runtimes). */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
