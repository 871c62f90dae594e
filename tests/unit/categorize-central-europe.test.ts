import { describe, expect, it } from "vitest";
import { cleanDescription } from "@/server/categorize/clean";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: lines in the formats Polish, Czech, Hungarian, Romanian, Turkish and Nordic banks print, and the legal
// forms their companies write with dots. Every payee is invented; the brands are the lists' own; none is an
// evaluation row.

const read = categorizeOnAccount;

describe("Polish, Czech, Hungarian and Romanian bank lines", () => {
  it.each([
    ["PLN", "PRZELEW BLIK NA TELEFON KELDORA NOWAK", -3000, "Keldora Nowak"],
    ["PLN", "Przelew na telefon KELDORA NOWAK", -3000, "Keldora Nowak"],
    ["CZK", "Odchozí platba KELDORA NOVAK", -1000, "Keldora Novak"],
    ["HUF", "ÁTUTALÁS KELDORA ANNA", -1000000, "Keldora Anna"],
  ])(
    "%s: %s is a transfer to %s, whose name says nothing of what it paid",
    (currency, description, amount, merchant) => {
      expect(read(currency, description, amount)).toMatchObject({ merchant, categoryId: null });
    },
  );

  it("a BLIK payment to a phone number is not a telephone bill", () => {
    expect(read("PLN", "PRZELEW BLIK NA TELEFON KELDORA", -3000).categoryId).toBeNull();
  });

  it.each([
    ["PLN", "ZUS SKŁADKA", -150000, "taxes.federal-tax"],
    ["CZK", "Trvalý příkaz NÁJEM", -1500000, "home.mortgage-rent"],
    ["CZK", "Inkaso ČEZ", -150000, "bills-utilities.utilities"],
    ["CZK", "Úrok", 10, "income.interest-income"],
    ["HUF", "BANKKÁRTYÁS VÁSÁRLÁS KELDORA PATIKA", -2000, "health-fitness.pharmacy"],
    ["HUF", "JÓVÁÍRÁS ZORVEX KFT MUNKABÉR", 50000000, "income.paycheck"],
    ["HUF", "CSOPORTOS BESZEDÉS MVM", -1500000, "bills-utilities.utilities"],
    ["HUF", "KAMAT JÓVÁÍRÁS", 100, "income.interest-income"],
    ["RON", "PLATA CARD KELDORA FARMACIE", -4500, "health-fitness.pharmacy"],
    ["RON", "INCASARE SALARIU ZORVEX SRL", 500000, "income.paycheck"],
    ["RON", "DOBANDA", 10, "income.interest-income"],
    ["RON", "CUMPARARE POS VULCANIZARE KELDORA", -4500, "auto-transport.service-parts"],
    ["RON", "CUMPARARE POS BRUTARIE KELDORA", -900, "food-dining.groceries"],
  ])("%s: %s (%d) is %s", (currency, description, amount, category) => {
    expect(read(currency, description, amount).categoryId).toBe(category);
  });

  it("a BLIK purchase shows the shop", () => {
    expect(read("PLN", "BLIK ZAKUP KELDORA APTEKA", -3000)).toMatchObject({
      merchant: "Keldora Apteka",
      categoryId: "health-fitness.pharmacy",
    });
  });

  it("Fio banka's card purchase: the shop, its town and country, then 'dne' (on) the date and the amount", () => {
    expect(
      read("CZK", "Nákup: KELDORA LÉKÁRNA, PRAHA, CZ, dne 1.8.2016, částka  353.29 CZK", -35329),
    ).toMatchObject({ merchant: "Keldora Lékárna Praha", categoryId: "health-fitness.pharmacy" });
    expect(read("CZK", "Nákup: ABB, PRAHA, CZ, dne 1.8.2016, částka  130.00 CZK", -13000).merchant).toBe(
      "ABB",
    );
  });

  it("VTB's card line: the card's word and masked number, then the shop", () => {
    expect(read("RUB", "Карта *1234 KELDORA APTEKA", -50000)).toMatchObject({
      merchant: "Keldora Apteka",
      categoryId: "health-fitness.pharmacy",
    });
    expect(read("RUB", "Карта *1234 ABB", -50000).merchant).toBe("ABB");
  });

  it("Romanian CATRE (to) introduces the payee", () => {
    expect(read("RON", "TRANSFER CATRE KELDORA POPESCU", -10000).merchant).toBe("Keldora Popescu");
  });
});

