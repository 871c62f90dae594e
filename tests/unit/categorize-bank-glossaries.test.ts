import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { categorizeTransaction } from "@/server/categorize/engine";
import { slugContext } from "../support/categorize-context";

// Wordings banks say their statements print (their help pages and statement guides, gathered in stop 68), as lines
// with invented payees (Keldora, Zorvex).

const read = (currency: string, description: string, amount: number) =>
  categorizeTransaction(
    { description, amount, bankCategory: null },
    slugContext({ countries: countriesForCurrency(currency) }),
  );

describe("a Canadian bank's transaction code in its own column after the payee", () => {
  it.each([
    ["KELDORA LIFE         ANN", 30_000, "income"],
    ["ZORVEX INC           PAY", 250_000, "income.paycheck"],
    ["KELDORA TRUST        DIV", 1_200, "income.investment-income"],
    ["KELDORA MTGE CORP    MTG", -150_000, "home.mortgage-rent"],
    ["KELDORA FUNDS        RSP", -50_000, "transfer.transfer"],
    ["SC", -1_595, "fees-charges.service-fee"],
  ])("%s", (description, amount, slug) => {
    expect(read("CAD", description, amount).categoryId).toBe(slug);
  });

  it("is read only on an account in Canada, and after a seller Tally knows the seller decides", () => {
    expect(read("USD", "SC", -1_595).categoryId).toBeNull();
    expect(read("USD", "KELDORA LIFE         ANN", 30_000).categoryId).toBeNull();
    expect(read("CAD", "NETFLIX.COM          PAY", -1_699).categoryId).toBe("entertainment.streaming");
  });

  it("a pay code on money paid out names no income", () => {
    expect(read("CAD", "ZORVEX INC           PAY", -250_000).categoryId).toBeNull();
  });
});

describe("British, Irish, Canadian, Australian, South African and Singaporean bank wording", () => {
  it.each([
    ["USD", "SVC CHG", -1_200, "fees-charges.service-fee"],
    ["CAD", "NON-SUFFICIENT FUNDS", -4_500, "fees-charges.bank-fee"],
    ["GBP", "N-S TRN FEE", -99, "fees-charges.bank-fee"],
    ["GBP", "ATM CHG EUR 100.00", -275, "fees-charges.atm-fee"],
    ["GBP", "ATM RFD", 10_000, "income.refund-reimbursement"],
    ["AUD", "FEES DIR CHG OTH ATM", -300, "fees-charges.atm-fee"],
    ["ZAR", "BALANCE ENQUIRY", -1_000, "fees-charges.atm-fee"],
    ["GBP", "IN BRANCH CASH 902346", -20_000, "transfer.cash-atm"],
    ["GBP", "CHEQUE-CASH 123", -20_000, "transfer.cash-atm"],
    ["AUD", "FAMILY ALLOWANCE", 40_000, "income"],
    ["CAD", "EFT CREDIT CANADA", 40_000, "income"],
    ["EUR", "DSFA CB EFT", 14_000, "income"],
    ["GBP", "CURRENT ACCOUNT FEES", -300, "fees-charges.service-fee"],
    ["SGD", "ATINT", 150, "income.interest-income"],
    ["INR", "INT.COLL", -5_000, "fees-charges.finance-charge"],
  ])("%s %s", (currency, description, amount, slug) => {
    expect(read(currency, description, amount).categoryId).toBe(slug);
  });

  it("an Australian channel in front leaves the payee's name to decide", () => {
    const result = read("AUD", "CREDIT CARD PURCHASE KELDORA PIZZA", -2_500);
    expect(result.sellerKey).toBe("keldora pizza");
    expect(result.categoryId).toBe("food-dining.restaurants");
  });
});

