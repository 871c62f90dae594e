import { describe, expect, it } from "vitest";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: how exports lay out a row's text around the seller's name: columns joined with semicolons, a card
// terminal's street address after the name, fixed-width fields cut short, dates and times glued to the name. The
// payees are invented (KELDORA, ZORVEX); the brands are real chains from the dictionary.

describe("columns joined with a spaced semicolon name the payee first", () => {
  it("Kiwibank's 'payee ;memo': the payee decides, and the memo's reference is no seller", () => {
    const row = categorizeOnAccount("NZD", "Direct Debit -VODAFONE NZ ;Ref: 44512873", -5990);
    expect(row.categoryId).toBe("bills-utilities.mobile-phone");
    expect(row.sellerKey).not.toBe("");
  });

  it("Kiwibank's memo is read as the payment's purpose, and the payer's name is the seller", () => {
    const row = categorizeOnAccount("NZD", "FROM ZORVEX LIMITED ;Zorvex Wages", 120000);
    expect(row.categoryId).toBe("income.paycheck");
    expect(row.merchant).toBe("Zorvex Limited");
  });

  it("a company paying in after New Zealand's bare FROM is income; TO before a company is no part of its name", () => {
    expect(categorizeOnAccount("NZD", "FROM ZORVEX LIMITED ;Invoice 1042", 86000).categoryId).toBe("income");
    expect(categorizeOnAccount("NZD", "TO ZORVEX LIMITED ;Invoice 77", -86000).merchant).toBe(
      "Zorvex Limited",
    );
  });

  it("Kiwibank's PAY in front of the payee's column is the kind of payment, not the payee's name", () => {
    expect(categorizeOnAccount("NZD", "PAY CONTACT ENERGY ;", -12000)).toMatchObject({
      merchant: "Contact Energy",
      categoryId: "bills-utilities.utilities",
    });
    expect(categorizeOnAccount("NZD", "PAY KELDORA PLUMBING ;Ref: inv 12", -30000).sellerKey).toBe(
      "keldora plumbing",
    );
    // "PAY" elsewhere is left to the words: a car park's "PAY AND DISPLAY"
    expect(categorizeOnAccount("NZD", "PAY AND DISPLAY", -400).sellerKey).toBe("pay and display");
  });

  it("TO and FROM before the holder's own accounts still read as a transfer", () => {
    expect(categorizeOnAccount("NZD", "TO SAVINGS", -10000).categoryId).toBe("transfer.transfer");
    expect(categorizeOnAccount("USD", "FROM CHECKING ACCOUNT", 10000).categoryId).toBe("transfer.transfer");
  });

  it("Mercury's 'name; memo; account': the first column is the seller, not the memo", () => {
    const row = categorizeOnAccount("USD", "NETFLIX.COM; WEB; KELDORA STUDIO LLC", -1549);
    expect(row.categoryId).toBe("entertainment.streaming");
    expect(row.merchant).toBe("Netflix");
  });

  it("Kiwibank's foreign card purchase: the acceptor after the conversion commission is the seller", () => {
    const row = categorizeOnAccount(
      "NZD",
      "POS W/D 15.49USD @ 0.7012 conversion rate ;(Inc. $0.61 currency conversion commission) NETFLIX.COM LOS GATOS",
      -2270,
    );
    expect(row.merchant).toBe("Netflix");
  });

  it("bare semicolons still join the kind of payment, the payee and the channel (the payee second)", () => {
    const row = categorizeOnAccount(
      "CAD",
      "PREAUTHORIZED DEBIT;NETFLIX.COM;Electronic Funds Transfer",
      -1699,
    );
    expect(row.merchant).toBe("Netflix");
  });

  it("a first column that is only the kind of payment (Targobank's QIF) leaves the payee to the second", () => {
    const row = categorizeOnAccount(
      "EUR",
      "Kartenzahlung ; REWE KELDORA OHG ; BERLIN 74026606 ; Kartennummer: 439556XXXXXX009X",
      -2345,
    );
    expect(row.categoryId).toBe("food-dining.groceries");
    expect(row.merchant).toBe("Rewe");
  });
});

