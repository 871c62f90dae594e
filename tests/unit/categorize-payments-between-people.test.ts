import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import {
  BETWEEN_PEOPLE_REASON,
  type CategorizeContext,
  categorizeTransaction,
} from "@/server/categorize/engine";
import { trainHistory } from "@/server/categorize/history";
import { slugContext } from "../support/categorize-context";

// Tally files a transfer only where the money stays the holder's. A payment through a channel that pays between
// people (an Interac e-Transfer, Zelle, Venmo, Cash App, a Pix, MB WAY, WeChat Pay's 转账 and red packets) may be rent,
// a babysitter, a dinner split or a gift: filed as a transfer it would leave the month's spending and the budgets
// unseen, so it stays uncategorized for the user to say. Invented names throughout (Keldora, Zorvex, 凯多拉).

const read = (
  currency: string,
  description: string,
  amount: number,
  extra: Partial<CategorizeContext<string>> & { bankCategory?: string } = {},
) => {
  const { bankCategory, ...context } = extra;
  return categorizeTransaction(
    { description, amount, bankCategory: bankCategory ?? null },
    slugContext({ countries: countriesForCurrency(currency), ...context }),
  );
};

describe("a payment between people stays uncategorized", () => {
  it.each([
    ["CAD", "E-TRANSFER SENT KELDORA ZORVEX", -15_000],
    ["CAD", "INTERAC e-Transfer From: KELDORA ZORVEX", 4_500],
    ["CAD", "Virement Interac à Keldora Zorvex", -8_000],
    ["CAD", "MB-Email Money Trf KELDORA ZORVEX", -6_000],
    ["CAD", "SEND E-TFR ***4kD", -15_000],
    ["USD", "ZELLE TO KELDORA ZORVEX", -5_000],
    ["USD", "ZELLE PAYMENT FROM KELDORA ZORVEX", 5_000],
    ["USD", "VENMO *KELDORA ZORVEX", -2_500],
    ["USD", "VENMO PAYMENT 1030380922540 WEB ID: 3264681992", -8_600],
    ["USD", "CASH APP*KELDORA ZORVEX", -2_000],
    ["BRL", "PIX ENVIADO", -5_000],
    ["EUR", "TRF MB WAY P/ KELDORA ZORVEX", -2_000],
    ["CLP", "TRANSFERENCIA A TERCEROS KELDORA ZORVEX", -50_000],
    ["CNY", "凯多拉 转账", -50_000],
    ["CNY", "群收款", 4_500],
  ])("%s %s (%d)", (currency, description, amount) => {
    const result = read(currency, description, amount);
    expect(result).toMatchObject({
      categoryId: null,
      source: null,
      via: null,
      reason: BETWEEN_PEOPLE_REASON,
    });
  });

  it("by a wallet's own label for a payment to or from a person, whoever the payee", () => {
    for (const label of ["转账", "微信红包（单发）", "微信红包（群红包）", "二维码收款", "转账-退款"])
      expect(read("CNY", "凯多拉 /", -6_600, { bankCategory: label }).categoryId, label).toBeNull();
  });

  it("keys a payment through a service by its payee, so the user's rule for one payee is not every payee's", () => {
    expect(read("USD", "ZELLE TO KELDORA ZORVEX ON 03/02 REF # WFCT0P9Q8R7S", -5_000)).toMatchObject({
      sellerKey: "zelle keldora zorvex",
      merchant: "Zelle · Keldora Zorvex",
    });
    expect(read("USD", "CASH APP*KELDORA ZORVEX 8888888888 CA", -2_000).sellerKey).toBe(
      "cash app keldora zorvex",
    );
    expect(read("USD", "VENMO PAYMENT 1030380922540 WEB ID: 3264681992", -8_600).sellerKey).toBe("venmo");
    const userRules = new Map([["zelle keldora zorvex", "kids.babysitter-daycare"]]);
    expect(read("USD", "ZELLE TO KELDORA ZORVEX", -5_000, { userRules }).categoryId).toBe(
      "kids.babysitter-daycare",
    );
    expect(read("USD", "ZELLE TO ZORVEX KELDORA", -5_000, { userRules }).categoryId).toBeNull();
  });

  it("keeps the payee's name as the seller, for the user's choice to attach to", () => {
    expect(read("CAD", "E-TRANSFER SENT KELDORA ZORVEX", -15_000).sellerKey).toBe(
      "e transfer sent keldora zorvex",
    );
    expect(read("CNY", "凯多拉", -6_600, { bankCategory: "微信红包" }).merchant).toBe("凯多拉");
  });
});

