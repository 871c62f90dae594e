import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: words and sellers of French, Italian, Nordic, Singaporean and South African bank text. The words and
// brands are real; the businesses around them ("KELDORA", "ZORVEX") are invented.

describe("kinds of business in the banks' own languages and abbreviations", () => {
  it.each([
    ["EUR", "CARTE 03/02 PHIE DU MARCHE", "health-fitness.pharmacy"],
    ["EUR", "CB HOPITAL KELDORA 12/02", "health-fitness.doctor"],
    ["EUR", "CARTE 09/02 PISCINE MUNICIPALE", "health-fitness.sports"],
    ["EUR", "PRLV SEPA ZORVEX TELECOM ABONNEMENT INTERNET", "bills-utilities.internet"],
    ["EUR", "KELDORA RISTORAZIONE SRL", "food-dining.restaurants"],
    ["SEK", "KELDORA ANTIKVARIAT", "shopping.books"],
    ["EUR", "ANTIQUARIAT ZORVEX", "shopping.books"],
    ["SGD", "BUS/MRT 412345678 SINGAPORE SG", "auto-transport.public-transportation"],
    ["SGD", "NETS QR 412345678 NETS QR PURCHASE KELDORA CHICKEN RICE", "food-dining.restaurants"],
    ["MYR", "ZORVEX KOPITIAM", "food-dining.restaurants"],
  ])("%s %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -1500).categoryId).toBe(category);
  });
});

describe("bank words", () => {
  it("a dynamic currency conversion fee is the bank's", () => {
    expect(categorizeOnAccount("SGD", "DCC FEE KELDORA 0412", -35).categoryId).toBe("fees-charges.bank-fee");
    expect(categorizeOnAccount("EUR", "DYNAMIC CURRENCY CONVERSION KELDORA", -35).categoryId).toBe(
      "fees-charges.bank-fee",
    );
  });

  it("a French card's yearly membership (cotisation) is a bank fee", () => {
    expect(categorizeOnAccount("EUR", "COTISATION OFFRE KELDORA", -450).categoryId).toBe(
      "fees-charges.bank-fee",
    );
  });

  it("France's social debt levy is a tax, not the refund its first word says", () => {
    expect(categorizeOnAccount("EUR", "PRLV REMBOURSEMENT DETTE SOCIALE", -312).categoryId).toBe("taxes");
  });

  it("a broker's saveback is money back", () => {
    expect(categorizeOnAccount("EUR", "SAVEBACK ZORVEX", 412).categoryId).toBe("income.refund-reimbursement");
  });
});

describe("Absa's card lines", () => {
  it("the effective date in front and the card number after are no part of the name", () => {
    const row = categorizeOnAccount(
      "ZAR",
      "POS PURCHASE (EFFEC 03022021) KELDORA HARDWARE CARD NO.  4412",
      -25000,
    );
    expect(row.merchant).toBe("Keldora Hardware");
    expect(row.categoryId).toBe("home.home-improvement");
  });
});

describe("sellers", () => {
  it.each([
    ["GBP", "WM MORRISONS STORE 0412 LEEDS", "food-dining.groceries"],
    ["SGD", "GIRO - IRAS 41234", "taxes.federal-tax"],
    ["EUR", "BESTSECRET 4123456789", "shopping.clothing"],
    ["SEK", "HEMGLASS MALMO", "food-dining.fast-food"],
    ["UAH", "UKLON", "auto-transport.ride-share"],
    ["MXN", "OXXO KELDORA 0412", "food-dining.groceries"],
    ["USD", "7-ELEVEN 0412 KELDORA TX", "food-dining.groceries"],
    ["THB", "7-ELEVEN 04123", "food-dining.groceries"],
    ["EUR", "CARREFOUR CONTACT KELDORA", "food-dining.groceries"],
  ])("%s %s", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -2000).categoryId).toBe(category);
  });
});

describe("a name shared by a worldwide business and another country's", () => {
  it("is the worldwide one past the account's own countries", () => {
    expect(categorizeOnAccount("CAD", "ICBC AGENT #0412", -9000).categoryId).toBe(
      "auto-transport.auto-insurance",
    );
    expect(categorizeOnAccount("CNY", "ICBC", -9000).categoryId).toBeNull();
  });
});