describe("legal forms written with dots", () => {
  it.each([
    ["CZK", "Platba kartou ZORVEX S.R.O. PRAHA", "Zorvex s.r.o."],
    ["EUR", "BONIFICO A FAVORE DI ZORVEX S.R.L. FATTURA 12", "Zorvex S.r.l."],
    ["EUR", "ZORVEX S.P.A.", "Zorvex S.p.A."],
    ["EUR", "ZORVEX S.L.", "Zorvex S.L."],
    ["EUR", "KELDORA ENERGIE B V", "Keldora Energie B.V."],
    ["PLN", "ZORVEX SP. Z O.O.", "Zorvex Sp. z o.o."],
    ["MXN", "SPEI ENVIADO ZORVEX S.A. DE C.V.", "Zorvex S.A. de C.V."],
    ["MXN", "ZORVEX S DE RL DE CV", "Zorvex S. de R.L. de C.V."],
  ])("%s: %s is %s, its S not glued to the name", (currency, description, merchant) => {
    expect(read(currency, description, -100).merchant).toBe(merchant);
  });

  it("reads S.A. as the legal form before the terminal's town and country too, not as a possessive's S", () => {
    expect(cleanDescription("ZORVEX S.A. MADRID ES").tokens).toEqual(["zorvex", "sa", "madrid", "es"]);
    expect(cleanDescription("ZORVEX S/A SAO PAULO BR").tokens).toEqual([
      "zorvex",
      "sa",
      "sao",
      "paulo",
      "br",
    ]);
    expect(read("BRL", "VALE S.A. SAO PAULO BR", -100).categoryId).toBe("bills-utilities.utilities");
  });

  it("reads a brand before Spain's dotted S.L. as that brand, not the form as another seller's name", () => {
    expect(read("EUR", "ABB S.L.", -100).merchant).toBe("ABB");
    // A bank's name before it is no payment service before a shop: "SL" is also Stockholm's transit
    expect(read("EUR", "ABANCA S.L.", -100).categoryId).toBeNull();
  });

  it("a company paying by transfer, its Mexican form in full, is income from it", () => {
    expect(read("MXN", "SPEI RECIBIDO ZORVEX SA DE CV", 100)).toMatchObject({
      merchant: "Zorvex SA de CV",
      categoryId: "income",
    });
  });

  it("an S a bank printed for an apostrophe still joins the name", () => {
    expect(read("USD", "TRADER JOE S", -100).merchant).toBe("Trader Joe's");
    expect(read("USD", "KELDORA S PIZZA", -100).merchant).toBe("Keldoras Pizza");
  });
});

