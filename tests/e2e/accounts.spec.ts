import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

const BANK_MEDIUM_OFX = path.resolve("tests/fixtures/statements/ofx/ofxparse-bank_medium.ofx");
const DAY_MS = 24 * 60 * 60 * 1000;

test(
  "linking the Demo Bank imports about six months of transactions",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("demo-link"));
    await page.getByRole("link", { name: "Link an account" }).click();
    const accounts = new AccountsPage(page);
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(page.getByText("Nothing linked yet")).toBeVisible();

    await accounts.submitDemoBank("casey", "demo");
    await expect(accounts.demoForm.getByRole("status")).toHaveText("Importing your transactions…");
    // Once linked, the form folds away and the page leads on.
    const done = page.getByRole("status").filter({ hasText: /^Linked\. [\d,]+ transactions imported$/ });
    await expect(done).toBeVisible({ timeout: 30_000 });
    const imported = Number((await done.textContent())?.replace(/[^\d]/g, ""));
    expect(imported).toBeGreaterThan(100);
    await expect(accounts.demoForm).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Go to your dashboard" })).toBeVisible();

    const card = accounts.connection("Demo Bank");
    await expect(card.getByText("Active")).toBeVisible();
    await expect(card.getByText(/^Synced .* ago$/)).toBeVisible();
    await expect(card.getByRole("listitem").first()).toContainText(/\$[\d,]+\.\d{2}/);

    const transactions = new TransactionsPage(page);
    await transactions.goto();
    let seen = 0;
    let sawBlueBottle = false;
    let oldest = "";
    for (;;) {
      const dates = await transactions.dates();
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      seen += dates.length;
      oldest = dates.at(-1)!;
      if (await transactions.table.getByText(/blue bottle/i).count()) sawBlueBottle = true;
      const next = page.getByRole("link", { name: "Next page" });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(transactions.table.locator("time").first()).not.toHaveAttribute("datetime", dates[0]!);
    }
    expect(seen).toBe(imported);
    expect(sawBlueBottle).toBe(true);
    expect(Date.now() - Date.parse(oldest)).toBeGreaterThan(150 * DAY_MS);

    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByText("Owed on cards")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent transactions" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Recent transactions" }).getByRole("listitem")).toHaveCount(
      6,
    );
    await page.getByRole("link", { name: "All transactions" }).click();
    await expect(page).toHaveURL(/\/transactions$/);
  },
);

test("a wrong password is refused by the bank, inline, and nothing is linked", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("demo-refused"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.submitDemoBank("casey", "not-the-password");
  const alert = accounts.demoForm.getByRole("alert");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/user id|password|sign/i);
  await expect(accounts.demoForm.getByLabel("User id")).toHaveValue("casey");
  await expect(page.getByText("Nothing linked yet")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nothing linked yet")).toBeVisible();
  await expect(accounts.connection("Demo Bank")).toHaveCount(0);

  // Empty fields are named beside each field, before the bank is asked.
  await accounts.demoForm.getByLabel("User id").fill("");
  await accounts.demoForm.getByLabel("Password").fill("");
  await accounts.demoForm.getByRole("button", { name: "Link Demo Bank" }).click();
  await expect(accounts.demoForm.getByLabel("User id")).toHaveAccessibleDescription("is required");
});

test("Refresh now shows its progress and finds nothing new", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("demo-refresh"));
  const accounts = new AccountsPage(page);
  await accounts.linkDemoBankByApi("refresher");
  await accounts.goto();
  const card = accounts.connection("Demo Bank");
  await card.getByRole("button", { name: "Refresh now" }).click();
  await expect(card.getByRole("status")).toHaveText("No new transactions", { timeout: 30_000 });
  await expect(card.getByRole("button", { name: "Refresh now" })).toBeEnabled();
});