describe("a chain's side business under its name", () => {
  it("stays what its name says: OXXO's petrol stations are fuel, though OXXO is a convenience store", () => {
    expect(categorizeOnAccount("MXN", "OXXO GAS KELDORA", -60000).categoryId).toBe("auto-transport.gas-fuel");
  });
});

describe("a brand printed as its web address", () => {
  it("is the brand whatever follows, though its bare name must be the whole text", () => {
    expect(categorizeOnAccount("SGD", "TRIP.COM KELDORA ONLINE", -12000).merchant).toBe("Trip.com");
  });

  it("the bare word before other words is not the brand", () => {
    expect(categorizeOnAccount("SGD", "TRIP KELDORA", -12000).merchant).not.toBe("Trip.com");
  });
});

describe("Italian fees (canone)", () => {
  it.each([
    ["CANONE MENSILE KELDORA", "fees-charges.bank-fee"],
    ["ADDEBITO CANONE RAI", "bills-utilities.television"],
    ["CANONE LOCAZIONE KELDORA", "home.mortgage-rent"],
    ["CANONE PALESTRA KELDORA", "health-fitness.gym"],
  ])("%s", (description, category) => {
    expect(categorizeOnAccount("EUR", description, -4000).categoryId).toBe(category);
  });
});

describe("a Nordic household's bills by their own words", () => {
  it.each([
    ["SEK", "BRF SOLSIDAN", "home.mortgage-rent"],
    ["SEK", "ELRAKNING", "bills-utilities.utilities"],
    ["SEK", "BREDBAND", "bills-utilities.internet"],
    ["SEK", "FÖRSKOLA", "kids.babysitter-daycare"],
    ["NOK", "FELLESKOSTNADER", "home.mortgage-rent"],
    ["NOK", "NETTLEIE", "bills-utilities.utilities"],
    ["NOK", "BARNEHAGE", "kids.babysitter-daycare"],
    ["NOK", "LEGEVAKT", "health-fitness.doctor"],
    ["DKK", "FÆLLESUDGIFTER", "home.mortgage-rent"],
    ["DKK", "DAGINSTITUTION", "kids.babysitter-daycare"],
    ["EUR", "YHTIOVASTIKE", "home.mortgage-rent"],
  ])("on a %s account, %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -50000).categoryId).toBe(slug);
  });
});

describe("a Russian or Ukrainian household's bills by their own words", () => {
  it.each([
    ["RUB", "Оплата ЖКХ", -500000, "bills-utilities.utilities"],
    // Housing and communal services as some banks abbreviate them, before the supplier
    ["RUB", "ЖКУ МОСЭНЕРГОСБЫТ", -300000, "bills-utilities.utilities"],
    ["RUB", "Коммунальные услуги", -500000, "bills-utilities.utilities"],
    ["RUB", "Мобильная связь МТС", -50000, "bills-utilities.mobile-phone"],
    ["RUB", "Метро Москва", -5000, "auto-transport.public-transportation"],
    ["RUB", "Детский сад", -500000, "kids.babysitter-daycare"],
    ["RUB", "Квартплата", -500000, "home.mortgage-rent"],
    ["RUB", "Аренда квартиры", -5000000, "home.mortgage-rent"],
    ["RUB", "Зачисление зарплаты", 5000000, "income.paycheck"],
    ["UAH", "Комунальні послуги", -200000, "bills-utilities.utilities"],
    ["UAH", "Заробітна плата", 2000000, "income.paycheck"],
  ])("on a %s account, %s (%d) is %s", (currency, description, amount, slug) => {
    expect(categorizeOnAccount(currency, description, amount).categoryId).toBe(slug);
  });
});

describe("a Polish, Czech or Hungarian household's bills by their own words", () => {
  it.each([
    ["PLN", "OPŁATA ZA PRĄD", "bills-utilities.utilities"],
    ["PLN", "WODOCIĄGI MIEJSKIE", "bills-utilities.utilities"],
    ["PLN", "PRZEDSZKOLE NR 5", "kids.babysitter-daycare"],
    ["PLN", "ŻŁOBEK", "kids.babysitter-daycare"],
    ["PLN", "BILET MIESIĘCZNY", "auto-transport.public-transportation"],
    ["CZK", "SIPO", "bills-utilities"],
    ["CZK", "ZÁLOHA ELEKTŘINA", "bills-utilities.utilities"],
    ["CZK", "VODNÉ STOČNÉ", "bills-utilities.utilities"],
    ["CZK", "ŠKOLKA", "kids.babysitter-daycare"],
    ["HUF", "LAKBÉR", "home.mortgage-rent"],
    ["HUF", "KÖZÖS KÖLTSÉG", "home.mortgage-rent"],
    ["HUF", "ÁRAMDÍJ", "bills-utilities.utilities"],
    ["HUF", "ÓVODA", "kids.babysitter-daycare"],
  ])("on a %s account, %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -50000).categoryId).toBe(slug);
  });
});

