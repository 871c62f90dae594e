import { expectAccessible } from "./axe";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

test.describe("with the Demo Bank linked", () => {
  test.beforeEach(async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("tx"));
    await new AccountsPage(page).linkDemoBankByApi("filters");
  });

  test("filters by account, month and seller live in the URL and narrow the list", async ({ page }) => {
    const transactions = new TransactionsPage(page);
    await transactions.goto();
    await expect(transactions.rows.first()).toBeVisible();

    // Account: every row is from the chosen account.
    const accountSelect = transactions.filters.getByLabel("Account");
    const options = await accountSelect.locator("option").allInnerTexts();
    expect(options.length).toBeGreaterThan(2);
    const chosen = options[2]!;
    await accountSelect.selectOption({ label: chosen });
    await transactions.waitForUrl(/account=/);
    const accountNames = await transactions.columnTexts(3);
    expect(accountNames.length).toBeGreaterThan(0);
    expect(new Set(accountNames)).toEqual(new Set([chosen]));

    // Month: every row is from that month; the URL alone reproduces the view.
    await accountSelect.selectOption({ label: "All accounts" });
    await transactions.waitForUrl(/^(?!.*account=)/);
    const month = (await transactions.dates())[0]!.slice(0, 7);
    await transactions.filters.getByLabel("Month").fill(month);
    await transactions.waitForUrl(new RegExp(`month=${month}`));
    const monthDates = await transactions.dates();
    expect(monthDates.length).toBeGreaterThan(0);
    expect(monthDates.every((date) => date.startsWith(month))).toBe(true);
    await page.reload();
    await expect(transactions.rows).toHaveCount(monthDates.length);
    expect(await transactions.dates()).toEqual(monthDates);

    // Seller search, debounced: only Blue Bottle remains.
    await transactions.filters.getByRole("button", { name: "Clear filters" }).click();
    await transactions.waitForUrl(/\/transactions$/);
    await transactions.filters.getByLabel("Search", { exact: true }).fill("blue bottle");
    await transactions.waitForUrl(/q=blue\+bottle/);
    const sellers = await transactions.columnTexts(2);
    expect(sellers.length).toBeGreaterThan(0);
    for (const seller of sellers) expect(seller).toMatch(/blue bottle/i);

    await transactions.filters.getByLabel("Search", { exact: true }).fill("no seller is called this");
    await expect(page.getByText("Nothing matches these filters")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(transactions.rows.first()).toBeVisible();
    await expect(transactions.filters.getByLabel("Search", { exact: true })).toHaveValue("");
  });

  test("a link with filters the page cannot use says which and why, and keeps the ones it can", async ({
    page,
  }) => {
    const transactions = new TransactionsPage(page);
    // An edited amount and an account that is not this person's (removed, or someone else's link).
    await transactions.goto("?q=blue+bottle&min=abc&account=00000000-0000-4000-8000-000000000000");
    const notice = page.getByTestId("ignored-filters");
    await expect(notice).toContainText("Min amount “abc” must be an amount like 20 or 20.50.");
    await expect(notice).toContainText("is not one of your accounts.");
    await expectAccessible(page, "Transactions with filters left out");
    // The search still narrows the list; the left-out filters are not sent to the export either.
    await expect(transactions.rows.first()).toBeVisible();
    for (const seller of await transactions.columnTexts(2)) expect(seller).toMatch(/blue bottle/i);
    const exportHref = await page.getByRole("link", { name: "Download these as CSV" }).getAttribute("href");
    expect(exportHref).toContain("q=blue+bottle");
    expect(exportHref).not.toMatch(/min_amount|account_id/);

    await notice.getByRole("link", { name: "Remove them from the link" }).click();
    await transactions.waitForUrl(/\/transactions\?q=blue\+bottle$/);
    await expect(notice).toBeHidden();

    // A range that ends before it starts would match nothing and read as "no transactions".
    await transactions.goto("?from=2026-05-01&to=2026-04-01");
    await expect(notice).toContainText("To “2026-04-01” must be on or after the start date.");
    await expect(transactions.rows.first()).toBeVisible();
  });

  test("a transaction's category can be changed for its whole seller", ON_POSTGRES_TOO, async ({ page }) => {
    const transactions = new TransactionsPage(page);
    await transactions.goto("?q=blue+bottle");
    await expect(transactions.rows.first()).toBeVisible();
    const count = await transactions.rows.count();
    await transactions.rows
      .first()
      .getByRole("button", { name: /^Change category for/ })
      .click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const category = dialog.getByLabel("Category");
    await expect(category).toBeFocused();
    const target = "Groceries";
    await category.selectOption({ label: target });
    await dialog.getByRole("checkbox").check();
    await dialog.getByRole("button", { name: "Save category" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(new RegExp(`are now in ${target}|is now in ${target}`))).toBeVisible();
    await expect(transactions.rows.first()).toContainText("Categorized by you");
    const categories = await transactions.columnTexts(4);
    expect(categories).toHaveLength(count);
    for (const text of categories) expect(text).toContain(target);
  });
});

test("with nothing linked, the page points to Accounts", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("tx-empty"));
  const transactions = new TransactionsPage(page);
  await transactions.goto();
  await expect(page.getByText("No transactions yet — link an account")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Link an account" }).click();
  await expect(page).toHaveURL(/\/accounts$/);
});
