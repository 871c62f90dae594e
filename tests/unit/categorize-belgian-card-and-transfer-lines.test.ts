import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Belgian and Luxembourg banks' card payments and transfers as KBC, Belfius, ING Belgium, Argenta, BGL and Spuerkeess
// print them: the channel, the card's number in groups with its check digit, the date and the time in front of the
// seller, the town and a reference after it; a transfer's kind, its party and account, then what the payer wrote
// after "Mededeling:" or "Communication:". Sellers are invented (Keldora, Zorvex) unless a test is about the real
// data; the layouts are the banks'.

const category = (description: string, amount = -2500) =>
  categorizeOnAccount("EUR", description, amount).categoryId;
const key = (description: string) => categorizeOnAccount("EUR", description, -2500).sellerKey;

describe("a Belgian card payment's channel, card and time", () => {
  it.each([
    // KBC
    [
      "BETALING VIA BANCONTACT 12-03-2024 OM 17.42 UUR KELDORA BAKKERIJ HALLE 1500 HALLE KAARTNUMMER 6703 04XX XXXX 2317 1",
      "keldora bakkerij",
    ],
    // Belfius, Dutch and French, the card's check digit after its groups
    [
      "AANKOOP BANCONTACT CONTACTLESS MET KAART NR 6703 1234 XXXX 5567 0 - 22/03 - 18U22 - KELDORA BAKKERIJ - 9820 MERELBEKE - BEL REF. : 2403221822017765",
      "keldora bakkerij",
    ],
    [
      "ACHAT BANCONTACT CONTACTLESS AVEC CARTE N° 6703 21XX XXXX 8812 6 - 15/03 - 11H05 - KELDORA BOULANGERIE - 5000 NAMUR - BEL REF. BANQUE : 2403151105448812",
      "keldora boulangerie",
    ],
    // ING Belgium
    [
      "Betaling met debetkaart nr 6703 0417 XXXX 3398 4 KELDORA BAKKERIJ 8500 Kortrijk BE 16-03-2024 om 10:12",
      "keldora bakkerij",
    ],
    // BGL (Luxembourg)
    [
      "ACHAT PAR CARTE DEBIT 25.05 KELDORA BOULANGERIE BERELDANGE LU CARTE 5179 XXXX XXXX 0341",
      "keldora boulangerie",
    ],
  ])("leaves the seller alone in the key: %s", (description, expected) => {
    expect(key(description).startsWith(expected)).toBe(true);
    expect(category(description)).toBe("food-dining.groceries");
  });

  it("reads the chains behind them (the real data)", () => {
    expect(
      category(
        "BETALING VIA BANCONTACT 28-04 OM 12.33 UUR MCDONALDS GENK 3600 GENK KAARTNUMMER 6703 XXXX XXXX 2317",
      ),
    ).toBe("food-dining.fast-food");
    expect(
      category(
        "AANKOOP BANCONTACT MET KAART NR 6703 1234 XXXX 5567 0 - 28/03 - 15U47 - ACTION 3125 - 2800 MECHELEN - BEL REF. : 2403281547019921",
      ),
    ).toBe("shopping.general-merchandise");
    expect(
      category(
        "Betaling met debetkaart nr 6703 0417 XXXX 3398 4 IKEA Zaventem 1930 Zaventem BE 09-04-2024 om 15:12",
      ),
    ).toBe("home.furnishings");
    expect(category("PAIEMENT CARTE V PAY 26/05/2024 AUCHAN KIRCHBERG LUXEMBOURG LU")).toBe(
      "food-dining.groceries",
    );
  });
});

