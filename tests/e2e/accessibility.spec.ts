import { expectAccessible } from "./axe";
import { expect, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { DashboardPage } from "./pages/dashboard-page";

// Every page through axe, signed out, as a new user and with the Demo Bank's data, in the light and the dark
// theme (the system's setting, which the app follows when no theme is chosen). Charts stop animating.
test.use({ reducedMotion: "reduce", bypassCSP: true });

const settle = async (page: import("@playwright/test").Page) => {
  await expect(page.locator('[role="status"][aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
};

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("signed out: sign-in, sign-up and the missing page", async ({ page }) => {
      for (const path of ["/login", "/signup", "/no-such-page"]) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${scheme})`);
      }
    });

    test("a new user and the Demo Bank's data: every page", async ({ page, auth }) => {
      // A tour of a dozen pages with axe on each: longer than one page's default.
      test.setTimeout(240_000);
      await auth.signUp(uniqueEmail(`a11y-${scheme}`));
      for (const path of ["/dashboard", "/transactions", "/accounts", "/budgets", "/settings"]) {
        await page.goto(path);
        await settle(page);
        await expectAccessible(page, `${path}, new user (${scheme})`);
      }
      const accounts = new AccountsPage(page);
      await accounts.goto();
      await accounts.linkDemoBank(`a11y-${scheme}`);
      await expectAccessible(page, `/accounts just linked (${scheme})`);

      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await dashboard.waitForWidgets();
      await expectAccessible(page, `/dashboard with data (${scheme})`);
      // The figures behind each chart, opened.
      for (const summary of await page.getByText("Show the figures as a table").all()) await summary.click();
      await expectAccessible(page, `/dashboard with the chart tables open (${scheme})`);

      await dashboard.groups.getByRole("link").first().click();
      await expect(page).toHaveURL(/\/categories\//);
      await settle(page);
      await expectAccessible(page, `a category page (${scheme})`);

      for (const path of [
        "/transactions",
        "/transactions?sort=largest&min=10",
        "/accounts",
        "/settings",
        "/budgets",
      ]) {
        await page.goto(path);
        await settle(page);
        await expectAccessible(page, `${path} with data (${scheme})`);
      }
      await page.goto("/transactions");
      await page
        .getByRole("button", { name: /^Change category for/ })
        .first()
        .click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectAccessible(page, `the category dialog (${scheme})`);
    });
  });
}
