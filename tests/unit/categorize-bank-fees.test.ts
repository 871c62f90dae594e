// Issue 14, item 3: a bank's own charges, pay, rent and own-account transfers as banks print them. A fee named
// beside the operation it was charged on ("CASH DEPOSIT FEE", a Czech "fee for a withdrawal from a cash machine") is
// the fee, not the operation; a fee named by the service it is for, or after how often it is charged ("MONTHLY …"),
// is the bank's. Every example is invented; none is an evaluation row.

import { describe, expect, it } from "vitest";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { categorizeOnAccount } from "../support/categorize-context";

const dictionary = defaultSellerDictionary();
const context: CategorizeContext<string> = {
  dictionary,
  userRules: new Map(),
  crowdTop: () => null,
  slugToCategoryId: slugAsId,
};

const categorize = (description: string, amount: number | null = -2.5) =>
  categorizeTransaction({ description, amount }, context).categoryId;

describe("a fee beside the operation it was charged on", () => {
  it.each([
    ["CASH DEPOSIT FEE", "fees-charges.bank-fee"],
    ["Gebühr Bargeldauszahlung", "fees-charges.atm-fee"],
    ["Bargeldauszahlung Gebühren", "fees-charges.atm-fee"],
    ["Poplatek za výběr z bankomatu", "fees-charges.atm-fee"],
    ["Kosten geldopname", "fees-charges.atm-fee"],
    ["Frais retrait", "fees-charges.atm-fee"],
    ["Wise charges for transfer", "fees-charges.bank-fee"],
    // Spanish-speaking banks' fee on a cash machine withdrawal, and an Indian bank's abbreviation for it
    ["COMISION RETIRO CAJERO", "fees-charges.atm-fee"],
    ["COMISION POR RETIRO EN CAJERO", "fees-charges.atm-fee"],
    ["ATM WDL CHARGES", "fees-charges.atm-fee"],
  ])("%s is the fee (%s)", (text, slug) => {
    expect(categorize(text)).toBe(slug);
  });

  it.each([
    // The operation alone, and an operation that names a person and what the money paid for.
    ["Bargeldauszahlung", "transfer.cash-atm"],
    ["Výběr z bankomatu", "transfer.cash-atm"],
    ["CASH WITHDRAWAL", "transfer.cash-atm"],
    ["RETIRO CAJERO AUTOMATICO", "transfer.cash-atm"],
    ["ATM WDL 12345 MUMBAI", "transfer.cash-atm"],
  ])("%s stays the operation (%s)", (text, slug) => {
    expect(categorize(text, -60)).toBe(slug);
  });

  it("a withdrawal at another bank's machine is cash; the fee that bank's name opens is the fee", () => {
    expect(categorize("NON-CHASE ATM WITHDRAW 03/14 123 MAIN ST ANYTOWN TX CARD 1234", -60)).toBe(
      "transfer.cash-atm",
    );
    expect(categorize("NON-CHASE ATM FEE-WITH", -3)).toBe("fees-charges.atm-fee");
    expect(categorize("NON-WF ATM WITHDRAWAL AUTHORIZED ON 03/14 123 MAIN ST", -60)).toBe(
      "transfer.cash-atm",
    );
    expect(categorize("NON-WF ATM WITHDRAWAL FEE", -2.5)).toBe("fees-charges.atm-fee");
  });

  it("a transfer to a person for someone's fees is not a bank fee", () => {
    expect(categorize("ONLINE TRANSFER TO JOHN SMITH FOR SCHOOL FEES", -400)).not.toMatch(/^fees-charges/);
  });
});

describe("a fee named by the service it is for, or by how often it is charged", () => {
  it.each([
    ["SMS NOTIFICATION FEE", "fees-charges.bank-fee"],
    ["ADMIN CHARGE", "fees-charges.service-fee"],
    ["IMMEDIATE PAYMENT FEE", "fees-charges.bank-fee"],
    ["DEBIT ORDER FEE 0412", "fees-charges.bank-fee"],
    ["Auslandseinsatzentgelt", "fees-charges.bank-fee"],
    ["Jahresgebühr Kreditkarte", "fees-charges.service-fee"],
    ["Měsíční poplatek", "fees-charges.service-fee"],
    ["Poplatky za vedení účtu 03/2025", "fees-charges.bank-fee"],
    ["Naknada za održavanje računa", "fees-charges.bank-fee"],
    ["Mesečna naknada", "fees-charges.bank-fee"],
    ["Számlavezetési díj", "fees-charges.bank-fee"],
    ["Bankavgift", "fees-charges.bank-fee"],
    ["Commissions d'intervention", "fees-charges.bank-fee"],
    ["Cesta de serviços", "fees-charges.bank-fee"],
  ])("%s is a fee (%s)", (text, slug) => {
    expect(categorize(text)).toBe(slug);
  });

  it("a fee after a business's own name is still that business's charge", () => {
    // An English fee word after a payee's name is what the payee charged: a school's administration fee is not a
    // bank's, so the bank words leave it to the name (here, a school).
    expect(categorize("MAPLEWOOD ACADEMY ADMIN FEE", -75)).not.toMatch(/^fees-charges/);
  });
});

