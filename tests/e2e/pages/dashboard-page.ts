import { expect, type Locator, type Page } from "@playwright/test";

/** The dashboard: month navigation, the spending donut with its group/category list, and the other widgets. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/dashboard${search}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  get groups(): Locator {
    return this.page.getByRole("list", { name: "Spending by group" });
  }

  /** Waits until every widget has streamed in (no loading regions left). */
  async waitForWidgets() {
    await expect(this.page.locator('[role="status"][aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  }
}
