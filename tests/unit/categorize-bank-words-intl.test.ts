import { describe, expect, it } from "vitest";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { loadSellerDictionary } from "@/server/categorize/dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";

const dictionary = defaultSellerDictionary();

function context(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId, ...overrides };
}

const categorize = (description: string, ctx = context()) =>
  categorizeTransaction({ description }, ctx).categoryId;

describe("bank wording of German, Austrian, Dutch, Spanish and French banks", () => {
  it.each([
    ["Bankomat 1234 Linz Hauptplatz", "transfer.cash-atm"],
    ["GELDAUTOMAT SPARKASSE KOELN 12.03", "transfer.cash-atm"],
    ["Reintegro efectivo cajero 0042 Valencia", "transfer.cash-atm"],
    ["RETRAIT DAB 14/02 LYON PART DIEU", "transfer.cash-atm"],
    ["Geldopname Utrecht Centraal", "transfer.cash-atm"],
    ["KREDITKARTENABRECHNUNG 02/2024", "transfer.credit-card-payment"],
    ["Entgeltabschluss 31.03.", "fees-charges.bank-fee"],
    ["Entgelt Kontoführung März", "fees-charges.bank-fee"],
    ["Buchungsentgelt 4 Posten", "fees-charges.bank-fee"],
    ["Comisión de mantenimiento cuenta", "fees-charges.bank-fee"],
    ["Habenzinsen 2023", "income.interest-income"],
    ["Kapitalertragsteuer 2023", "taxes"],
    ["Dauerauftrag Miete Vermieter Huber", "home.mortgage-rent"],
    ["Dauerauftrag 0123", "transfer.transfer"],
    ["Traspaso a cuenta de ahorro", "transfer.transfer"],
    ["Devolución compra tienda 88", "income.refund-reimbursement"],
    ["Retoure Bestellung 55120", "income.refund-reimbursement"],
  ])("%s → %s", (description, slug) => {
    expect(categorize(description)).toBe(slug);
  });

  it("the name of a salary account is not a salary; a salary still is", () => {
    expect(categorize("Transferencia desde Cuenta Nómina")).toBe("transfer.transfer");
    expect(categorize("NOMINA ACME INDUSTRIAS SA")).toBe("income.paycheck");
  });

  it("tax withheld abroad on a dividend is a tax, not a refund", () => {
    expect(categorize("FOREIGN TAX PAID ACME HOLDINGS ADR")).toBe("taxes");
  });

  it("a till's thank-you after the seller is dropped, so the seller is read", () => {
    expect(categorizeTransaction({ description: "PIZZERIA DA LUIGI DANKT" }, context())).toMatchObject({
      categoryId: "food-dining.restaurants",
      sellerKey: "pizzeria da luigi",
    });
  });

  it("an online transfer to a named payee leaves the payee's name to decide", () => {
    expect(categorize("INTERNET-Überweisung Bäckerei Gruber")).not.toBe("transfer.transfer");
    expect(categorize("INTERNET-Überweisung")).toBe("transfer.transfer");
  });
});

describe("words that do not say what a seller is when they stand alone", () => {
  it.each([
    "RAILCO WEB MOBILE PARIS",
    "BIGCORP INTERNET 12 FR",
    "TOP-UP TO WALLETX",
    "FROSTY STORAGE PTE",
    "SOFTWARE Graz",
    "Gemeinsam Kicken e.V.",
    "Norddeutsche Versicherung AG",
    "Landes Lotterie GmbH",
    "Wiener Allgemeine Versicherung AG",
  ])("%s stays uncategorized", (description) => {
    expect(categorize(description)).toBeNull();
  });

  it("a longer business phrase holding such a word still decides", () => {
    expect(categorize("ACME SELF STORAGE")).not.toBeNull();
  });
});

describe("short brand spellings need stronger evidence", () => {
  const nsi = {
    categories: ["shopping.clothing"],
    sellers: [["Zed Shoes", 0, "", "zed"]],
  };
  const small = loadSellerDictionary([], { nsi });

  it("counts as the whole seller text or before a place, not before other words", () => {
    expect(categorize("ZED", context({ dictionary: small }))).toBe("shopping.clothing");
    expect(categorize("ZED LONDON", context({ dictionary: small }))).toBe("shopping.clothing");
    expect(categorize("ZED PAYMENT PLAN MONTHLY", context({ dictionary: small }))).toBeNull();
  });

  it("a bare number counts only as the whole text", () => {
    const numbered = loadSellerDictionary([], {
      nsi: { categories: ["food-dining.coffee-shops"], sellers: [["Cafe 123", 0, "", "123"]] },
    });
    expect(categorize("123", context({ dictionary: numbered }))).toBe("food-dining.coffee-shops");
    expect(categorize("123 ONLINE", context({ dictionary: numbered }))).toBeNull();
  });

  it("Tally's own short aliases are unaffected", () => {
    const own = loadSellerDictionary([
      { name: "Zed Shoes", category: "shopping.clothing", aliases: ["zed"] },
    ]);
    expect(categorize("ZED PAYMENT PLAN MONTHLY", context({ dictionary: own }))).toBe("shopping.clothing");
  });
});