describe("European, Latin American and Asian bank wording", () => {
  it.each([
    ["COP", "CONSULTA DE SALDO", -500, "fees-charges.atm-fee"],
    ["EUR", "BUCHUNGSGEBÜHR", -35, "fees-charges.bank-fee"],
    ["EUR", "SĄSKAITOS TVARKYMO MOKESTIS", -150, "fees-charges.service-fee"],
    ["TRY", "İŞLEM ÜCRETİ", -500, "fees-charges.bank-fee"],
    ["CLP", "INTERESES SOBREGIRO", -5_000, "fees-charges.finance-charge"],
    ["EUR", "COMMISSIONE ISTRUTTORIA VELOCE", -1_500, "fees-charges.late-fee"],
    ["EUR", "FORFAIT CHEQUE REJETE", -3_000, "fees-charges.late-fee"],
    ["EUR", "VIR CAF PRIME D'ACTIVITE", 20_000, "income"],
    ["EUR", "GEMEENTE ZORVEX UITKERING", 90_000, "income"],
    ["NOK", "SKATTEETATEN PENGER TIL GODE", 300_000, "income.refund-reimbursement"],
    ["EUR", "OVERHEIDSVORDERING", -10_000, "taxes.federal-tax"],
    ["ILS", "דמי ביטוח לאומי", -50_000, "taxes.federal-tax"],
    ["EUR", "ADDIZIONALE REGIONALE", -4_000, "taxes.local-tax"],
    ["PLN", "WYPŁATA W BANKOMACIE", -100_000, "transfer.cash-atm"],
    ["PLN", "PROWIZJA - WYPŁATA Z ATM KRAJOWEGO", -500, "fees-charges.atm-fee"],
    ["EUR", "BANKOMATBEHEBUNG", -10_000, "transfer.cash-atm"],
    ["EUR", "RET DAB 12/03 PARIS", -6_000, "transfer.cash-atm"],
    ["JPY", "ATM利用料", -220, "fees-charges.atm-fee"],
    ["EUR", "KREDIETKAART UITGAVEN", -45_000, "transfer.credit-card-payment"],
    ["SEK", "REGELBUNDET SPARANDE", -100_000, "transfer.transfer"],
  ])("%s %s", (currency, description, amount, slug) => {
    expect(read(currency, description, amount).categoryId).toBe(slug);
  });
});

describe("a payment or standing order's own name", () => {
  it.each([
    ["CZK", "Příkaz k úhradě"],
    ["PLN", "PRZELEW SEPA"],
    ["SEK", "Överföring"],
    ["DKK", "Fast overførsel"],
  ])("alone is a transfer: %s %s", (currency, description) => {
    expect(read(currency, description, -5_000).categoryId).toBe("transfer.transfer");
  });

  it.each([
    ["CZK", "Příkaz k úhradě KELDORA ZORVEX"],
    ["PLN", "PRZELEW SEPA KELDORA ZORVEX"],
    ["SEK", "ÖVERFÖRING KELDORA ZORVEX"],
    ["NOK", "STRAKSBETALING Keldora Zorvex"],
  ])("before a person's name leaves the payment to the user: %s %s", (currency, description) => {
    expect(read(currency, description, -5_000)).toMatchObject({
      categoryId: null,
      sellerKey: "keldora zorvex",
    });
  });

  it("before a purpose lets the purpose decide", () => {
    expect(read("DKK", "FAST OVERFØRSEL Keldora husleje", -800_000).categoryId).toBe("home.mortgage-rent");
  });
});

describe("the abbreviations American card descriptors cut a kind of business to", () => {
  it.each([
    ["KELDORA PHCY #0412", "health-fitness.pharmacy"],
    ["KELDORA LQR AUSTIN TX", "food-dining.alcohol-bars"],
    ["ZORVEX GRCRY", "food-dining.groceries"],
    ["ZORVEX CLNRS", "personal-care.laundry"],
    ["KELDORA BKRY", "food-dining.groceries"],
    ["VALLEY ANML HOSP", "pets.veterinary"],
    ["KELDORA PRKG GARAGE", "auto-transport.parking"],
    ["ZORVEX LANDSCP", "home.lawn-garden"],
    ["ZORVEX HDWR", "home.home-improvement"],
    ["CITY OF KELDORA UTIL", "bills-utilities.utilities"],
  ])("%s", (description, slug) => {
    expect(read("USD", description, -3_000).categoryId).toBe(slug);
  });

  it("a liquidation's LIQ is no liquor store", () => {
    expect(read("USD", "01-LIQ EXPORT 3024960061", 50_000).categoryId).not.toBe("food-dining.alcohol-bars");
  });
});

describe("a card processor's short name before its star", () => {
  it.each([
    ["DRI*AVAST SOFTWARE", "avast"], // Digital River
    ["CLV*KELDORA PIZZA", "keldora pizza"], // Clover
    ["CCBILL*KELDORA", "keldora"],
  ])("%s is keyed by the seller after it", (description, key) => {
    expect(read("USD", description, -2_000).sellerKey).toBe(key);
  });
});
