import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { timeOrderedId } from "./ids";
import { users } from "./users";

export const notificationKinds = [
  "budget_approaching",
  "budget_exceeded",
  "budget_projected",
  "sync_completed",
  "sync_failed",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * What Tally told a user, in the app (and by e-mail when they allow it). A row is written once per event worth
 * telling and never retracted: a refund that brings spending back under a threshold leaves the earlier notice.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: timeOrderedId(),
    // Insertion order: several notices written by one statement share created_at, and "80%, then 100%" must
    // list in the order they were decided.
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    // What the notice is about. Budget notices: the category, the month (its first day) and, for
    // approaching/exceeded, the threshold in percent. Sync notices: the sync and its connection or account.
    // Syncs, connections and accounts have no foreign key on purpose: removing a connection keeps what the user
    // was told, and the link then simply lands on the Accounts page.
    categoryId: uuid("category_id"),
    month: date("month", { mode: "string" }),
    threshold: integer("threshold"),
    syncId: uuid("sync_id"),
    connectionId: uuid("connection_id"),
    accountId: uuid("account_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ name: "notifications_pkey", columns: [table.userId, table.id] }),
    // Exactly once: two evaluations racing, or a job retried, insert with ON CONFLICT DO NOTHING against this
    // key, so one row wins. Nulls count as equal (a sync notice has no category, month or threshold).
    unique("notifications_once_key")
      .on(table.userId, table.kind, table.categoryId, table.month, table.threshold, table.syncId)
      .nullsNotDistinct(),
    index("notifications_user_seq_idx").on(table.userId, table.seq.desc()),
    // The bell asks for the unread count every few seconds: keep it an index-only count of a few rows.
    index("notifications_unread_idx").on(table.userId).where(sql`read_at is null`),
  ],
);

export type Notification = typeof notifications.$inferSelect;

export const deliveryStatuses = ["pending", "sending", "sent", "skipped", "failed", "uncertain"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * The e-mail for one notification, recorded so that it is sent at most once across job retries and restarts
 * (the notification id is the idempotency key; server/notifications/delivery.ts has the protocol):
 *   pending → sending (claimed just before the message is handed to the mail server) → sent;
 *   sending → pending again when the server definitely did not take it (a refused connection, a 4xx/5xx);
 *   sending found by a later attempt → uncertain (the process stopped mid-hand-over: not resent);
 *   skipped when e-mail was turned off before delivery; failed when every retry was refused.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    userId: uuid("user_id").notNull(),
    notificationId: uuid("notification_id").notNull(),
    status: text("status", { enum: deliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    // The Message-ID the message was sent with, and the server's answer.
    messageId: text("message_id"),
    response: text("response"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ name: "notification_deliveries_pkey", columns: [table.userId, table.notificationId] }),
    foreignKey({
      name: "notification_deliveries_notification_fk",
      columns: [table.userId, table.notificationId],
      foreignColumns: [notifications.userId, notifications.id],
    }).onDelete("cascade"),
  ],
);

export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;