describe("an American terminal's street address after the name", () => {
  it("is neither the seller's key nor its name", () => {
    const row = categorizeOnAccount("USD", "KELDORA COFFEE 3390 KELDORA BLVD", -651);
    expect(row.sellerKey).toBe("keldora coffee");
    expect(row.merchant).toBe("Keldora Coffee");
    expect(categorizeOnAccount("USD", "KELDORA COFFEE 88 N LAKE AVE", -651).sellerKey).toBe("keldora coffee");
  });

  it("a house number's S is south, not an apostrophe's: the brand before the store number is still read", () => {
    const row = categorizeOnAccount("USD", "THE HOME DEPOT #4410 1480 S ZORV", -4212);
    expect(row.categoryId).toBe("home.home-improvement");
    expect(categorizeOnAccount("USD", "TRADER JOE S #871", -1296).merchant).toBe("Trader Joe's");
  });

  it("a brand after the address's street name is read through it (UNITED … KELDORA STREET is the airline)", () => {
    expect(categorizeOnAccount("USD", "UNITED 1200 Keldora Street 800-", -31240).categoryId).toBe(
      "travel.air-travel",
    );
  });

  it("a number before other words stays part of the name", () => {
    expect(categorizeOnAccount("USD", "STUDIO 54 KELDORA", -1200).sellerKey).toBe("studio keldora");
  });

  it("a parking operator named for its garages is parking", () => {
    expect(categorizeOnAccount("USD", "ZORVEX PARKING GARAGES 371 E GREE", -500).categoryId).toBe(
      "auto-transport.parking",
    );
  });
});

describe("THE before a brand the dictionary spells without it", () => {
  it("reads the brand of two words or more after it", () => {
    const row = categorizeOnAccount("USD", "THE MENS WEARHOUSE #88 1290 SOUTH", -8900);
    expect(row.categoryId).toBe("shopping.clothing");
    expect(row.merchant).toBe("Men's Wearhouse");
  });

  it("a one-word brand after it is a word of another name", () => {
    expect(categorizeOnAccount("USD", "THE APPLE KELDORA", -1200).categoryId).toBeNull();
  });
});

describe("a day, a month and a time glued together (St.George's EFTPOS lines)", () => {
  it("go as one, and their minutes open no name", () => {
    const row = categorizeOnAccount(
      "AUD",
      "Eftpos Purchase               22Mar14:07 Bunnings Keldora    4410 Reg 02",
      -4120,
    );
    expect(row.categoryId).toBe("home.home-improvement");
    expect(
      categorizeOnAccount("AUD", "Eftpos Purchase               11May16:22 Keldora Cafe  Zorvale", -650)
        .merchant,
    ).toBe("Keldora Cafe Zorvale");
  });
});

describe("Australian banks' wrappers", () => {
  it("St.George's BPAY bill payment names the biller after its reference, and is no transfer", () => {
    const line = (biller: string) => `Tfr Wdl BPAY Internet         17Jun08:30 3100482219907       ${biller}`;
    expect(categorizeOnAccount("AUD", line("Telstra Corp Ltd"), -6000).categoryId).toBe(
      "bills-utilities.mobile-phone",
    );
    const unknown = categorizeOnAccount("AUD", line("Keldora Pty Ltd"), -6000);
    expect(unknown.categoryId).toBeNull();
    expect(unknown.merchant).toBe("Keldora Pty Ltd");
  });

  it("Bankwest's pending AUTHORISATION ONLY is no part of the seller's name", () => {
    const row = categorizeOnAccount(
      "AUD",
      "AUTHORISATION ONLY - EFTPOS PURCHASE AT AMAZON AU MARKETPLACE Perth        000AU",
      -2000,
    );
    expect(row.merchant).toBe("Amazon");
    expect(row.categoryId).toBe("shopping.general-merchandise");
  });
});

describe("more bank and business words", () => {
  it("interest debited is a finance charge", () => {
    expect(categorizeOnAccount("NZD", "INTEREST DEBIT ;Ref: 0412", -312).categoryId).toBe(
      "fees-charges.finance-charge",
    );
  });

  it("a services fee is a fee", () => {
    expect(categorizeOnAccount("NZD", "Services Fee - Account", -500).categoryId).toBe(
      "fees-charges.service-fee",
    );
  });

  it("a fee's reversal nets against the fees, as a shop's refund nets against its category", () => {
    expect(categorizeOnAccount("NZD", "ACCOUNT FEE REVERSAL ;", 3000).categoryId).toBe(
      "fees-charges.service-fee",
    );
  });

  it("a Rotary club is a charity, and a dry cleaner glued as one word is laundry", () => {
    expect(categorizeOnAccount("AUD", "SQ *ROTARY CLUB OF KELDORA AUS", -500).categoryId).toBe(
      "gifts-donations.charity",
    );
    expect(categorizeOnAccount("NZD", "KELDORA DRYCLEAN", -1200).categoryId).toBe("personal-care.laundry");
  });
});

describe("a fixed-width field cut inside the branch's name", () => {
  it("a chain spelled with everyday words is still read before a cut branch (Kiwibank's 13 characters)", () => {
    const row = categorizeOnAccount("NZD", "POS W/D NEW WORLD KEL-09:41 ;", -2300);
    expect(row.categoryId).toBe("food-dining.groceries");
    expect(row.merchant).toBe("New World");
  });

  it("a short word that names a kind of business is that business, not a branch", () => {
    expect(categorizeOnAccount("NZD", "NEW WORLD BAR", -2300).categoryId).toBe("food-dining.alcohol-bars");
  });

  it("a short word inside the text is no branch", () => {
    expect(categorizeOnAccount("NZD", "NEW WORLD KEL ZORVEX", -2300).categoryId).toBeNull();
  });
});

