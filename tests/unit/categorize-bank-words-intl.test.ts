import { describe, expect, it } from "vitest";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { loadSellerDictionary } from "@/server/categorize/dictionary";
import { type CategorizeContext, categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { categorizeOnAccount } from "../support/categorize-context";

const dictionary = defaultSellerDictionary();

function context(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId, ...overrides };
}

const categorize = (description: string, ctx = context()) =>
  categorizeTransaction({ description }, ctx).categoryId;

/** With the amount's sign, which decides which words count (money in is never a fee's word, and so on). */
const withAmount = (description: string, amount: number) =>
  categorizeTransaction({ description, amount }, context()).categoryId;

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
    // An Austrian bank's turnover commission, a Belgian bank's monthly account fee, Portuguese taxes
    ["Umsatzprovision 2. Quartal", "fees-charges.bank-fee"],
    ["REDEVANCE MENSUELLE COMPTE A VUE", "fees-charges.bank-fee"],
    ["IMPOSTOS MUNICIPAIS", "taxes.federal-tax"],
    // A Brazilian card statement's repayment received
    ["Pagamento recebido", "transfer.credit-card-payment"],
    // A donation as a French bank prints it, a Lithuanian card fee, a Dutch bank's charge for payments
    ["VOTRE DON AMIS DU PARC F1234", "gifts-donations.charity"],
    ["Mokestis už kortelės aptarnavimą", "fees-charges.service-fee"],
    ["Afrekening betalingsverkeer 1e kwartaal", "fees-charges.bank-fee"],
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
    // A supplier is any kind of business: a supplier's payment, not a craft
    "PAGO PROVEEDOR 1182",
  ])("%s stays uncategorized", (description) => {
    expect(categorize(description)).toBeNull();
  });

  it("a supplier's payment received (Itaú's RECEBIMENTO FORNECEDOR) is income, not a craft", () => {
    expect(categorize("RECEBIMENTO FORNECEDOR")).toBe("income");
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

describe("bank wording of French, Italian, Spanish, Portuguese, German, Dutch, Nordic and Polish banks", () => {
  it.each([
    // French
    ["RETRAIT DAB 12/03 LYON", "transfer.cash-atm"],
    ["COMMISSION D INTERVENTION", "fees-charges.bank-fee"],
    ["AGIOS TRIMESTRIELS", "fees-charges.finance-charge"],
    ["VIR RECU CPAM PARIS", "income.refund-reimbursement"],
    ["PRLV SEPA DGFIP IMPOT PAS", "taxes.federal-tax"],
    ["ALLOCATIONS FAMILIALES JUIN", "income"],
    ["TAXE FONCIERE 2024", "taxes.property-tax"],
    // Italian
    ["PRELIEVO BANCOMAT 12/03 MILANO", "transfer.cash-atm"],
    ["GIROCONTO", "transfer.transfer"],
    ["PRZELEW WŁASNY", "transfer.transfer"],
    ["VIREMENT INTERNE", "transfer.transfer"],
    ["COMMISSIONI BONIFICO", "fees-charges.bank-fee"],
    ["CANONE MENSILE CONTO", "fees-charges.bank-fee"],
    ["IMPOSTA DI BOLLO", "taxes"],
    ["STIPENDIO MESE DI MARZO", "income.paycheck"],
    ["PAGAMENTO DELEGA F24", "taxes.federal-tax"],
    // Spanish
    // The wrapper alone is a transfer; a person's name after it leaves the row to the user, as after PRZELEW.
    ["TRANSFERENCIA RECIBIDA", "transfer.transfer"],
    ["DISPOSICION EFECTIVO CAJERO 1234", "transfer.cash-atm"],
    ["COMISION CAJERO", "fees-charges.atm-fee"],
    ["CUOTA ANUAL TARJETA", "fees-charges.service-fee"],
    ["AGENCIA TRIBUTARIA IRPF", "taxes.federal-tax"],
    // Portuguese
    ["COMISSAO DE MANUTENCAO DE CONTA", "fees-charges.bank-fee"],
    ["IMPOSTO DO SELO", "taxes"],
    ["JUROS CREDORES", "income.interest-income"],
    // German
    ["Kontoführungsentgelt", "fees-charges.bank-fee"],
    ["Kontofuehrungsgebuehr 03/2024", "fees-charges.bank-fee"],
    ["Kindergeld Familienkasse", "income"],
    ["Umbuchung", "transfer.transfer"],
    ["Grundsteuer 1. Quartal", "taxes.property-tax"],
    // Dutch and Belgian
    ["BEHEERSKOSTEN ZICHTREKENING", "fees-charges.bank-fee"],
    ["KINDERBIJSLAG", "income"],
    ["BELASTINGDIENST TOESLAGEN", "income"],
    ["GEMEENTELIJKE BELASTINGEN", "taxes.local-tax"],
    // Swedish, Danish, Norwegian, Finnish
    ["UTTAG BANKOMAT", "transfer.cash-atm"],
    ["ÖVERFÖRING EGET KONTO", "transfer.transfer"],
    ["Debetrenter", "fees-charges.finance-charge"],
    ["VERONPALAUTUS", "income.refund-reimbursement"],
    // Polish
    ["WYPŁATA Z BANKOMATU", "transfer.cash-atm"],
    ["KAPITALIZACJA ODSETEK", "income.interest-income"],
    ["WYNAGRODZENIE ZA MARZEC", "income.paycheck"],
    ["OPŁATA ZA PROWADZENIE RACHUNKU", "fees-charges.bank-fee"],
  ])("%s → %s", (description, slug) => {
    expect(categorize(description)).toBe(slug);
  });

  it("a card payment's or direct debit's wrapper is stripped, so the seller decides", () => {
    expect(categorizeTransaction({ description: "ADDEBITO SDD ENEL ENERGIA" }, context()).sellerKey).toBe(
      "enel energia",
    );
    for (const description of [
      "PAIEMENT CB 12/03 CARREFOUR MARKET",
      "PAGAMENTO POS 12/03 ESSELUNGA",
      "COMPRA TARJETA 1234 MERCADONA",
      "KORTKOP 12.03 ICA SUPERMARKET",
      "PŁATNOŚĆ KARTĄ 12.03 BIEDRONKA",
      "BETALING BANCONTACT DELHAIZE",
      "KORTTIOSTO K-MARKET",
    ])
      expect(categorize(description), description).toBe("food-dining.groceries");
    expect(categorize("RECIBO DOMICILIADO IBERDROLA")).toBe("bills-utilities.utilities");
  });

  it("a transfer wrapper says how the money moved, not what for: the payee decides", () => {
    for (const description of [
      "BONIFICO MARIO ROSSI",
      "BONIFICO A VOSTRO FAVORE DA ACME SRL",
      "VIR SEPA RECU /DE M DUPONT /MOTIF CADEAU",
      "PRZELEW PRZYCHODZĄCY JAN KOWALSKI",
      "EUROPESE OVERSCHRIJVING JAN JANSSENS",
      "TILISIIRTO MATTI MEIKALAINEN",
      "UEBERWEISUNG MAX MUSTERMANN",
      // The payee before the wrapper, or in a field of its own
      "MARIO ROSSI BONIFICO",
      "PRZELEW;JAN KOWALSKI",
    ])
      expect(categorize(description), description).toBeNull();
    expect(categorize("BONIFICO A VOSTRO FAVORE DA ACME SRL STIPENDIO")).toBe("income.paycheck");
    expect(categorize("PRZELEW PRZYCHODZĄCY ZUS EMERYTURA")).toBe("income");
    expect(categorize("PRZELEW;JAN KOWALSKI;CZYNSZ ZA MAJ")).toBe("home.mortgage-rent");
  });

  it("a word of what the transfer paid stays what it was", () => {
    expect(categorize("Overforing med melding / DBT.MVA 1T2010")).toBe("taxes");
    expect(categorize("VIR SEPA LOYER MARS")).toBe("home.mortgage-rent");
  });

  it("a fee word after a payee's name or inside a shop's is not a bank fee", () => {
    expect(categorize("PIZZERIA DA MARIO COMMISSIONI")).toBe("food-dining.restaurants");
    expect(categorize("GOLFKLUBBEN AVGIFT")).toBeNull();
    expect(categorize("AVGIFT KORT")).toBe("fees-charges.service-fee");
    // Italy's television licence: no bank fee, the licence.
    expect(categorize("CANONE RAI")).toBe("bills-utilities.television");
  });

  it("a cash deposit names no payer and stays uncategorized", () => {
    expect(categorize("STORTING")).toBeNull();
    expect(categorize("Einzahlung")).toBeNull();
  });

  it("a loan repaid is not a refund", () => {
    // A home loan's instalment (PRÊT IMMO beside the repayment's words) is the mortgage since stop 73
    expect(categorize("REMBOURSEMENT PRET IMMO")).toBe("home.mortgage-rent");
    expect(categorize("REMBOURSEMENT PRET 00071234")).toBe("transfer.transfer");
    expect(categorize("RIMBORSO PRESTITO N 1234")).toBeNull();
  });
});

describe("bank wording of Asian, Greek, Hebrew, Arabic, Balkan and Nordic banks (issue 14)", () => {
  const withAmount = (description: string, amount: number) =>
    categorizeTransaction({ description, amount }, context()).categoryId;

  it.each([
    // An Indonesian account's admin fee and cash withdrawal, a Vietnamese account fee and cash withdrawal
    ["BIAYA ADM 31/10", -1250000, "fees-charges.bank-fee"],
    ["TARIK TUNAI ATM BCA 0412", -50000000, "transfer.cash-atm"],
    ["PHI QUAN LY TAI KHOAN T10", -1100000, "fees-charges.bank-fee"],
    ["RUT TIEN MAT ATM 0412", -200000000, "transfer.cash-atm"],
    // Greek: a cash withdrawal, interest paid on a deposit
    ["ΑΝΑΛΗΨΗ ΜΕΤΡΗΤΩΝ ATM 0412", -5000, "transfer.cash-atm"],
    ["ΠΙΣΤΩΤΙΚΟΙ ΤΟΚΟΙ", 42, "income.interest-income"],
    // Hebrew: pay and a mortgage repayment; Gulf Arabic: a cash withdrawal
    ["משכורת חודש 10", 1200000, "income.paycheck"],
    ["משכנתא הלוואה 1234", -450000, "home.mortgage-rent"],
    ["سحب نقدي صراف 0412", -50000, "transfer.cash-atm"],
    // Korean card annual fee, a Japanese bank's fee in kana, Chinese account fee and tax refund
    ["연회비 10월", -1500000, "fees-charges.service-fee"],
    ["テスウリヨウ", -220, "fees-charges.bank-fee"],
    ["账户管理费", -300, "fees-charges.bank-fee"],
    ["个税退税", 150000, "income.refund-reimbursement"],
    // Hungarian cash withdrawal, Bulgarian account fee, Norwegian and Finnish mortgages, a Danish pension
    ["KESZPENZFELVETEL ATM 0412", -2000000, "transfer.cash-atm"],
    ["ТАКСА ОБСЛУЖВАНЕ СМЕТКА", -300, "fees-charges.bank-fee"],
    ["BOLIGLAN TERMIN 10", -1200000, "home.mortgage-rent"],
    ["ASUNTOLAINA LYHENNYS", -80000, "home.mortgage-rent"],
    ["FOLKEPENSION UDBETALING", 900000, "income"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(withAmount(description, amount)).toBe(category);
  });

  it("a mortgage's word inside a café's name, and a pension word on money out, decide nothing", () => {
    expect(withAmount("CAFE LA HIPOTECA", -450)).not.toBe("home.mortgage-rent");
    expect(withAmount("PENSJON UTBETALING", -450)).not.toBe("income");
  });
});

describe("a Vietnamese company's form before its name (công ty, a company)", () => {
  it.each(["CONG TY TNHH KELDORA", "CÔNG TY CỔ PHẦN KELDORA", "CTY TNHH KELDORA"])(
    "%s is Keldora's, not the Cộng Cà Phê coffee chain's",
    (description) => {
      const row = categorizeOnAccount("VND", description, -500_000);
      expect(row.categoryId).toBeNull();
      expect(row.sellerKey).toBe("keldora");
    },
  );

  it("and a brand after it is that brand; the chain by its own name is still coffee", () => {
    expect(categorizeOnAccount("VND", "CONG TY TNHH HIGHLANDS COFFEE", -50_000).categoryId).toBe(
      "food-dining.coffee-shops",
    );
    expect(categorizeOnAccount("VND", "CONG CAPHE HANOI", -50_000).categoryId).toBe(
      "food-dining.coffee-shops",
    );
  });

  it("a pharmaceutical company (dược phẩm) is no Chilean institute (Duoc UC)", () => {
    expect(categorizeOnAccount("VND", "DUOC PHAM KELDORA", -50_000).categoryId).not.toBe("education.tuition");
    expect(categorizeOnAccount("CLP", "DUOC UC", -50_000).categoryId).toBe("education.tuition");
  });
});

describe("a Vietnamese bill payment (hóa đơn, a bill) is no homeowners' association (HOA)", () => {
  it.each([
    ["THANH TOAN HOA DON DIEN", "bills-utilities.utilities"], // electricity
    ["THANH TOAN HOA DON NUOC THANG 10", "bills-utilities.utilities"], // water
    ["TT HOA DON DIEN THOAI KELDORA", "bills-utilities.mobile-phone"],
    ["THANH TOAN HOA DON INTERNET", "bills-utilities.internet"],
    ["THANH TOAN HOA DON ZORVEX", "bills-utilities"],
  ])("%s", (description, category) => {
    expect(categorize(description)).toBe(category);
  });

  it("while a homeowners' association is still the home's", () => {
    expect(categorize("KELDORA HOA DUES")).toBe("home.mortgage-rent");
    expect(categorize("SUNSET HILLS HOA")).toBe("home.mortgage-rent");
    expect(categorize("ONLINE PAYMENT TO KELDORA HOA")).toBe("home.mortgage-rent");
  });

  it("and HOA in a Vietnamese name (a flower, a place) is read as a name's word, not as bank wording", () => {
    // HOA was a bank word, read before the words of the name: a restaurant (NHA HANG) in Hoa Binh and a hotel
    // (KHACH SAN) in Thanh Hoa were the home's. As a word of the name, it meets the restaurant's and the hotel's
    // words, and a name saying two kinds of business says none.
    expect(categorize("NHA HANG HOA BINH")).toBeNull();
    expect(categorize("KHACH SAN THANH HOA")).toBeNull();
    expect(categorize("SHOP HOA TUOI KELDORA")).toBe("gifts-donations.gift"); // a florist (hoa tươi, fresh flowers)
  });
});

describe("an Indonesian mortgage's instalment (cicilan KPR)", () => {
  it("is the home's mortgage", () => {
    expect(categorize("CICILAN KPR KELDORA")).toBe("home.mortgage-rent");
  });
});

describe("a Greek bank's wording, in Greek letters", () => {
  it.each([
    ["ΑΝΑΛΗΨΗ ΑΤΜ", -10_000, "transfer.cash-atm"], // a withdrawal; ΑΤΜ in Greek capitals
    ["ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓΑΡΙΑΣΜΟ", -10_000, "transfer.transfer"],
    ["ΕΜΒΑΣΜΑ ΠΡΟΣ ΚΕΛΝΤΟΡΑ", -10_000, "transfer.transfer"], // a remittance
    ["ΚΑΤΑΘΕΣΗ", 10_000, "transfer.transfer"], // a deposit
    ["ΠΡΟΜΗΘΕΙΑ", -100, "fees-charges.bank-fee"], // a commission
    ["ΕΞΟΔΑ ΤΗΡΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ", -100, "fees-charges.bank-fee"], // the account's keeping
    ["ΦΟΡΟΣ ΤΟΚΩΝ", -15, "taxes"], // tax on interest
    ["ΠΛΗΡΩΜΗ ΚΑΡΤΑΣ", -50_000, "transfer.credit-card-payment"],
    ["ΕΠΙΣΤΡΟΦΗ ΦΟΡΟΥ", 50_000, "income.refund-reimbursement"], // a tax refund
    ["ΜΙΣΘΟΣ ΙΑΝΟΥΑΡΙΟΥ", 100_000, "income.paycheck"],
  ])("%s", (description, amount, category) => {
    expect(withAmount(description, amount)).toBe(category);
  });

  it("a card purchase's words (ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ) come off before the shop, and are no market (αγορά)", () => {
    const row = categorizeTransaction({ description: "ΑΓΟΡΑ ΚΑΡΤΑ KELDORA", amount: -5_000 }, context());
    expect(row.categoryId).toBeNull();
    expect(row.sellerKey).toBe("keldora");
  });

  it("a purchase (ΑΓΟΡΑ) or a payment (ΠΛΗΡΩΜΗ) alone before a known seller is that seller's, not a market's", () => {
    expect(withAmount("ΑΓΟΡΑ COSMOTE", -3_000)).toBe("bills-utilities.mobile-phone");
    expect(withAmount("ΠΛΗΡΩΜΗ ΔΕΗ", -8_000)).toBe("bills-utilities.utilities");
    expect(withAmount("ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ COSMOTE", -3_000)).toBe("bills-utilities.mobile-phone");
    // …while a market's own name keeps its word
    expect(withAmount("ΛΑΙΚΗ ΑΓΟΡΑ ΚΕΛΝΤΟΡΑ", -2_000)).toBe("food-dining.groceries");
  });
});

describe("Romanian and Portuguese lines", () => {
  it.each([
    ["RON", "PLATA POS MEGA IMAGE 123", -6_000, "food-dining.groceries"],
    ["EUR", "PAG SERV EPAL", -2_000, "bills-utilities.utilities"],
    // Portugal's salary, on money in only
    ["EUR", "VENCIMENTO KELDORA LDA", 150_000, "income.paycheck"],
  ])("%s %s", (currency, description, amount, category) => {
    expect(categorizeOnAccount(currency, description, amount).categoryId).toBe(category);
  });

  it("a Brazilian bill's due date (vencimento) is no pay", () => {
    expect(categorizeOnAccount("BRL", "BOLETO VENCIMENTO 10/12 KELDORA", -15_000).categoryId).toBeNull();
  });
});

describe("Russian and Ukrainian bank wording", () => {
  it.each([
    ["Зачисление заработной платы", 5_000_000, "income.paycheck"], // pay credited, the genitive of заработная плата
    ["Возврат покупки KELDORA", 5_000, "income.refund-reimbursement"], // a purchase returned
    ["Повернення коштів KELDORA", 5_000, "income.refund-reimbursement"],
    ["Пополнение мобильного", -10_000, "bills-utilities.mobile-phone"], // a phone topped up, not an account
    ["Поповнення мобільного", -10_000, "bills-utilities.mobile-phone"],
    ["Оплата мобильной связи", -10_000, "bills-utilities.mobile-phone"],
    ["Оплата мобільного зв'язку", -10_000, "bills-utilities.mobile-phone"],
    ["Пополнение счета", 10_000, "transfer.transfer"], // an account topped up stays a transfer
  ])("%s", (description, amount, category) => {
    expect(withAmount(description, amount)).toBe(category);
  });

  it("a loan repaid (Возврат кредита) is no refund", () => {
    expect(withAmount("Возврат кредита", -50_000)).not.toBe("income.refund-reimbursement");
  });

  it.each([
    ["Покупка KELDORA", "keldora"], // a purchase
    ["Оплата товаров и услуг KELDORA APTEKA", "keldora apteka"], // Sberbank's payment for goods and services
    ["Оплата послуг KELDORA", "keldora"],
  ])("a payment's words come off before the payee: %s", (description, key) => {
    expect(categorizeTransaction({ description, amount: -5_000 }, context()).sellerKey).toBe(key);
  });
});

describe("Arabic and Hebrew bank wording", () => {
  it.each([
    ["راتب", 1_000_000, "income.paycheck"], // a salary, alone
    ["ضريبة القيمة المضافة", -500, "taxes.sales-tax"], // VAT
    ["حوالة واردة", 10_000, "transfer.transfer"], // a remittance in
    ["إيداع نقدي", 10_000, "transfer.transfer"], // a cash deposit
    ["استرداد KELDORA", 5_000, "income.refund-reimbursement"],
    ["העברה", -10_000, "transfer.transfer"], // a transfer
    ["הפקדה", 10_000, "transfer.transfer"], // a deposit
  ])("%s", (description, amount, category) => {
    expect(withAmount(description, amount)).toBe(category);
  });

  it.each([
    ["شراء عبر نقاط البيع KELDORA صيدلية", "health-fitness.pharmacy"], // a card purchase at a pharmacy
    ["הוראת קבע חברת החשמל", "bills-utilities.utilities"], // a standing order to the electric company
  ])("a purchase's or a standing order's words come off before the payee: %s", (description, category) => {
    expect(withAmount(description, -5_000)).toBe(category);
  });
});

describe("an Italian prepaid card topped up, and the bank's commission on it", () => {
  it("reads the top-up as a transfer and its commission as a fee", () => {
    expect(categorizeOnAccount("EUR", "RICARICA POSTEPAY DA APP", -5000).categoryId).toBe(
      "transfer.transfer",
    );
    expect(categorizeOnAccount("EUR", "COMMISSIONE RICARICA POSTEPAY DA APP", -100).categoryId).toBe(
      "fees-charges.service-fee",
    );
  });
});

describe("a payment, cheque or direct debit a French bank refused", () => {
  // REFUSÉ is refused, not the rubbish collection English REFUSE names: the row says nothing of what the money was
  it.each(["PAIEMENT REFUSE", "CHEQUE REFUSÉ N 1234567", "PRLV REFUSE KELDORA ENERGIE", "VIREMENT REFUSE"])(
    "%s is left uncategorized",
    (description) => {
      expect(categorizeOnAccount("EUR", description, -5000).categoryId).toBeNull();
    },
  );

  it("English refuse collection is still a utility", () => {
    expect(categorizeOnAccount("USD", "CITY OF KELDORA REFUSE", -4000).categoryId).toBe(
      "bills-utilities.utilities",
    );
  });
});

describe("money put into an e-money account from a card or another account (Revolut's 'Top-Up', 'Money added')", () => {
  it("is the holder's own money moved, not a phone's top-up", () => {
    expect(categorizeOnAccount("EUR", "Top-Up by *4821", 20000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("GBP", "Top-Up by *4821", 5000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("EUR", "Money added via Apple Pay", 10000).categoryId).toBe(
      "transfer.transfer",
    );
    expect(categorizeOnAccount("EUR", "Money added from KELDORA ZORVEX", 2500).categoryId).toBe(
      "transfer.transfer",
    );
  });
});

describe("religious giving, as Muslim and Spanish-speaking givers name it, and Malay and Indonesian places of worship", () => {
  it.each([
    ["MYR", "ZAKAT FITRAH 2024"],
    ["IDR", "SEDEKAH MASJID"],
    ["IDR", "TRANSFER INFAQ KELDORA"],
    ["MXN", "DIEZMO KELDORA"],
    ["MYR", "MASJID AL KELDORA"],
    ["IDR", "GEREJA KELDORA ZORVEX"],
    ["MYR", "SURAU KELDORA"],
  ])("%s %s is a charity", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -5000).categoryId).toBe("gifts-donations.charity");
  });

  it("Saudi Arabia's Zakat, Tax and Customs Authority is the tax office", () => {
    expect(categorizeOnAccount("SAR", "ZAKAT TAX AND CUSTOMS AUTHORITY", -5000).categoryId).toBe("taxes");
    expect(categorizeOnAccount("SAR", "ZATCA", -5000).categoryId).toBe("taxes");
  });
});

describe("a bank's commission named after the bank, and Lithuanian commissions", () => {
  it.each([
    ["RSD", "KELDORA BANKA AD-račun provizije"],
    ["EUR", "Komisinių mokestis už pervedimą"],
  ])("%s %s is a fee", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -500).categoryId).toMatch(/^fees-charges/);
  });

  it("a fee after another payee's name is still that payee's charge", () => {
    expect(categorizeOnAccount("USD", "GOLDEN OAKS CLUB FEES", -5000).categoryId).toBeNull();
  });
});

describe("an account's keeping fee in Hungarian and Portuguese, and a Dutch overdraft's interest", () => {
  it.each([
    ["HUF", "KONTOVEZETÉSI DÍJ", "fees-charges.bank-fee"],
    ["EUR", "TAXA DE MANUTENÇÃO", "fees-charges.bank-fee"],
    ["EUR", "RENTE ROOD STAAN", "fees-charges.finance-charge"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -500).categoryId).toBe(slug);
  });
});
