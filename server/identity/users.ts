import "server-only";
import { and, eq, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { type User, users } from "@/db/schema";
import { currentMonthFor } from "@/lib/months";
import { requestBudgetEvaluation } from "@/server/budgets/events";
import { budgetCurrencyChoices, pinnedBudgetCurrency } from "@/server/budgets/load";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { AppError } from "@/server/errors";
import { mainCurrency } from "@/server/reports/currency";
import { hashPassword, spendPasswordCheckTime, verifyPassword } from "./passwords";
import { abuseLimits, tooMany } from "./rate-limit";
import { endOtherSessions } from "./sessions";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-up from the web or the API: limited per address, since every sign-up costs a 19 MiB password hash. */
export async function signUp(
  db: Database,
  input: { email: string; password: string; name?: string | null; ip: string | null },
): Promise<User> {
  await (await abuseLimits()).signupAttempt(input.ip);
  return createUser(db, input);
}

export async function createUser(
  db: Database,
  input: { email: string; password: string; name?: string | null },
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: normalizeEmail(input.email), name: input.name?.trim() || null, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) {
    throw new AppError("email_taken", "An account with this email already exists. Sign in instead.", {
      fields: { email: "is already registered" },
    });
  }
  return user;
}

export async function getUserById(db: Database, id: string): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export const WRONG_CREDENTIALS_MESSAGE = "That email and password don't match an account.";

/**
 * The one password check behind the sign-in form and POST /api/v1/tokens. Rate limited per email and IP;
 * an unknown email and a wrong password get the same message and take the same time.
 */
export async function authenticateWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string | null },
): Promise<User> {
  const email = normalizeEmail(input.email);
  const who = { email, ip: input.ip };
  const limits = await abuseLimits();
  const waitSeconds = await limits.signInWait(who);
  if (waitSeconds > 0) throw tooMany("Too many failed sign-in attempts. Try again", waitSeconds);

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await spendPasswordCheckTime(input.password).then(() => false);
  if (!user || !valid) {
    await limits.signInFailed(who);
    throw new AppError("unauthorized", WRONG_CREDENTIALS_MESSAGE);
  }
  await limits.signInSucceeded(who);
  return user;
}

/** Records activity at most once an hour: the daily refresh only syncs users active in the past 30 days. */
export async function touchLastActive(db: Database, user: User): Promise<void> {
  const anHourAgo = Date.now() - 60 * 60 * 1000;
  if (user.lastActiveAt && user.lastActiveAt.getTime() > anHourAgo) return;
  await db
    .update(users)
    .set({ lastActiveAt: sql`now()` })
    .where(
      and(
        eq(users.id, user.id),
        or(isNull(users.lastActiveAt), lt(users.lastActiveAt, sql`now() - interval '1 hour'`)),
      ),
    );
}

export type ProfileChanges = {
  name?: string | null;
  monthlyIncome?: string | null;
  notifyThresholds?: number[];
  emailNotifications?: boolean;
  notifySyncCompleted?: boolean;
  timeZone?: string;
  /** ISO 4217; one the user has transactions or an account in. */
  budgetCurrency?: string;
};

const BUDGET_STATUS_FIELDS: ReadonlyArray<keyof ProfileChanges> = [
  "notifyThresholds",
  "timeZone",
  "monthlyIncome",
  "budgetCurrency",
];

export async function updateProfile(db: Database, userId: string, changes: ProfileChanges): Promise<User> {
  const provided: {
    [Column in keyof typeof users.$inferInsert]?: (typeof users.$inferInsert)[Column] | SQL;
  } = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (changes.budgetCurrency !== undefined) await checkBudgetCurrency(db, userId, changes.budgetCurrency);
  // An income is an amount in some currency: the first one set pins the budget currency, as a first budget does
  // (server/budgets/budgets.ts), unless this change picks it too.
  else if (changes.monthlyIncome)
    provided.budgetCurrency = pinnedBudgetCurrency(userId, await mainCurrency(db, userId));
  const [user] =
    Object.keys(provided).length === 0
      ? await db.select().from(users).where(eq(users.id, userId))
      : await db.transaction(async (tx) => {
          const updated = await tx.update(users).set(provided).where(eq(users.id, userId)).returning();
          // Thresholds, the time zone and income move a budget's status: the month's notices are decided
          // again (a user already past a threshold they just chose is told now, not at their next purchase).
          const [row] = updated;
          if (row && BUDGET_STATUS_FIELDS.some((field) => field in provided))
            await requestBudgetEvaluation(tx, userId, [currentMonthFor(row.timeZone)]);
          return updated;
        });
  if (!user) throw new AppError("not_found", "Your account was not found.");
  // Income and thresholds shape budgets, the time zone decides "this month": cached figures start over.
  if (Object.keys(provided).length > 0) await invalidateUserReads(userId);
  return user;
}

/** Budgets can be kept in a currency the user has money in (or the one they are kept in now). */
async function checkBudgetCurrency(db: Database, userId: string, currency: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("not_found", "Your account was not found.");
  const offered = await budgetCurrencyChoices(db, user);
  if (!offered.includes(currency))
    throw new AppError(
      "invalid_input",
      `You have no transactions in ${currency}; budgets can be kept in ${offered.join(" or ")}.`,
      { fields: { budget_currency: `must be one of ${offered.join(", ")}` } },
    );
}

/**
 * Changes the password after checking the current one (rate limited like sign-in), and ends every other
 * session: whoever else was signed in must sign in again with the new password. An account that signed up
 * with GitHub or Google and has no password yet sets its first one.
 */
export async function changePassword(
  db: Database,
  input: {
    user: User;
    sessionId: string;
    currentPassword: string | null;
    newPassword: string;
    ip: string | null;
  },
): Promise<void> {
  if (input.user.passwordHash) {
    try {
      await authenticateWithPassword(db, {
        email: input.user.email,
        password: input.currentPassword ?? "",
        ip: input.ip,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "unauthorized") {
        throw new AppError("invalid_input", "Your current password is not right.", {
          fields: { current_password: "is not your current password" },
        });
      }
      throw error;
    }
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.update(users).set({ passwordHash }).where(eq(users.id, input.user.id));
  await endOtherSessions(db, input.user.id, input.sessionId);
}