describe("a transfer of the holder's own money stays a transfer", () => {
  it.each([
    ["USD", "VENMO CASHOUT", 10_000],
    ["USD", "DIRECT DEPOSIT VENMO", 10_000],
    ["USD", "ONLINE TRANSFER TO SAV XXXXXX4821", -25_000],
    ["CAD", "TFR-TO 6234567", -30_000],
    ["CNY", "转账 本人账户互转", -50_000],
    ["CNY", "跨行转入 凯多拉 同名转账", 50_000],
    ["CAD", "E-TRANSFER SENT OWN ACCOUNT", -50_000],
  ])("%s %s (%d)", (currency, description, amount) => {
    expect(read(currency, description, amount).categoryId).toBe("transfer.transfer");
  });

  it("but not for those words inside other words", () => {
    expect(read("CAD", "E-TRANSFER SENT BROWN ACCOUNTING", -50_000).categoryId).not.toBe("transfer.transfer");
    expect(read("CAD", "E-TRANSFER SENT OWN  ACCOUNT", -50_000).categoryId).toBe("transfer.transfer");
  });

  it("and a wallet's own money moved under a transfer's label", () => {
    expect(read("CNY", "零钱提现", -10_000, { bankCategory: "转账" }).categoryId).toBe("transfer.transfer");
  });
});

describe("what the payment paid for", () => {
  it("is read from a purpose written beside the payee", () => {
    expect(read("CAD", "E-TRANSFER SENT KELDORA ZORVEX BABYSITTING", -8_000).categoryId).toBe(
      "kids.babysitter-daycare",
    );
    expect(read("CAD", "INTERAC E-TRANSFER TO ZORVEX PLUMBING & HEATING", -40_000).categoryId).toBe(
      "home.home-services",
    );
    expect(read("CAD", "e-Transfer sent KELDORA ZORVEX snow removal", -6_000).categoryId).toBe(
      "home.home-services",
    );
  });

  it("is read from a bank's word for what it paid beside the payee, however short", () => {
    expect(read("CAD", "E-TRANSFER SENT KELDORA ZORVEX RENT NOV", -120_000).categoryId).toBe(
      "home.mortgage-rent",
    );
    expect(read("CAD", "VIREMENT INTERAC A Keldora Zorvex - loyer mai", -95_000).categoryId).toBe(
      "home.mortgage-rent",
    );
    expect(
      read("USD", "ZELLE TO ZORVEX KELDORA ON 03/02 REF # WFCT0P9Q8R7S RENT MARCH", -150_000).categoryId,
    ).toBe("home.mortgage-rent");
    // Rent paid in is the landlord's rent received.
    expect(read("CAD", "E-TRANSFER RECEIVED KELDORA ZORVEX RENT NOV", 120_000).categoryId).toBe(
      "income.rental-income",
    );
    // A fee is still read with its operation.
    expect(read("CAD", "INTERAC E-TRANSFER FEE", -150).categoryId).toBe("fees-charges.bank-fee");
  });

  it("is read after a Chinese payee's name, which is written apart from it", () => {
    expect(read("CNY", "转账 凯多拉 零花钱", -20_000).categoryId).toBe("kids.allowance");
    expect(read("CNY", "转账 凯多拉 水管维修", -20_000).categoryId).toBe("home.home-services");
  });

  it("is not read from a surname that is a trade's word", () => {
    for (const surname of ["BARBER", "CHURCH", "BUTCHER", "CARPENTER"])
      expect(read("CAD", `E-TRANSFER SENT KELDORA ${surname}`, -5_000).categoryId, surname).toBeNull();
    expect(read("CAD", "E-TRANSFER TO KELDORA SUBWAY", -5_000).categoryId).toBeNull();
  });

  it("is the user's own: their rule, and their history when it is sure", () => {
    const key = "e transfer sent keldora zorvex";
    expect(
      read("CAD", "E-TRANSFER SENT KELDORA ZORVEX", -8_000, {
        userRules: new Map([[key, "kids.babysitter-daycare"]]),
      }),
    ).toMatchObject({ categoryId: "kids.babysitter-daycare", source: "rule" });
    const history = trainHistory([
      { sellerKey: key, categoryId: "kids.babysitter-daycare" },
      { sellerKey: key, categoryId: "kids.babysitter-daycare" },
    ]);
    expect(read("CAD", "E-TRANSFER SENT KELDORA ZORVEX", -8_000, { history })).toMatchObject({
      categoryId: "kids.babysitter-daycare",
      source: "history",
    });
  });

  it("is not what other users chose for a payee of the same name", () => {
    expect(
      read("CAD", "E-TRANSFER SENT KELDORA ZORVEX", -8_000, { crowdTop: () => "shopping.clothing" })
        .categoryId,
    ).toBeNull();
  });
});
