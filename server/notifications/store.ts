import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  type Notification,
  type NotificationKind,
  notificationDeliveries,
  notifications,
  type User,
} from "@/db/schema";
import { notificationEmailRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { AppError, notFound } from "@/server/errors";
import { isSupersededBy } from "./budget-rules";

/** A notice to record: what it is about (the parts of its once-only key) and what it says. */
export type NotificationDraft = {
  kind: NotificationKind;
  categoryId?: string | null;
  /** YYYY-MM */
  month?: string | null;
  threshold?: number | null;
  syncId?: string | null;
  connectionId?: string | null;
  accountId?: string | null;
  title: string;
  body: string;
};

/**
 * Records notices at most once each and returns the ones this call created, in order. The unique key
 * (user, kind, category, month, threshold, sync) with ON CONFLICT DO NOTHING is what makes it exactly once:
 * a retried job or a second evaluation racing this one inserts nothing. A budget notice that one already told
 * supersedes (a lower threshold of the same category and month) is not recorded at all (withoutSuperseded).
 * When the user takes e-mail, each new notice gets its pending delivery in the same transaction, so a notice
 * never exists without its e-mail record.
 */
export async function recordNotifications(
  db: Database,
  user: Pick<User, "id" | "emailNotifications">,
  drafts: readonly NotificationDraft[],
): Promise<Notification[]> {
  if (drafts.length === 0) return [];
  return db.transaction(async (tx) => {
    const due = await withoutSuperseded(tx, user.id, drafts);
    if (due.length === 0) return [];
    const created = await tx
      .insert(notifications)
      .values(
        due.map((draft) => ({
          userId: user.id,
          kind: draft.kind,
          categoryId: draft.categoryId ?? null,
          month: draft.month ? `${draft.month}-01` : null,
          threshold: draft.threshold ?? null,
          syncId: draft.syncId ?? null,
          connectionId: draft.connectionId ?? null,
          accountId: draft.accountId ?? null,
          title: draft.title,
          body: draft.body,
        })),
      )
      .onConflictDoNothing()
      .returning();
    created.sort((a, b) => a.seq - b.seq);
    if (user.emailNotifications && created.length > 0) {
      await tx
        .insert(notificationDeliveries)
        .values(created.map((row) => ({ userId: user.id, notificationId: row.id })));
      // Each notice's e-mail is asked for in the same transaction: it commits, or neither does.
      await enqueueEvents(
        tx,
        created.map((row) => notificationEmailRequested({ notificationId: row.id, userId: user.id })),
      );
    }
    return created;
  });
}

// Namespace of the notices' advisory lock (two-key form; server/spending/aggregate.ts has the others).
const BUDGET_NOTICE_LOCK = 8_404;

const budgetNotificationKinds: ReadonlySet<NotificationKind> = new Set([
  "budget_approaching",
  "budget_exceeded",
  "budget_projected",
]);

const isBudgetDraft = (draft: NotificationDraft) =>
  budgetNotificationKinds.has(draft.kind) && Boolean(draft.categoryId) && Boolean(draft.month);

/**
 * The drafts left once the budget notices a told notice supersedes are taken out (isSupersededBy: never "passed
 * 80%" after "over budget" for the same category and month). Read and insert are made one decision by a
 * per-user lock held to the end of the transaction: two evaluations racing (one seeing a refund, one the
 * purchase) would each miss the other's uncommitted row and could both insert; with it, the later one reads
 * what the earlier one told. The unique key still makes a repeat of the same notice a no-op.
 */
async function withoutSuperseded(
  tx: Database,
  userId: string,
  drafts: readonly NotificationDraft[],
): Promise<NotificationDraft[]> {
  const budgetDrafts = drafts.filter(isBudgetDraft);
  if (budgetDrafts.length === 0) return [...drafts];
  await tx.execute(sql`select pg_advisory_xact_lock(${BUDGET_NOTICE_LOCK}, hashtext(${userId}))`);
  const categoryIds = [...new Set(budgetDrafts.map((draft) => draft.categoryId!))];
  const months = [...new Set(budgetDrafts.map((draft) => `${draft.month}-01`))];
  const told = await tx
    .select({
      categoryId: notifications.categoryId,
      month: notifications.month,
      threshold: notifications.threshold,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        inArray(notifications.categoryId, categoryIds),
        inArray(notifications.month, months),
        isNotNull(notifications.threshold),
      ),
    );
  const toldNotices = told.map((row) => ({
    categoryId: row.categoryId!,
    month: row.month!.slice(0, 7),
    threshold: row.threshold,
  }));
  return drafts.filter(
    (draft) =>
      !isBudgetDraft(draft) ||
      !isSupersededBy(
        { categoryId: draft.categoryId!, month: draft.month!, threshold: draft.threshold ?? null },
        toldNotices,
      ),
  );
}

const CURSOR = /^\d{1,18}$/;

/** The user's notices, newest first, a page at a time (the cursor is the last row's position). */
export async function listNotifications(
  db: Database,
  input: { userId: string; unreadOnly?: boolean; limit?: number; cursor?: string | null },
): Promise<{ rows: Notification[]; nextCursor: string | null }> {
  const limit = input.limit ?? 50;
  if (input.cursor && !CURSOR.test(input.cursor)) {
    throw new AppError("invalid_input", "That page of notifications does not exist.", {
      fields: { cursor: "is not a cursor from this list" },
    });
  }
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, input.userId),
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        input.cursor ? lt(notifications.seq, Number(input.cursor)) : undefined,
      ),
    )
    .orderBy(desc(notifications.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? String(page.at(-1)!.seq) : null };
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.unread ?? 0);
}

/** Marks one of the user's notices read (keeping the first time it was read); 404 for anyone else's. */
export async function markNotificationRead(
  db: Database,
  userId: string,
  notificationId: string,
): Promise<Notification> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
    .returning();
  if (!row) throw notFound("That notification");
  return row;
}

export async function markAllNotificationsRead(db: Database, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
