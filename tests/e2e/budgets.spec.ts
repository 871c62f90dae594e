import { seriousAxeViolations } from "./axe";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { BudgetsPage } from "./pages/budgets-page";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

test("a Demo Bank user sees recommended budgets, sets one and turns rollover on, all by keyboard", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("budgets"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.linkDemoBank("budgeter");

  // The dashboard's budget card, before any change.
  await page.goto("/dashboard");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Budgets in / }) });
  const totals = page.getByTestId("budget-totals");
  await expect(totals).toBeVisible();
  const totalsBefore = await totals.textContent();

  const budgets = new BudgetsPage(page);
  await budgets.goto();
  // Recommendations from the user's own history, each with its reason.
  await expect(page.getByText(/Typical month over the last \d/).first()).toBeVisible();
  const groceries = budgets.category("Groceries");
  await expect(groceries).toContainText(/Recommended: \$[\d,]+\.\d{2} · Typical month over the last \d: \$/);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Set a budget: Enter on "Edit budget", type, Enter to save.
  await budgets.press(groceries.getByRole("button", { name: "Edit budget for Groceries" }));
  const field = groceries.getByRole("textbox", { name: /Monthly budget for Groceries/ });
  await expect(field).toBeFocused();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("1");
  await page.keyboard.press("Enter");
  await expect(groceries).toContainText("Your budget: $1.00");
  // Focus comes back to the button that opened the field.
  await expect(groceries.getByRole("button", { name: "Edit budget for Groceries" })).toBeFocused();

  // A bad amount is refused with a message tied to the field.
  await budgets.press(groceries.getByRole("button", { name: "Edit budget for Groceries" }));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("12.345");
  await page.keyboard.press("Enter");
  await expect(field).toHaveAccessibleDescription("The amount must have at most two decimal places.");
  await page.keyboard.press("Escape");

  await page.goto("/dashboard");
  await expect(totals).not.toHaveText(totalsBefore ?? "");
  const totalsWithBudget = await totals.textContent();

  // Rollover: Space on the checkbox; last month's leftover (or overspending) carries in.
  await budgets.goto();
  const monthShown = await budgets.monthShown();
  const previous = MONTHS[(MONTHS.indexOf(monthShown.split(" ")[0]!) + 11) % 12]!;
  const rollover = groceries.getByRole("checkbox", { name: /Roll over what is left of Groceries/ });
  await budgets.press(rollover, "Space");
  await expect(rollover).toBeChecked();
  await expect(groceries).toContainText(new RegExp(`[+−]\\$[\\d,]+\\.\\d{2} from ${previous}`));

  await page.goto("/dashboard");
  await expect(card).toBeVisible();
  await expect(totals).not.toHaveText(totalsWithBudget ?? "");
  await card.getByRole("link", { name: "All budgets" }).click();
  await expect(page).toHaveURL(/\/budgets$/);

  // Back to the recommendation, by keyboard.
  await budgets.press(groceries.getByRole("button", { name: /Reset Groceries to the recommendation/ }));
  await expect(groceries).toContainText(/Recommended: \$/);
});

test("the Budgets page reads well in the dark and on a phone", async ({ page, auth }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await auth.signUp(uniqueEmail("budgets-dark"));
  const budgets = new BudgetsPage(page);
  await budgets.goto();
  // No data yet: the page says what would produce recommendations.
  await expect(
    page.getByText(/Link an account or import a statement, or enter your monthly income/),
  ).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.linkDemoBank("night-owl");
  await budgets.goto();
  await expect(budgets.category("Groceries")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
