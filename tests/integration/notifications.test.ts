import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putBudget } from "@/app/api/v1/budgets/[category_id]/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { POST as readRoute } from "@/app/api/v1/notifications/[id]/read/route";
import { POST as readAllRoute } from "@/app/api/v1/notifications/read-all/route";
import { GET as listRoute } from "@/app/api/v1/notifications/route";
import { GET as unreadCountRoute } from "@/app/api/v1/notifications/unread-count/route";
import type { Database } from "@/db";
import { notificationDeliveries, notifications } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { createEmbeddedRunner } from "@/inngest/embedded/runner";
import { budgetEvaluateRequested } from "@/inngest/events";
import { deliverNotificationEmail } from "@/inngest/functions/deliver-notification-email";
import { defineEvaluateBudgetNotifications } from "@/inngest/functions/evaluate-budget-notifications";
import { todayIn } from "@/lib/months";
import { setBudget } from "@/server/budgets/budgets";
import { listOutbox } from "@/server/mail/outbox";
import { type BudgetStatusInput, dueBudgetNotifications } from "@/server/notifications/budget-rules";
import { loadBudgetStatuses } from "@/server/notifications/budget-statuses";
import { evaluateBudgetNotificationsNow, evaluateNotifications } from "@/server/notifications/evaluate";
import { recordNotifications } from "@/server/notifications/store";
import { addSpending } from "../factories/spending";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { manualClock } from "../support/jobs";

let db: Database;

const GROCERIES = defaultCategoryId("food-dining.groceries");
const RESTAURANTS = defaultCategoryId("food-dining.restaurants");
const NOV_21 = new Date("2026-11-21T15:00:00Z");

const status = (spentCents: number, overrides: Partial<BudgetStatusInput> = {}): BudgetStatusInput => ({
  categoryId: GROCERIES,
  categoryName: "Groceries",
  currency: "USD",
  month: "2026-11",
  spentCents,
  budgetCents: 45_000,
  projectedCents: null,
  ...overrides,
});

const evaluate = (userId: string, statuses: BudgetStatusInput[], now = NOV_21) =>
  evaluateNotifications(db, userId, ["2026-11"], statuses, now);

async function stored(userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.seq);
}

async function deliveriesOf(userId: string) {
  return db
    .select({ id: notificationDeliveries.notificationId, status: notificationDeliveries.status })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .where(eq(notifications.userId, userId));
}

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

