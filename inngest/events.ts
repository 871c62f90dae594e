// Every event Tally sends, with its data schema. Ground floor of the jobs layer: imports nothing from server/.
// Functions trigger on these EventTypes, and `sendEvents` (inngest/client.ts) validates against the same
// schemas in both modes, so a malformed event fails at the sender instead of inside a background run.

import { eventType } from "inngest";
import { z } from "zod";

/** The most sellers one crowd recount event names. */
export const CROWD_RECOUNT_BATCH = 500;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be YYYY-MM");

export const eventTypes = {
  "connection/sync.requested": eventType("connection/sync.requested", {
    schema: z.object({
      connectionId: z.string().min(1),
      userId: z.string().min(1),
      institutionId: z.string().min(1),
      // The bank server the sync calls (server/accounts/institutions.ts syncThrottleKey): syncs are throttled
      // per bank so that no bank sees a burst from Tally. Events queued before it existed share one bucket.
      throttleKey: z.string().min(1).optional(),
      syncId: z.string().min(1).optional(),
      reason: z.enum(["link", "manual", "daily", "recovery"]),
    }),
  }),
  "statement/import.requested": eventType("statement/import.requested", {
    schema: z.object({
      syncId: z.string().min(1),
      userId: z.string().min(1),
      accountId: z.string().min(1),
    }),
  }),
  "spending/recompute.requested": eventType("spending/recompute.requested", {
    schema: z.object({ userId: z.string().min(1), months: z.array(month) }),
  }),
  // Budgets or spending changed for these months (a sync, a budget or a category change): evaluate budget status
  // and notify. Debounced per user by the function that receives it.
  "budget/evaluate.requested": eventType("budget/evaluate.requested", {
    schema: z.object({ userId: z.string().min(1), months: z.array(month) }),
  }),
  // E-mail one notification. Its id is `notification-email:{notificationId}`; delivery is at most once anyway.
  "notification/email.requested": eventType("notification/email.requested", {
    schema: z.object({ notificationId: z.string().min(1), userId: z.string().min(1) }),
  }),
  // A user, a bank connection or a manual account was removed: its raw statements leave the object store. Written
  // in the removal's own transaction, so an object store that fails then, or a crash right after, loses nothing.
  "statements/purge.requested": eventType("statements/purge.requested", {
    schema: z
      .object({
        userId: z.string().min(1),
        connectionId: z.string().min(1).optional(),
        accountId: z.string().min(1).optional(),
      })
      .refine((data) => !(data.connectionId && data.accountId), "names a connection or an account, not both"),
  }),
  // These sellers lost votes (a voter deleted their account): recount their crowd answers. At most 500 sellers
  // an event, so that no event grows with one user's history.
  "crowd/recount.requested": eventType("crowd/recount.requested", {
    schema: z.object({ sellerKeys: z.array(z.string().min(1)).min(1).max(CROWD_RECOUNT_BATCH) }),
  }),
  // One batch of the seller re-key (server/categorize/rekey.ts): rules, choices and votes keyed by a normalizer
  // older than `version` move to the key their sample text reads into now. Each batch sends the next while rows
  // are left, so no run grows with the users; `chain` names the hourly check that started it.
  "categorize/rekey.requested": eventType("categorize/rekey.requested", {
    schema: z.object({
      version: z.number().int().min(1),
      chain: z.string().min(1),
      batch: z.number().int().min(0),
    }),
  }),
  // Sent by the operator command to run the daily refresh now instead of waiting for the cron.
  "sync/daily-refresh.requested": eventType("sync/daily-refresh.requested", {
    schema: z.object({ pageSize: z.number().int().min(1).max(1000).optional() }),
  }),
  // One page of one bucket of the daily refresh; each page sends the next, so no run grows with the users.
  "sync/daily-refresh.page": eventType("sync/daily-refresh.page", {
    schema: z.object({
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"),
      // Which bucket of connections (server/sync/daily.ts), after the cursor `after` (the last page's last
      // connection's key).
      bucket: z.number().int().min(0).max(255),
      after: z.object({ userId: z.guid(), connectionId: z.guid() }).nullable(),
      pageSize: z.number().int().min(1).max(1000),
      // Seconds over which the bucket's syncs are spread from the start of `day` (0: all now).
      spreadSeconds: z.number().int().min(0).max(86_400),
    }),
  }),
} as const;

