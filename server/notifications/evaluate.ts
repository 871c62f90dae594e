import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { type Notification, type User, users } from "@/db/schema";
import { todayIn } from "@/lib/months";
import { type BudgetStatusInput, dueBudgetNotifications } from "./budget-rules";
import type { BudgetStatusLoader } from "./budget-statuses";
import { recordNotifications } from "./store";

/** The day budget notices are decided on, in the user's calendar (their time zone, UTC until they have one). */
export function notificationToday(user: Pick<User, "timeZone">, now = new Date()): string {
  return todayIn(user.timeZone, now);
}

/**
 * Records the budget notices due for these statuses (per category and month: the highest threshold reached,
 * each at most once and never below one already told, and one projection, ever) and returns the ones this call
 * created, in order. Safe to run again and concurrently: repeats create nothing. Statuses for months outside
 * `months` are ignored.
 */
export async function evaluateNotifications(
  db: Database,
  userId: string,
  months: readonly string[],
  statuses: readonly BudgetStatusInput[],
  now = new Date(),
): Promise<Notification[]> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return []; // deleted since the evaluation was requested
  const wanted = new Set(months);
  const drafts = dueBudgetNotifications(
    statuses.filter((status) => wanted.has(status.month)),
    { thresholds: user.notifyThresholds, today: notificationToday(user, now) },
  );
  return recordNotifications(db, user, drafts);
}

/**
 * The job's work: the budget notices due today for the user. Only the month under way is evaluated, whatever
 * months the request named: notices are only about the month under way (see dueBudgetNotifications), and with
 * debounce only the last of several requests arrives, so its months cannot be relied on to name this one.
 */
export async function evaluateBudgetNotificationsNow(
  db: Database,
  userId: string,
  loadStatuses: BudgetStatusLoader,
  now = new Date(),
): Promise<Notification[]> {
  const [user] = await db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return []; // deleted since the evaluation was requested
  const today = notificationToday(user, now);
  const months = [today.slice(0, 7)];
  const statuses = await loadStatuses(db, { userId, months, today, now });
  return evaluateNotifications(db, userId, months, statuses, now);
}
