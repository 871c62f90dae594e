import { describe, expect, it } from "vitest";
import { crowdWinner, wilsonLowerBound } from "@/server/categorize/crowd";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { loadSellerDictionary, lookupSeller, SellerDictionaryError } from "@/server/categorize/dictionary";
import {
  type CategorizeContext,
  categorizeBatch,
  categorizeTransaction,
  slugAsId,
} from "@/server/categorize/engine";

const dictionary = defaultSellerDictionary();

function context(overrides: Partial<CategorizeContext<string>> = {}): CategorizeContext<string> {
  return { dictionary, userRules: new Map(), crowdTop: () => null, slugToCategoryId: slugAsId, ...overrides };
}

/**
 * The category of `description` on an account in `currency`, read for that currency's countries as an import is;
 * `amount` in cents when its sign matters.
 */
const on = (description: string, currency: string, amount?: number) =>
  categorizeTransaction({ description, amount }, context({ countries: countriesForCurrency(currency) }))
    .categoryId;

describe("seller dictionary", () => {
  it.each([
    ["SQ *BLUE BOTTLE COFFEE", "food-dining.coffee-shops"],
    ["AMZN Mktp US*2K4TY7", "shopping.general-merchandise"],
    ["SHELL OIL 57444", "auto-transport.gas-fuel"],
    ["WHOLEFDS MKT 10234", "food-dining.groceries"],
    ["NETFLIX.COM", "entertainment.streaming"],
    ["COMCAST CABLE COMM", "bills-utilities.internet"],
    ["UBER *TRIP", "auto-transport.ride-share"],
    ["UBER *EATS", "food-dining.food-delivery"],
    ["CVS/PHARMACY #04567", "health-fitness.pharmacy"],
    ["ACME CORP PAYROLL", "income.paycheck"],
    ["RENT - PARKSIDE APTS", "home.mortgage-rent"],
    ["PAYMENT THANK YOU", "transfer.credit-card-payment"],
    ["VERIZON WIRELESS", "bills-utilities.mobile-phone"],
    ["PLANET FITNESS", "health-fitness.gym"],
    // Planet Fitness's yearly fee, as its billing name prints
    ["PLANET FIT CLUB FEES", "health-fitness.gym"],
    // A name whose last word runs into a web address ("EAT.CO.UK"): the two words are still the name
    ["JUST EAT.CO.UK LTD", "food-dining.food-delivery"],
  ])("%s → %s", (description, slug) => {
    expect(categorizeTransaction({ description }, context())).toMatchObject({
      categoryId: slug,
      source: "dictionary",
    });
  });

  it("prefers the longest alias", () => {
    expect(categorizeTransaction({ description: "COSTCO GAS #0477" }, context()).categoryId).toBe(
      "auto-transport.gas-fuel",
    );
    expect(categorizeTransaction({ description: "COSTCO WHSE #0123" }, context()).categoryId).toBe(
      "shopping.general-merchandise",
    );
  });

  it("matches exact-only aliases only as the whole seller", () => {
    expect(categorizeTransaction({ description: "APPLE.COM/BILL" }, context()).categoryId).toBe(
      "shopping.electronics-software",
    );
    // Not Apple: the dentist is read from its own words.
    expect(categorizeTransaction({ description: "APPLE VALLEY DENTAL" }, context())).toMatchObject({
      sellerKey: "apple valley dental",
      categoryId: "health-fitness.dentist",
      source: "business_words",
    });
  });

  it("looks a stored key up in one probe", () => {
    expect(lookupSeller(dictionary, "amazon")).toMatchObject({
      name: "Amazon",
      slug: "shopping.general-merchandise",
    });
    expect(lookupSeller(dictionary, "wholefds")?.name).toBe("Whole Foods Market");
    expect(lookupSeller(dictionary, "amazon something else")).toBeNull();
  });

  it("rejects an unknown category and an alias claimed by two sellers", () => {
    expect(() => loadSellerDictionary([{ name: "Nowhere", category: "food-dining.nope" }])).toThrow(
      SellerDictionaryError,
    );
    expect(() =>
      loadSellerDictionary([
        { name: "One", category: "shopping", aliases: ["shared name"] },
        { name: "Two", category: "shopping", aliases: ["SHARED NAME"] },
      ]),
    ).toThrow(/claimed by both One and Two/);
    // Countries in common are no way apart either.
    expect(() =>
      loadSellerDictionary([
        { name: "One", category: "shopping", aliases: ["shared name"], countries: "us ca" },
        { name: "Two", category: "shopping", aliases: ["shared name"], countries: "ca" },
      ]),
    ).toThrow(/claimed by both One and Two/);
  });

  it("lets two sellers of different countries share a spelling, which the account's countries choose", () => {
    const shared = loadSellerDictionary([
      { name: "Pepco Power", category: "bills-utilities.utilities", aliases: ["pepco"], countries: "us" },
      {
        name: "Pepco Stores",
        category: "shopping.general-merchandise",
        aliases: ["pepco"],
        countries: "pl cz",
      },
    ]);
    const on = (countries: readonly string[]) =>
      categorizeTransaction({ description: "PEPCO 0412" }, context({ dictionary: shared, countries }))
        .merchant;
    expect(on(["us"])).toBe("Pepco Power");
    expect(on(["pl"])).toBe("Pepco Stores");
    expect(on(["cz", "us"])).toBe("Pepco Stores");
  });

  it("reads a local spelling as a prefix only where the seller trades, and as the whole text only there", () => {
    const dictionary = loadSellerDictionary([
      { name: "Keldora Outdoors", category: "shopping.sporting-goods", local: ["kel"], countries: "us" },
    ]);
    const on = (description: string, countries: readonly string[]) =>
      categorizeTransaction({ description }, context({ dictionary, countries })).merchant;
    expect(on("KEL #63 ARCADIA 214 N SANTA ANIT", ["us"])).toBe("Keldora Outdoors");
    expect(on("KEL", ["us"])).toBe("Keldora Outdoors");
    // A short word alone is no brand of another country (see tradesElsewhereOnly)
    expect(on("KEL", countriesForCurrency("BRL"))).not.toBe("Keldora Outdoors");
    // An everyday word of the account's own country starts another business's name there
    expect(on("KEL DO PASTEL", ["br", "us"])).not.toBe("Keldora Outdoors");
  });

  it("REI on a Brazilian account: the outdoor store by its name alone, a king's shop (REI DO …) otherwise", () => {
    const brazil = countriesForCurrency("BRL");
    const on = (description: string) =>
      categorizeTransaction({ description }, context({ countries: brazil })).categoryId;
    expect(on("REI DO PASTEL")).toBeNull();
    expect(on("REI DAS CARNES")).toBeNull();
    // Novo Mundo, a Brazilian chain, is no Australian shoe shop (NOVO)
    expect(on("NOVO MUNDO")).toBe("shopping.general-merchandise");
    expect(
      categorizeTransaction({ description: "REI #63 ARCADIA" }, context({ countries: ["us"] })).categoryId,
    ).toBe("shopping.sporting-goods");
  });

  it("Carrefour before a branch's name where it trades: a grocer, unless its own longer name says otherwise", () => {
    // A district or a shopping centre after the name is no town the lists know
    expect(on("CB CARREFOUR MONTPARNASSE", "EUR")).toBe("food-dining.groceries");
    expect(on("CARREFOUR PINHEIROS", "BRL")).toBe("food-dining.groceries");
    expect(on("CARREFOUR ALMUSSAFES", "EUR")).toBe("food-dining.groceries");
    // Its longer name cut by the terminal's field is that name still
    expect(
      categorizeTransaction(
        { description: "CARREFOUR EXPR   1000 BRUS" },
        context({ countries: countriesForCurrency("EUR") }),
      ).merchant,
    ).toBe("Carrefour Express");
    expect(on("CARREFOUR LOCATION", "EUR")).toBe("travel.rental-car-taxi");
    expect(on("CARREFOUR SPECTACLES", "EUR")).toBe("entertainment");
    expect(on("CARREFOUR OPTIQUE PARIS", "EUR")).toBe("health-fitness.eyecare");
    // A shopping centre after it is where the shop stands, not another kind of business
    expect(on("CARREFOUR MALL OF THE EMIRATES", "AED")).toBe("food-dining.groceries");
    // Its bank and its insurer say nothing of what was bought
    expect(on("PRLV SEPA CARREFOUR BANQUE", "EUR")).toBeNull();
    expect(on("CARREFOUR ASSURANCES", "EUR")).toBeNull();
    // Where it has no shops, a crossroads (carrefour) in a name is no grocer
    expect(on("CARREFOUR KELDORA", "USD")).toBeNull();
    expect(on("CARREFOUR", "USD")).toBe("food-dining.groceries");
  });

  it("Spar before its merchant's or branch's name where it has shops, apart from the savings banks named spar (save)", () => {
    expect(on("SPAR MARKT HOLZER", "EUR")).toBe("food-dining.groceries");
    expect(on("SPAR KELDORA", "NOK")).toBe("food-dining.groceries");
    expect(on("SPAR- UND LEIHKASSE BERN", "CHF")).toBeNull();
    expect(on("SPAR NORD BANK", "DKK")).toBeNull();
    // spar (save) before an account is a savings account's
    expect(on("SPAR KONTO 1234", "DKK")).toBe("transfer.transfer");
    expect(on("TIL OPSPARING", "DKK")).toBe("transfer.transfer");
    // Where it has no shops only its name alone, or before a town, is the grocer
    expect(on("SPAR KELDORA", "USD")).toBeNull();
    expect(on("SPAR", "USD")).toBe("food-dining.groceries");
  });

  it("Coop before its branch's name where its co-operatives run shops; a co-operative elsewhere is no grocer", () => {
    expect(on("Coop-4471 Keldora Airport Zürich CHE", "CHF")).toBe("food-dining.groceries");
    expect(on("COOP KELDORA", "SEK")).toBe("food-dining.groceries");
    expect(on("PAGAMENTO POS COOP 1234 BOLOGNA", "EUR")).toBe("food-dining.groceries");
    // Its own longer names are the other businesses they name
    expect(on("COOP TANKSTELLE BERN", "CHF")).toBe("auto-transport.gas-fuel");
    expect(on("COOP VITALITY", "CHF")).toBe("health-fitness.pharmacy");
    // An Italian social co-operative is no Coop shop
    expect(on("COOP SOCIALE ZORVEX", "EUR")).toBeNull();
    expect(on("COOP KELDORA", "USD")).toBeNull();
  });

  it("Real Canadian Superstore by the short forms its tills print", () => {
    expect(on("REAL CDN SUPERSTORE #1532", "CAD")).toBe("food-dining.groceries");
    expect(on("RCSS 1532 VANCOUVER", "CAD")).toBe("food-dining.groceries");
    // Its pumps are its fuel
    expect(on("REAL CDN SUPERSTORE GAS", "CAD")).toBe("auto-transport.gas-fuel");
  });

  it("Boots before a Gulf branch's name, where its franchise runs pharmacies", () => {
    expect(on("BOOTS DUBAI MALL", "AED")).toBe("health-fitness.pharmacy");
    expect(on("BOOTS KELDORA", "SAR")).toBe("health-fitness.pharmacy");
    expect(on("BOOTS KELDORA", "USD")).toBeNull();
  });

  it("Globus before its branch's name in Germany and Czechia, a hypermarket; in Switzerland, a department store", () => {
    expect(on("KARTENZAHLUNG GLOBUS ST. WENDEL", "EUR")).toBe("food-dining.groceries");
    expect(on("GLOBUS PRAHA", "CZK")).toBe("food-dining.groceries");
    expect(on("GLOBUS BAUMARKT KELDORA", "EUR")).toBe("home.home-improvement");
    expect(on("GLOBUS REISEN", "EUR")).toBe("travel.vacation");
    expect(on("GLOBUS BERN", "CHF")).toBe("shopping.general-merchandise");
    expect(on("GLOBUS KELDORA", "USD")).toBeNull();
  });

  it("TotalEnergies before its station's name where it has stations; the bank's words beside the name decide", () => {
    expect(on("TOTAL KELDORA 470720*5678  01 NOV", "ZAR")).toBe("auto-transport.gas-fuel");
    expect(on("CB TOTAL MARSEILLE", "EUR")).toBe("auto-transport.gas-fuel");
    expect(on("TOTAL SERVICE STATION LAGOS", "NGN")).toBe("auto-transport.gas-fuel");
    // total, the everyday word, beside a bank's words is those words
    expect(on("TOTAL CHARGES", "ZAR", -500)).toBe("fees-charges.bank-fee");
    expect(on("Total Fees", "NGN", -500)).toBe("fees-charges.service-fee");
    expect(on("TOTAL TRANSFER TO SAVINGS", "EUR", -500)).toBe("transfer.transfer");
    // and another kind of business after it is that business
    expect(on("TOTAL PHARMACY", "ZAR")).toBe("health-fitness.pharmacy");
    // Where it has no stations, a name starting with total is no fuel
    expect(on("TOTAL KELDORA", "USD")).toBeNull();
  });

  it("Presto, Toronto's fare card, by its name only on a Canadian account: elsewhere presto (quick) names anything", () => {
    expect(on("PRESTO AUTOLOAD", "CAD")).toBe("auto-transport.public-transportation");
    expect(on("PRESTO", "CAD")).toBe("auto-transport.public-transportation");
    expect(on("PRESTO", "USD")).toBeNull();
    expect(on("PRESTO PRINT INC", "USD")).toBeNull();
    expect(on("STUDIO PRESTO", "EUR")).toBeNull();
    expect(on("CAFFE PRESTO MILANO", "EUR")).toBe("food-dining.coffee-shops");
    // Where it is the fare card, another kind of business after the word is that business
    expect(on("PRESTO PIZZA", "CAD")).toBe("food-dining.restaurants");
  });
});

