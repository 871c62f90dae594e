// Life insurance and financial advice have a group of their own (Financial, as Mint had): a life insurer's premium
// was left uncategorized, since no category fitted it. Every example is invented; none is an evaluation row.

import { describe, expect, it } from "vitest";
import { categoryBySlug } from "@/server/categorize/taxonomy";
import { categorizeOnAccount } from "../support/categorize-context";

const categorize = (description: string, amount: number, currency = "USD") =>
  categorizeOnAccount(currency, description, amount).categoryId;

describe("the Financial group", () => {
  it("is an expense group with life insurance and financial advice", () => {
    expect(categoryBySlug("financial")).toMatchObject({
      name: "Financial",
      kind: "expense",
      parentSlug: null,
    });
    expect(categoryBySlug("financial.life-insurance")).toMatchObject({ name: "Life Insurance" });
    expect(categoryBySlug("financial.financial-advisor")).toMatchObject({ name: "Financial Advisor" });
  });
});

describe("a life insurance premium", () => {
  it.each([
    ["LIFE INSURANCE PREMIUM", "USD"],
    ["ZORVEX LIFE INSURANCE CO", "USD"],
    ["NORTHWESTERN MUTUAL", "USD"],
    ["NEW YORK LIFE INS PREM", "USD"],
    ["LIC PREMIUM", "INR"],
    ["NACH DR HDFC LIFE INSURANCE", "INR"],
    ["ROYAL LONDON", "GBP"],
    ["LEBENSVERSICHERUNG ZORVEX AG", "EUR"],
    ["SEGURO DE VIDA ZORVEX", "EUR"],
    ["ZORVEX SEGUROS DE VIDA", "MXN"],
    ["POLIZZA VITA ZORVEX", "EUR"],
  ])("%s on a %s account is Life Insurance", (description, currency) => {
    expect(categorize(description, -4500, currency)).toBe("financial.life-insurance");
  });

  it("a claim paid is money in, and a life insurer's other businesses keep their own categories", () => {
    expect(categorize("LIFE INSURANCE CLAIM", 500000)).toBe("income.refund-reimbursement");
    expect(categorize("IRISH LIFE HEALTH", -9000, "EUR")).toBe("health-fitness.health-insurance");
    expect(categorize("ICICI PRUDENTIAL MUTUAL FUND SIP", -500000, "INR")).toBe("transfer.transfer");
  });

  it("France's assurance-vie is a savings product, not read as a premium", () => {
    expect(categorize("VERSEMENT ASSURANCE VIE", -10000, "EUR")).not.toBe("financial.life-insurance");
  });
});

describe("life insurers and their words in Chinese, Japanese and Korean", () => {
  it.each([
    ["中国人寿保险股份有限公司", "CNY"],
    ["泰康人寿", "CNY"],
    ["寿险", "CNY"],
    ["中國人壽", "TWD"],
    ["日本生命", "JPY"],
    ["生命保険料", "JPY"],
    ["삼성생명", "KRW"],
    ["생명보험", "KRW"],
    // A passbook's half-width kana: Dai-ichi Life, a life insurer's premium
    ["ﾀﾞｲｲﾁｾｲﾒｲ", "JPY"],
    ["ｾｲﾒｲﾎｹﾝﾘﾖｳ", "JPY"],
  ])("%s on a %s account is Life Insurance", (description, currency) => {
    expect(categorize(description, -300000, currency)).toBe("financial.life-insurance");
  });

  it("a claim settled (理赔) is money back, and medical cover stays Health Insurance", () => {
    expect(categorize("人寿保险 理赔", 500000, "CNY")).toBe("income.refund-reimbursement");
    expect(categorize("医疗保险", -30000, "CNY")).toBe("health-fitness.health-insurance");
  });

  it("a word that holds 寿 (long life) for another trade keeps its trade", () => {
    expect(categorize("长寿面馆", -3000, "CNY")).toBe("food-dining.restaurants");
  });
});

describe("a financial adviser", () => {
  it.each(["ZORVEX FINANCIAL ADVISOR", "KELDORA FINANCIAL PLANNING LLC"])(
    "%s is Financial Advisor",
    (text) => {
      expect(categorize(text, -30000)).toBe("financial.financial-advisor");
    },
  );
});
