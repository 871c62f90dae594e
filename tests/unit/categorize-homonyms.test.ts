import { describe, expect, it } from "vitest";
import { defaultLexicons, lexiconsForCountry } from "@/server/categorize/lexicons";
import {
  buildPhraseIndex,
  phraseAt,
  withoutOneWordPhrases,
  withPhrasesOf,
} from "@/server/categorize/phrases";
import { categorizeOnAccount } from "../support/categorize-context";

// Issue 14: a business word of one language is an everyday word of another. Indonesian "kita" is "we" (German
// "Kita" is a daycare), Brazilian "legal" is "great" (not a law firm), Vietnamese "trạm" a station and "Thái" a
// province's and a family's name, Turkish "deli" "crazy". For an account at home there, such a word is not read as
// the kind of business. The names are invented around the words.

describe("a business word that is an everyday word of the account's country", () => {
  it.each([
    ["IDR", "APOTEK KITA", "health-fitness.pharmacy"], // "our pharmacy": a pharmacy, no longer ambiguous
    ["IDR", "KOPI KITA BANDUNG", "food-dining.coffee-shops"],
    ["BRL", "PADARIA LEGAL", "food-dining.groceries"], // a bakery
    ["BRL", "FARMACIA LEGAL", "health-fitness.pharmacy"],
    ["VND", "THAI KELDORA SPA", "personal-care.spa-massage"], // the Thái family's spa, no Thai restaurant
    ["TRY", "DELI KELDORA BERBER", "personal-care.hair"], // a barber's
    ["SEK", "KELDORA GARDEN RESTAURANG", "food-dining.restaurants"], // gården, a farm: its restaurant
  ])("%s %s lets the name's own word decide", (currency, description, category) => {
    expect(categorizeOnAccount(currency, description, -5_000).categoryId).toBe(category);
  });

  it.each([
    ["IDR", "TOKO KITA"], // "our shop"
    ["IDR", "RUMAH KITA"], // "our house"
    ["BRL", "CASA LEGAL"],
    ["SEK", "RENT OCH FINT STAD AB"], // "clean and tidy": a cleaning firm, whose rent would be HYRA
  ])("%s %s is no daycare and no law firm", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -5_000).categoryId).toBeNull();
  });

  it("reads Norwegian 'inn' (in) as no inn: cash paid in is no hotel", () => {
    expect(categorizeOnAccount("NOK", "SATT INN KONTANTER", 500_000).categoryId).not.toBe("travel.hotel");
    expect(categorizeOnAccount("NOK", "OVERFØRING INN FRA KELDORA", 500_000).categoryId).not.toBe(
      "travel.hotel",
    );
    expect(categorizeOnAccount("USD", "KELDORA INN", -90_000).categoryId).toBe("travel.hotel");
  });

  it.each([
    ["SEK", "KELDORA SEX PACK AB"], // six
    ["DKK", "KELDORA GIFT OG BOLIG"], // married
    ["NOK", "KELDORA RINGE TIL MEG"], // call
    ["NOK", "KELDORA NESTE BETALING"], // next
    ["BRL", "KELDORA NESTE MES"], // in this (month)
    ["IDR", "KANTOR CABANG KELDORA"], // an office (a branch office), no currency exchange
    ["VND", "SHOP HOA KELDORA"], // a flower shop, no homeowners' association
    ["VND", "KELDORA 12 PHO HUE HA NOI"], // a street, no soup
    ["RON", "MAGAZIN KELDORA"], // a shop, no magazine
  ])("%s %s is no shop of the English word", (currency, description) => {
    expect(categorizeOnAccount(currency, description, -5_000).categoryId).toBeNull();
  });

  it("reads the tax office (KANTOR PAJAK) as a tax, no currency exchange", () => {
    expect(categorizeOnAccount("IDR", "KANTOR PAJAK KELDORA", -5_000).categoryId).toBe("taxes");
  });

  it("still reads the words where they are the business's: Polish KANTOR, American PHO and HOA", () => {
    expect(categorizeOnAccount("PLN", "KANTOR WYMIANY WALUT KELDORA", -20_000).categoryId).toBe(
      "transfer.cash-atm",
    );
    expect(categorizeOnAccount("USD", "PHO KELDORA", -1_500).categoryId).toBe("food-dining.restaurants");
    expect(categorizeOnAccount("USD", "KELDORA HOA", -25_000).categoryId).toBe("home.mortgage-rent");
  });

  it("reads Dutch 'door' (by) before a payer or a collector as no door shop, and a garage door as one", () => {
    expect(categorizeOnAccount("EUR", "BETAALD DOOR KELDORA BV", 5_000).categoryId).toBeNull();
    expect(categorizeOnAccount("EUR", "INCASSO DOOR KELDORA", -5_000).categoryId).toBeNull();
    expect(categorizeOnAccount("USD", "KELDORA GARAGE DOOR REPAIR", -25_000).categoryId).toBe(
      "home.home-improvement",
    );
  });

  it("reads money moved from or to the holder's savings account as a transfer", () => {
    expect(categorizeOnAccount("NOK", "OVERFØRING INN FRA SPAREKONTO", 500_000).categoryId).toBe(
      "transfer.transfer",
    );
    expect(categorizeOnAccount("SEK", "ÖVERFÖRING TILL SPARKONTO", -500_000).categoryId).toBe(
      "transfer.transfer",
    );
  });

  it("is still read where it is the business word", () => {
    expect(categorizeOnAccount("EUR", "KITA SONNENSCHEIN", -28_000).categoryId).toBe(
      "kids.babysitter-daycare",
    );
    expect(categorizeOnAccount("USD", "KELDORA LEGAL PLLC", -50_000).categoryId).toBe(
      "business-services.legal",
    );
    expect(categorizeOnAccount("GBP", "MONTHLY RENT KELDORA", -90_000).categoryId).toBe("home.mortgage-rent");
    expect(categorizeOnAccount("SEK", "HYRA KELDORA BOSTADER", -900_000).categoryId).toBe(
      "home.mortgage-rent",
    );
  });
});

