import { seriousAxeViolations } from "./axe";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { BudgetsPage } from "./pages/budgets-page";
import { TransactionsPage } from "./pages/transactions-page";

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

test(
  "a Demo Bank user sees recommended budgets, sets one and turns rollover on, all by keyboard",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("budgets"));
    await new AccountsPage(page).linkDemoBankByApi("budgeter");

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
    await expect(groceries).toContainText(
      /Recommended: \$[\d,]+\.\d{2} · Typical month over the last \d: \$/,
    );
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
    await budgets.press(
      groceries.getByRole("button", { name: /^Reset to recommendation for Groceries, \$/ }),
    );
    await expect(groceries).toContainText(/Recommended: \$/);
  },
);

test("a category hidden in Settings keeps its month's spending on the Budgets page, marked Hidden", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("hidden-category"));
  await new AccountsPage(page).linkDemoBankByApi("hider");

  await page.goto("/settings");
  await page.getByLabel("New category").fill("Climbing gym");
  await page.getByLabel("In group").selectOption({ label: "Health & Fitness" });
  await page.getByRole("button", { name: "Add category" }).click();
  const own = page.getByRole("listitem").filter({ hasText: "Climbing gym" });
  await expect(own).toBeVisible();

  // Spending in it: one coffee moved there, in the month it was bought.
  const transactions = new TransactionsPage(page);
  await transactions.goto("?q=blue+bottle");
  await expect(transactions.rows.first()).toBeVisible();
  const month = (await transactions.dates())[0]!.slice(0, 7);
  await transactions.rows
    .first()
    .getByRole("button", { name: /^Change category for/ })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Category").selectOption({ label: "Climbing gym" });
  await dialog.getByRole("button", { name: "Save category" }).click();
  await expect(dialog).toBeHidden();

  const budgets = new BudgetsPage(page);
  await budgets.goto(`?month=${month}`);
  // A category of one's own has no history to recommend from: its spending waits under Unbudgeted.
  await budgets.press(page.getByRole("button", { name: "Set a budget for Climbing gym" }));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("40");
  await page.keyboard.press("Enter");
  const climbing = budgets.category("Climbing gym");
  await expect(climbing).toContainText("Your budget: $40.00");
  await expect(climbing).not.toContainText("Hidden");

  await page.goto("/settings");
  await own.getByRole("button", { name: "Hide" }).click();
  await expect(own).toContainText("hidden from pickers");

  // Hidden from pickers, not from the month it was spent in: still listed against a budget, and marked.
  await budgets.goto(`?month=${month}`);
  await expect(climbing).toContainText("Your budget: $40.00");
  await expect(climbing).toContainText("Hidden");
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Tally recommends nothing for it: going back means no budget, and the button says so.
  await budgets.press(climbing.getByRole("button", { name: "Remove budget for Climbing gym" }));
  await expect(climbing).toBeHidden();
  // Its spending waits under Unbudgeted again, still marked.
  const waiting = page
    .getByRole("list", { name: "Spending without a budget" })
    .getByRole("listitem")
    .filter({ hasText: "Climbing gym" });
  await expect(waiting).toContainText("Hidden");
  await expect(waiting.getByRole("button", { name: "Set a budget for Climbing gym" })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
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

  await new AccountsPage(page).linkDemoBankByApi("night-owl");
  await budgets.goto();
  await expect(budgets.category("Groceries")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Nothing wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