describe("Turkish bank lines", () => {
  it.each([
    ["KREDI KARTI ODEMESI", -500000, "transfer.credit-card-payment"],
    ["MAAS ODEMESI ZORVEX", 3000000, "income.paycheck"],
    ["GELEN HAVALE ZORVEX AS MAAS ODEMESI", 3000000, "income.paycheck"],
    ["HESAP ISLETIM UCRETI", -5000, "fees-charges.bank-fee"],
    ["KREDI FAIZI", -10000, "fees-charges.finance-charge"],
    ["MEVDUAT FAIZI", 1000, "income.interest-income"],
    // The tax on banking transactions
    ["BSMV", -50, "taxes"],
    // A bill for electricity or water, not an electrician
    ["ELEKTRIK FATURASI ZORVEX", -50000, "bills-utilities.utilities"],
    ["SU FATURASI KELDORA", -20000, "bills-utilities.utilities"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read("TRY", description, amount).categoryId).toBe(category);
  });

  it("a transfer's words (HAVALE, GIDEN EFT) come off a person's name, which says nothing", () => {
    expect(read("TRY", "HAVALE KELDORA YILMAZ", -100000)).toMatchObject({
      merchant: "Keldora Yilmaz",
      categoryId: null,
    });
    expect(read("TRY", "GIDEN EFT KELDORA YILMAZ", -100000)).toMatchObject({
      merchant: "Keldora Yilmaz",
      categoryId: null,
    });
  });

  it("a card purchase's words come off the shop", () => {
    expect(read("TRY", "POS SATIS ZORVEX MARKET ISTANBUL", -45000).merchant).toBe("Zorvex Market Istanbul");
  });

  it.each(["ABB A.Ş.", "ABB LTD. ŞTİ.", "ABB SAN. VE TİC. A.Ş.", "ABB TİC. LTD. ŞTİ."])(
    "a company's forms, A.Ş., LTD. ŞTİ. and SAN. VE TİC. (industry and trade), after a brand: %s",
    (description) => {
      expect(read("TRY", description, -45000).merchant).toBe("ABB");
    },
  );

  it("reads a brand the map lists with its A.Ş.", () => {
    expect(read("TRY", "KAYSERI ULASIM A.Ş.", -4500).categoryId).toBe("auto-transport.public-transportation");
  });

  it("shows a dotted capital İ as an I, not as an i with a second dot", () => {
    expect(read("TRY", "ZORVEX GIDA TİC. LTD. ŞTİ.", -45000).merchant).not.toContain("\u0307");
    expect(read("TRY", "KELDORA ECZANE İSTANBUL", -45000).merchant).toBe("Keldora Eczane Istanbul");
  });

  it("writes A.Ş. as companies do", () => {
    expect(read("TRY", "ZORVEX ECZANE A.Ş.", -45000)).toMatchObject({
      merchant: "Zorvex Eczane A.Ş.",
      categoryId: "health-fitness.pharmacy",
    });
  });

  it("keeps TİC. and SAN. as words where no legal form follows", () => {
    expect(cleanDescription("ZORVEX TIC").tokens).toEqual(["zorvex", "tic"]);
  });
});

describe("Maxima, the Baltic grocer", () => {
  it("is read with its country code, its store code or its town after it", () => {
    expect(read("EUR", "MAXIMA EE T520", -2500).categoryId).toBe("food-dining.groceries");
    expect(read("EUR", "MAXIMA T520 TALLINN", -2500).categoryId).toBe("food-dining.groceries");
  });

  it("is not another company that starts with the word", () => {
    expect(read("USD", "MAXIMA CONSULTING LLC", -2500).categoryId).toBe("business-services");
    expect(read("USD", "MAXIMA ZORVEX", -2500).categoryId).toBeNull();
  });
});

