// What asks for a user's budget notices to be decided again: besides spending and budget changes, a profile
// change that moves a budget's status (lower alert thresholds, another time zone, another income) does, so a
// user already past a threshold they just chose is told without waiting for their next purchase.

import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putBudget } from "@/app/api/v1/budgets/[category_id]/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import type { Database } from "@/db";
import type { Notification } from "@/db/schema";
import { currentMonthFor, todayIn } from "@/lib/months";
import { deleteManualAccount } from "@/server/accounts/accounts";
import { loadBudgetStatuses } from "@/server/notifications/budget-statuses";
import { evaluateBudgetNotificationsNow } from "@/server/notifications/evaluate";
import { addSpending, categoryId } from "../factories/spending";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { clearOutbox, outboxEvents } from "../support/jobs";

let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

const GROCERIES = categoryId("food-dining.groceries");

const evaluationsAskedFor = async (userId: string) =>
  (await outboxEvents(db)).filter(
    (event) =>
      event.name === "budget/evaluate.requested" && (event.data as { userId: string }).userId === userId,
  );

/** The threshold notices (the pace projection depends on the day of the month the test runs on). */
const thresholdNotices = (notices: Notification[]) =>
  notices
    .filter((notice) => notice.kind !== "budget_projected")
    .map((notice) => [notice.kind, notice.threshold]);

describe("a profile change", () => {
  it("asks for the month's budget notices when the alert thresholds change", async () => {
    const { user, token } = await createTestUser(db, { label: "thresholds" });
    // $300 of a $500 budget this month: 60%, under the default 80%.
    await addSpending(db, user.id, [
      { on: todayIn("UTC"), cents: -30_000, category: "food-dining.groceries" },
    ]);
    const put = await call(putBudget, {
      method: "PUT",
      token,
      params: { category_id: GROCERIES },
      body: { amount: "500" },
    });
    expect(put.status).toBe(200);
    expect(thresholdNotices(await evaluateBudgetNotificationsNow(db, user.id, loadBudgetStatuses))).toEqual(
      [],
    );
    await clearOutbox(db);

    const patched = await call(patchMe, { method: "PATCH", token, body: { notify_thresholds: [50, 100] } });
    expect(patched.status).toBe(200);
    expect(await evaluationsAskedFor(user.id)).toEqual([
      expect.objectContaining({ data: { userId: user.id, months: [currentMonthFor("UTC")] } }),
    ]);
    // What that evaluation decides: 50% is reached, and told.
    const told = await evaluateBudgetNotificationsNow(db, user.id, loadBudgetStatuses);
    expect(thresholdNotices(told)).toEqual([["budget_approaching", 50]]);
  });

  it("asks for nothing when only the name or the e-mail setting changes", async () => {
    const { user, token } = await createTestUser(db, { label: "name-only" });
    await clearOutbox(db);
    await call(patchMe, { method: "PATCH", token, body: { name: "Ada", email_notifications: false } });
    expect(await evaluationsAskedFor(user.id)).toEqual([]);
  });
});

describe("removing an account", () => {
  it("asks for the month's budget notices again when the account held refunds that kept a budget under", async () => {
    const { user, token } = await createTestUser(db, { label: "remove-refunds" });
    const today = todayIn("UTC");
    await addSpending(db, user.id, [{ on: today, cents: -15_000, category: "food-dining.groceries" }]);
    const refunds = await addSpending(db, user.id, [
      { on: today, cents: 6_000, category: "food-dining.groceries" },
    ]);
    await call(putBudget, {
      method: "PUT",
      token,
      params: { category_id: GROCERIES },
      body: { amount: "100" },
    });
    // $150 spent, $60 back: $90 of $100, past 80% and under the budget.
    expect(thresholdNotices(await evaluateBudgetNotificationsNow(db, user.id, loadBudgetStatuses))).toEqual([
      ["budget_approaching", 80],
    ]);
    await clearOutbox(db);

    await deleteManualAccount(db, user.id, refunds);
    expect(await evaluationsAskedFor(user.id)).toEqual([
      expect.objectContaining({ data: { userId: user.id, months: [currentMonthFor("UTC")] } }),
    ]);
    // Without the refunds, $150 of $100: over, and told.
    const told = await evaluateBudgetNotificationsNow(db, user.id, loadBudgetStatuses);
    expect(thresholdNotices(told)).toEqual([["budget_exceeded", 100]]);
  });
});
