import type { Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

/** The dashboard's Food & Dining categories for a month, as category → cents (Coffee Shops and Groceries are there). */
async function spendingByCategory(page: Page, month: string): Promise<Map<string, number>> {
  await page.goto(`/dashboard?month=${month}`);
  const groups = page.getByRole("list", { name: "Spending by group" });
  await groups.getByRole("button", { name: "Details of Food & Dining" }).click();
  const items = page
    .getByRole("list", { name: "Spending in Food & Dining by category" })
    .getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const amounts = new Map<string, number>();
  for (const text of await items.allInnerTexts()) {
    const match = /^(.*?)\s*\$([\d,]+\.\d{2})/s.exec(text.trim());
    if (match) amounts.set(match[1]!.trim(), Math.round(Number(match[2]!.replaceAll(",", "")) * 100));
  }
  return amounts;
}

test(
  "changing a seller's category moves that month's spending on the dashboard",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("spending"));
    await new AccountsPage(page).linkDemoBankByApi("spender");

    const transactions = new TransactionsPage(page);
    await transactions.goto("?q=blue+bottle");
    await expect(transactions.rows.first()).toBeVisible();
    const month = (await transactions.dates())[0]!.slice(0, 7);

    const before = await spendingByCategory(page, month);
    expect(before.get("Coffee Shops")).toBeGreaterThan(0);
    const groceriesBefore = before.get("Groceries") ?? 0;

    await transactions.goto("?q=blue+bottle");
    await transactions.rows
      .first()
      .getByRole("button", { name: /^Change category for/ })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Category").selectOption({ label: "Groceries" });
    await dialog.getByRole("checkbox").check();
    await dialog.getByRole("button", { name: "Save category" }).click();
    await expect(dialog).toBeHidden();

    // The month's totals move in the same transaction as the change: the next page load shows them.
    const after = await spendingByCategory(page, month);
    expect((after.get("Groceries") ?? 0) - groceriesBefore).toBeGreaterThan(0);
    const blueBottleSpend = (after.get("Groceries") ?? 0) - groceriesBefore;
    expect((after.get("Coffee Shops") ?? 0) + blueBottleSpend).toBe(before.get("Coffee Shops"));
  },
);

test(
  "dollars and euros are shown apart, each currency's spending on its own, budgets in the one picked",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("currencies"));
    const accounts = new AccountsPage(page);
    await accounts.linkDemoBankByApi("two-currencies");
    await accounts.goto();
    const csv = [
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo",
      "03/02/2026,03/03/2026,CARREFOUR MARKET PARIS,Groceries,Sale,-23.90,",
      "03/05/2026,03/06/2026,MONOPRIX PARIS,Groceries,Sale,-41.15,",
    ].join("\n");
    const status = await accounts.importIntoNewAccount(
      { name: "compte.csv", mimeType: "text/csv", buffer: Buffer.from(csv) },
      "Compte courant",
      { currency: "EUR" },
    );
    await expect(status).toHaveText(/^2 transactions imported/, { timeout: 30_000 });

    await page.goto("/dashboard?month=2026-03");
    const currencies = page.getByRole("navigation", { name: "Currency" });
    // The Demo Bank's dollars are most of the user's transactions: dollars by default.
    await expect(currencies.getByRole("link", { name: "USD" })).toHaveAttribute("aria-current", "true");
    await currencies.getByRole("link", { name: "EUR" }).click();
    await expect(currencies.getByRole("link", { name: "EUR" })).toHaveAttribute("aria-current", "true");
    const spent = page.getByRole("list", { name: "Spending by group" });
    await expect(spent).toContainText("€");
    await expect(spent).not.toContainText("$");
    const euros = (await spent.getByRole("listitem").allInnerTexts()).map((text) =>
      Number(/€([\d,]+\.\d{2})/.exec(text)![1]!.replaceAll(",", "")),
    );
    expect(Math.round(euros.reduce((sum, amount) => sum + amount, 0) * 100)).toBe(2390 + 4115);

    // Budgets are kept in one currency, the main one until the user picks another.
    // On a phone in the dark theme: the note and the choice fit, read well and pass axe.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/budgets");
    await expect(page.getByText("Budgets count spending in USD only, not in EUR.")).toBeVisible();
    await expectAccessible(page, "budgets with two currencies");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.getByRole("link", { name: "Change the budget currency" }).click();
    await expect(page.getByLabel("Monthly income after tax (USD)")).toBeVisible();
    await expectAccessible(page, "settings with a budget currency to choose");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.getByLabel("Budget currency").selectOption("EUR");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Your settings are saved.")).toBeVisible();
    await expect(page.getByLabel("Monthly income after tax (EUR)")).toBeVisible();
    await page.goto("/budgets");
    await expect(page.getByText("Budgets count spending in EUR only, not in USD.")).toBeVisible();
  },
);

test.describe("in California", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("the time zone is the browser's until changed in Settings", async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("zone"));
    const zone = async () => (await (await page.request.get("/api/v1/me")).json()).time_zone;
    await expect.poll(zone).toBe("America/Los_Angeles");

    await page.goto("/settings");
    const field = page.getByLabel("Time zone");
    await expect(field).toHaveValue("America/Los_Angeles");
    await field.selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Your settings are saved.")).toBeVisible();
    expect(await zone()).toBe("Europe/Berlin");
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  });
});