describe("a Turkish household's rent, building dues and kindergarten", () => {
  it.each([
    ["KIRA ODEMESI", "home.mortgage-rent"],
    ["EV KIRASI", "home.mortgage-rent"],
    ["SITE AIDATI", "home.mortgage-rent"],
    ["ANAOKULU", "kids.babysitter-daycare"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("TRY", description, -500000).categoryId).toBe(slug);
  });

  it("a name that is also Turkish for rent is no rent alone", () => {
    expect(categorizeOnAccount("USD", "KIRA", -5000).categoryId).toBeNull();
  });
});

describe("a Quebec account's transit card, taxes and benefits", () => {
  it.each([
    ["STM CARTE OPUS", -9000, "auto-transport.public-transportation"],
    ["GOUV QUEBEC IMPOT", -50000, "taxes"],
    ["ALLOCATION CANADIENNE POUR ENFANTS", 50000, "income"],
    ["RRQ", 100000, "income"],
  ])("%s (%d) is %s", (description, amount, slug) => {
    expect(categorizeOnAccount("CAD", description, amount).categoryId).toBe(slug);
  });
});

describe("an Israeli household's building committee, rent, kindergarten, health fund and fuel", () => {
  it.each([
    ["ועד בית", "home.mortgage-rent"],
    ["שכר דירה", "home.mortgage-rent"],
    ["גן ילדים", "kids.babysitter-daycare"],
    ["קופת חולים מכבי", "health-fitness.health-insurance"],
    ["דלק", "auto-transport.gas-fuel"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("ILS", description, -20000).categoryId).toBe(slug);
  });
});

describe("a Greek household's rent and common charges, in both scripts", () => {
  it.each([
    ["ΕΝΟΙΚΙΟ", "home.mortgage-rent"],
    ["ENOIKIO", "home.mortgage-rent"],
    ["Κοινόχρηστα", "home.mortgage-rent"],
    ["KOINOXRISTA", "home.mortgage-rent"],
    ["ΣΟΥΠΕΡ ΜΑΡΚΕΤ", "food-dining.groceries"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("EUR", description, -20000).categoryId).toBe(slug);
  });
});

describe("school meals, and a Romanian, Bulgarian, Slovenian, Lithuanian or Estonian household's rent and kindergarten", () => {
  it.each([
    ["EUR", "MENSA SCOLASTICA", "food-dining.restaurants"],
    ["EUR", "CANTINE SCOLAIRE", "food-dining.restaurants"],
    ["EUR", "SCHULESSEN", "food-dining.restaurants"],
    ["RON", "INTRETINERE BLOC", "home.mortgage-rent"],
    ["RON", "GRADINITA", "kids.babysitter-daycare"],
    ["RON", "FACTURA ENEL", "bills-utilities.utilities"],
    ["BGN", "НАЕМ", "home.mortgage-rent"],
    ["EUR", "NAJEMNINA", "home.mortgage-rent"],
    ["EUR", "VRTEC", "kids.babysitter-daycare"],
    ["EUR", "NUOMA", "home.mortgage-rent"],
    ["EUR", "LASTEAED", "kids.babysitter-daycare"],
  ])("on a %s account, %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -20000).categoryId).toBe(slug);
  });
});

describe("a household's bills and shops in Arabic", () => {
  it.each([
    ["إيجار", "home.mortgage-rent"],
    ["فاتورة كهرباء", "bills-utilities.utilities"],
    ["مياه", "bills-utilities.utilities"],
    ["رسوم مدرسية", "education.tuition"],
    ["حضانة", "kids.babysitter-daycare"],
    ["سوبرماركت", "food-dining.groceries"],
    ["وقود", "auto-transport.gas-fuel"],
    ["موقف سيارات", "auto-transport.parking"],
  ])("%s is %s", (description, slug) => {
    expect(categorizeOnAccount("AED", description, -20000).categoryId).toBe(slug);
  });
});