test("a statement file is imported into a new manual account", ON_POSTGRES_TOO, async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("upload"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  const status = await accounts.importIntoNewAccount(BANK_MEDIUM_OFX, "Credit union checking");
  await expect(status).toHaveText("3 transactions imported.", { timeout: 30_000 });

  const manual = page.getByRole("region", { name: "Statement accounts" });
  await expect(manual.getByText("Credit union checking", { exact: true })).toBeVisible();
  await expect(manual.getByText("$382.34")).toBeVisible();

  // "Upload statement" on the account opens the import form for it; the same file again adds nothing.
  await manual.getByRole("link", { name: "Upload a statement to Credit union checking" }).click();
  await expect(page).toHaveURL(/\/accounts\?import=/);
  await expect(accounts.importForm.getByRole("radio", { name: "An account I added before" })).toBeChecked();
  await expect(accounts.importForm.getByLabel("Account", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(
    accounts.importForm.getByLabel("Account", { exact: true }).locator("option:checked"),
  ).toHaveText("Credit union checking");
  await accounts.importForm.getByLabel("Statement file").setInputFiles(BANK_MEDIUM_OFX);
  await accounts.importForm.getByRole("button", { name: "Import statement" }).click();
  await expect(accounts.importForm.getByRole("status").last()).toHaveText(
    "0 transactions imported, 3 already in Tally.",
    { timeout: 30_000 },
  );

  const transactions = new TransactionsPage(page);
  await transactions.goto();
  await expect(transactions.rows).toHaveCount(3);
  await expect(transactions.table.getByText(/MCDONALD'S/i).first()).toBeVisible();
  expect(await transactions.dates()).toEqual(["2009-04-03", "2009-04-02", "2009-04-01"]);
});

test("unreadable statement files are refused with the reason", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("bad-file"));
  const dir = mkdtempSync(path.join(tmpdir(), "tally-e2e-"));
  const garbage = path.join(dir, "garbage.csv");
  writeFileSync(garbage, "this is not a bank statement\njust some words\n");
  const badAmount = path.join(dir, "bad-amount.csv");
  writeFileSync(badAmount, "Date,Description,Amount\n03/02/2024,COFFEE,-1.00\n03/03/2024,TEA,abc\n");

  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.choose("Import a statement file");
  const form = accounts.importForm;
  await form.getByLabel("Account name").fill("Old bank");
  // Columns Tally cannot find are asked for; the file is still refused, and nothing is created.
  await form.getByLabel("Statement file").setInputFiles(garbage);
  await expect(form.getByRole("group", { name: "Map the columns" })).toBeVisible();
  await form.getByRole("button", { name: "Import statement" }).click();
  await expect(form.getByRole("alert")).toContainText("could not read the columns");

  // A bad row refuses the whole file, naming the line and the reason, already when the file is read.
  await form.getByLabel("Statement file").setInputFiles(badAmount);
  await expect(
    form.getByText("Tally read the columns of this file. No column mapping needed."),
  ).toBeVisible();
  await expect(form.getByText('Line 3: the amount "abc" is not a number', { exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Import statement" }).click();
  await expect(form.getByRole("alert")).toContainText("could not be read");
  await expect(form.getByRole("alert")).toContainText(/line 3/i);
  await expect(form.getByRole("alert")).toContainText("is not a number");
  await expect(form.getByLabel("Statement file")).toHaveAccessibleDescription(/line 3/i);
  // The new account is created only with an accepted file: the refused ones left none behind.
  await page.reload();
  await expect(page.getByRole("region", { name: "Statement accounts" })).toHaveCount(0);

  const transactions = new TransactionsPage(page);
  await transactions.goto();
  await expect(page.getByText("No transactions yet — link an account")).toBeVisible();
});

test("a recognized CSV layout needs no mapping", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("csv-layout"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.choose("Import a statement file");
  await accounts.importForm.getByLabel("Account name").fill("Chase card");
  await accounts.importForm.getByLabel("Type").selectOption("credit_card");
  await accounts.importForm
    .getByLabel("Statement file")
    .setInputFiles(path.resolve("tests/fixtures/statements/csv/tally-chase-credit-card.csv"));
  await expect(accounts.importForm.getByText("Recognized: Chase credit card")).toBeVisible();
  const sample = accounts.importForm.getByRole("table", { name: "The first rows as they will be imported" });
  await expect(sample).toContainText("BLUE BOTTLE COFFEE");
  await expect(sample).toContainText("-$6.75");
  await accounts.importForm.getByRole("button", { name: "Import statement" }).click();
  await expect(accounts.importForm.getByRole("status").last()).toHaveText(/^\d+ transactions? imported/, {
    timeout: 30_000,
  });
});

test("removing a connection asks first, then deletes its accounts and transactions", async ({
  page,
  auth,
}) => {
  await auth.signUp(uniqueEmail("remove"));
  const accounts = new AccountsPage(page);
  await accounts.linkDemoBankByApi("remover");
  await accounts.goto();

  const card = accounts.connection("Demo Bank");
  await card.getByRole("button", { name: "Remove Demo Bank" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove Demo Bank?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("with all of their transactions");
  // Escape cancels, keeping everything.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(card).toBeVisible();

  await card.getByRole("button", { name: "Remove Demo Bank" }).click();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Remove connection" }).click();
  await expect(card).toHaveCount(0);
  await expect(page.getByText("Nothing linked yet")).toBeVisible();

  const transactions = new TransactionsPage(page);
  await transactions.goto();
  await expect(page.getByText("No transactions yet — link an account")).toBeVisible();
});
