import { expect, type Locator, type Page } from "@playwright/test";

/** The Transactions page: the table, its URL-backed filters and cursor pages. */
export class TransactionsPage {
  constructor(readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/transactions${search}`);
    await expect(this.page.getByRole("heading", { name: "Transactions", level: 1 })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: /^Transactions, / });
  }

  /** Body rows only. */
  get rows(): Locator {
    return this.table.locator("tbody tr");
  }

  get filters(): Locator {
    return this.page.getByRole("search", { name: "Filter transactions" });
  }

  /** Every posted date (YYYY-MM-DD) on the current page, newest first. */
  dates(): Promise<string[]> {
    return this.rows
      .locator("time")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  }

  /** Each row's visible text in one column (1-based, as rendered). */
  columnTexts(column: number): Promise<string[]> {
    return this.rows.locator(`td:nth-child(${column})`).allInnerTexts();
  }

  /** Waits for a filter change to land in the URL and the table to re-render. */
  async waitForUrl(pattern: RegExp) {
    await expect(this.page).toHaveURL(pattern);
    await expect(this.page.getByRole("status").filter({ hasText: "Loading transactions…" })).toHaveCount(0);
  }
}
