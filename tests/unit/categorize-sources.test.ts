import { describe, expect, it } from "vitest";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary, NSI_SELLERS } from "@/server/categorize/default-dictionary";
import { loadSellerDictionary, type NsiData } from "@/server/categorize/dictionary";
import {
  type CategorizeContext,
  categorizeTransaction,
  HISTORY_THRESHOLD,
  slugAsId,
} from "@/server/categorize/engine";
import { trainHistory } from "@/server/categorize/history";
import { CONFIDENCE_THRESHOLD } from "@/server/categorize/lexicons";
import { categorizeOnAccount } from "../support/categorize-context";

// Each source of a category on its own, then in competition. Category ids are the taxonomy slugs here.
const dictionary = defaultSellerDictionary();

function context(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId, ...overrides };
}
const categorize = (
  description: string,
  extra: Partial<CategorizeContext<string>> = {},
  bankCategory?: string,
) => categorizeTransaction({ description, bankCategory }, context(extra));
const groupOf = (slug: string | null) => slug?.split(".")[0] ?? null;

describe("sources of a category", () => {
  it("Tally's own seller list", () => {
    expect(categorize("STARBUCKS STORE 05432")).toMatchObject({
      categoryId: "food-dining.coffee-shops",
      source: "dictionary",
      via: "tally_seller",
      reason: "Known seller",
    });
  });

  it("brands from name-suggestion-index that Tally's list does not name", () => {
    for (const [description, group] of [
      ["SAINSBURYS S/MKTS", "food-dining"],
      ["GREGGS PLC", "food-dining"],
      ["SHOPPERS DRUG MART #123", "health-fitness"],
      ["LCBO #123", "food-dining"],
      ["SUPERVALU DUBLIN", "food-dining"],
      ["REWE SAGT DANKE 12345", "food-dining"],
      ["MERCADONA VALENCIA", "food-dining"],
    ] as const) {
      const result = categorize(description);
      expect(result.via, description).toBe("osm_seller");
      expect(result.reason).toBe("Known brand (OpenStreetMap)");
      expect(groupOf(result.categoryId), description).toBe(group);
    }
  });

  it("bank and payment words in US, Canadian, UK and Irish spellings", () => {
    for (const [description, slug] of [
      ["MONTHLY SERVICE FEE", "fees-charges.service-fee"],
      ["NSF FEE", "fees-charges.bank-fee"],
      ["OVERDRAFT CHARGE", "fees-charges.bank-fee"],
      ["FOREIGN TRANSACTION FEE", "fees-charges.bank-fee"],
      ["NON-STERLING TRANSACTION FEE", "fees-charges.bank-fee"],
      ["ATM WITHDRAWAL 004521 MARKET ST", "transfer.cash-atm"],
      ["ABM WITHDRAWAL", "transfer.cash-atm"],
      ["CASHPOINT WITHDRAWAL", "transfer.cash-atm"],
      ["INTEREST PAID", "income.interest-income"],
      ["CREDIT INTEREST", "income.interest-income"],
      ["PURCHASE INTEREST CHARGE", "fees-charges.finance-charge"],
      ["TFR TO SAVINGS", "transfer.transfer"],
      ["TRANSFERRED FROM BROKERAGE 123-456789", "transfer.transfer"],
      ["PAYMENT THANK YOU", "transfer.credit-card-payment"],
      ["FED TAX PAYMENT", "taxes.federal-tax"],
      ["HMRC SELF ASSESSMENT", "taxes.federal-tax"],
      ["TAX REFUND", "income.refund-reimbursement"],
      ["ACME CORP PAYROLL", "income.paycheck"],
      ["DIRECT DEPOSIT", "income.paycheck"],
    ] as const) {
      expect(categorize(description), description).toMatchObject({ categoryId: slug, via: "bank_words" });
    }
    // A payment between people is not a move of the holder's own money: only the holder knows what it paid for.
    expect(categorize("INTERAC E-TRANSFER")).toMatchObject({ categoryId: null, via: null });
  });

  it("channel words in front say how money moved, not what it paid for, when a payee is named", () => {
    expect(categorize("ELECTRONIC FUNDS TRANSFER PREAUTHORIZED DEBIT KOVARIN TELMO")).toMatchObject({
      sellerKey: "kovarin telmo",
      categoryId: null,
    });
    expect(categorize("ELECTRONIC FUNDS TRANSFER PAID").categoryId).toBe("transfer.transfer");
  });

  it("card payments however far the issuer's text is cut or squeezed", () => {
    // Issuers print "CARDMEMBER SERV…" in every cut of the field; a fixed-width field glues "CRD EPAY" into one word.
    for (const description of [
      "ONLINE PAYMENT CARDMEMBER SVC 0412",
      "US BANK CARDMEMBER",
      "PNC CREDIT CEPAY 4821",
      "HOMETOWN CU CCAUTOPAY",
      "FIRST NATL XEPAYMENT",
    ]) {
      expect(categorize(description), description).toMatchObject({
        categoryId: "transfer.credit-card-payment",
        via: "bank_words",
      });
    }
    // Words that merely end like an abbreviation are not card payments.
    expect(categorize("STUDENT LOAN REPAY").categoryId).not.toBe("transfer.credit-card-payment");
    expect(categorize("PREPAY MOBILE TOPUP").categoryId).not.toBe("transfer.credit-card-payment");
  });

  it("a fee at a known store's machine is a fee, not the store", () => {
    expect(categorize("7-ELEVEN ATM FEE")).toMatchObject({
      categoryId: "fees-charges.atm-fee",
      via: "bank_words",
    });
  });

  it("business words for sellers in no list, in English, French, German, Dutch and Spanish", () => {
    for (const [description, group] of [
      ["THE RED LION PUB", "food-dining"],
      ["SMITH HARDWARE OAKVILLE", "home"],
      ["VALLEY VETERINARY HOSP", "pets"],
      ["JOE'S TOWING", "auto-transport"],
      ["CITY PARKING GARAGE", "auto-transport"],
      ["GREENLEAF DENTAL GROUP", "health-fitness"],
      ["BOULANGERIE DUPONT", "food-dining"],
      ["PHARMACIE DU CENTRE", "health-fitness"],
      ["BÄCKEREI KOVALSKI", "food-dining"],
      ["APOTHEKE AM MARKT", "health-fitness"],
      ["SLAGERIJ JANSEN", "food-dining"],
      ["FERRETERIA LOPEZ", "home"],
      ["MARIA'S HAIRSTYLES PORTLAND", "personal-care"],
      ["KELLY HAIRDRESSERS GALWAY", "personal-care"],
      // A US abbreviation banks print for a national park's fees
      ["ZORVEX NATL PARK 307-344-7381 WY", "entertainment"],
    ] as const) {
      const result = categorize(description);
      expect(result.source, description).toBe("business_words");
      expect(groupOf(result.categoryId), description).toBe(group);
      expect(result.reason).toMatch(/^The name says “.+”$/);
    }
  });

  it("the bank's own category, as a label or a merchant category code", () => {
    for (const [label, slug] of [
      ["Food & Drink", "food-dining.restaurants"],
      ["Restaurant-Bar & Café", "food-dining.restaurants"],
      ["Dining", "food-dining.restaurants"],
      ["Merchandise & Supplies-Groceries", "food-dining.groceries"],
      ["Gas/Automotive", "auto-transport.gas-fuel"],
      // A category path with a spaced slash between its levels, read by its narrower level (Capitec's exports)
      ["Food / Groceries", "food-dining.groceries"],
      ["Household / Energy", "bills-utilities.utilities"],
      ["Finanzen & Steuern / Spende", "gifts-donations.charity"],
      // Starling's spending categories and Up's, "and" read as "&"
      ["PHONE_AND_INTERNET", "bills-utilities"],
      ["Pubs & Bars", "food-dining.alcohol-bars"],
      ["Pubs and Bars", "food-dining.alcohol-bars"],
      // Nubank's card export, in Portuguese
      ["supermercado", "food-dining.groceries"],
      ["Eletrônicos", "shopping.electronics-software"],
      ["5812", "food-dining.restaurants"],
      ["SIC 5411", "food-dining.groceries"],
    ] as const) {
      const code = /\d{4}/.exec(label)?.[0];
      expect(categorize("KOVARIN TELMO", {}, label), label).toMatchObject({
        categoryId: slug,
        source: "bank_category",
        // A code is named as one: "5812" alone says nothing to most people.
        reason: code ? `Your bank's merchant category code ${code}` : `Your bank says ${label}`,
      });
    }
    expect(categorize("KOVARIN TELMO", {}, "Something Tally has never seen")).toMatchObject({
      categoryId: null,
    });
    // Up's "Life Admin" says nothing of what was bought, so its broader "Personal" does not decide either.
    expect(categorize("KOVARIN TELMO", {}, "Personal / Life Admin")).toMatchObject({ categoryId: null });
  });

  it("the user's own history, above its threshold only", () => {
    const history = trainHistory([
      { sellerKey: "zorbel north", categoryId: "my.lunches" },
      { sellerKey: "zorbel airport", categoryId: "my.lunches" },
      { sellerKey: "kovarin holdings", categoryId: "business-services" },
    ]);
    expect(categorize("ZORBEL MIDTOWN", { history })).toMatchObject({
      categoryId: "my.lunches",
      source: "history",
      reason: "Like your earlier choices",
    });
    const guess = history.predict("zorbel midtown")!;
    expect(guess.confidence).toBeGreaterThanOrEqual(HISTORY_THRESHOLD);
    // One earlier choice sharing a word is an anecdote, not a pattern.
    expect(categorize("KOVARIN TELMO", { history }).categoryId).toBeNull();
  });
});