describe("a Belgian transfer's party and what the payer wrote", () => {
  it("lets the business paid decide, in Dutch and in French", () => {
    expect(
      category(
        "Europese overschrijving naar KELDORA BASISSCHOOL BE33 7380 2211 4455 Mededeling: +++112/2024/05577+++",
        -5_000,
      ),
    ).toBe("education.tuition");
    expect(
      category(
        "Virement européen vers PLOMBERIE KELDORA SRL BE78 0682 4455 6612 Communication: +++080/0012/34565+++ entretien",
        -15_000,
      ),
    ).toBe("home.home-services");
  });

  it("lets what the payer wrote say what a payment to a person was for", () => {
    expect(
      category(
        "EUROPESE OVERSCHRIJVING NAAR LOTTE KELDORA BE87 7370 1122 3399 MEDEDELING: ZAKGELD AUGUSTUS",
        -2_000,
      ),
    ).toBe("kids.allowance");
    expect(
      category(
        "EUROPESE OVERSCHRIJVING VAN ZORVEX-KELDORA LUC MEDEDELING: HUUR AUGUSTUS APPARTEMENT 2B",
        75_000,
      ),
    ).toBe("income.rental-income");
    expect(
      category(
        "EUROPESE OVERSCHRIJVING NAAR STAD KELDORA BE40 0910 0012 3463 MEDEDELING: AFVALBELASTING 2024",
        -9_000,
      ),
    ).toBe("taxes.local-tax");
  });

  it("leaves a transfer to a person with nothing written uncategorized, in French as in Dutch", () => {
    expect(category("VIREMENT EUROPEEN VERS M. ET MME KELDORA BE71 0000 1111 2222", -30_000)).toBeNull();
    expect(category("Europese overschrijving naar ZORVEX KELDORA BE71 0000 1111 2222", -30_000)).toBeNull();
  });

  it("reads a direct debit's creditor after Domiciliëring, however it is spelled", () => {
    expect(key("Domiciliëring KELDORA ENERGIE Mededeling: voorschot 05/2024")).toBe(
      key("DOMICILIERING KELDORA ENERGIE Mededeling: voorschot 05/2024"),
    );
  });
});

describe("Belgian bank wording", () => {
  it.each([
    ["KOSTEN GELDOPNEMING BUITEN EUROZONE KAARTNUMMER 6703 XXXX XXXX 0452", "fees-charges.atm-fee", -250],
    ["Basisrente spaarrekening Keldora 2024 Q2", "income.interest-income", 1_250],
    ["GETROUWHEIDSPREMIE SPAARREKENING KELDORA", "income.interest-income", 3_400],
    ["REMBOURSEMENT PRET HYPOTHECAIRE 000-0012345-67 ECHEANCE 08/2024", "home.mortgage-rent", -80_000],
    ["TERUGBETALING WONINGKREDIET 726-1234567-89", "home.mortgage-rent", -80_000],
    ["AFLOSSING AUTOLENING 301-4455667-12 TERMIJN 18/60", "auto-transport.auto-payment", -30_000],
    [
      "DECOMPTE CARTE DE CREDIT MASTERCARD 5187 XXXX XXXX 6613 RELEVE 07/2024",
      "transfer.credit-card-payment",
      -45_000,
    ],
    ["STORTING CONTANTEN AUTOMAAT KELDORA", "transfer.cash-atm", 20_000],
    ["MAKELAARSLOON BEURSORDER 123456", "fees-charges.trade-commissions", -1_500],
  ])("%s is %s", (description, slug, amount) => {
    expect(category(description, amount)).toBe(slug);
  });

  it.each([
    ["NETTOYAGE A SEC KELDORA", "personal-care.laundry"],
    ["SALON DE THE KELDORA", "food-dining.coffee-shops"],
    ["HONDENTRIMSALON KELDORA", "pets.pet-grooming"],
    ["DIERENSPECIAALZAAK KELDORA", "pets.pet-food-supplies"],
    ["KINEPRAKTIJK KELDORA", "health-fitness.doctor"],
    ["BANDENCENTRALE KELDORA", "auto-transport.service-parts"],
    ["KELDORA DIENSTENCHEQUES", "home.home-services"],
    ["KELDORA SCHULDSALDOVERZEKERING", "financial.life-insurance"],
  ])("the trade in %s is %s", (description, slug) => {
    expect(category(description)).toBe(slug);
  });
});