describe("lexiconsForCountry", () => {
  const lexicons = defaultLexicons();

  it("is the lexicons themselves for a country without such words, and one object per country otherwise", () => {
    expect(lexiconsForCountry(lexicons, "us")).toBe(lexicons);
    expect(lexiconsForCountry(lexicons, undefined)).toBe(lexicons);
    const indonesia = lexiconsForCountry(lexicons, "id");
    expect(indonesia).not.toBe(lexicons);
    expect(lexiconsForCountry(lexicons, "id")).toBe(indonesia);
    expect(indonesia.bankWords).toBe(lexicons.bankWords);
  });

  it("reads Chinese, Japanese and Korean words on such an account as on any other", () => {
    // The words set apart in those scripts are the lexicons' own, built once, not once per country's variant.
    expect(categorizeOnAccount("IDR", "凯多拉水务有限公司", -50_000).categoryId).toBe(
      "bills-utilities.utilities",
    );
    expect(categorizeOnAccount("CNY", "凯多拉水务有限公司", -50_000).sellerKey).toBe(
      categorizeOnAccount("IDR", "凯多拉水务有限公司", -50_000).sellerKey,
    );
  });

  it("drops a bank word as well as a business word", () => {
    const sweden = lexiconsForCountry(lexicons, "se");
    expect(phraseAt(lexicons.bankWords, ["rent"], 0, 1)?.slug).toBe("home.mortgage-rent");
    expect(phraseAt(sweden.bankWords, ["rent"], 0, 1)).toBeNull();
    expect(phraseAt(sweden.bankWords, ["hyra"], 0, 1)?.slug).toBe("home.mortgage-rent");
  });

  it("drops the word from the lists of one-word business words too (a cut field is read by its start)", () => {
    const brazil = lexiconsForCountry(lexicons, "br");
    expect(lexicons.oneWordBusinessWords).toContain("legal");
    expect(brazil.oneWordBusinessWords).not.toContain("legal");
    // "legal", "eletrico" (electrical), "neste" (in this), "taxa" (a fee), and "gas" (cooking gas there) and
    // "medicos" (doctors), read whole there (see byCountry), no more
    expect(brazil.oneWordBusinessWords.length).toBe(lexicons.oneWordBusinessWords.length - 6);
  });
});

