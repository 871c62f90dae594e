import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import {
  BETWEEN_PEOPLE_REASON,
  type CategorizeContext,
  categorizeTransaction,
} from "@/server/categorize/engine";
import { trainHistory } from "@/server/categorize/history";
import { slugContext } from "../support/categorize-context";

// What stop 74 found in the banks' own category columns: labels that say how money moved, not what it paid for.
// Monzo and Revolut file every payment to a payee under "Transfers" (Revolut's kind: "TRANSFER"), a friend's share of
// a dinner as well as the holder's own savings; Revolut's kind "CARD_PAYMENT" is any purchase with its card;
// Starling's "PAYMENTS" is any payment to a payee; Monzo's "General" holds vets, post offices and bank fees alike.
// Invented names throughout (Keldora, Zorvex).

const read = (
  description: string,
  bankCategory: string,
  amount = -4_000,
  currency = "GBP",
  extra: Partial<CategorizeContext<string>> = {},
) =>
  categorizeTransaction(
    { description, amount, bankCategory },
    slugContext({ countries: countriesForCurrency(currency), ...extra }),
  );

describe("a bank's transfer label beside a payee no list knows", () => {
  it.each([
    ["Keldora Zorvex", "Transfers", -4_000, "GBP"],
    ["To Keldora Zorvex", "TRANSFER", -12_000, "EUR"],
    ["Payment from Keldora Zorvex", "Transfers", 3_500, "EUR"],
    ["KELDORA ZORVEX", "transfers", -2_000, "GBP"],
  ])("%s (%s, %d) is a payment between people, left to the user", (description, label, amount, currency) => {
    expect(read(description, label, amount, currency)).toMatchObject({
      categoryId: null,
      via: null,
      reason: BETWEEN_PEOPLE_REASON,
    });
  });

  it("is still a transfer where the text names the holder's own pot, account or a bank", () => {
    expect(read("Zorvex Pot", "Transfers").categoryId).toBe("transfer.transfer");
    expect(read("K ZORVEX JOINT ACC", "Transfers").categoryId).toBe("transfer.transfer");
    expect(read("Keldora Zorvex Savings", "Transfers").categoryId).toBe("transfer.transfer");
    expect(
      read("UPI/ZORVEX BANK/512345678901/Paid for FD", "Money Transfer", -50_000, "INR").categoryId,
    ).toBe("transfer.transfer");
  });

  it("leaves a wallet's transfer into its own money-market fund a transfer", () => {
    expect(read("凯多拉 /", "转入零钱通-来自零钱", -10_000, "CNY").categoryId).toBe("transfer.transfer");
  });

  it("is money in against an invoice from a customer: income", () => {
    expect(
      read("Payment from Zorvex Studio B.V. Factuur 2024-031", "TRANSFER", 120_000, "EUR").categoryId,
    ).toBe("income");
  });

  it("is the user's once their own choices for the payee are sure", () => {
    const history = trainHistory([
      { sellerKey: "keldora zorvex", categoryId: "home.mortgage-rent" },
      { sellerKey: "keldora zorvex", categoryId: "home.mortgage-rent" },
    ]);
    expect(read("Keldora Zorvex", "Transfers", -80_000, "GBP", { history })).toMatchObject({
      categoryId: "home.mortgage-rent",
      source: "history",
    });
  });

  it("does not touch a label that names a transfer between the holder's own accounts", () => {
    expect(read("Keldora Zorvex", "Internal transfer").categoryId).toBe("transfer.transfer");
  });
});

describe("labels that say how a payment was made, not what it paid for", () => {
  it("reads a card purchase by its seller, never as a credit card's bill", () => {
    expect(read("Zorvexland", "CARD_PAYMENT", -1_200, "EUR").categoryId).toBeNull();
    expect(read("TESCO STORES 2041", "Card payment").categoryId).toBe("food-dining.groceries");
  });

  it("leaves Starling's PAYMENTS and Monzo's General to the text", () => {
    expect(read("K ZORVEX", "PAYMENTS").categoryId).toBeNull();
    expect(read("ZORVEX TRADING LTD", "General").categoryId).toBeNull();
    expect(read("ZORVEX VETS LONDON GBR", "General").categoryId).toBe("pets.veterinary");
  });

  it("still reads a card issuer's own payment labels as the card's bill", () => {
    expect(read("THANK YOU", "Payment/Credit", 50_000, "USD").categoryId).toBe(
      "transfer.credit-card-payment",
    );
  });
});

describe("a bank's paid plan", () => {
  it("is a fee, whatever the bank's label says", () => {
    expect(read("Monzo Plus subscription", "Bills", -500).categoryId).toBe("fees-charges.service-fee");
    expect(read("Monzo Perks", "Bills", -700).categoryId).toBe("fees-charges.service-fee");
  });
});