describe("a seller's two-word name printed as one word", () => {
  it("is that seller", () => {
    const row = categorizeOnAccount("USD", "PEPBOYS STORE 412 2210 E KELDOR", -4500);
    expect(row.categoryId).toBe("auto-transport.service-parts");
    expect(row.merchant).toBe("Pep Boys");
  });

  it("not where the glued word is an English word (LIFE TIME → LIFETIME)", () => {
    expect(categorizeOnAccount("USD", "LIFETIME KELDORA", -4500).categoryId).toBeNull();
  });

  it("not where another brand is spelled so (Żabka's FRESHMARKET, not The Fresh Market)", () => {
    expect(categorizeOnAccount("PLN", "FRESHMARKET WARSZAWA", -2000).merchant).toBe("Żabka");
  });
});

describe("a brand written in camel case, printed as its words", () => {
  it("is that brand where it trades, before a cut branch too", () => {
    const row = categorizeOnAccount("NZD", "POS W/D BURGER FUEL K-19:02 ;", -1890);
    expect(row.categoryId).toBe("food-dining.fast-food");
    expect(row.merchant).toBe("BurgerFuel");
  });

  it("its everyday words say nothing where it does not trade", () => {
    expect(categorizeOnAccount("USD", "BRIGHT HOUSE KELDORA", -1890).categoryId).toBeNull();
  });

  it("two short words read as one brand's name count only where it trades too", () => {
    expect(categorizeOnAccount("SGD", "FAIR PRICE TAMPINES", -1890).categoryId).toBe("food-dining.groceries");
    expect(categorizeOnAccount("USD", "FAIR PRICE AUTO", -1890).categoryId).toBe(
      "auto-transport.service-parts",
    );
    expect(categorizeOnAccount("USD", "WAL MART 123", -1890).merchant).toBe("Walmart");
  });
});

describe("Kiwibank's card line, whose 13-character name field cuts the last word", () => {
  it.each([
    ["POS W/D KELDORAS DENT-15:48 ;", "health-fitness.dentist"],
    ["POS W/D ZORVEX PHARMA-10:03 ;", "health-fitness.pharmacy"],
    ["POS W/D ZORVEXIA LIQU-17:36 ;", "food-dining.alcohol-bars"],
  ])("%s is read from the cut word's start: %s", (description, category) => {
    expect(categorizeOnAccount("NZD", description, -2000).categoryId).toBe(category);
  });

  it("names the whole word it read", () => {
    expect(categorizeOnAccount("NZD", "POS W/D KELDORAS DENT-15:48 ;", -2000).reason).toBe(
      "The name says “dental”",
    );
  });

  it("a name shorter than the field is padded, not cut: its last word is read whole", () => {
    expect(categorizeOnAccount("NZD", "POS W/D KELDORA DENT -15:48 ;", -2000).categoryId).toBeNull();
  });

  it("other text is not read as cut", () => {
    expect(categorizeOnAccount("NZD", "KELDORA DENT", -2000).categoryId).toBeNull();
  });
});

describe("a booking or order number glued to a brand's name", () => {
  it("goes, and the brand stays", () => {
    const row = categorizeOnAccount("GBP", "EASYJET000KX7QZ2M GBP TRANSACTIO", -8000);
    expect(row.categoryId).toBe("travel.air-travel");
    expect(row.merchant).toBe("easyJet");
  });

  it("a code that opens with a few letters stays a code", () => {
    expect(categorizeOnAccount("USD", "KELDORA BAKERY AB123CD", -800).sellerKey).toBe("keldora bakery");
  });
});

describe("the terminal's city before its region, where the region is also a word banks print last", () => {
  it("is cut from the key after Ontario's ON, as after any other region", () => {
    expect(categorizeOnAccount("CAD", "KELDORA PIZZA OAKVILLE ON", -1800).sellerKey).toBe("keldora pizza");
    expect(categorizeOnAccount("CAD", "OPOS 4410 KELDORA PIZZA TORONTO ON", -1800).sellerKey).toBe(
      "keldora pizza",
    );
  });

  it("a city alone stays the text's name", () => {
    expect(categorizeOnAccount("CAD", "TORONTO ON", -1800).sellerKey).toBe("toronto");
  });

  it("Bank of America's RECURRING after the terminal's place is noise", () => {
    const row = categorizeOnAccount(
      "USD",
      "CHECKCARD 0611 ZORVEX CAFE SAN FRANCISCO CA 31120048812 RECURRING",
      -500,
    );
    expect(row.sellerKey).toBe("zorvex cafe");
    expect(row.merchant).toBe("Zorvex Cafe");
  });
});
