import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, ON_POSTGRES_TOO, test, uniqueEmail } from "./fixtures";
import { AccountsPage } from "./pages/accounts-page";
import { TransactionsPage } from "./pages/transactions-page";

// Statement files from banks Tally has no layout for, imported the way a user would: pick the file, check
// what Tally read, answer the one question if the file cannot say which way its amounts go, import.

const fixture = (name: string) => path.resolve("tests/fixtures/statements", name);

test("a CSV from a bank Tally does not list imports with no mapping", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("any-bank"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.choose("Import a statement file");
  const form = accounts.importForm;
  await form.getByLabel("Account name").fill("Nationwide");
  await form.getByLabel("Statement file").setInputFiles(fixture("csv/tally-uk-month-names.csv"));

  await expect(
    form.getByText("Tally read the columns of this file. No column mapping needed."),
  ).toBeVisible();
  // The file's currency becomes the new account's.
  await expect(form.getByLabel("Currency")).toHaveValue("GBP");
  const sample = form.getByRole("table", { name: "The first rows as they will be imported" });
  await expect(sample.getByRole("row").nth(1)).toContainText("2024-05-06");
  await expect(sample.getByRole("row").nth(1)).toContainText("-£4.50");
  await expect(sample.getByRole("row").nth(2)).toContainText("+£2,000.00");
  await expect(form.getByRole("group", { name: "Map the columns" })).toHaveCount(0);

  await form.getByRole("button", { name: "Import statement" }).click();
  await expect(form.getByRole("status").last()).toHaveText("3 transactions imported.", { timeout: 30_000 });
  const manual = page.getByRole("region", { name: "Statement accounts" });
  await expect(manual.getByText("£1,234.56")).toBeVisible();

  const transactions = new TransactionsPage(page);
  await transactions.goto();
  await expect(transactions.rows).toHaveCount(3);
  expect(await transactions.dates()).toEqual(["2024-05-06", "2024-05-03", "2024-05-01"]);
});

test(
  "a CSV whose sign cannot be told asks one question, then imports",
  ON_POSTGRES_TOO,
  async ({ page, auth }) => {
    await auth.signUp(uniqueEmail("sign-question"));
    const dir = mkdtempSync(path.join(tmpdir(), "tally-e2e-"));
    const file = path.join(dir, "rekening.csv");
    writeFileSync(
      file,
      "Datum;Omschrijving;Bedrag\n02-01-2026;BAKKERIJ DE ZON;4,50\n03-01-2026;SUPERMARKT;12,00\n",
    );

    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.choose("Import a statement file");
    const form = accounts.importForm;
    await form.getByLabel("Account name").fill("Betaalrekening");
    await form.getByLabel("Currency").fill("EUR");
    await form.getByLabel("Statement file").setInputFiles(file);

    const question = form.getByRole("group", { name: "Are the amounts in this file money out or money in?" });
    await expect(question).toBeVisible();
    await expect(form.getByRole("table", { name: "The first rows as they will be imported" })).toHaveCount(0);
    // Importing without an answer is not possible: Tally will not guess.
    await form.getByRole("button", { name: "Import statement" }).click();
    await expect(form.getByRole("alert")).toContainText("Answer the question first");

    await question.getByRole("radio", { name: "Money out (purchases, bills, withdrawals)" }).check();
    const sample = form.getByRole("table", { name: "The first rows as they will be imported" });
    await expect(sample).toContainText("-€4.50");
    await expect(sample).toContainText("-€12.00");
    await form.getByRole("button", { name: "Import statement" }).click();
    await expect(form.getByRole("status").last()).toHaveText("2 transactions imported.", { timeout: 30_000 });

    // The next file from this bank needs no answer: the account remembers how its files read.
    const next = path.join(dir, "rekening-feb.csv");
    writeFileSync(next, "Datum;Omschrijving;Bedrag\n02-02-2026;BAKKERIJ DE ZON;3,75\n");
    await page
      .getByRole("region", { name: "Statement accounts" })
      .getByRole("link", { name: "Upload a statement to Betaalrekening" })
      .click();
    await expect(page).toHaveURL(/\/accounts\?import=/);
    await expect(form.getByRole("radio", { name: "An account I added before" })).toBeChecked();
    await expect(form.getByLabel("Account", { exact: true }).locator("option:checked")).toHaveText(
      "Betaalrekening",
    );
    await form.getByLabel("Statement file").setInputFiles(next);
    await expect(form.getByText("Read with the columns you chose for this account last time.")).toBeVisible();
    await expect(form.getByRole("group", { name: /money out or money in/ })).toHaveCount(0);
    await expect(form.getByRole("table", { name: "The first rows as they will be imported" })).toContainText(
      "-€3.75",
    );
  },
);

test("a file with two accounts imports each where the user says", async ({ page, auth }) => {
  await auth.signUp(uniqueEmail("two-accounts"));
  const accounts = new AccountsPage(page);
  await accounts.goto();
  await accounts.choose("Import a statement file");
  const form = accounts.importForm;
  await form.getByLabel("Statement file").setInputFiles(fixture("ofx/tally-two-accounts.ofx"));
  await expect(
    form.getByRole("group", { name: "This file holds 2 accounts. Choose where each one goes." }),
  ).toBeVisible();
  await form.getByLabel("Name for Checking …0000 in EUR").fill("Giro");
  await form.getByLabel("Name for Savings …0000 in EUR").fill("Tagesgeld");
  await form.getByRole("button", { name: "Import statement" }).click();
  await expect(form.getByRole("status").last()).toHaveText("3 transactions imported into 2 accounts.", {
    timeout: 30_000,
  });
  const manual = page.getByRole("region", { name: "Statement accounts" });
  await expect(manual.getByText("Giro", { exact: true })).toBeVisible();
  await expect(manual.getByText("Tagesgeld", { exact: true })).toBeVisible();
  await expect(manual.getByText("€5,004.17")).toBeVisible();
});
