import { describe, expect, it } from "vitest";
import { categorizeTransaction } from "@/server/categorize/engine";
import { categorizeOnAccount, slugContext } from "../support/categorize-context";

// Issue 14: the trades of small businesses in the US and the UK that the word lists lacked, and British, Australian,
// Canadian, New Zealand and Irish bank lines. Every business here is invented; none is an evaluation row.

const context = slugContext();
const categorize = (description: string) => categorizeTransaction({ description, amount: -2500 }, context);

describe("small businesses' trades in English", () => {
  it.each([
    ["KELDORA CREAMERY", "food-dining.fast-food"],
    ["KELDORA CUPCAKES", "food-dining.groceries"],
    ["KELDORA TEA HOUSE", "food-dining.coffee-shops"],
    ["KELDORA VINEYARDS", "food-dining.alcohol-bars"],
    ["KELDORA EXTERMINATING", "home.home-services"],
    ["KELDORA HAULING", "home.home-services"],
    ["KELDORA FENCE", "home.home-improvement"],
    ["KELDORA CABINETS", "home.home-improvement"],
    ["KELDORA MASONRY", "home.home-improvement"],
    ["KELDORA UPHOLSTERY", "home.furnishings"],
    ["KELDORA DISPOSAL", "bills-utilities.utilities"],
    ["KELDORA ALTERATIONS", "shopping.clothing"],
    ["KELDORA APOTHECARY", "health-fitness.pharmacy"],
    ["KELDORA FIREARMS", "shopping.sporting-goods"],
    ["KELDORA BAIT AND TACKLE", "shopping.sporting-goods"],
    ["KELDORA DOJO", "health-fitness.gym"],
    ["KELDORA PIERCING", "personal-care.spa-massage"],
    ["KELDORA VAPE SHOP", "shopping.general-merchandise"],
    ["KELDORA AUTOBODY", "auto-transport.service-parts"],
    ["KELDORA ANIMAL RESCUE", "gifts-donations.charity"],
  ])("%s is %s", (description, category) => {
    expect(categorize(description).categoryId).toBe(category);
  });

  it("a tailor's alterations outrank a convenience chain's everyday name in front", () => {
    expect(categorize("SQ *KIMS ALTERATIONS").categoryId).toBe("shopping.clothing");
  });

  it("a town's name after a shop is no trade: Tours in France, Pest in Hungary", () => {
    expect(categorizeOnAccount("EUR", "CB ZORVEX BOULANGERIE TOURS", -500).categoryId).toBe(
      "food-dining.groceries",
    );
    expect(categorizeOnAccount("HUF", "ZORVEX BAKERY PEST", -500).categoryId).toBe("food-dining.groceries");
  });

  it("two trades of different kinds still leave the name undecided", () => {
    expect(categorize("KELDORA SCHOOL INTERIORS").categoryId).toBeNull();
  });
});

