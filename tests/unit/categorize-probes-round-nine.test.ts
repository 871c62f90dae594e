import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// What the ninth round of probes, and the two sets of round eight first read at this stop (probes/br7.csv and
// probes/ca5.csv), found unread or misread, read on invented names (Keldora, Zorvex, 凯多拉, ケルドラ) unless a test is
// about the real data.

const category = (currency: string, description: string, amount = -2500) =>
  categorizeOnAccount(currency, description, amount).categoryId;

describe("an insurer of every line, with the line in one short word after its name", () => {
  it.each([
    ["BRL", "PORTO SEGURO AUTO PARC 04/10", "auto-transport.auto-insurance"],
    ["BRL", "DEB AUT PORTO SEGURO RESIDENCIAL", "home.home-insurance"],
    ["BRL", "SULAMERICA VIDA", "financial.life-insurance"],
    ["CAD", "TD INSURANCE AUTO", "auto-transport.auto-insurance"],
    ["CAD", "INTACT INSURANCE HOME", "home.home-insurance"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(category(currency, description, -18_000)).toBe(slug);
  });

  it("does not guess a line from the insurer's name alone, or from how the premium was paid", () => {
    expect(category("BRL", "PORTO SEGURO", -18_000)).toBeNull();
    expect(category("CAD", "TD INSURANCE AUTO PAY", -18_000)).not.toBe("auto-transport.auto-insurance");
  });

  it("reads the short words as nothing of insurance after another name", () => {
    expect(category("BRL", "KELDORA VIDA", -18_000)).not.toBe("financial.life-insurance");
    expect(category("CAD", "KELDORA HOME", -18_000)).not.toBe("home.home-insurance");
  });
});

describe("Canadian tax and fee wording", () => {
  it.each([
    ["GST/HST PAYMENT 812345678RT0001", "taxes.sales-tax"],
    ["Internet Banking INTERNET BILL PAY 000000187322 FED-GST/HST REMIT", "taxes.sales-tax"],
    ["CRA REVENUE", "taxes.federal-tax"],
    ["CRA (REVENUE) INSTALMENT", "taxes.federal-tax"],
    ["PAPER STMT FEE", "fees-charges.bank-fee"],
  ])("%s is %s", (description, slug) => {
    expect(category("CAD", description, -40_000)).toBe(slug);
  });

  it("still reads GST on a fee line as part of the fee", () => {
    expect(category("CAD", "GST ON SERVICE CHARGE", -65)).not.toBe("taxes.sales-tax");
  });
});

describe("Brazilian wording", () => {
  it.each([
    ["TARIFA MENSALIDADE PACOTE SE", "fees-charges.bank-fee"],
    ["DAE ESOCIAL DOMESTICO", "taxes.federal-tax"],
    ["PIX ENVIADO DIARISTA KELDORA", "home.home-services"],
    ["UTILIDADES DOMESTICAS KELDORA", "home.home-supplies"],
  ])("%s is %s", (description, slug) => {
    expect(category("BRL", description, -15_000)).toBe(slug);
  });
});

describe("trades the Ontario plumber's statements named", () => {
  it.each([
    ["KELDORA TAP HOUSE BARRIE ON", "food-dining.alcohol-bars"],
    ["KELDORA TAPHOUSE", "food-dining.alcohol-bars"],
    ["KELDORA FURNITURE GALLERY", "home.furnishings"],
    ["KELDORA MATTRESS WAREHOUSE", "home.furnishings"],
    ["KELDORA SEPTIC PUMPING", "home.home-services"],
    ["KELDORA FRESH MEAT", "food-dining.groceries"],
    ["ZORVEX HYDRONICS SUPPLY", "home.home-improvement"],
    ["KELDORA BOWLING LANES", "entertainment.amusement"],
  ])("%s is %s", (description, slug) => {
    expect(category("CAD", description, -9_000)).toBe(slug);
  });
});