describe("pay, rent and transfers between one's own accounts in Czech, Serbo-Croatian, Dutch and German", () => {
  it.each([
    ["Výplata mzdy 03/2025", 42000, "income.paycheck"],
    ["MZDA ACME S.R.O.", 42000, "income.paycheck"],
    ["Isplata zarade za mart", 85000, "income.paycheck"],
    ["Převod na spořicí účet", -5000, "transfer.transfer"],
    ["Prenos sredstava", -5000, "transfer.transfer"],
    ["Nájemné byt 2+1", -15000, "home.mortgage-rent"],
    ["Kirija za stan", -30000, "home.mortgage-rent"],
    ["Abrechnung Kreditkarte 04/25", -612.4, "transfer.credit-card-payment"],
  ])("%s (%d) → %s", (text, amount, slug) => {
    expect(categorize(text, amount)).toBe(slug);
  });

  it("a pay word on money paid out is not income", () => {
    expect(categorize("Výplata mzdy 03/2025", -42000)).not.toBe("income.paycheck");
  });
});

describe("German payment-traffic and flat fees, a card bill's collection, Serbian commissions and public revenue", () => {
  it.each([
    ["ZV-Entgelte", "fees-charges.bank-fee"], // Zahlungsverkehr: payment traffic
    ["Zahlungsverkehrsentgelte 03/2026", "fees-charges.bank-fee"],
    ["Kontopauschale", "fees-charges.bank-fee"],
    ["Pauschalen", "fees-charges.bank-fee"],
    ["Visa Annual Charge", "fees-charges.service-fee"],
    ["ANNUAL CARD FEE", "fees-charges.service-fee"],
    ["Obračun provizije za mart 2026", "fees-charges.bank-fee"],
    ["Obračunata provizija za platni promet", "fees-charges.bank-fee"],
  ])("%s is a fee (%s)", (text, slug) => {
    expect(categorize(text)).toBe(slug);
  });

  it("the collection of a card's bill from the current account is the card's payment", () => {
    expect(categorize("Einzug des Rechnungsbetrages", -412.3)).toBe("transfer.credit-card-payment");
  });

  it.each([
    ["POREZ NA PRIHOD OD SAMOSTALNE DELATNOSTI", "taxes.federal-tax"],
    ["Uplata javnih prihoda 840-711111843-22", "taxes"],
    ["STAMP DUTY 0412", "taxes"],
  ])("%s is a tax (%s)", (text, slug) => {
    expect(categorize(text, -120)).toBe(slug);
  });
});

describe("the charge for sending a transfer", () => {
  it.each([
    ["DOM TRF CHARGE", "fees-charges.bank-fee"],
    ["INTL TRANSFER FEE 0412", "fees-charges.bank-fee"],
    ["OUTWARD TRF CHARGES", "fees-charges.bank-fee"],
  ])("%s is the bank's fee, not the transfer (%s)", (text, slug) => {
    expect(categorize(text, -15)).toBe(slug);
  });

  it("the transfer itself is still a transfer", () => {
    expect(categorize("DOM TRF DEBIT - OWN SAVINGS 0412", -500)).toBe("transfer.transfer");
  });
});

describe("Brazilian savings and investment wording", () => {
  it("what a savings account or a CDB pays is interest; taking money out of one is a transfer", () => {
    expect(categorize("REMUNERACAO BASICA POUPANCA", 3.1)).toBe("income.interest-income");
    expect(categorize("RENDIMENTO CDB 0412", 12.4)).toBe("income.interest-income");
    expect(categorize("RESGATE POUPANCA AUTOMATICA", 250)).toBe("transfer.transfer");
    expect(categorize("REND PAGO POUPANCA 0412", 2.2)).toBe("income.interest-income");
    expect(categorize("JUROS POUPANCA", 1.9)).toBe("income.interest-income");
  });

  it("interest and the service package debited are the bank's charges; a vehicle's licence is the car's", () => {
    expect(categorize("DEB JUROS 0412", -14.3)).toBe("fees-charges.finance-charge");
    expect(categorize("DEB CESTA 0412", -32)).toBe("fees-charges.bank-fee");
    expect(categorize("PGTO LICENCIAMENTO 2025 DETRAN", -160)).toBe("auto-transport");
  });
});