describe("British lines", () => {
  it.each([
    // A supermarket's petrol filling station sells fuel
    ["TESCO PFS 1234", -5000, "auto-transport.gas-fuel"],
    ["KELDORA ESTATE AGENTS", -90000, "home.mortgage-rent"],
    ["KELDORA MOT CENTRE", -5000, "auto-transport.service-parts"],
    // Money withdrawn from PayPal to the bank, and savings in Premium Bonds, move the holder's own money
    ["PAYPAL PPWDL 1234567", 10000, "transfer.transfer"],
    ["NS&I PREMIUM BONDS", -5000, "transfer.transfer"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(categorizeTransaction({ description, amount }, context).categoryId).toBe(category);
  });

  it("the supermarket itself is still groceries, and PFS alone names no fuel station", () => {
    expect(categorize("TESCO STORES 1234").categoryId).toBe("food-dining.groceries");
    expect(categorize("PFS CARD SERVICES").categoryId).not.toBe("auto-transport.gas-fuel");
  });
});

describe("Australian lines", () => {
  const read = (description: string, amount: number) => categorizeOnAccount("AUD", description, amount);

  it.each([
    ["BUNNINGS 123000", -5000, "home.home-improvement"],
    ["ATO 012345678901234", -50000, "taxes.federal-tax"],
    ["Medicare Benefit", 5000, "income.refund-reimbursement"],
    ["CENTRELINK DSP 1234", 50000, "income"],
    // CBD is a city's Central Business District, not a cannabis shop
    ["ZORVEX CAFE SYDNEY CBD", -500, "food-dining.coffee-shops"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read(description, amount).categoryId).toBe(category);
  });

  it("a PayID payment's words come off the payee's name", () => {
    expect(read("PAYID PAYMENT TO KELDORA SMITH", -5000)).toMatchObject({
      merchant: "Keldora Smith",
      categoryId: null,
    });
  });
});

describe("Canadian lines, in French as Desjardins prints them", () => {
  const read = (description: string, amount: number) => categorizeOnAccount("CAD", description, amount);

  it.each([
    ["Depot direct / ZORVEX INC PAIE", 300000, "income.paycheck"],
    ["Paiement carte de credit VISA", -50000, "transfer.credit-card-payment"],
    // Interac Direct Payment draws on the account ("retrait") at a shop: the shop decides, not cash
    ["Retrait / Paiement direct ZORVEX DEPANNEUR", -500, "food-dining.groceries"],
    // The Canada Child Benefit's initials, not a Chinese bank's
    ["CCB", 50000, "income.refund-reimbursement"],
  ])("%s (%d) is %s", (description, amount, category) => {
    expect(read(description, amount).categoryId).toBe(category);
  });

  it("a bill's and a pre-authorized payment's words come off the payee", () => {
    expect(read("Paiement facture / HYDRO-QUEBEC", -9000)).toMatchObject({
      merchant: "Hydro-Québec",
      categoryId: "bills-utilities.utilities",
    });
    expect(read("Paiement pre-autorise / ZORVEX ASSURANCE", -5000).merchant).toBe("Zorvex Assurance");
    expect(read("CCB", 50000).merchant).toBe("Ccb");
  });
});

describe("New Zealand and Irish lines", () => {
  const read = categorizeOnAccount;

  it.each([
    ["NZD", "MITRE 10 MEGA", -5000, "home.home-improvement"],
    ["NZD", "MITRE10 NEW LYNN", -5000, "home.home-improvement"],
    ["NZD", "IRD", -50000, "taxes.federal-tax"],
    ["EUR", "DUNNES STORES CORK", -2000, "food-dining.groceries"],
  ])("%s: %s (%d) is %s", (currency, description, amount, category) => {
    expect(read(currency, description, amount).categoryId).toBe(category);
  });

  it("an automatic payment's and a card's words come off the name", () => {
    expect(read("NZD", "AP#1234567 TO KELDORA SMITH", -5000)).toMatchObject({
      merchant: "Keldora Smith",
      categoryId: null,
    });
    expect(read("NZD", "ONLINE EFTPOS ZORVEX CAFE", -500).merchant).toBe("Zorvex Cafe");
    expect(read("EUR", "SEPA DD ZORVEX ENERGY", -200)).toMatchObject({
      merchant: "Zorvex Energy",
      categoryId: "bills-utilities.utilities",
    });
  });
});

describe("“care of” in a practice's name", () => {
  it.each([
    ["URGENT CARE OF AUSTIN", "health-fitness.doctor"],
    ["KELDORA URGENT CARE OF AUSTIN TX", "health-fitness.doctor"],
  ])("%s is the practice, not the vitamin brand Care/of", (description, slug) => {
    const result = categorize(description);
    expect(result.categoryId).toBe(slug);
    expect(result.merchant).not.toBe("Care/of");
  });

  it("another word before “care of” and a town names no seller", () => {
    expect(categorize("KELDORA CARE OF AUSTIN").categoryId).toBeNull();
  });

  it("the brand's own line is still the brand", () => {
    expect(categorize("CARE/OF 800-555-0142 NY").merchant).toBe("Care/of");
  });
});

describe("a shop named like a seller that keeps no store", () => {
  it("THE GENERAL STORE is a general store, not The General, the car insurer", () => {
    expect(categorize("THE GENERAL STORE").categoryId).toBe("shopping.general-merchandise");
  });

  it.each(["PROGRESSIVE STORE", "NATIONWIDE SHOP", "DISCOVER STORE"])(
    "%s is no insurer's or card issuer's bill",
    (description) => {
      expect(categorize(description).categoryId).toBeNull();
    },
  );

  it("a phone company's store is still the phone company, and the insurer's own line the insurer", () => {
    expect(categorize("VERIZON STORE").categoryId).toBe("bills-utilities.mobile-phone");
    expect(categorize("THE GENERAL 800-280-1466 TN").categoryId).toBe("auto-transport.auto-insurance");
    expect(categorize("PROGRESSIVE *INSURANCE").categoryId).toBe("auto-transport.auto-insurance");
  });

  it("a name of everyday words before a toll pass's is no toll: JOES GOOD TO GO", () => {
    expect(categorize("JOES GOOD TO GO").categoryId).toBeNull();
    expect(categorize("WSDOT GOOD TO GO").categoryId).toBe("auto-transport.tolls");
  });
});

describe("a seller spelled whole after a word in front", () => {
  it("KELDORA LIFE TIME INC is no TIME magazine: Life Time counts only as the whole text", () => {
    expect(categorize("KELDORA LIFE TIME INC").merchant).not.toBe("TIME Magazine");
  });

  it("a brand after a mall's or a street's name is still read", () => {
    expect(categorize("KELDORA TARGET AUSTIN TX").merchant).toBe("Target");
  });
});

describe("a restaurant named by its cuisine, and a consulate", () => {
  it.each([
    ["GOLDEN DRAGON CHINESE", "food-dining.restaurants"],
    ["LA KELDORA MEXICAN", "food-dining.restaurants"],
    ["LUIGIS ITALIAN", "food-dining.restaurants"],
    ["PHO KELDORA VIETNAMESE", "food-dining.restaurants"],
    ["KELDORA CHINESE MARKET", "food-dining.groceries"],
    ["CONSULADO GENERAL DE MEXICO", "travel"],
    ["EMBASSY OF KELDORA", "travel"],
  ])("%s is %s", (description, slug) => {
    expect(categorize(description).categoryId).toBe(slug);
  });

  it("a cuisine's word beside another kind of business's leaves it undecided", () => {
    expect(categorize("MEXICAN CONSULATE").categoryId).toBeNull();
    expect(categorize("CHINESE MEDICINE CLINIC").categoryId).toBeNull();
  });

  it("a hotel chain named Embassy is still the hotel", () => {
    expect(categorize("EMBASSY SUITES").categoryId).toBe("travel.hotel");
  });
});

describe("a property manager and a newsstand as their names abbreviate them", () => {
  it.each([
    ["KELDORA PROPERTY MGMT", "home.mortgage-rent"],
    ["KELDORA PROP MGMT LLC", "home.mortgage-rent"],
    ["KELDORA NEWSSTAND", "entertainment.newspapers-magazines"],
  ])("%s is %s", (description, slug) => {
    expect(categorize(description).categoryId).toBe(slug);
  });
});

describe("a gas utility, not a gas station", () => {
  it.each([
    ["KELDORA GAS UTILITY", "bills-utilities.utilities"],
    ["KELDORA GAS UTILITIES", "bills-utilities.utilities"],
    ["KELDORA GAS LIGHT CO", "bills-utilities.utilities"],
    // Known gas utilities, by the names their bills print.
    ["SPIRE MISSOURI GAS", "bills-utilities.utilities"],
    ["NATIONAL FUEL GAS DIST", "bills-utilities.utilities"],
    // A gas station is still one.
    ["KELDORA GAS", "auto-transport.gas-fuel"],
    ["KELDORA GAS STATION", "auto-transport.gas-fuel"],
  ])("%s is %s", (description, slug) => {
    expect(categorize(description).categoryId).toBe(slug);
  });
});

describe("money moved into the holder's own tax-sheltered savings", () => {
  it.each([
    // Canada's registered accounts, the US's retirement and health savings accounts, Britain's ISAs.
    ["CAD", "TFSA CONTRIBUTION"],
    ["CAD", "RRSP"],
    ["CAD", "FHSA DEPOSIT"],
    ["CAD", "RESP CONTRIBUTION"],
    ["CAD", "WS INVESTMENTS"],
    ["USD", "IRA CONTRIBUTION"],
    ["USD", "ROTH IRA"],
    ["USD", "HSA CONTRIBUTION"],
    ["GBP", "STOCKS AND SHARES ISA"],
    ["GBP", "KELDORA CASH ISA"],
  ])("%s %s is a transfer", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -50_000).categoryId).toBe("transfer.transfer");
  });

  it("interest an ISA pays is still interest", () => {
    expect(categorizeOnAccount("GBP", "CASH ISA INTEREST", 500).categoryId).toBe("income.interest-income");
  });
});

