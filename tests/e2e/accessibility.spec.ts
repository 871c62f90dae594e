import type { Page } from "@playwright/test";
import { expectAccessible, expectAccessibleInBothThemes } from "./axe";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { DashboardPage } from "./pages/dashboard-page";

// Every page through axe, signed out, as a new user and with the Demo Bank's data, in the light and the dark
// theme (the system's setting, which the app follows when no theme is chosen). Charts stop animating.
test.use({ reducedMotion: "reduce", bypassCSP: true });

const settle = async (page: Page) => {
  await expect(page.locator('[role="status"][aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
};

const SCHEMES = ["light", "dark"] as const;

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("signed out: sign-in, sign-up and the missing page", async ({ page }) => {
      for (const path of ["/login", "/signup", "/no-such-page"]) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${scheme})`);
      }
    });
  });
}

test("a new user: every page, light and dark", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("a11y-new"));
  for (const path of ["/dashboard", "/transactions", "/accounts", "/budgets", "/settings"]) {
    await page.goto(path);
    await settle(page);
    await expectAccessibleInBothThemes(page, `${path}, new user`);
  }
});

test("the Demo Bank linked through the form, and its data: every page, light and dark", async ({
  page,
  auth,
}) => {
  // A tour of a dozen pages with axe twice on each: longer than one page's default.
  test.setTimeout(240_000);
  await auth.signUp(uniqueEmail("a11y-data"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.linkDemoBank("a11y");
  await expectAccessibleInBothThemes(page, "/accounts just linked");

  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.waitForWidgets();
  await expectAccessibleInBothThemes(page, "/dashboard with data");
  // The figures behind each chart, opened.
  for (const summary of await page.getByText("Show the figures as a table").all()) await summary.click();
  await expectAccessibleInBothThemes(page, "/dashboard with the chart tables open");

  await dashboard.groups.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/categories\//);
  await settle(page);
  await expectAccessibleInBothThemes(page, "a category page");

  for (const path of [
    "/transactions",
    "/transactions?sort=largest&min=10",
    "/transactions/review",
    "/accounts",
    "/settings",
    "/budgets",
  ]) {
    await page.goto(path);
    await settle(page);
    await expectAccessibleInBothThemes(page, `${path} with data`);
  }
  await page.goto("/transactions");
  await page
    .getByRole("button", { name: /^Change category for/ })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectAccessibleInBothThemes(page, "the category dialog");
});
