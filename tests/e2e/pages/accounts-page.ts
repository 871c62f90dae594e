import { expect, type Locator, type Page } from "@playwright/test";

/** The Accounts page: linking banks, importing statement files, and the linked connections' cards. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/accounts");
    await expect(this.page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  }

  choose(way: "Demo Bank" | "Other bank (OFX)" | "Import a statement file") {
    return this.page.getByRole("radio", { name: way, exact: true }).check();
  }

  get demoForm(): Locator {
    return this.page.getByRole("form", { name: "Link the Demo Bank" });
  }

  get importForm(): Locator {
    return this.page.getByRole("form", { name: "Import a statement file" });
  }

  /** Submits the Demo Bank form; the bank's answer comes back inline. */
  async submitDemoBank(userId: string, password: string) {
    await this.choose("Demo Bank");
    await this.demoForm.getByLabel("User id").fill(userId);
    await this.demoForm.getByLabel("Password").fill(password);
    await this.demoForm.getByRole("button", { name: "Link Demo Bank" }).click();
  }

  /** Links the Demo Bank and waits for the first sync; returns how many transactions it imported. */
  async linkDemoBank(userId = "casey"): Promise<number> {
    await this.submitDemoBank(userId, "demo");
    // Once linked, the form folds away and its status line says what came in.
    const status = this.page.getByRole("status").filter({ hasText: /transactions? imported$/ });
    await expect(status).toBeVisible({ timeout: 30_000 });
    return Number((await status.textContent())?.replace(/[^\d]/g, ""));
  }

  /**
   * Links the Demo Bank through the app's REST API, as the signed-in user, and waits for its first sync; returns
   * how many transactions it imported. For tests that need the bank's data, not the linking: the same server call
   * as the form's, without the form. Linking through the form is tested in accounts.spec.ts and the a11y sweep.
   */
  async linkDemoBankByApi(userId = "casey"): Promise<number> {
    const request = this.page.request;
    // A write with the session cookie must say it comes from Tally's own pages.
    const origin = new URL(this.page.url()).origin;
    const linked = await request.post("/api/v1/connections", {
      headers: { origin },
      data: { institution_id: "demo", account_login: userId, account_password: "demo" },
    });
    expect(linked.status(), await linked.text()).toBe(201);
    const { sync } = (await linked.json()) as { sync: { id: string } };
    const status = async () => {
      const answer = await request.get(`/api/v1/syncs/${sync.id}`);
      return ((await answer.json()) as { status: string }).status;
    };
    await expect.poll(status, { timeout: 30_000 }).toBe("succeeded");
    const done = (await (await request.get(`/api/v1/syncs/${sync.id}`)).json()) as { imported: number };
    expect(done.imported).toBeGreaterThan(0);
    return done.imported;
  }

  connection(name: string): Locator {
    return this.page.getByRole("article", { name });
  }

  /** Imports a statement file into a new manual account; returns the import's status line. */
  async importIntoNewAccount(
    file: string | { name: string; mimeType: string; buffer: Buffer },
    accountName: string,
    options: { currency?: string } = {},
  ): Promise<Locator> {
    await this.choose("Import a statement file");
    const form = this.importForm;
    const newAccount = form.getByRole("radio", { name: "A new account" });
    if (await newAccount.isVisible()) await newAccount.check();
    await form.getByLabel("Account name").fill(accountName);
    if (options.currency) await form.getByLabel("Currency").fill(options.currency);
    await form.getByLabel("Statement file").setInputFiles(file);
    await form.getByRole("button", { name: "Import statement" }).click();
    return form.getByRole("status").last();
  }
}