describe("money paid in by the state or a broker", () => {
  it.each([
    // France's family benefits office (CAF) by its department, as a transfer's payer prints it.
    ["EUR", "VIR SEPA CAF DES KELDORA", "income"],
    ["EUR", "VIR CAF DU KELDORA", "income"],
    // Australia's CommSec by its company's name cut short.
    ["AUD", "DIRECT CREDIT 401122 COMMONWEALTH SEC", "transfer.transfer"],
    ["AUD", "COMMONWEALTH SECURITIES LTD", "transfer.transfer"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, 30_000).categoryId).toBe(slug);
  });

  it("a café de Paris paid is not the benefits office", () => {
    expect(categorizeOnAccount("EUR", "CAF DE PARIS", -3_000).categoryId).not.toBe("income");
  });
});

describe("more small trades in English", () => {
  it.each([
    ["KELDORA LASH STUDIO", "personal-care.hair"],
    ["KELDORA HOOKAH LOUNGE", "food-dining.alcohol-bars"],
    ["KELDORA PUPUSERIA", "food-dining.restaurants"],
    ["KELDORA ACUPUNCTURE", "health-fitness.doctor"],
    ["KELDORA STORAGE UNITS", "home.home-services"],
  ])("%s is %s", (description, slug) => {
    expect(categorize(description).categoryId).toBe(slug);
  });
});

describe("tolls and transit cards by the names their lines print", () => {
  it.each([
    // An electronic toll tag's account, in one word
    ["AUD", "KELDORA ETOLL", "auto-transport.tolls"],
    // Vancouver's transit card with the city after it, not the catering company
    ["CAD", "COMPASS VANCOUVER", "auto-transport.public-transportation"],
  ])("%s %s is %s", (currency, description, slug) => {
    expect(categorizeOnAccount(currency, description, -2000).categoryId).toBe(slug);
  });
});

describe("British and Australian shop words the presets hold only as search terms", () => {
  it.each([
    ["KELDORA JEWELLERS", "shopping.clothing"],
    ["KELDORA PODIATRY", "health-fitness.doctor"],
    ["KELDORA WATERPARK", "entertainment.amusement"],
    ["KELDORA BILLIARDS", "entertainment.amusement"],
    ["KELDORA OP SHOP", "shopping.general-merchandise"],
    ["KELDORA POUND SHOP", "shopping.general-merchandise"],
    ["KELDORA BAIT TACKLE", "shopping.sporting-goods"],
  ])("%s is %s", (description, slug) => {
    expect(categorize(description).categoryId).toBe(slug);
  });
});