describe("sellers with no shop of their own, in Tally's list", () => {
  // OpenStreetMap knows places; web shops, insurers, subscriptions and apps come from Tally's own list.
  it.each([
    // A web shop's domain as banks print it, with and without its legal form
    ["www.thomann.de", "shopping.hobbies"],
    ["BOL.COM B.V.", "shopping.general-merchandise"],
    ["ZALANDO SE", "shopping.clothing"],
    // German statutory health insurers, named in full, by initials, or by region
    ["SEPA-Lastschrift Techniker Krankenkasse", "health-fitness.health-insurance"],
    ["AOK NIEDERSACHSEN", "health-fitness.health-insurance"],
    ["IKK CLASSIC", "health-fitness.health-insurance"],
    // Hosting and subscriptions
    ["HETZNER ONLINE GMBH", "business-services.software"],
    ["WWW.IONOS.DE", "business-services.software"],
    ["Lieferando.de", "food-dining.food-delivery"],
  ])("%s → %s", (description, slug) => {
    expect(categorize(description)).toMatchObject({ categoryId: slug, via: "tally_seller" });
  });

  it("a German health insurer by its initials alone, on a German account", () => {
    expect(categorizeOnAccount("EUR", "TK", -40000)).toMatchObject({
      categoryId: "health-fitness.health-insurance",
      via: "tally_seller",
    });
    expect(categorizeOnAccount("USD", "TK", -40000).categoryId).toBeNull();
  });

  it("a name that is an everyday word counts only as the whole text", () => {
    expect(categorizeOnAccount("EUR", "PICNIC", -5000).categoryId).toBe("food-dining.groceries");
    expect(categorize("BOLT").categoryId).toBe("auto-transport.ride-share");
    // The same words at the start of another business's name, or a person's
    expect(categorize("PICNIC BASKET CAFE").categoryId).toBe("food-dining.coffee-shops");
    expect(categorize("BOLT HARDWARE STORE").categoryId).toBe("home.home-improvement");
    expect(categorize("TIM SMITH")).toMatchObject({ categoryId: null, merchant: "Tim Smith" });
    expect(categorize("OTTO MUELLER").categoryId).toBeNull();
  });

  it("a bank, a neobank among them, says nothing of what was bought", () => {
    expect(categorize("bunq")).toMatchObject({ sellerKey: "bunq", categoryId: null });
    expect(categorize("REVOLUT**1234*").categoryId).toBeNull();
  });
});

