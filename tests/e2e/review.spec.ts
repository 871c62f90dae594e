import { expectAccessible, expectAccessibleInBothThemes } from "./axe";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

// Sellers no list knows (made-up names), so the import leaves them uncategorized, and one check with no seller.
const STATEMENT = [
  "Date,Description,Amount",
  "2026-10-02,QUORVANT 4471,-12.50",
  "2026-10-20,QUORVANT 8812,-3.99",
  "2026-10-05,BRISKELL 22,-5.00",
  "2026-10-07,CHECK 1042,-50.00",
].join("\n");

test("sellers that need a category are filed in one step each, and the last one can be undone", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("review"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  const status = await accounts.importIntoNewAccount(
    { name: "checking.csv", mimeType: "text/csv", buffer: Buffer.from(STATEMENT) },
    "Checking",
  );
  await expect(status).toHaveText(/^4 transactions imported/, { timeout: 30_000 });

  // The dashboard and the Transactions page point to the sellers waiting.
  await page.goto("/dashboard");
  await expect(page.getByTestId("waiting-sellers")).toContainText("2 sellers need a category");
  const transactions = new TransactionsPage(page);
  await transactions.goto();
  const pointer = page.getByTestId("waiting-sellers");
  await expect(pointer).toContainText("2 sellers need a category");
  await pointer.getByRole("link", { name: "File them" }).click();
  await expect(page.getByRole("heading", { name: "Needs a category", level: 1 })).toBeVisible();

  const sellers = page.getByRole("main").getByRole("listitem");
  await expect(sellers).toHaveCount(2);
  await expect(sellers.first()).toContainText("Quorvant");
  await expect(sellers.first()).toContainText("2 transactions");
  await expect(sellers.first()).toContainText("-$16.49");
  await expect(page.getByTestId("without-seller")).toContainText(
    "1 uncategorized transaction names no seller",
  );
  await expectAccessibleInBothThemes(page, "the sellers that need a category");

  // Keyboard only: the picker, then the button.
  const picker = page.getByLabel("Category for Quorvant");
  await picker.selectOption({ label: "Groceries" });
  await picker.press("Tab");
  await expect(sellers.first().getByRole("button", { name: "File all" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("2 transactions from Quorvant are now in Groceries.")).toBeVisible();
  await expect(sellers).toHaveCount(1);
  // Focus moves on to the next seller rather than falling to the top of the page.
  await expect(page.getByLabel("Category for Briskell")).toBeFocused();

  // Undo brings the seller back, uncategorized.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone: 2 transactions are uncategorized again.")).toBeVisible();
  await expect(sellers).toHaveCount(2);

  // Filed again, it stays filed: its transactions show the category.
  await page.getByLabel("Category for Quorvant").selectOption({ label: "Groceries" });
  await sellers.first().getByRole("button", { name: "File all" }).click();
  await expect(page.getByText("2 transactions from Quorvant are now in Groceries.")).toBeVisible();
  await transactions.goto("?q=quorvant");
  await expect(transactions.rows).toHaveCount(2);
  for (const text of await transactions.columnTexts(4)) expect(text).toContain("Groceries");
  await expect(page.getByTestId("waiting-sellers")).toContainText("1 seller needs a category");
});

test("with every seller filed, the page says so", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("review-empty"));
  await page.goto("/transactions/review");
  await expect(page.getByRole("heading", { name: "Every seller has a category" })).toBeVisible();
  await expectAccessible(page, "the empty list of sellers that need a category");
});
