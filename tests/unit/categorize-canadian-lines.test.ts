import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: Canadian statement lines in English and Québec French, and store cards, as a probe of everyday lines
// (written from the banks' known wording, not from any evaluation set) found them unread. Local payees are invented.

const inCanada = (description: string, amount: number) => categorizeOnAccount("CAD", description, amount);

describe("a store's own credit card, paid as a bill", () => {
  it.each([
    "Bill Payment CANADIAN TIRE MASTERCARD",
    "WALMART MASTERCARD",
    "CANADIAN TIRE MC",
    "HOME DEPOT CREDIT CARD",
  ])("%s is the card's bill, not a purchase at the store", (description) => {
    expect(inCanada(description, -30000).categoryId).toBe("transfer.credit-card-payment");
  });

  it("the store alone is still the store", () => {
    expect(inCanada("CANADIAN TIRE #123", -3000).categoryId).toBe("shopping.general-merchandise");
    expect(inCanada("WALMART SUPERCENTER 1234", -3000).categoryId).not.toBe("transfer.credit-card-payment");
  });
});

describe("the banks' channel words before the payee", () => {
  it.each([
    // Desjardins's online banking, AccèsD, before the biller
    ["Paiement facture - AccèsD Internet /REVENU QUEBEC", -50000, "revenu quebec"],
    // A contactless Interac purchase
    ["C-IDP PURCHASE - 1234 KELDORA BAKERY", -1200, "keldora bakery"],
    // CIBC's electronic funds transfers name the payer or biller after the kind of transfer
    ["ELECTRONIC FUNDS TRANSFER PREAUTHORIZED DEBIT ZORVEX INSURANCE", -5000, "zorvex insurance"],
    ["PRELEVEMENT AUTOMATIQUE ZORVEX ASSURANCE", -5000, "zorvex assurance"],
  ])("%s is paid to %s", (description, amount, key) => {
    expect(inCanada(description, amount).sellerKey).toBe(key);
  });

  it("CIBC's pay deposit is pay, shown as the employer's", () => {
    expect(inCanada("ELECTRONIC FUNDS TRANSFER PAY KELDORA INC", 300000)).toMatchObject({
      categoryId: "income.paycheck",
      sellerKey: "keldora inc",
    });
  });
});

describe("Canadian and French bank wording", () => {
  it.each([
    ["Paiement facture - AccèsD Internet /VISA DESJARDINS", -90000, "transfer.credit-card-payment"],
    ["CREDIT CARD/LOC PAY", -50000, "transfer.credit-card-payment"],
    ["FEDERAL PAYMENT CANADA", 30000, "income"],
    ["AUTOMATED BANKING MACHINE WITHDRAWAL", -10000, "transfer.cash-atm"],
    ["DIRECT INVESTING", -100000, "transfer.transfer"],
    // A mortgage by its French names, in Québec and in France
    ["PRET HYPOTHECAIRE", -150000, "home.mortgage-rent"],
    ["HYPOTHEQUE ZORVEX", -150000, "home.mortgage-rent"],
    ["ECHEANCE PRET IMMOBILIER", -150000, "home.mortgage-rent"],
    ["TAXES MUNICIPALES", -80000, "taxes.property-tax"],
    ["TAXES FONCIERES", -80000, "taxes.property-tax"],
    ["PENSIONS ALIMENTAIRES", -30000, "kids.child-support"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inCanada(description, amount).categoryId).toBe(category);
  });
});

describe("trades by their Québec and French names, and Canadian chains", () => {
  it.each([
    ["LUNETTERIE KELDORA", "health-fitness.eyecare"],
    ["NETTOYEUR ZORVEX", "personal-care.laundry"],
    ["MASSOTHERAPIE KELDORA", "personal-care.spa-massage"],
    ["HOPITAL VETERINAIRE ZORVEX", "pets.veterinary"],
    ["TOILETTAGE KELDORA", "pets.pet-grooming"],
    ["CAMP DE JOUR ZORVEX", "kids.kids-activities"],
    ["CEGEP KELDORA", "education.tuition"],
    ["PLOMBERIE ZORVEX", "home.home-services"],
    ["HOCKEY MINEUR KELDORA", "kids.kids-activities"],
    ["ZORVEX MINOR HOCKEY", "kids.kids-activities"],
    // A gym chain whose name opens with the word for energy, which names a power company elsewhere
    ["ENERGIE CARDIO", "health-fitness.gym"],
    ["ENERGIE ZORVEX", "bills-utilities.utilities"],
    ["GOODLIFE CLUBS", "health-fitness.gym"],
    ["ATLANTIC SUPERSTORE", "food-dining.groceries"],
    ["LE DEVOIR", "entertainment.newspapers-magazines"],
  ])("%s is %s", (description, category) => {
    expect(inCanada(description, -5000).categoryId).toBe(category);
  });

  it("a dry cleaner's Québec name is read on Canadian accounts only: in France it is a cleaning machine", () => {
    expect(categorizeOnAccount("EUR", "NETTOYEUR ZORVEX", -5000).categoryId).toBeNull();
  });
});

describe("a variety store in Canada", () => {
  it("is the corner store, groceries, as Ontario calls it", () => {
    expect(inCanada("ZORVEX VARIETY", -1200).categoryId).toBe("food-dining.groceries");
  });

  it("is still general merchandise elsewhere", () => {
    expect(categorizeOnAccount("USD", "ZORVEX VARIETY", -1200).categoryId).toBe(
      "shopping.general-merchandise",
    );
  });
});

describe("Canadian lines a second probe found unread", () => {
  it.each([
    // Money put into a tax-free savings account is the holder's own, not a tax; its French names, and an RRSP's
    ["Internet Withdrawal to Tax-Free Savings Account", -50000, "transfer.transfer"],
    ["CELI", -50000, "transfer.transfer"],
    ["REER", -50000, "transfer.transfer"],
    ["KELDORA MASSAGE THERAPY", -9000, "personal-care.spa-massage"],
    // A Prairie co-op's fuel station and its commercial pumps
    ["ZORVEX GAS BAR", -6000, "auto-transport.gas-fuel"],
    ["ZORVEX CARDLOCK", -6000, "auto-transport.gas-fuel"],
    ["MICROBRASSERIE KELDORA", -3000, "food-dining.alcohol-bars"],
    ["CASSE-CROUTE ZORVEX", -1200, "food-dining.fast-food"],
    ["BUANDERIE KELDORA", -800, "personal-care.laundry"],
    ["CENTRE DE LA PETITE ENFANCE ZORVEX", -20000, "kids.babysitter-daycare"],
    ["AUTOPAC", -12000, "auto-transport.auto-insurance"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(inCanada(description, amount).categoryId).toBe(category);
  });
});
