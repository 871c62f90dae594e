import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: BNP Paribas Fortis's statement text in French, as its statements and its account export print it: the
// kind of operation padded to a width, the date and the signed amount, then the details, or the details alone. Payees
// are invented (KELDORA, ZORVEX) or chains from the dictionary; account numbers are zeros.

const read = (description: string, amount: number) => categorizeOnAccount("EUR", description, amount);

describe("a card payment's acceptor", () => {
  it("follows a card number whose last group is a lone check digit, up to a date glued to the town", () => {
    const row = read(
      "AVEC LA CARTE 6703 04XX XXXX X315 7 STARBUCKS        1000 BRUS.07-02-2026 EXECUTE LE 07-02 DATE VALEUR : 07/02/2026",
      -450,
    );
    expect(row).toMatchObject({ sellerKey: "starbucks", categoryId: "food-dining.coffee-shops" });
  });
});

describe("a transfer's or a direct debit's party", () => {
  it("is the name right after the amount, closed by its account number and BIC", () => {
    const row = read(
      "VIREMENT EUROPEEN A                      08-11           64,20-LUMINUS BE00000000000000 BIC BBRUBEBB    VIA WEB BANKING COMMUNICATION : 123456789012 EXECUTE LE 08-11 DATE VALEUR : 08/11/2026",
      -6420,
    );
    expect(row).toMatchObject({ sellerKey: "luminus", categoryId: "bills-utilities.utilities" });
  });

  it("comes first in the account export, its IBAN glued to the BIC label", () => {
    const row = read(
      "TELENET BE00000000000000BIC GKCCBEBB    VIA MOBILE BANKING COMMUNICATION : 123456789012 EXECUTE LE 05-02 DATE VALEUR : 05/02/2026",
      -5000,
    );
    expect(row).toMatchObject({ sellerKey: "telenet", categoryId: "bills-utilities.mobile-phone" });
    const unknown = read(
      "KELDORA SPRL BE00000000000000BIC GKCCBEBB    VIA MOBILE BANKING COMMUNICATION : 123456789012 EXECUTE LE 05-02 DATE VALEUR : 05/02/2026",
      -5000,
    );
    expect(unknown.merchant).toBe("Keldora SPRL");
  });

  it("ends at a direct debit's mandate number", () => {
    const row = read(
      "DOMICILIATION EUROPEENNE DE              03-02           15,00-UNICEF BELGIQUE NUMERO DE MANDAT : ZX000001 REFERENCE : 1234 COMMUNICATION : SDD/1234 DATE VALEUR : 03/02/2026",
      -1500,
    );
    expect(row.categoryId).toBe("gifts-donations.charity");
    const unknown = read(
      "DOMICILIATION EUROPEENNE DE              03-02           15,00-ZORVEX ASBL NUMERO DE MANDAT : ZX000001 REFERENCE : 1234 COMMUNICATION : SDD/1234 DATE VALEUR : 03/02/2026",
      -1500,
    );
    expect(unknown.merchant).toBe("Zorvex ASBL");
  });

  it("follows the account number in the kind, and what the communication says it paid decides", () => {
    const row = read(
      "VIREMENT AU COMPTE 001-0000000-00        30-07          750,00-DE KELDORA SPRL VIA PC/WEB BANKING COMMUNICATION: LOYER DU MOIS D'AOUT EXECUTE LE 30-07 DATE VALEUR : 30/07/2026",
      -75000,
    );
    expect(row).toMatchObject({ merchant: "Keldora SPRL", categoryId: "home.mortgage-rent" });
  });

  it("an employer's year-end bonus, named in the communication, is a bonus", () => {
    const row = read(
      "VIREMENT DU COMPTE 000-0000000-00        21-12        1.250,00+DE KELDORA SA RUE DE ZORVEX 23A 7100 LA LOUVIERE COMMUNICATION: /A/ PRIME DE FIN D'ANNEE DATE VALEUR : 21/12/2026",
      125000,
    );
    expect(row.categoryId).toBe("income.bonus");
  });

  it("a communication label glued to the BIC still ends the party and opens what it paid for", () => {
    const row = read(
      "KELDORA BE00 0000 0000 0000 BIC BBRUBEBBCOMMUNICATION: LOYER RUE DE ZORVEX 15 DATE VALEUR : 01/02/2026",
      -70000,
    );
    expect(row).toMatchObject({ merchant: "Keldora", categoryId: "home.mortgage-rent" });
  });

  it("a person named like a brand is still a person: the kind says a transfer, whose payee may be anyone", () => {
    const row = read(
      "VIREMENT EUROPEEN A                      08-11           64,20-ZARA MARTIN BE00000000000000 BIC BBRUBEBB    VIA WEB BANKING COMMUNICATION : CADEAU EXECUTE LE 08-11 DATE VALEUR : 08/11/2026",
      -6420,
    );
    expect(row).toMatchObject({ merchant: "Zara Martin", categoryId: null });
  });

  it("the kind alone ('VIREMENT EUROPEEN A') does not make an unknown company's invoice a transfer", () => {
    const row = read(
      "VIREMENT EUROPEEN A                      30-07          120,00-ZORVEX SA FR7600000000000000000000000 BIC ZORVFRPP VIA PC BANKING COMMUNICATION : FACTURE 1234 DATE VALEUR : 30/07/2026",
      -12000,
    );
    expect(row).toMatchObject({ merchant: "Zorvex SA", categoryId: null });
  });
});