describe("precedence: rule → dictionary → crowd → business words → bank category → history", () => {
  const everyone = (key: string) => ({
    userRules: new Map([[key, "my.rule"]]),
    crowdTop: () => "crowd.pick",
    history: trainHistory([
      { sellerKey: `${key} one`, categoryId: "history.pick" },
      { sellerKey: `${key} two`, categoryId: "history.pick" },
    ]),
  });

  it("the user's rule beats everything", () => {
    expect(categorize("STARBUCKS STORE 05432", everyone("starbucks"), "Groceries")).toMatchObject({
      categoryId: "my.rule",
      source: "rule",
    });
  });

  it("the dictionary beats the crowd, business words, the bank and history", () => {
    const { userRules: _, ...rest } = everyone("starbucks");
    expect(categorize("STARBUCKS STORE 05432", rest, "Groceries")).toMatchObject({ source: "dictionary" });
  });

  it("the crowd beats business words", () => {
    const { userRules: _, ...rest } = everyone("harbor noodle house");
    expect(categorize("HARBOR NOODLE HOUSE", rest, "Groceries")).toMatchObject({ source: "crowd" });
  });

  it("business words beat the bank's category", () => {
    expect(categorize("HARBOR NOODLE HOUSE", {}, "Groceries")).toMatchObject({ source: "business_words" });
  });

  it("the bank's category beats history", () => {
    const { history } = everyone("kovarin telmo");
    expect(categorize("KOVARIN TELMO", { history }, "Groceries")).toMatchObject({ source: "bank_category" });
    expect(categorize("KOVARIN TELMO", { history })).toMatchObject({ source: "history" });
  });
});

