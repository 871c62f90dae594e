import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { DashboardPage } from "./pages/dashboard-page";
import { TransactionsPage } from "./pages/transactions-page";

test.use({ reducedMotion: "reduce" });

/** The page's background as [r, g, b]: Tailwind's colours are oklch(), so a 1×1 canvas converts them. */
const pageBackground = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.documentElement).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });

// Cents from "$1,234.56" or "-$12.30", by hand.
const cents = (text: string) => {
  const match = /(-?)\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`not an amount: ${text}`);
  const value = Number(match[2]!.replaceAll(",", "")) * 100 + Number(match[3]);
  return match[1] ? -value : value;
};

test.describe("with the Demo Bank linked", () => {
  test.beforeEach(async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("views"));
    await new AccountsPage(page).linkDemoBankByApi("views");
  });

  test("the dashboard's charts, light and dark, kept as screenshots", async ({ page }, testInfo) => {
    const dashboard = new DashboardPage(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await dashboard.goto();
      await dashboard.waitForWidgets();
      await expect(page.locator("figure svg.recharts-surface").first()).toBeVisible();
      for (const name of [
        "Income and spending by month",
        "Spending in the top categories by month",
        "Cash flow by month",
      ]) {
        await expect(page.getByRole("figure", { name })).toBeVisible();
      }
      const shot = await page.screenshot({ fullPage: true });
      await testInfo.attach(`dashboard-${scheme}`, { body: shot, contentType: "image/png" });
      await page.screenshot({ fullPage: true, path: testInfo.outputPath(`dashboard-${scheme}.png`) });
      // Dark means a dark page: the page's background is near black, not white.
      const [r = 255] = await pageBackground(page);
      if (scheme === "dark") expect(r).toBeLessThan(60);
      else expect(r).toBeGreaterThan(200);
    }
  });

  test("drill down from the chart's list to a category page and to one of its transactions", async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitForWidgets();
    const group = dashboard.groups.getByRole("listitem").first();
    const groupName = (await group.getByRole("link").textContent())!.trim();
    await group.getByRole("button", { name: `Details of ${groupName}` }).click();
    const categories = page.getByRole("list", { name: `Spending in ${groupName} by category` });
    await expect(categories).toBeVisible();
    const category = categories.getByRole("link").first();
    const categoryName = (await category.textContent())!.trim();
    const categoryAmount = cents((await categories.getByRole("listitem").first().textContent())!);
    await category.click();
    await expect(page.getByRole("heading", { level: 1, name: categoryName })).toBeFocused();
    // The history's table agrees with the dashboard for this month.
    await page.getByText("Show the figures as a table").click();
    const lastRow = page
      .getByRole("table", { name: new RegExp(`in ${categoryName} by month`) })
      .getByRole("row")
      .last();
    expect(cents((await lastRow.getByRole("cell").last().textContent())!)).toBe(categoryAmount);
    const transactions = page.getByRole("table", { name: /^Transactions/ });
    await transactions
      .getByRole("button", { name: /^Change category for/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText("From the bank")).toBeVisible();
    await expect(dialog.getByLabel("Category")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("Uncategorized filter, sorting, the true count and total, and the CSV export", async ({ page }) => {
    const transactions = new TransactionsPage(page);
    await transactions.goto();
    await transactions.filters.getByLabel("Category").selectOption({ label: "Uncategorized" });
    await transactions.waitForUrl(/category=/);
    // The router keeps earlier pages hidden for Back; only the shown summary counts.
    const summary = page.getByTestId("transactions-summary").filter({ visible: true });
    await expect(summary).toHaveCount(1);
    const count = Number((await summary.textContent())!.replace(/[^\d,].*$/s, "").replaceAll(",", ""));
    if (count > 0) {
      const labels = await transactions.columnTexts(4);
      for (const label of labels) expect(label).toContain("Uncategorized");
    }

    await transactions.goto("?sort=largest");
    await expect(transactions.rows.first()).toBeVisible();
    const amounts = (await transactions.columnTexts(5)).map((text) => Math.abs(cents(text)));
    expect(amounts.length).toBeGreaterThan(10);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    const month = (await transactions.dates())[0]!.slice(0, 7);
    await transactions.goto(`?month=${month}`);
    await expect(transactions.rows.first()).toBeVisible();
    const line = page.getByTestId("transactions-summary").filter({ visible: true });
    await expect(line).toHaveCount(1);
    const total = await line.textContent();
    const shownCount = Number(total!.replace(/\s.*$/s, "").replaceAll(",", ""));
    const net = cents(total!.split("net")[1]!);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these as CSV" }).click();
    const file = readFileSync((await (await download).path())!, "utf8").replace(/^\uFEFF/, "");
    const rows = file.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(shownCount);
    let sum = 0;
    for (const row of rows) {
      // Amount and type are the 4th and 5th fields; descriptions with commas are quoted, so read from the date.
      const match =
        /^\d+\/\d+\/\d{4},(?:"(?:[^"]|"")*"|[^,]*),(?:"(?:[^"]|"")*"|[^,]*),(\d+)\.(\d{2}),(debit|credit),/.exec(
          row,
        );
      expect(match, row).not.toBeNull();
      const value = Number(match![1]) * 100 + Number(match![2]);
      sum += match![3] === "debit" ? -value : value;
    }
    expect(sum).toBe(net);
  });

  test("apply to all from a seller: the preview, the change and the undo", async ({ page }) => {
    const transactions = new TransactionsPage(page);
    await transactions.goto("?q=blue+bottle");
    await expect(transactions.rows.first()).toBeVisible();
    const before = await transactions.columnTexts(4);
    await transactions.rows
      .first()
      .getByRole("button", { name: /^Change category for/ })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Category").selectOption({ label: "Groceries" });
    await dialog.getByRole("checkbox").check();
    const preview = dialog.getByText(/past transactions? from .* will move to Groceries/);
    await expect(preview).toBeVisible();
    const previewed = Number((await preview.textContent())!.replace(/\D.*$/s, ""));
    expect(previewed).toBe(before.length - 1);
    await dialog.getByRole("button", { name: "Save category" }).click();
    await expect(page.getByText(`${previewed + 1} transactions from`)).toBeVisible();
    await expect
      .poll(async () => (await transactions.columnTexts(4)).every((text) => text.includes("Groceries")))
      .toBe(true);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText(/^Undone:/)).toBeVisible();
    await expect.poll(() => transactions.columnTexts(4)).toEqual(before);
  });

  test("keyboard only: selects apply on Enter, not on each arrow key; focus follows navigation; Escape closes", async ({
    page,
  }) => {
    const transactions = new TransactionsPage(page);
    await transactions.goto();
    const select = transactions.filters.getByLabel("Category");
    await select.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/transactions$/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/category=/);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole("button", { name: "Open menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    const mainNav = page.getByRole("navigation", { name: "Main" });
    await expect(mainNav.getByRole("link", { name: "Transactions", exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(mainNav.getByRole("link", { name: "Transactions", exact: true })).toBeHidden();
    await expect(page.getByRole("button", { name: "Open menu" })).toBeFocused();
    // At 390 px nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await transactions.goto();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });

  test("month navigation names the year, jumps back to this month and stops at the data", async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    const nav = page.getByRole("navigation", { name: "Month" });
    await expect(nav.getByRole("link", { name: /^Next month/ })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "This month" })).toHaveCount(0);
    const shown = nav.locator('[aria-current="date"]');
    for (let i = 0; i < 24; i++) {
      const previous = nav.getByRole("link", { name: /^Previous month/ });
      if ((await previous.count()) === 0) break;
      await expect(previous).toHaveAccessibleName(/^Previous month, [A-Z][a-z]{2} \d{4}$/);
      const before = await shown.textContent();
      await previous.click();
      await expect(shown).not.toHaveText(before!);
    }
    await expect(nav.getByText("No earlier months")).toBeVisible();
    await nav.getByRole("link", { name: "This month" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await dashboard.goto("?month=2099-01");
    await expect(nav.getByRole("link", { name: /^Next month/ })).toHaveCount(0);
  });
});

test("the theme: a choice that sticks from the first paint, and the system's when none is chosen", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("theme"));
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByLabel("Colour theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The server renders the choice into the HTML, so there is no flash of the wrong theme.
  const html = await (await page.request.get("/settings")).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  await page.getByLabel("Colour theme").selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await page.emulateMedia({ colorScheme: "dark" });
  expect((await pageBackground(page))[0]).toBeLessThan(60);
});

test("a theme chosen while the server renders the page from the older choice is the one that stays", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("theme-race"));
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  const theme = page.getByLabel("Colour theme");
  await theme.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Saving the settings renders the whole page again, from the cookie the request carried ("dark"). The request is
  // held until the user has chosen "system", as a slow server or a refresh already on its way would do.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/settings", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const headers = await route.request().allHeaders();
    await held;
    // Sent with the cookie as it was when the request left: the browser would attach the newer one on continuing.
    const cookie = (headers.cookie ?? "").replace(/(^|; )theme=[^;]*/, "$1theme=dark");
    await route.fulfill({ response: await route.fetch({ headers: { ...headers, cookie } }) });
  });
  await page.getByRole("button", { name: "Save settings" }).click();
  await theme.selectOption("system");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  release();
  await expect(page.getByText("Your settings are saved.")).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await expect(theme).toHaveValue("system");
});

test("settings keep what was typed and put each problem next to its field; /login while signed in leads home", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("settings"));
  await page.goto("/settings");
  await page.getByLabel("Monthly income after tax").fill("lots");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
    "Please fix the fields marked below.",
  );
  await expect(page.getByLabel("Monthly income after tax")).toHaveValue("lots");
  await expect(page.getByLabel("Monthly income after tax")).toHaveAccessibleDescription(/must be an amount/);

  const notifications = page.getByRole("form", { name: "Notification settings" });
  await notifications.getByRole("button", { name: "Add a percentage" }).click();
  await notifications.getByLabel("Percentage 3", { exact: true }).fill("900");
  await notifications.getByRole("button", { name: "Save notification settings" }).click();
  await expect(notifications.getByLabel("Percentage 3", { exact: true })).toHaveAccessibleDescription(
    "must be at most 500%",
  );
  await expect(notifications.getByLabel("Percentage 3", { exact: true })).toHaveValue("900");
  await expect(notifications.getByLabel("Percentage 1", { exact: true })).toHaveValue("80");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/dashboard$/);
});