describe("withoutOneWordPhrases", () => {
  const index = buildPhraseIndex([
    { text: "legal", slug: "business-services.legal", weight: 1, confidence: 0.8 },
    { text: "legal aid", slug: "business-services.legal", weight: 1, confidence: 0.8 },
    { text: "bakery", slug: "food-dining.groceries", weight: 1, confidence: 0.8 },
  ]);
  const without = withoutOneWordPhrases(index, ["legal", "absent"]);

  it("removes the word alone but keeps the phrases it starts and every other word", () => {
    expect(phraseAt(without, ["legal"], 0, 1)).toBeNull();
    expect(phraseAt(without, ["legal", "aid"], 0, 2)?.text).toBe("legal aid");
    expect(phraseAt(without, ["bakery"], 0, 1)?.text).toBe("bakery");
    expect(phraseAt(index, ["legal"], 0, 1)?.text).toBe("legal");
  });

  it("reads as a map of the remaining entries", () => {
    expect([...without.byFirst.keys()].sort()).toEqual(["bakery", "legal"]);
    expect(without.byFirst.size).toBe(2);
    expect(without.byFirst.get("legal")?.map((phrase) => phrase.text)).toEqual(["legal aid"]);
    const onlyWord = withoutOneWordPhrases(index, ["bakery"]);
    expect(onlyWord.byFirst.has("bakery")).toBe(false);
    expect([...onlyWord.byFirst.keys()]).toEqual(["legal"]);
  });

  it("is the index itself when none of the words is in it", () => {
    expect(withoutOneWordPhrases(index, ["absent"])).toBe(index);
  });
});

describe("withPhrasesOf", () => {
  const index = buildPhraseIndex([
    { text: "legal", slug: "business-services.legal", weight: 1, confidence: 0.8 },
    { text: "bakery", slug: "food-dining.groceries", weight: 1, confidence: 0.8 },
  ]);
  const extra = buildPhraseIndex([
    { text: "academia", slug: "health-fitness.gym", weight: 1, confidence: 0.8 },
    { text: "bakery", slug: "food-dining.restaurants", weight: 1, confidence: 0.8 },
  ]);
  const joined = withPhrasesOf(index, extra);

  it("reads the added words, and an added word before the index's own of the same word", () => {
    expect(phraseAt(joined, ["academia"], 0, 1)?.slug).toBe("health-fitness.gym");
    expect(phraseAt(joined, ["bakery"], 0, 1)?.slug).toBe("food-dining.restaurants");
    expect(phraseAt(joined, ["legal"], 0, 1)?.slug).toBe("business-services.legal");
    expect(phraseAt(index, ["academia"], 0, 1)).toBeNull();
  });

  it("reads as a map holding the added words too", () => {
    expect([...joined.byFirst.keys()].sort()).toEqual(["academia", "bakery", "legal"]);
    expect(joined.byFirst.size).toBe(3);
    expect(joined.byFirst.get("bakery")?.map((phrase) => phrase.slug)).toEqual([
      "food-dining.restaurants",
      "food-dining.groceries",
    ]);
  });

  it("is the index itself when there is nothing to add", () => {
    expect(withPhrasesOf(index, buildPhraseIndex([]))).toBe(index);
  });

  it("keeps a longer phrase of the index before an added word it starts with", () => {
    const base = buildPhraseIndex([
      { text: "gas station", slug: "auto-transport.gas-fuel", weight: 1, confidence: 0.8 },
    ]);
    const own = buildPhraseIndex([
      { text: "gas", slug: "bills-utilities.utilities", weight: 1, confidence: 0.8 },
    ]);
    const read = withPhrasesOf(base, own);
    expect(phraseAt(read, ["gas", "station"], 0, 2)?.slug).toBe("auto-transport.gas-fuel");
    expect(phraseAt(read, ["gas", "keldora"], 0, 2)?.slug).toBe("bills-utilities.utilities");
  });
});
