import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

export class AuthPages {
  constructor(readonly page: Page) {}

  async signUp(email: string, name = "Casey Tester") {
    await this.page.goto("/signup");
    await this.page.getByLabel("Name (optional)").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(PASSWORD);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.page).toHaveURL(/\/dashboard$/);
  }

  async signIn(email: string, password = PASSWORD) {
    await this.page.goto("/login");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(/\/login/);
    // The session must be gone for good: no request still in flight may bring the cookie back.
    const hasSession = async () =>
      (await this.page.context().cookies()).some((cookie) => cookie.name === "authjs.session-token");
    await expect.poll(hasSession).toBe(false);
    await this.page.waitForTimeout(500);
    expect(await hasSession()).toBe(false);
  }
}

// The browser suite runs whole on the embedded database; in CI's second pass, on the Postgres server, only the tests
// tagged with this run again. The integration suite already runs whole on Postgres, so what that pass adds is the
// built app's own path to the server (the postgres.js pool under `next start`, the in-process job runner's claims,
// sessions): these tests walk each of them once (sign-up and sessions, linking and the jobs it starts, a statement
// import, a category override moving the month's totals, two currencies, budgets, notifications and the e-mail).
// Running every page test twice took about seven minutes of CI for little that the first pass had not seen.
export const ON_POSTGRES_TOO = { tag: "@postgres" };

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

export const test = base.extend<{ auth: AuthPages }>({
  auth: async ({ page }, use) => {
    await use(new AuthPages(page));
  },
});

export { expect };
