import { AuthPages, expect, ON_POSTGRES_TOO, PASSWORD, test, uniqueEmail } from "./fixtures";

test("a new user signs up, lands on an inviting dashboard, signs out and back in", async ({ page, auth }) => {
  const email = uniqueEmail("signup");
  await auth.signUp(email, "Casey Tester");
  await expect(page.getByRole("heading", { name: "Hi, Casey" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Link an account" })).toBeVisible();

  await auth.signOut();
  await auth.signIn(email);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a wrong password gets a clear message and no session", async ({ page, auth }) => {
  const email = uniqueEmail("wrongpw");
  await auth.signUp(email);
  await auth.signOut();
  await auth.signIn(email, "not the password");
  const message = page.getByRole("main").getByRole("alert");
  await expect(message).toHaveText("That email and password don't match an account.");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await auth.signIn("nobody-here@example.com", "not the password");
  await expect(message).toHaveText("That email and password don't match an account.");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("sign-up explains what is wrong with the input", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please fix the fields marked below.");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("must be a valid email address");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("must be at least 10 characters");
});

test("a protected page redirects a signed-out visitor to sign in, then back", async ({ page, auth }) => {
  const email = uniqueEmail("redirect");
  await auth.signUp(email);
  await auth.signOut();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test("a token created in Settings works against /api/v1/me", async ({ page, auth, request }) => {
  const email = uniqueEmail("token");
  await auth.signUp(email);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Token name").fill("My script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^tally_/);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email });
  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);

  await page.getByRole("button", { name: "Revoke My script" }).click();
  await page.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(page.getByText("No tokens yet")).toBeVisible();
  const revoked = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
});

test("the shell works from the keyboard: skip link and visible navigation", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("keyboard"));
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  for (const name of ["Dashboard", "Transactions", "Accounts", "Budgets", "Settings"]) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name })).toBeVisible();
  }
});

test("pages are served with security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  const scriptSrc = /script-src [^;]*/.exec(headers["content-security-policy"] ?? "")?.[0] ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("an unknown address gets a page that leads back", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("lost"));
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "There is no page here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your dashboard" })).toBeVisible();
});

test("a session cookie copied before signing out no longer works after it", async ({
  page,
  auth,
  browser,
}) => {
  const email = uniqueEmail("replay");
  await auth.signUp(email);
  const copied = (await page.context().cookies()).filter((cookie) => cookie.name === "authjs.session-token");
  expect(copied).toHaveLength(1);
  await auth.signOut();

  // Someone who copied the cookie replays it from another browser.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login/);
  const api = await thief.request.get("/api/v1/me");
  expect(api.status()).toBe(401);
  expect(api.headers()["cache-control"]).toBe("no-store");
  await thief.close();
});

test(
  "signing out everywhere ends the other browser's session too",
  ON_POSTGRES_TOO,
  async ({ page, auth, browser }) => {
    const email = uniqueEmail("everywhere");
    await auth.signUp(email);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await new AuthPages(otherPage).signIn(email);
    await expect(otherPage).toHaveURL(/\/dashboard$/);

    await page.goto("/settings");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login/);
    await otherPage.goto("/settings");
    await expect(otherPage).toHaveURL(/\/login/);
    await other.close();
  },
);

test("an unknown API address and a wrong method answer with the JSON error body", async ({ request }) => {
  const missing = await request.get("/api/v1/no-such-thing");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const wrong = await request.delete("/api/v1/signup");
  expect(wrong.status()).toBe(405);
  expect((await wrong.json()).error.code).toBe("method_not_allowed");
});

test("changing the password keeps this browser signed in and signs out the others", async ({
  page,
  auth,
  browser,
}) => {
  const email = uniqueEmail("newpass");
  await auth.signUp(email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new AuthPages(otherPage).signIn(email);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  // The page carries what the forms show, never the account's password hash.
  expect(await page.content()).not.toContain("$argon2");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed.")).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
  await new AuthPages(otherPage).signIn(email, "a brand new passphrase");
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  await other.close();
});

test("deleting the account asks for the password, then signs out for good", async ({ page, auth }) => {
  const email = uniqueEmail("leaving");
  await auth.signUp(email);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  // The safe choice has the focus.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByLabel("Your password").fill("not my password");
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(dialog.getByText("That is not your password. Nothing was deleted.")).toBeVisible();

  await dialog.getByLabel("Your password").fill(PASSWORD);
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(page).toHaveURL(/\/login\?deleted=1$/);
  await expect(page.getByText("Your account and everything in it were deleted.")).toBeVisible();
  await auth.signIn(email);
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
});