export type TallyEventName = keyof typeof eventTypes;

export type TallyEventData<N extends TallyEventName> = z.infer<(typeof eventTypes)[N]["schema"]>;

/** An event as sent. `id` makes sending idempotent: Inngest (and the embedded runner) drop repeats for 24 h. */
export type TallyEvent<N extends TallyEventName = TallyEventName> = {
  [K in N]: { name: K; data: TallyEventData<K>; id?: string; ts?: number };
}[N];

export type EventOptions = {
  /** Deterministic id, e.g. `sync:{connectionId}:{date}`. Never built from Date.now(). */
  id?: string;
  /** Milliseconds since the epoch; in the future, the runs start then (Inngest and the embedded runner). */
  ts?: number;
};

export function buildEvent<N extends TallyEventName>(
  name: N,
  data: TallyEventData<N>,
  options: EventOptions = {},
): TallyEvent<N> {
  const event = { name, data } as TallyEvent<N>;
  if (options.id !== undefined) event.id = options.id;
  if (options.ts !== undefined) event.ts = options.ts;
  return event;
}

export const connectionSyncRequested = (
  data: TallyEventData<"connection/sync.requested">,
  options?: EventOptions,
) => buildEvent("connection/sync.requested", data, options);

export const statementImportRequested = (
  data: TallyEventData<"statement/import.requested">,
  options?: EventOptions,
) => buildEvent("statement/import.requested", data, options);

export const spendingRecomputeRequested = (
  data: TallyEventData<"spending/recompute.requested">,
  options?: EventOptions,
) => buildEvent("spending/recompute.requested", data, options);

export const budgetEvaluateRequested = (
  data: TallyEventData<"budget/evaluate.requested">,
  options?: EventOptions,
) => buildEvent("budget/evaluate.requested", data, options);

/** One e-mail per notification: the deterministic id makes a repeated request a no-op. */
export const notificationEmailRequested = (data: TallyEventData<"notification/email.requested">) =>
  buildEvent("notification/email.requested", data, { id: `notification-email:${data.notificationId}` });

export const dailyRefreshRequested = (
  data: TallyEventData<"sync/daily-refresh.requested"> = {},
  options?: EventOptions,
) => buildEvent("sync/daily-refresh.requested", data, options);

export const dailyRefreshPage = (data: TallyEventData<"sync/daily-refresh.page">, options?: EventOptions) =>
  buildEvent("sync/daily-refresh.page", data, options);

/** Once per removed owner: the id makes a repeated request a no-op. */
export const statementsPurgeRequested = (data: TallyEventData<"statements/purge.requested">) =>
  buildEvent("statements/purge.requested", data, {
    id: `statements-purge:${data.userId}:${data.connectionId ?? data.accountId ?? "all"}`,
  });

export const crowdRecountRequested = (
  data: TallyEventData<"crowd/recount.requested">,
  options?: EventOptions,
) => buildEvent("crowd/recount.requested", data, options);

/** Deterministic: a retried batch, or the same hour's check run twice, starts no second chain. */
export const rekeyRequested = (data: TallyEventData<"categorize/rekey.requested">) =>
  buildEvent("categorize/rekey.requested", data, {
    id: `rekey:v${data.version}:${data.chain}:${data.batch}`,
  });

function isTallyEventName(name: string): name is TallyEventName {
  return Object.hasOwn(eventTypes, name);
}

/**
 * Checks an event's name and data against its schema and returns it with the parsed data (unknown keys
 * stripped). Throws a ZodError naming the event, never echoing its data (it may hold user data).
 */
export function validateEvent(event: { name: string; data?: unknown; id?: string; ts?: number }): TallyEvent {
  if (!isTallyEventName(event.name)) throw new Error(`Unknown event "${event.name}"`);
  const result = eventTypes[event.name].schema.safeParse(event.data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "data"}: ${issue.message}`,
    );
    throw new Error(`Invalid "${event.name}" event: ${problems.join("; ")}`);
  }
  return { ...event, data: result.data } as TallyEvent;
}
