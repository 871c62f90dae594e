import { expect, type Locator, type Page } from "@playwright/test";

/** The Budgets page: each group's card with its categories, the month switcher and the unbudgeted list. */
export class BudgetsPage {
  constructor(readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/budgets${search}`);
    await expect(this.page.getByRole("heading", { name: "Budgets", level: 1 })).toBeVisible();
  }

  /** The category's entry (its list item inside its group's card). */
  category(name: string): Locator {
    return this.page
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name, exact: true, level: 3 }) });
  }

  /** The month shown, from the switcher ("November 2026"). */
  async monthShown(): Promise<string> {
    return (
      (await this.page
        .getByRole("navigation", { name: "Month" })
        .locator("[aria-current=date]")
        .textContent()) ?? ""
    );
  }

  /** Presses a control with the keyboard: focus, then Enter (buttons) or Space (checkboxes). */
  async press(control: Locator, key: "Enter" | "Space" = "Enter") {
    await control.focus();
    await expect(control).toBeFocused();
    await this.page.keyboard.press(key);
  }
}