describe("budget notices, exactly once", () => {
  it("tells each threshold once as spending rises, and retracts nothing when a refund brings it back under", async () => {
    const { user } = await createTestUser(db, { label: "rising" });
    expect(await evaluate(user.id, [status(35_999)])).toEqual([]);

    const first = await evaluate(user.id, [status(36_000)]);
    expect(first.map((n) => [n.kind, n.threshold, n.month])).toEqual([
      ["budget_approaching", 80, "2026-11-01"],
    ]);
    expect(await evaluate(user.id, [status(36_000)])).toEqual([]);
    expect(await evaluate(user.id, [status(40_000)])).toEqual([]);

    const second = await evaluate(user.id, [status(45_000)]);
    expect(second.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);

    // A $200 refund: back to $250 of $450. Nothing new, nothing taken back; over again later, still nothing.
    expect(await evaluate(user.id, [status(25_000)])).toEqual([]);
    expect(await evaluate(user.id, [status(46_000)])).toEqual([]);
    const rows = await stored(user.id);
    expect(rows.map((n) => [n.kind, n.threshold])).toEqual([
      ["budget_approaching", 80],
      ["budget_exceeded", 100],
    ]);
    // Each new notice got its e-mail record (the user takes e-mail by default).
    expect((await deliveriesOf(user.id)).map((d) => d.status)).toEqual(["pending", "pending"]);
  });

  it("records each category's notice of one evaluation in order", async () => {
    const { user, token } = await createTestUser(db, { label: "both" });
    const created = await evaluate(user.id, [
      status(37_000),
      status(16_000, { categoryId: RESTAURANTS, categoryName: "Restaurants", budgetCents: 20_000 }),
    ]);
    expect(created.map((n) => [n.categoryId, n.kind])).toEqual([
      [GROCERIES, "budget_approaching"],
      [RESTAURANTS, "budget_approaching"],
    ]);
    expect((await evaluate(user.id, [status(47_000)])).map((n) => [n.categoryId, n.kind])).toEqual([
      [GROCERIES, "budget_exceeded"],
    ]);
    const listed = await call(listRoute, { token, path: "/api/v1/notifications" });
    expect(listed.status).toBe(200);
    // Newest first: the reverse of the order they were decided in.
    expect(
      listed.body.data.map((n: { kind: string; category_id: string }) => [n.category_id, n.kind]),
    ).toEqual([
      [GROCERIES, "budget_exceeded"],
      [RESTAURANTS, "budget_approaching"],
      [GROCERIES, "budget_approaching"],
    ]);
    expect(listed.body.data[0]).toMatchObject({
      title: "Groceries is over its November budget",
      month: "2026-11",
      read_at: null,
      link: "/budgets?month=2026-11",
    });
    expect(listed.body.data[0].body).toMatch(
      /^Groceries: \$470 of \$450 \(104%\), \$20 over, with 9 days left/,
    );
  });

  it("creates one row, with one e-mail, when evaluations race", async () => {
    const { user } = await createTestUser(db, { label: "race" });
    const results = await Promise.all(Array.from({ length: 6 }, () => evaluate(user.id, [status(46_000)])));
    expect(results.flat()).toHaveLength(1);
    expect((await stored(user.id)).map((n) => n.threshold)).toEqual([100]);
    expect(await deliveriesOf(user.id)).toHaveLength(1);
  });

  it("tells a purchase that passes 80% and 100% at once as 'over' alone, and 'passed 80%' never after it", async () => {
    const { user } = await createTestUser(db, { label: "jump" });
    // $315 of $450 (70%), then one $270 purchase: $585 (130%).
    expect(await evaluate(user.id, [status(31_500)])).toEqual([]);
    const told = await evaluate(user.id, [status(58_500)]);
    expect(told.map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
    // A $202.50 refund: $382.50 (85%), past 80% again. The user already knows more than that.
    expect(await evaluate(user.id, [status(38_250)])).toEqual([]);
    // Nor when the budget is raised to $700 the next day: $585 is 84% of it.
    expect(await evaluate(user.id, [status(58_500, { budgetCents: 70_000 })])).toEqual([]);
    expect((await stored(user.id)).map((n) => [n.kind, n.threshold])).toEqual([["budget_exceeded", 100]]);
    expect(await deliveriesOf(user.id)).toHaveLength(1);
  });

  it("makes a lower notice racing a higher one wait for it, then drops it", async () => {
    const { user } = await createTestUser(db, { label: "lock" });
    const drafts = (spentCents: number) =>
      dueBudgetNotifications([status(spentCents)], { thresholds: [80, 100], today: "2026-11-21" });
    // One evaluation has recorded "over" but not committed yet when another, which read spending before the
    // purchase ($382.50, 85%), records "passed 80%".
    let overRecorded!: () => void;
    const recorded = new Promise<void>((resolve) => {
      overRecorded = resolve;
    });
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => {
      commit = resolve;
    });
    const over = db.transaction(async (tx) => {
      const rows = await recordNotifications(tx, user, drafts(58_500));
      overRecorded();
      await committing;
      return rows;
    });
    await recorded;
    const lower = recordNotifications(db, user, drafts(38_250));
    commit();
    expect((await over).map((n) => n.threshold)).toEqual([100]);
    expect(await lower).toEqual([]);
    expect((await stored(user.id)).map((n) => n.threshold)).toEqual([100]);
  });

  it("tells the projection once per category and month", async () => {
    const { user } = await createTestUser(db, { label: "projection" });
    const onTheTenth = new Date("2026-11-10T12:00:00Z");
    const fast = status(20_000, { projectedCents: 60_000 });
    expect((await evaluate(user.id, [fast], onTheTenth)).map((n) => n.kind)).toEqual(["budget_projected"]);
    expect(await evaluate(user.id, [status(22_000, { projectedCents: 61_000 })], onTheTenth)).toEqual([]);
    // December is a month of its own.
    const december = await evaluateNotifications(
      db,
      user.id,
      ["2026-12"],
      [status(20_000, { month: "2026-12", projectedCents: 60_000 })],
      new Date("2026-12-10T12:00:00Z"),
    );
    expect(december.map((n) => n.kind)).toEqual(["budget_projected"]);
  });

  it("follows thresholds edited in the profile, keeping what was already told", async () => {
    const { user, token } = await createTestUser(db, { label: "edited" });
    await evaluate(user.id, [status(37_000)]);
    const patched = await call(patchMe, {
      method: "PATCH",
      token,
      body: { notify_thresholds: [90, 50, 90] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.notify_thresholds).toEqual([50, 90]);

    // $412 is past 50% and 90% of $450: 90% is the news; 80% was told before and stays.
    const created = await evaluate(user.id, [status(41_200)]);
    expect(created.map((n) => n.threshold)).toEqual([90]);
    expect((await stored(user.id)).map((n) => n.threshold)).toEqual([80, 90]);

    const bad = await call(patchMe, { method: "PATCH", token, body: { notify_thresholds: [80, 0] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ "notify_thresholds.1": "must be at least 1%" });
  });

  it("tells going over budget whatever the thresholds, and the user's marks before and past it", async () => {
    const { user, token } = await createTestUser(db, { label: "over-always" });
    const patched = await call(patchMe, { method: "PATCH", token, body: { notify_thresholds: [50, 125] } });
    // The setting is kept as the user wrote it: 100% is implied, not added.
    expect(patched.body.notify_thresholds).toEqual([50, 125]);
    // $247.50 (55%), $495 (110%), $562.50 (125%) of $450.
    expect((await evaluate(user.id, [status(24_750)])).map((n) => n.threshold)).toEqual([50]);
    const over = await evaluate(user.id, [status(49_500)]);
    expect(over.map((n) => [n.kind, n.threshold, n.title])).toEqual([
      ["budget_exceeded", 100, "Groceries is over its November budget"],
    ]);
    expect((await evaluate(user.id, [status(56_250)])).map((n) => n.threshold)).toEqual([125]);
  });

  it("records no e-mail when the user turned e-mail off", async () => {
    const { user, token } = await createTestUser(db, { label: "no-email" });
    await call(patchMe, { method: "PATCH", token, body: { email_notifications: false } });
    const created = await evaluate(user.id, [status(50_000)]);
    expect(created).toHaveLength(1);
    expect(await deliveriesOf(user.id)).toEqual([]);
  });
});

describe("a budget of zero", () => {
  it("tells one 'over budget' notice for spending against it, and never another that month", async () => {
    const { user, token } = await createTestUser(db, { label: "zero-budget" });
    const put = await call(putBudget, {
      method: "PUT",
      token,
      params: { category_id: GROCERIES },
      body: { amount: "0" },
    });
    expect(put.status).toBe(200);
    const spend = (cents: number) =>
      addSpending(db, user.id, [{ on: todayIn("UTC"), cents: -cents, category: "food-dining.groceries" }]);
    const evaluateNow = () => evaluateBudgetNotificationsNow(db, user.id, loadBudgetStatuses);

    await spend(1_200);
    const told = await evaluateNow();
    // Percentages of nothing mean nothing: $12 against $0 is over, and that is the one thing to say.
    expect(told.map((n) => n.kind)).toEqual(["budget_exceeded"]);
    expect(told[0]!.title).toMatch(/^Groceries is over its \w+ budget$/);

    await spend(3_000);
    expect(await evaluateNow()).toEqual([]);
    // Other thresholds, including one past 100%, are passed by the first cent too: nothing new to tell.
    expect(
      (await call(patchMe, { method: "PATCH", token, body: { notify_thresholds: [50, 150] } })).status,
    ).toBe(200);
    expect(await evaluateNow()).toEqual([]);
    expect((await stored(user.id)).map((n) => n.kind)).toEqual(["budget_exceeded"]);
  });
});

describe("the evaluation job", () => {
  it("evaluates the month under way once things settle, with the statuses it is given, then e-mails each new notice once", async () => {
    const { user } = await createTestUser(db, { label: "job" });
    const asked: Array<{ months: string[]; today: string }> = [];
    const evaluateFn = defineEvaluateBudgetNotifications(async (_db, input) => {
      // Earlier tests' profile changes asked for their users' evaluations too: only this user's are counted.
      if (input.userId === user.id) asked.push({ months: input.months, today: input.today });
      return [status(46_000, { month: input.months[0]! })];
    });
    const clock = manualClock(Date.now());
    const runner = createEmbeddedRunner([evaluateFn, deliverNotificationEmail], {
      baseDelayMs: 5,
      now: clock.now,
      log: { info() {}, warn() {}, error() {} },
    });
    try {
      // Two requests 5 s apart: debounced per user, they are evaluated once, 20 s after the last.
      await runner.dispatch(budgetEvaluateRequested({ userId: user.id, months: ["2026-01"] }));
      clock.set(clock.now() + 5_000);
      await runner.dispatch(budgetEvaluateRequested({ userId: user.id, months: ["2026-02"] }));
      await runner.drain();
      expect(asked).toHaveLength(0);
      clock.set(clock.now() + 20_000);
      await runner.drain();
      expect(asked).toHaveLength(1);
      // A later request evaluates again: it creates nothing and sends nothing.
      await runner.dispatch(budgetEvaluateRequested({ userId: user.id, months: ["2026-03"] }));
      clock.set(clock.now() + 20_000);
      await runner.drain();
    } finally {
      await runner.stop();
    }
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(asked).toHaveLength(2);
    expect(asked.every((request) => request.months.length === 1 && request.months[0] === thisMonth)).toBe(
      true,
    );
    const rows = await stored(user.id);
    expect(rows.map((n) => n.kind)).toEqual(["budget_exceeded"]);
    expect((await deliveriesOf(user.id)).map((d) => d.status)).toEqual(["sent"]);
    // No SMTP server is configured in tests: the e-mails are in the user's outbox, one file per notice.
    const outbox = await listOutbox(user.id);
    expect(outbox.map((message) => message.subject).sort()).toEqual(rows.map((n) => n.title).sort());
  });
});

describe("REST", () => {
  it("lists, filters unread, marks one and all read, and hides other users' notices", async () => {
    const alice = await createTestUser(db, { label: "alice" });
    const bob = await createTestUser(db, { label: "bob" });
    const [approaching] = await evaluate(alice.user.id, [status(37_000)]);
    const [exceeded] = await evaluate(alice.user.id, [status(46_000)]);

    const count = async (token: string) => (await call(unreadCountRoute, { token })).body.unread;
    expect(await count(alice.token)).toBe(2);
    expect(await count(bob.token)).toBe(0);

    const stolen = await call(readRoute, { token: bob.token, params: { id: approaching!.id } });
    expect(stolen.status).toBe(404);
    expect((await call(readRoute, { token: bob.token, params: { id: "not-an-id" } })).status).toBe(404);
    expect(await count(alice.token)).toBe(2);

    const read = await call(readRoute, { token: alice.token, params: { id: approaching!.id } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: approaching!.id, kind: "budget_approaching" });
    expect(read.body.read_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Reading again keeps the first time it was read.
    const again = await call(readRoute, { token: alice.token, params: { id: approaching!.id } });
    expect(again.body.read_at).toBe(read.body.read_at);

    const unread = await call(listRoute, { token: alice.token, path: "/api/v1/notifications?unread=true" });
    expect(unread.body.data.map((n: { id: string }) => n.id)).toEqual([exceeded!.id]);
    expect(await count(alice.token)).toBe(1);

    // Bob's read-all touches only Bob's.
    expect((await call(readAllRoute, { token: bob.token, method: "POST" })).status).toBe(204);
    expect(await count(alice.token)).toBe(1);
    expect((await call(readAllRoute, { token: alice.token, method: "POST" })).status).toBe(204);
    expect(await count(alice.token)).toBe(0);
    expect((await call(listRoute, { token: bob.token })).body.data).toEqual([]);
  });

  it("pages with a cursor and refuses a bad query", async () => {
    const { user, token } = await createTestUser(db, { label: "pages" });
    const restaurants = { categoryId: RESTAURANTS, categoryName: "Restaurants" };
    for (const spent of [37_000, 46_000]) {
      await evaluate(user.id, [status(spent), status(spent, restaurants)]);
    }
    const first = await call(listRoute, { token, path: "/api/v1/notifications?limit=3" });
    expect(first.body.data).toHaveLength(3);
    expect(first.body.next_cursor).toEqual(expect.any(String));
    const second = await call(listRoute, {
      token,
      path: `/api/v1/notifications?limit=3&cursor=${first.body.next_cursor}`,
    });
    expect(second.body.data).toHaveLength(1);
    expect(second.body.next_cursor).toBeNull();
    const ids = [...first.body.data, ...second.body.data].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(4);

    const bad = await call(listRoute, { token, path: "/api/v1/notifications?unread=yes&limit=0" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["limit", "unread"]);
    expect((await call(listRoute, { path: "/api/v1/notifications" })).status).toBe(401);
  });
});

describe("what a budget notice says", () => {
  it("does not call a budget eaten by last month's overspending a budget of $0", async () => {
    const { user } = await createTestUser(db, { label: "overspent" });
    // $100 a month for groceries, leftovers and overspending carried over; $250 spent in October, $12 in November.
    await addSpending(db, user.id, [
      { on: "2026-10-05", cents: -25_000, category: "food-dining.groceries" },
      { on: "2026-11-03", cents: -1_200, category: "food-dining.groceries" },
    ]);
    await setBudget(db, user, GROCERIES, { month: "2026-10", amount: 10_000, rollover: true }, NOV_21);
    // November: $100 less the $150 October overspent leaves less than nothing.
    const statuses = await loadBudgetStatuses(db, {
      userId: user.id,
      months: ["2026-11"],
      today: "2026-11-21",
      now: NOV_21,
    });
    const created = await evaluate(user.id, statuses);
    const over = created.find((notice) => notice.kind === "budget_exceeded");
    expect(over?.body).toMatch(
      /^Groceries: \$12 spent with 9 days left in November, with nothing left of its \$100 budget after \$150 overspent in October\./,
    );
    expect(created.map((notice) => notice.body).join(" ")).not.toContain("a budget of $0");
  });
});