describe("precedence", () => {
  const starbucks = { description: "STARBUCKS STORE 05432" };
  const local = { description: "TST* HARBOR NOODLE HOUSE" };
  // A name that says nothing of what the business is: no word list can place it.
  const nameless = { description: "SQ *MARIGOLD" };

  it("a user rule beats the dictionary", () => {
    const ctx = context({ userRules: new Map([["starbucks", "my-treats"]]), crowdTop: () => "crowd-pick" });
    expect(categorizeTransaction(starbucks, ctx)).toMatchObject({
      sellerKey: "starbucks",
      merchant: "Starbucks",
      categoryId: "my-treats",
      source: "rule",
      reason: "Your rule for this seller",
    });
  });

  it("the dictionary beats the crowd", () => {
    const ctx = context({ crowdTop: () => "crowd-pick" });
    expect(categorizeTransaction(starbucks, ctx)).toMatchObject({
      categoryId: "food-dining.coffee-shops",
      source: "dictionary",
    });
  });

  it("the crowd fills in for sellers the dictionary does not know", () => {
    const ctx = context({
      crowdTop: (key) => (key === "harbor noodle house" ? "food-dining.restaurants" : null),
    });
    expect(categorizeTransaction(local, ctx)).toMatchObject({
      categoryId: "food-dining.restaurants",
      source: "crowd",
    });
  });

  it("a dictionary slug the caller does not use falls through to the crowd", () => {
    const ctx = context({ slugToCategoryId: () => null, crowdTop: () => "crowd-pick" });
    expect(categorizeTransaction(starbucks, ctx)).toMatchObject({
      categoryId: "crowd-pick",
      source: "crowd",
    });
  });

  it("nothing known leaves it uncategorized", () => {
    expect(categorizeTransaction(nameless, context())).toEqual({
      sellerKey: "marigold",
      merchant: "Marigold",
      categoryId: null,
      source: null,
      via: null,
      reason: null,
      confidence: 0,
    });
  });

  it("maps slugs to the caller's ids", () => {
    const ids = new Map([["food-dining.coffee-shops", 42]]);
    const ctx: CategorizeContext<number> = {
      dictionary,
      userRules: new Map(),
      crowdTop: () => null,
      slugToCategoryId: (slug) => ids.get(slug) ?? null,
    };
    expect(categorizeTransaction(starbucks, ctx).categoryId).toBe(42);
  });

  it("an empty seller key consults neither rules nor the crowd", () => {
    const ctx = context({ userRules: new Map([["", "oops"]]), crowdTop: () => "oops" });
    expect(categorizeTransaction({ description: "#1234" }, ctx)).toMatchObject({
      categoryId: null,
      source: null,
    });
  });
});