describe("the bank's own lines", () => {
  it("the account package's fee, and the card's statement settled from the account", () => {
    expect(read("COMFORT PACK EXECUTE LE 06-02DATE VALEUR : 01/02/2026", -500).categoryId).toBe(
      "fees-charges.bank-fee",
    );
    expect(
      read("COMPTE INTERNE VISA : 00000000 ETAT DE DEPENSES NUMERO 12DATE VALEUR : 12/12/2026", -31000)
        .categoryId,
    ).toBe("transfer.credit-card-payment");
  });
});

// The same bank's export in Dutch: the kind first, the labels Dutch ("MEDEDELING", "BANKREFERENTIE", "VALUTADATUM"),
// and a transfer's party after the account, its BIC and the channel.
describe("in Dutch", () => {
  it("a card payment's acceptor follows the card's number, its town printed twice and the terminal's network cut", () => {
    const row = read(
      "BETALING MET DEBETKAART NUMMER 4871 04XX XXXX 0000 STARBUCKS ZORVEXBEEK ZORVEXB 30/11/2026 BANCONTACT BANKREFERENTIE : 2611300000000000 VALUTADATUM : 30/11/2026",
      -450,
    );
    expect(row).toMatchObject({ sellerKey: "starbucks", categoryId: "food-dining.coffee-shops" });
    const unknown = read(
      "BETALING MET DEBETKAART NUMMER 4871 04XX XXXX 0000 KELDORA ZORVEXBEEK ZORVEXBEEK 30/11/2026 VISA DEBIT - CONTACTLOOS BANKREFERENTIE : 2611300000000000 VALUTADATUM : 30/11/2026",
      -450,
    );
    expect(unknown.sellerKey).toBe("keldora");
  });

  it("a standing order's party follows the account and its BIC, and what the communication says it paid decides", () => {
    const row = read(
      "UW DOORLOPENDE OPDRACHT TEN GUNSTE VAN REKENING BE00 0000 0000 0000 BIC KEYTBEBB KELDORA MEDEDELING : HUUR REFERENTIE: FLAT 2 BANKREFERENTIE : 2611300000000000 VALUTADATUM : 30/11/2026",
      -75000,
    );
    expect(row).toMatchObject({ merchant: "Keldora", categoryId: "home.mortgage-rent" });
  });

  it("a transfer's party follows the channel ('VIA WEB BANKING'): the tax office's 'BELASTINGEN' is tax", () => {
    const row = read(
      "OVERSCHRIJVING IN EURO OP REKENING BE00 0000 0000 0000 BIC BBRUBEBB VIA WEB BANKING BELASTINGEN (ZORVEX) MEDEDELING : 000000000000 BANKREFERENTIE : 2611050000000000 VALUTADATUM : 07/11/2026",
      -30000,
    );
    expect(row.categoryId).toBe("taxes");
  });

  it("a direct debit's party ends at the mandate's number", () => {
    const row = read(
      "EUROPESE DOMICILIERING VAN UNICEF BELGIE MANDAAT NUMMER : ZX000001 REFERTE : 1234 MEDEDELING : 1234 BANKREFERENTIE : 2611030000000000 VALUTADATUM : 03/11/2026",
      -1500,
    );
    expect(row.categoryId).toBe("gifts-donations.charity");
    const unknown = read(
      "EUROPESE DOMICILIERING VAN ZORVEX VZW MANDAAT NUMMER : ZX000001 REFERTE : 1234 MEDEDELING : 1234 BANKREFERENTIE : 2611030000000000 VALUTADATUM : 03/11/2026",
      -1500,
    );
    expect(unknown.merchant).toBe("Zorvex VZW");
  });

  it("the bank's own lines: net interest by the amount's sign, a home loan's repayment, the card's statement", () => {
    const interest =
      "NETTO INTERESTEN :DETAILS ZIE BIJLAGE BANKREFERENTIE : 2611080000000000 VALUTADATUM : 01/11/2026";
    expect(read(interest, -312).categoryId).toBe("fees-charges.finance-charge");
    expect(read(interest, 312).categoryId).toBe("income.interest-income");
    expect(
      read(
        "TERUGBETALING WOONKREDIET 000-0000000-00 BANKREFERENTIE : 2611010000000000 VALUTADATUM : 01/11/2026",
        -80000,
      ).categoryId,
    ).toBe("home.mortgage-rent");
    expect(
      read(
        "BETALING AAN ZORVEX INTERNE REKENING VISA : 00000000 UITGAVENSTAAT NUMMER 305 BANKREFERENTIE : 2611100000000000 VALUTADATUM : 10/11/2026",
        -31000,
      ).categoryId,
    ).toBe("transfer.credit-card-payment");
  });
});
