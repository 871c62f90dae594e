import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

/** The dashboard's spending legend for a month, as category → cents. */
async function spendingByCategory(page: Page, month: string): Promise<Map<string, number>> {
  await page.goto(`/dashboard?month=${month}`);
  const items = page.getByRole("list", { name: "Spending by category" }).getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const amounts = new Map<string, number>();
  for (const text of await items.allInnerTexts()) {
    const match = /^(.*?)\s*\$([\d,]+\.\d{2})/s.exec(text.trim());
    if (match) amounts.set(match[1]!.trim(), Math.round(Number(match[2]!.replaceAll(",", "")) * 100));
  }
  return amounts;
}

test("changing a seller's category moves that month's spending on the dashboard", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("spending"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.linkDemoBank("spender");

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
});