describe("abstaining", () => {
  it("words of two different groups leave a seller uncategorized rather than guess", () => {
    expect(categorize("PIZZA & LAUNDROMAT")).toMatchObject({ categoryId: null, source: null, reason: null });
  });

  it("a split history stays below the threshold", () => {
    const history = trainHistory([
      { sellerKey: "kovarin one", categoryId: "a" },
      { sellerKey: "kovarin two", categoryId: "a" },
      { sellerKey: "kovarin three", categoryId: "b" },
      { sellerKey: "kovarin four", categoryId: "b" },
    ]);
    const guess = history.predict("kovarin five");
    expect(guess === null || guess.confidence < HISTORY_THRESHOLD).toBe(true);
    expect(categorize("KOVARIN FIVE", { history }).categoryId).toBeNull();
  });

  it("every automatic answer is at least as sure as the threshold", () => {
    for (const description of ["THE RED LION PUB", "MONTHLY SERVICE FEE", "SAINSBURYS S/MKTS", "STARBUCKS"]) {
      expect(categorize(description).confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    }
  });
});

describe("processor and channel prefixes", () => {
  it.each([
    ["POS12OCT SPOTIFY P0123", "spotify"],
    ["PURCHASE AUTHORIZED ON 10/12 SPOTIFY USA", "spotify"],
    ["PURCHASE                    AUTHORIZED ON   05/17 SPOTIFY", "spotify"],
    ["RECURRING PAYMENT AUTHORIZED ON 03/01 SPOTIFY USA", "spotify"],
    ["RECURRING PAYMENT SPOTIFY", "spotify"],
    ["DEBIT MEMO SPOTIFY", "spotify"],
    ["BILL PAYMENT SPOTIFY", "spotify"],
    ["CARD PAYMENT TO SPOTIFY ON 12 OCT", "spotify"],
    ["INTERAC PURCHASE - 1234 SPOTIFY", "spotify"],
    ["CHECKCARD 0412 SPOTIFY", "spotify"],
    ["VDP-SPOTIFY", "spotify"],
    ["SQ *SPOTIFY", "spotify"],
  ])("%s", (description, key) => {
    expect(categorize(description)).toMatchObject({ sellerKey: key, categoryId: "entertainment.music" });
  });

  it("Mobile Purchase PIN Based with its terminal code", () => {
    expect(categorize("Mobile Purchase PIN Based D1234 WALGREENS #0412 CHICAGO IL")).toMatchObject({
      sellerKey: "walgreens",
      categoryId: "health-fitness.pharmacy",
    });
  });

  it("a glued date after a bank word keeps the word: ATM12OCT is a cash withdrawal", () => {
    expect(categorize("ATM12OCT")).toMatchObject({ categoryId: "transfer.cash-atm", sellerKey: "" });
  });
});

describe("ACH descriptors", () => {
  it("DES: is the purpose, the company is the seller, INDN: (the account holder) never is", () => {
    const result = categorize("KOVARIN WIDGETS DES:PAYROLL ID:XXXXX INDN:JANE Q PUBLIC CO ID:XXXXX PPD");
    expect(result).toMatchObject({ sellerKey: "kovarin widgets", categoryId: "income.paycheck" });
    expect(result.merchant).not.toMatch(/jane|public/i);
  });

  it("a known company's purpose does not override it unless it is a fee or the like", () => {
    expect(categorize("NETFLIX.COM DES:NETFLIX ID:XXXXX INDN:JOHN DOE CO ID:XXXXX WEB")).toMatchObject({
      sellerKey: "netflix",
      categoryId: "entertainment.streaming",
    });
  });

  it("reads Chase's labelled form", () => {
    expect(
      categorize(
        "ORIG CO NAME:KOVARIN WIDGETS ORIG ID:123456 DESC DATE:260715 CO ENTRY DESCR:PAYROLL SEC:PPD TRACE#:1 EED:260715 IND ID:9 IND NAME:JANE Q PUBLIC TRN: 1",
      ),
    ).toMatchObject({ sellerKey: "kovarin widgets", categoryId: "income.paycheck" });
  });

  it("a bank's own name with an autopay purpose is a card payment", () => {
    expect(categorize("BARCLAYCARD DES:AUTOPAY ID:1 INDN:JANE DOE CO ID:2 PPD")).toMatchObject({
      categoryId: "transfer.credit-card-payment",
    });
  });
});

describe("country-aware names", () => {
  // Two businesses spelled the same in different countries, as name-suggestion-index has many.
  const nsi: NsiData = {
    categories: [
      "food-dining.groceries",
      "shopping.electronics-software",
      "auto-transport.gas-fuel",
      "auto-transport.public-transportation",
      "bills-utilities.utilities",
      "auto-transport.parking",
    ],
    sellers: [
      ["Zedmart", 0, "ca", "zedmart"],
      ["Zedmart", 1, "de at", "zedmart"],
      ["Quorvo", 2, "", "quorvo"],
      ["Quorvo Markt", 0, "de", "quorvo"],
      // One name listed in one country for its trains and again for its power lines (as SNCF is in France),
      // and one listed for its buses and its car parks, both in the same group.
      ["Ferrovo", 3, "fr", "ferrovo"],
      ["Ferrovo", 4, "fr", "ferrovo"],
      ["Ferrovo", 3, "be", "ferrovo"],
      ["Busko", 3, "fr", "busko"],
      ["Busko", 5, "fr", "busko"],
      // A fuel brand in Germany that is a bank in Austria, and a grocer listed once per euro country
      ["Raifo", 2, "de", "raifo"],
      ["Raifo Bank", -1, "at", "raifo"],
      ["Lebo", 0, "de", "lebo"],
      ["Lebo", 0, "at", "lebo"],
    ],
  };
  const local = loadSellerDictionary([], { nsi });
  const inCountries = (description: string, countries: string[]) =>
    categorizeTransaction({ description }, context({ dictionary: local, countries })).categoryId;

  it("chooses the business that trades where the account holder banks", () => {
    expect(inCountries("ZEDMART #123", ["ca"])).toBe("food-dining.groceries");
    expect(inCountries("ZEDMART #123", ["de"])).toBe("shopping.electronics-software");
    expect(inCountries("ZEDMART #123", ["at", "de"])).toBe("shopping.electronics-software");
  });

  it("prefers a local business over one that trades everywhere", () => {
    expect(inCountries("QUORVO 5541", ["de"])).toBe("food-dining.groceries");
    expect(inCountries("QUORVO 5541", ["us"])).toBe("auto-transport.gas-fuel");
  });

  it("abstains when the name means different things elsewhere and nowhere near the account", () => {
    expect(inCountries("ZEDMART #123", ["jp"])).toBeNull();
  });

  it("abstains when the name means different things in the account holder's own country", () => {
    expect(inCountries("FERROVO PARIS FR", ["fr", "be"])).toBeNull();
    // Where it is listed once, that one decides; two kinds of one group are the group.
    expect(inCountries("FERROVO BRUXELLES", ["be", "fr"])).toBe("auto-transport.public-transportation");
    expect(inCountries("BUSKO PARIS FR", ["fr"])).toBe("auto-transport");
  });

  it("asks the countries of a shared currency together: a euro account may be in any of them", () => {
    const euro = countriesForCurrency("EUR");
    expect(
      categorizeTransaction({ description: "RAIFO 1234" }, context({ dictionary: local, countries: euro }))
        .categoryId,
    ).toBeNull();
    expect(
      categorizeTransaction({ description: "LEBO 1234" }, context({ dictionary: local, countries: euro }))
        .categoryId,
    ).toBe("food-dining.groceries");
    // A list of countries that says which comes first still decides by the first
    expect(inCountries("RAIFO 1234", ["de", "at"])).toBe("auto-transport.gas-fuel");
  });
});

describe("Tally's own entry for the countries a map entry trades in", () => {
  // The map lists an insurer by its whole name only and files it under nothing; Tally lists it, for the same country,
  // as a prefix with a category.
  const nsi: NsiData = {
    categories: ["food-dining.groceries"],
    sellers: [
      ["Vorlen Life", -1, "us", "=vorlen life"],
      ["Kestro", 0, "us ca", "kestro"],
    ],
  };
  const tally = [
    { name: "Vorlen Life", category: "financial.life-insurance", aliases: ["vorlen life"], countries: "us" },
    { name: "Kestro Hardware", category: "home.home-improvement", aliases: ["kestro"], countries: "us" },
  ];
  const local = loadSellerDictionary(tally, { nsi });
  const inCountries = (description: string, countries: string[]) =>
    categorizeTransaction({ description }, context({ dictionary: local, countries })).categoryId;

  it("wins the spelling, though the map names it as the whole text", () => {
    expect(inCountries("VORLEN LIFE", ["us"])).toBe("financial.life-insurance");
  });

  it("shares it where the map's entry trades beyond Tally's countries", () => {
    expect(inCountries("KESTRO 0412", ["us"])).toBe("home.home-improvement");
    expect(inCountries("KESTRO 0412", ["ca"])).toBe("food-dining.groceries");
  });
});

describe("sellers in every alphabet, and descriptions that are not sellers", () => {
  it("keeps accents and other scripts in the display name and folds them in the key", () => {
    expect(categorize("Großeinkauf Müller")).toMatchObject({
      merchant: "Großeinkauf Müller",
      sellerKey: "grosseinkauf muller",
    });
    expect(categorize("GROSSEINKAUF MULLER").sellerKey).toBe("grosseinkauf muller");
    expect(categorize("Пекарня Ромашка").merchant).toBe("Пекарня Ромашка");
    expect(categorize("Café Rémy").merchant).toBe("Café Rémy");
  });

  it("a paper check shows its number and has no seller", () => {
    for (const description of ["CHECK 1042", "CHECK #1042", "Check No. 1042", "CHQ#001042", "CHEQUE 1042"]) {
      expect(categorize(description), description).toMatchObject({ sellerKey: "", merchant: "Check 1042" });
    }
    expect(categorizeTransaction({ description: "1042", checkNumber: "1042" }, context())).toMatchObject({
      sellerKey: "",
      merchant: "Check 1042",
    });
  });

  it("card prefixes alone, transfers and fees have no seller for rules or votes", () => {
    for (const description of [
      "POS",
      "DEBIT CARD PURCHASE",
      "TRANSFER",
      "ONLINE TRANSFER TO SAV XXXXXX4821",
      "MONTHLY SERVICE FEE",
    ]) {
      expect(categorize(description, { userRules: new Map([["", "never"]]) }).sellerKey, description).toBe(
        "",
      );
    }
  });
});

// What scripts/build-categorize-data.ts made of name-suggestion-index: the category of every record a spelling
// names (null: known with no category). A business listed for several kinds of place must come out as what people
// pay it for, or with no category, never as whichever kind was read first.
describe("name-suggestion-index businesses listed for several kinds of place", () => {
  const nsi = NSI_SELLERS;
  const categoriesOf = (spelling: string) =>
    nsi.sellers
      .filter((row) => row.slice(3).some((text) => String(text).replace(/^=/, "") === spelling))
      .map((row) => (Number(row[1]) < 0 ? null : nsi.categories[Number(row[1])]));

  it("reads a vending machine by what it sells: tickets, parking, newspapers, tobacco, not snacks", () => {
    expect(categoriesOf("db")).toEqual(["auto-transport.public-transportation"]); // Deutsche Bahn's machines
    expect(categoriesOf("mennica polska")).toEqual(["auto-transport.public-transportation"]);
    expect(categoriesOf("ferencvarosi parkolas")).toEqual(["auto-transport.parking"]);
    expect(categoriesOf("bild zeitung")).toEqual(["entertainment.newspapers-magazines"]);
    expect(categoriesOf("tobaccoland")).toEqual(["shopping.general-merchandise"]);
    // Dog-bag dispensers and bottle-deposit machines say nothing of a payment
    expect(categoriesOf("robidog")).toEqual([]);
  });

  it("gives an operator's equipment the business's category: a railway's power lines do not make it a utility", () => {
    expect(categoriesOf("deutsche bahn ag")).toEqual(["auto-transport.public-transportation"]);
    // Overhead-wire masts are a railway's
    expect(categoriesOf("indian railway")).toEqual(["auto-transport.public-transportation"]);
    expect(categoriesOf("kenya railways")).toEqual(["auto-transport.public-transportation"]);
    // A city utility's charging stations do not make it a fuel seller
    expect(categoriesOf("stadtwerke munster gmbh")).toEqual(["bills-utilities.utilities"]);
  });

  it("knows a business whose kinds disagree with no category", () => {
    // A city runs schools, libraries and car parks; a utility company runs power lines and buses
    expect(categoriesOf("stadt koln")).toEqual([null]);
    // (Salzburg AG and Linz AG were such too; Tally's own list now names them as the energy companies people pay.)
    expect(categoriesOf("stadtwerke augsburg")).toEqual([null]);
    expect(categoriesOf("swu stadtwerke ulm neu ulm gmbh")).toEqual([null, null]);
  });

  it("knows aid organisations that run clinics and schools the world over with no category", () => {
    // Médecins Sans Frontières is Tally's own entry now (a donation, under its names in other languages), so the
    // rebuild leaves name-suggestion-index's spelling of it out.
    expect(categoriesOf("medecins sans frontieres")).toEqual([]);
    expect(categoriesOf("international red cross")).toEqual([null]);
    expect(categoriesOf("unrwa")).toEqual([null]);
  });

  it("lets a fuel brand keep its own name over its forecourt kiosk", () => {
    expect(categoriesOf("totalenergies")).toEqual(["auto-transport.gas-fuel"]);
  });

  it("spells a brand named by one word and a number by the word alone, as the whole seller text only", () => {
    // Bank cleaning drops numbers: "REMA 1000" reads as "rema"
    const spellings = (name: string) => nsi.sellers.find((row) => row[0] === name)?.slice(3);
    expect(spellings("Rema 1000")).toEqual(["=rema"]);
    // An everyday word with a number is another business's name as often, and a longer numbered name is a branch
    // or a district ("… School District 150")
    expect(categoriesOf("super")).not.toContain("travel.hotel");
    expect(categoriesOf("sport")).toEqual([]);
  });

  it("lets a brand that only splits into English words start a longer seller text", () => {
    const spellings = (name: string) => nsi.sellers.find((row) => row[0] === name)?.slice(3);
    // "ole" + "rex" is no pair of everyday words: "OLEREX VIIMSI" is the Estonian fuel chain at its Viimsi station
    expect(spellings("Olerex")).toEqual(["olerex"]);
    // Nor does a brand that glues two longer words ("burger" + "fuel", "tool" + "station"): its name is as
    // distinctive as any other brand's, and a local business named like it with its trade ("SUNNYSIDE CAFE") is told
    // apart by its business words
    expect(spellings("BurgerFuel")).toEqual(["burgerfuel"]);
    expect(spellings("Toolstation")).toContain("toolstation");
    // A town's name ("new" + "bury") starts other businesses' names ("NEWBURY BUILDING SOCIETY")
    expect(spellings("Newbury")).toEqual(["=newbury"]);
  });
});
