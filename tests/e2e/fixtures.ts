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

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.com`;

export const test = base.extend<{ auth: AuthPages }>({
  auth: async ({ page }, use) => {
    await use(new AuthPages(page));
  },
});

export { expect };