describe("categorizeBatch", () => {
  it("keeps order and cleans each distinct description once", () => {
    let crowdCalls = 0;
    const ctx = context({
      crowdTop: () => {
        crowdCalls++;
        return null;
      },
    });
    const rows = ["TST* LUNA PIZZERIA", "NETFLIX.COM", "TST* LUNA PIZZERIA", "UBER *TRIP"].map(
      (description) => ({
        description,
      }),
    );
    const results = categorizeBatch(rows, ctx);
    expect(results.map((r) => r.sellerKey)).toEqual(["luna pizzeria", "netflix", "luna pizzeria", "uber"]);
    expect(crowdCalls).toBe(1);
    expect(results[0]).toBe(results[2]);
  });
});

describe("crowdWinner", () => {
  // Hand-computed Wilson lower bounds at 95%: n/(n + 1.96²) when all n agree.
  it("needs six verified voters who all agree before the crowd is used", () => {
    expect(crowdWinner([{ categoryId: "a", voters: 3 }])).toBeNull();
    expect(crowdWinner([{ categoryId: "a", voters: 5 }])).toBeNull(); // 5 / 8.84 = 0.566
    expect(crowdWinner([{ categoryId: "a", voters: 6 }])).toBe("a"); // 6 / 9.84 = 0.610
  });

  it("asks for more voters the more they disagree", () => {
    const votes = (a: number, b: number) => [
      { categoryId: "a", voters: a },
      { categoryId: "b", voters: b },
    ];
    expect(crowdWinner(votes(6, 1))).toBeNull();
    expect(crowdWinner(votes(9, 1))).toBeNull();
    expect(crowdWinner(votes(10, 1))).toBe("a");
    expect(crowdWinner(votes(20, 5))).toBe("a");
    expect(crowdWinner(votes(30, 10))).toBeNull();
  });

  it("never uses a split vote, however many vote", () => {
    expect(crowdWinner(votes2(400, 400))).toBeNull();
    expect(crowdWinner(votes2(55, 45))).toBeNull();
  });

  it("computes the Wilson bound", () => {
    expect(wilsonLowerBound(6, 6)).toBeCloseTo(6 / (6 + 1.96 * 1.96), 6);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it("merges repeated ids and ignores empty votes", () => {
    expect(
      crowdWinner([
        { categoryId: "a", voters: 4 },
        { categoryId: "a", voters: 2 },
        { categoryId: "b", voters: 0 },
      ]),
    ).toBe("a");
    expect(crowdWinner([])).toBeNull();
  });
});

function votes2(a: number, b: number) {
  return [
    { categoryId: "a", voters: a },
    { categoryId: "b", voters: b },
  ];
}
