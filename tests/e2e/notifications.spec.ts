import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";

// Budget notices need budgets (the budgets issue); until they land, the notice a Demo Bank user can cause is the
// sync_completed one: asked for in Settings, then caused by linking the bank.

const AXE = path.resolve("node_modules/axe-core/axe.min.js");

async function expectNoSeriousA11yIssues(page: Page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter(
        (violation: { impact: string }) => violation.impact === "serious" || violation.impact === "critical",
      )
      .map((violation: { id: string; nodes: Array<{ target: string[] }> }) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
  });
  expect(violations).toEqual([]);
}

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications/ });

test(
  "a Demo Bank user asks to hear about new transactions, is told, and finds the e-mail",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("notify"));
    await expect(bell(page)).toHaveAccessibleName("Notifications");

    // Settings: a bad percentage is named beside its box; then sync notices are turned on.
    await page.goto("/settings");
    const settings = page.getByRole("form", { name: "Notification settings" });
    // Over budget is told whatever percentages are chosen; the help says so.
    await expect(
      settings.getByRole("group", {
        name: "Tell me when a category reaches these percentages of its budget",
      }),
    ).toHaveAccessibleDescription(/^Tally always tells you when a category goes over its budget \(100%\)\./);
    await settings.getByRole("button", { name: "Add a percentage" }).click();
    await settings.getByRole("textbox", { name: "Percentage 3", exact: true }).fill("abc");
    await settings.getByRole("button", { name: "Save notification settings" }).click();
    await expect(
      settings.getByRole("textbox", { name: "Percentage 3", exact: true }),
    ).toHaveAccessibleDescription("must be a whole percentage, like 80");
    await settings.getByRole("textbox", { name: "Percentage 3", exact: true }).fill("50");
    await settings.getByLabel("Tell me each time a sync brings new transactions").check();
    await settings.getByRole("button", { name: "Save notification settings" }).click();
    await expect(settings.getByRole("status")).toHaveText("Your notification settings are saved.");
    // Stored sorted.
    await expect(settings.getByRole("textbox", { name: "Percentage 1", exact: true })).toHaveValue("50");
    await expect(settings.getByRole("textbox", { name: "Percentage 3", exact: true })).toHaveValue("100");

    // Link the Demo Bank; the bell counts the notice without a reload.
    const accounts = new AccountsPage(page);
    await accounts.goto();
    const imported = await accounts.linkDemoBank();
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 30_000 });

    await bell(page).click();
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    const notice = page.getByRole("article", {
      name: `${imported.toLocaleString("en-US")} new transactions from Demo Bank`,
    });
    await expect(notice).toBeVisible();
    await expect(notice.getByText("Unread")).toBeVisible();
    await expect(notice.getByRole("link", { name: "See the transactions" })).toHaveAttribute(
      "href",
      "/transactions",
    );
    await expectNoSeriousA11yIssues(page);

    // By keyboard: mark it read; the bell empties.
    await notice.getByRole("button", { name: "Mark as read" }).focus();
    await page.keyboard.press("Enter");
    await expect(notice.getByText("Unread")).toHaveCount(0);
    await expect(bell(page)).toHaveAccessibleName("Notifications");
    await page.getByRole("link", { name: "Unread (0)" }).click();
    await expect(page.getByText("You're all caught up")).toBeVisible();

    const outboxLink = page.getByRole("link", { name: "See the e-mails Tally would have sent" });
    if (process.env.DATABASE_URL) {
      // On a Postgres server the app runs as a production deployment, which never shows the file outbox (e-mail
      // there is tested against a real SMTP server in tests/integration/notification-email.test.ts).
      await expect(outboxLink).toHaveCount(0);
      expect((await page.request.get("/outbox")).status()).toBe(404);
      return;
    }
    // The e-mail it would have sent (no SMTP server here), with its one-click unsubscribe.
    await outboxLink.click();
    await expect(page.getByRole("heading", { name: "Outbox", level: 1 })).toBeVisible();
    await page
      .getByRole("link", { name: `${imported.toLocaleString("en-US")} new transactions from Demo Bank` })
      .click();
    await expect(page.getByText(/^list-unsubscribe$/)).toBeVisible();
    await expect(page.getByText(/\/api\/unsubscribe\?token=/)).toBeVisible();
    await expect(page.locator("pre")).toContainText("imported from Demo Bank");
    await expect(
      page.frameLocator("iframe").getByRole("link", { name: "See the transactions" }),
    ).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  },
);

test("the notifications page fits a 390 px screen", async ({ page, auth }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await auth.signUp(uniqueEmail("notify-small"));
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "No notifications yet" })).toBeVisible();
  await expect(bell(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yIssues(page);
});

test("an unsubscribe link that does not verify says so and changes nothing", async ({ page }) => {
  const response = await page.goto("/unsubscribe?token=00000000-0000-4000-8000-000000000000.forged");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This unsubscribe link is not valid" })).toBeVisible();
});