describe("Nordic lines", () => {
  it.each([
    // Sweden's salary payment
    ["SEK", "Löneutbetalning ZORVEX", 3000000, "income.paycheck"],
    // Interest paid in, in Danish and Finnish
    ["DKK", "Renter", 12, "income.interest-income"],
    ["EUR", "KORKO", 12, "income.interest-income"],
    // Sweden's student loans
    ["SEK", "CSN", -100000, "education.student-loan"],
  ])("%s: %s (%d) is %s", (currency, description, amount, category) => {
    expect(read(currency, description, amount).categoryId).toBe(category);
  });

  it("pay words name no category on money out", () => {
    expect(read("SEK", "Löneutbetalning ZORVEX", -3000000).categoryId).toBeNull();
  });

  it("LON is not read as pay: it is London's abbreviation after a merchant's name", () => {
    expect(read("GBP", "ZORVEX LON", 5000).categoryId).not.toBe("income.paycheck");
    expect(read("SEK", "LON", 1200000).categoryId).toBeNull();
  });

  it.each([
    // Printed with their accent, the pay and interest words mean only that
    ["SEK", "LÖN", 1200000, "income.paycheck"],
    ["DKK", "LØN ZORVEX A/S", 2500000, "income.paycheck"],
    ["SEK", "RÄNTA", 1450, "income.interest-income"],
    ["TRY", "MAAŞ ZORVEX A.Ş.", 4000000, "income.paycheck"],
  ])("%s: %s (%d), accent and all, is %s", (currency, description, amount, category) => {
    expect(read(currency, description, amount).categoryId).toBe(category);
  });

  it("LÖN on money out is no pay", () => {
    expect(read("SEK", "LÖN", -1200000).categoryId).toBeNull();
  });

  it("BÜRGER, a citizen (a town hall's citizens' service) or a surname, is no burger", () => {
    expect(read("EUR", "BÜRGER SERVICE STADT ZORVEX", -2000).categoryId).not.toBe("food-dining.fast-food");
    expect(read("EUR", "UEBERWEISUNG KELDORA BÜRGER", -2000).categoryId).not.toBe("food-dining.fast-food");
    // …while a burger bar printed without the umlaut still is one
    expect(read("EUR", "ZORVEX BURGER", -1200).categoryId).toBe("food-dining.fast-food");
  });

  it.each([
    // A surname, berries, a farm, southern, a bag: printed with their accents they are none of the trades they fold into
    ["EUR", "KELDORA BÄR"],
    ["SEK", "SWISH ANNA STRÖM"],
    ["EUR", "KELDORA STRÖM"],
    ["EUR", "ZORVEX GÅRDEN"],
    ["HUF", "DÉLI PÁLYAUDVAR"],
    ["HUF", "KELDORA TÁSKA"],
  ])("%s: %s names no trade", (currency, description) => {
    expect(read(currency, description, -2000).categoryId).toBeNull();
  });

  it("the words they fold into still name their trades as printed", () => {
    expect(read("EUR", "KELDORA STROM", -6000).categoryId).toBe("bills-utilities.utilities");
    expect(read("USD", "ZORVEX DELI", -1200).categoryId).toBe("food-dining.groceries");
    expect(read("HUF", "KÖLCSÖN TÖRLESZTÉS", -5000000).categoryId).toBe("transfer.transfer");
  });
});

describe("pay and interest words that are also people's names", () => {
  it.each([
    // Maas (a Dutch surname: Turkish maaş is pay), Faiz (a given name: Turkish faiz is interest), Kamat (an Indian
    // surname: Hungarian kamat is interest), Ranta (a Finnish surname: Swedish ränta is interest), Nav (a given name:
    // Norway's benefits agency is NAV)
    ["EUR", "OVERBOEKING J MAAS"],
    ["INR", "UPI/123456789012/FAIZ KHAN/okaxis/Payment"],
    ["INR", "NEFT CR-KELDORA KAMAT"],
    ["EUR", "TILISIIRTO RANTA MATTI"],
    ["INR", "UPI/123456789012/NAV SINGH/ybl/Payment"],
  ])("%s: money in from %s says nothing", (currency, description) => {
    expect(read(currency, description, 5000).categoryId).toBeNull();
  });

  it("a bank giro payment's words come off the payee", () => {
    expect(read("SEK", "BANKGIRO ZORVEX EL", -50000).merchant).toBe("Zorvex El");
  });
});

describe("an Italian pension and Filipino pay", () => {
  it.each([
    ["EUR", "PENSIONE INPS NOVEMBRE", 150000, "income"],
    ["PHP", "SAHOD NOVEMBER", 2500000, "income.paycheck"],
  ])("%s: %s (%d) is %s", (currency, description, amount, category) => {
    expect(read(currency, description, amount).categoryId).toBe(category);
  });

  it("a guesthouse named pensione is paid no pension", () => {
    expect(read("EUR", "PENSIONE KELDORA", -10000).categoryId).not.toBe("income");
  });
});
