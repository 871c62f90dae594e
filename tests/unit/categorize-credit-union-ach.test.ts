import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// Many US credit unions print an ACH entry with labelled fields of their own: the kind of operation and the company,
// then "TYPE:" (the entry description), "ID:", "DATA:", "CO:" (the company), "NAME:" (the account holder) and the
// network's codes after "%%". And they print a card purchase or a bill as "Withdrawal <seller>". Every line here is
// invented from that layout (KELDORA, ZORVEX, JANE ROE); each read the labels into the seller before.

const context = slugContext();
const categorize = (description: string, amount: number) =>
  categorizeTransaction({ description, amount }, context);

describe("a credit union's labelled ACH entry", () => {
  it.each([
    // A known brand behind the fields: its category, whatever the entry description says of how it was paid.
    [
      "Withdrawal NETFLIX.COM TYPE: NETFLIX ID: 4471 CO: NETFLIX.COM %% ACH ECC WEB %% ACH Trace 0000001",
      -1599,
      "netflix",
      "entertainment.streaming",
    ],
    [
      "Withdrawal GEICO TYPE: AUTOPAY ID: 9900 CO: GEICO NAME: JANE ROE %% ACH ECC PPD",
      -10400,
      "geico",
      "auto-transport.auto-insurance",
    ],
    // The entry description is the purpose: pay from an employer, a card issuer's payment.
    [
      "Deposit ZORVEX WIDGETS TYPE: PAYROLL ID: 1001 DATA: 0001 09 CO: ZORVEX WIDGETS %% ACH ECC PPD %% ACH Trace 0000002",
      250000,
      "zorvex widgets",
      "income.paycheck",
    ],
    [
      "Withdrawal KELDORA CARD SVCS TYPE: EPAY ID: 7788 CO: KELDORA CARD SVCS NAME: JANE ROE %% ACH ECC WEB",
      -50000,
      "keldora card svcs",
      "transfer.credit-card-payment",
    ],
    // The entry description after a slash, and the fields without the text before them.
    [
      "Deposit ZORVEX COUNTY PAYROLL / TYPE: DIRECT DEP ID: 4410 CO: ZORVEX COUNTY %% ACH ECC PPD",
      180000,
      "zorvex county",
      "income.paycheck",
    ],
    [
      "TYPE: Payroll  ID: 1730 CO: ZORVEX LABS %% ACH ECC PPD %% ACH Trace 3030",
      90000,
      "zorvex labs",
      "income.paycheck",
    ],
  ])("%s", (description, amount, key, category) => {
    const result = categorize(description, amount);
    expect(result.sellerKey).toBe(key);
    expect(result.categoryId).toBe(category);
  });

  it("the account holder after NAME: and the network's codes are never part of the seller's name", () => {
    const result = categorize(
      "Withdrawal KELDORA WATER TYPE: UTIL PMT ID: 5555 CO: KELDORA WATER NAME: JANE ROE %% ACH ECC WEB %% ACH Trace 42",
      -6400,
    );
    expect(result.merchant).toBe("Keldora Water");
    expect(result.categoryId).toBe("bills-utilities.utilities");
  });

  it("the network's codes are cut from a line with no fields too", () => {
    const result = categorize("NSF fee / In the amount $. KELDORA LENDING %% ACH ECC WEB", -3500);
    expect(result.categoryId).toBe("fees-charges.bank-fee");
    expect(result.merchant).not.toMatch(/ecc|ach/i);
  });

  it("a BofA entry's CO ID: is not a credit union's CO: field", () => {
    const result = categorize("ZORVEX WIDGETS DES:PAYROLL ID:XXXXX INDN:JANE ROE CO ID:XXXXX PPD", 250000);
    expect(result.sellerKey).toBe("zorvex widgets");
    expect(result.categoryId).toBe("income.paycheck");
  });
});

describe("'Withdrawal' in front of the seller", () => {
  it.each([
    ["Withdrawal NETFLIX.COM", -1599, "netflix", "entertainment.streaming"],
    ["WITHDRAWAL KELDORA HARDWARE", -2500, "keldora hardware", "home.home-improvement"],
    ["Withdrawal ACH VERIZON WIRELESS", -8000, "verizon wireless", "bills-utilities.mobile-phone"],
  ])("%s", (description, amount, key, category) => {
    const result = categorize(description, amount);
    expect(result.sellerKey).toBe(key);
    expect(result.categoryId).toBe(category);
  });

  it("a withdrawal at a cash machine is still cash, and a transfer still a transfer", () => {
    expect(categorize("WITHDRAWAL ATM 4321 MAIN ST", -6000).categoryId).toBe("transfer.cash-atm");
    expect(categorize("Withdrawal Transfer To Share 01", -5000).categoryId).toBe("transfer.transfer");
  });
});