describe("money in from a platform businesses pay for", () => {
  it("a payout is not the platform's own category; paying the platform still is", () => {
    expect(categorize("SHOPIFY 8F2KQ", 1240)).toBeNull();
    expect(categorize("TWILIO IRELAND LTD", 310)).toBeNull();
    expect(categorize("SHOPIFY 8F2KQ", -29)).toBe("business-services.software");
  });

  it("a stationer's credit is a return of what was bought there, and keeps its category", () => {
    expect(categorize("STAPLES 00123", 18.99)).toBe(categorize("STAPLES 00123", -18.99));
    expect(categorize("STAPLES 00123", 18.99)).toMatch(/^business-services\.|^shopping/);
  });

  it("a rebate or a refund from one is the refund", () => {
    expect(categorize("SHOPIFY REFUND 8F2KQ", 29)).toBe("income.refund-reimbursement");
    expect(categorize("BYVISA FUEL REBATE", 4.5)).toBe("income.refund-reimbursement");
  });
});

describe("a fee named by the handling it pays for", () => {
  it.each(["CONVENIENCE FEE", "PROCESSING FEE", "HANDLING FEE"])("%s is a service fee", (text) => {
    expect(categorize(text)).toBe("fees-charges.service-fee");
  });

  it("a payee's own convenience fee is no convenience store", () => {
    // The fee is the payee's (its category unknown), and "convenience" inside it names no shop.
    expect(categorize("ZORVEX UTILITY CONVENIENCE FEE")).not.toBe("food-dining.groceries");
    expect(categorize("ZORVEX CONVENIENCE FEE")).toBeNull();
  });
});

describe("a US bank's charges for how an account is kept", () => {
  it.each([
    "ODP FEE",
    "INACTIVITY FEE",
    "DORMANT ACCOUNT FEE",
    "LOW BALANCE FEE",
    "MINIMUM BALANCE FEE",
    "OVERLIMIT FEE",
    "OVER LIMIT FEE",
    "EARLY CLOSURE FEE",
    "COIN COUNTING FEE",
    "RESEARCH FEE",
    "GARNISHMENT FEE",
    "DEPOSITED ITEM RETURNED FEE",
    "SAFE DEPOSIT BOX RENT",
    "CHECK ORDER",
  ])("%s is a bank fee", (description) => {
    expect(categorize(description, -1200)).toBe("fees-charges.bank-fee");
  });

  it("a deposit returned unpaid, with no fee word, is no fee", () => {
    expect(categorize("DEPOSITED ITEM RETURNED", -10000)).toBeNull();
  });
});

describe("“charge” as banks cut it", () => {
  it.each([
    ["SMS ALERT CHRG", "fees-charges.bank-fee"],
    ["SERVICE CHRG", "fees-charges.service-fee"],
    ["SERVICE CHG", "fees-charges.service-fee"],
    ["BANK CHGS", "fees-charges.bank-fee"],
    ["OVERDRAFT CHG", "fees-charges.bank-fee"],
  ])("%s is %s, as its spelled-out phrase", (description, slug) => {
    expect(categorize(description, -500)).toBe(slug);
  });

  it("the cut alone names no charge: CHG is as often a company's initials", () => {
    expect(categorize("CHG KELDORA", -500)).toBeNull();
  });
});

describe("taxes a bank takes on its own operations", () => {
  it.each([
    // Colombia's tax on money moved out of an account, the "4 per 1,000", and Kenya's excise duty on bank charges
    ["GRAVAMEN MOVIMIENTO FINANCIERO", "taxes"],
    ["GRAVAMEN MOVIMIENTO FINANCIERO 4X1000", "taxes"],
    ["EXCISE DUTY", "taxes"],
  ])("%s is %s", (text, slug) => {
    expect(categorize(text, -40)).toBe(slug);
  });

  it("a number in the tax's nickname does not make GM Financial's payment a tax", () => {
    expect(categorize("GM FINANCIAL GMF PYMT", -450)).toBe("auto-transport.auto-payment");
  });
});

describe("fees and utilities as more banks and countries word them", () => {
  it.each([
    // A fee word after another word is the payee's own charge unless the phrase is the bank's: these are.
    ["COMPLIANCE FEE 2024", "fees-charges.service-fee"],
    ["FORGALMI JUTALÉK 03.2024", "fees-charges.bank-fee"], // Hungarian banks' commission on transactions
    ["VARDAGSPAKET MÅNADSPRIS", "fees-charges.bank-fee"], // a Swedish account's package of services
    ["ENKLA VARDAGEN", "fees-charges.bank-fee"],
    ["POS CHG 0412", "fees-charges.bank-fee"],
    // Duke Energy's 16-character ACH name, Enel São Paulo under its old name, Swiss and Italian municipal utilities,
    // a Dutch gas supply.
    ["DUKEENGYPROGRESS ACH DEBIT", "bills-utilities.utilities"],
    ["PAGAMENTO AES ELETROPAULO", "bills-utilities.utilities"],
    ["AZIENDE MUNICIPALIZZATE KELDORA", "bills-utilities.utilities"],
    ["KELDORA GASVOORZIENING", "bills-utilities.utilities"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("EUR", description, -1500).categoryId).toBe(slug);
  });
});
