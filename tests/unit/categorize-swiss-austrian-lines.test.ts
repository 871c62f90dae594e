import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// Issue 14: lines in the formats Swiss and Austrian banks print (UBS, PostFinance, the cantonal banks, Raiffeisen's
// ELBA). Every payee is invented; the brands are the lists' own; none is an evaluation row.

const switzerland = slugContext({ countries: countriesForCurrency("CHF") });
const inSwitzerland = (description: string, amount: number) =>
  categorizeTransaction({ description, amount }, switzerland);

describe("Swiss and Austrian bank lines", () => {
  it.each([
    // Cash from a Bancomat is a Swiss cash machine's
    ["Bezug Bancomat Zürich HB", -20000, "transfer.cash-atm"],
    // The bank's closing of its service prices, and the interest closing
    ["Saldo Dienstleistungspreisabschluss", -500, "fees-charges.bank-fee"],
    ["Zinsabschluss", 12, "income.interest-income"],
    ["Kreditzinsen", -500, "fees-charges.finance-charge"],
    ["Lohnzahlung ZORVEX AG", 600000, "income.paycheck"],
    ["Gehaltszahlung ZORVEX AG", 600000, "income.paycheck"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inSwitzerland(description, amount).categoryId).toBe(category);
  });

  it.each([
    ["TWINT Zahlung an KELDORA SILVA", -2000],
    ["TWINT KELDORA SILVA", -2000],
    ["E-Banking Auftrag an KELDORA SILVA", -10000],
    ["Vergütung KELDORA SILVA", 10000],
    ["Gutschrift Überweisung KELDORA SILVA", 2000],
  ])(
    "%s: the wallet's or transfer's words come off, and a person's name says nothing",
    (description, amount) => {
      expect(inSwitzerland(description, amount)).toMatchObject({
        merchant: "Keldora Silva",
        categoryId: null,
      });
    },
  );

  it("a shop paid by TWINT is still that shop", () => {
    expect(inSwitzerland("TWINT MIGROS", -2000).categoryId).toBe("food-dining.groceries");
    expect(inSwitzerland("TWINT ZORVEX BAECKEREI", -900).categoryId).toBe("food-dining.groceries");
  });

  it("a credit note (Gutschrift) from a shop is that shop's, as a refund is", () => {
    expect(inSwitzerland("GUTSCHRIFT AMAZON EU", 2000)).toMatchObject({
      merchant: "Amazon",
      categoryId: "shopping.general-merchandise",
    });
  });

  it.each([
    ["Zahlung QR-Rechnung ZORVEX SANITAER AG", "Zorvex Sanitaer AG", "home.home-services"],
    ["Belastung eBill ZORVEX ENERGIE AG", "Zorvex Energie AG", "bills-utilities.utilities"],
  ])("a QR bill or eBill paid: %s is %s", (description, merchant, category) => {
    expect(inSwitzerland(description, -9000)).toMatchObject({ merchant, categoryId: category });
  });
});
