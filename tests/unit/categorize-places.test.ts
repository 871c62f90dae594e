import { describe, expect, it } from "vitest";
import { defaultCategoryId } from "@/db/seed/categories";
import { type CategorizationAnswer, planCategorization } from "@/server/categorize/assign";
import { cleanDescription, isTailToken } from "@/server/categorize/clean";
import { countriesForCurrency } from "@/server/categorize/currency-countries";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import { categorizeTransaction, slugAsId } from "@/server/categorize/engine";
import { resolveSeller } from "@/server/categorize/normalize";

// Card payments print the terminal's town (and often its country) after the seller's name. A brand whose spelling
// is an everyday word ("Kiwi", "Coles", "Shell", "Olerex") counts only as the whole seller text: it still does when
// only a town of the GeoNames list (data/places.json `towns`), a region or the country code follows. All examples
// are invented.
const dictionary = defaultSellerDictionary();
const read = (raw: string, currency: string) =>
  resolveSeller(raw, dictionary, { countries: countriesForCurrency(currency) });

describe("a whole-text-only brand followed by its town", () => {
  const CASES: [raw: string, currency: string, name: string, slug: string][] = [
    ["KIWI 0231 DRAMMEN", "NOK", "Kiwi", "food-dining.groceries"],
    ["OLEREX PARNU", "EUR", "Olerex", "auto-transport.gas-fuel"],
    ["COLES 4410 GEELONG", "AUD", "Coles", "food-dining.groceries"],
    ["SHELL 17 SWINDON", "GBP", "Shell", "auto-transport.gas-fuel"],
    // A town of two words.
    ["WOOLWORTHS 2210 PALMERSTON NORTH", "NZD", "Woolworths (New Zealand)", "food-dining.groceries"],
  ];
  for (const [raw, currency, name, slug] of CASES)
    it(`${raw} (${currency}) is ${name}`, () => {
      const seller = read(raw, currency);
      expect(seller.known?.name).toBe(name);
      expect(seller.known?.slug).toBe(slug);
    });

  it("reads the terminal's country code as the country of the brand meant", () => {
    // Woolworths is an Australian and a New Zealand grocer: a terminal in New Zealand is New Zealand's, whatever
    // the account's currency says.
    expect(read("WOOLWORTHS 0412 TAURANGA NZ", "AUD").known?.name).toBe("Woolworths (New Zealand)");
    expect(read("WOOLWORTHS 0412 TAURANGA NZL", "AUD").known?.name).toBe("Woolworths (New Zealand)");
    expect(read("WOOLWORTHS 0412 SYDNEY AU", "NZD").known?.name).toBe("Woolworths (Australia)");
  });
});

describe("a city's own name where GeoNames has the English one", () => {
  // GeoNames lists Munich, Cologne and Lisbon; terminals there print MÜNCHEN (or MUENCHEN), KÖLN, LISBOA.
  it.each([
    ["GLOBUS MUENCHEN", "EUR"],
    ["GLOBUS MÜNCHEN", "EUR"],
    ["KARTENZAHLUNG GLOBUS KOELN", "EUR"],
  ])("%s (%s) is the Globus hypermarket", (raw, currency) => {
    expect(read(raw, currency).known?.slug).toBe("food-dining.groceries");
  });

  it("a German town written with UE for Ü (GÖTTINGEN printed GOETTINGEN) is still the town", () => {
    expect(read("GLOBUS GOETTINGEN", "EUR").known?.slug).toBe("food-dining.groceries");
  });

  it("CONTINENTE LISBOA is the Portuguese hypermarket, not the word 'continent'", () => {
    expect(read("CONTINENTE LISBOA", "EUR").known?.slug).toBe("food-dining.groceries");
  });
});

describe("a local chain's branch name before its town", () => {
  it("reads the chain when it trades where the account (or the printed terminal) is", () => {
    expect(read("KIWI SAGENSTUA TRONDHEIM", "NOK").known?.name).toBe("Kiwi");
    expect(read("KIWI 55 SAGENSTUA TRONDHEIM NOR", "NOK").known?.name).toBe("Kiwi");
    expect(read("COLES BEACHSIDE GEELONG", "AUD").known?.name).toBe("Coles");
    expect(read("KIWI SAGENSTUA TRONDHEIM", "NOK").key).toBe("kiwi");
  });

  it("does not where the chain is foreign, the branch word names a business, or more name follows", () => {
    expect(read("KIWI SAGENSTUA TRONDHEIM", "AUD").known).toBeNull();
    expect(read("COLES BEACHSIDE GEELONG NZ", "AUD").known).toBeNull();
    expect(read("KIWI CAFE TRONDHEIM", "NOK").known).toBeNull();
    expect(read("KIWI PIZZA TRONDHEIM", "NOK").known).toBeNull();
    expect(read("KIWI SAGENSTUA TRONDHEIM FRISOR", "NOK").known).toBeNull();
    // A brand of Tally's own list trades everywhere: its second word may be any business's ("SHELL BEACH").
    expect(read("SHELL BEACH LONDON", "GBP").known).toBeNull();
  });
});

describe("what the towns must not change", () => {
  it("leaves out towns named like everyday words", () => {
    for (const word of ["reading", "mobile", "bath", "nice", "split"]) expect(isTailToken(word)).toBe(false);
    for (const town of ["drammen", "geelong", "tartu"]) expect(isTailToken(town)).toBe(true);
    // Not read as a town, so the brand is not the whole text.
    expect(read("KIWI READING", "GBP").known).toBeNull();
    expect(read("SHELL NICE", "EUR").known).toBeNull();
  });

  it("keeps a small country's capital whose name is common in film subtitles only as the city's (Bern)", () => {
    expect(isTailToken("bern")).toBe(true);
    expect(read("COOP-1234 BERN", "CHF").known?.name).toBe("Coop");
  });

  it("reads a brand of other countries through a town after it only where it trades, or where the terminal says", () => {
    // A first name and a surname that is also a town: a person, not Asda's clothing or a French grocer.
    expect(read("GEORGE DAVIS", "USD").known).toBeNull();
    expect(read("VINCENT JACKSON", "USD").known).toBeNull();
    expect(read("KIWI DRAMMEN", "USD").known).toBeNull();
    expect(read("KIWI DRAMMEN", "NOK").known?.name).toBe("Kiwi");
    expect(read("KIWI DRAMMEN NOR", "USD").known?.name).toBe("Kiwi");
    // Alone, the name is still the brand's, as before.
    expect(read("GEORGE", "GBP").known?.name).toBe("George");
  });

  it("keeps a name that goes on after the town", () => {
    expect(read("KIWI DRAMMEN FRISOR", "NOK").known).toBeNull();
    expect(read("COLES GEELONG PLUMBING", "AUD").known).toBeNull();
  });

  it("never cuts a town from an unknown seller's key (a name may end in one)", () => {
    expect(read("HARBOUR BAKERY DRAMMEN", "NOK").key).toBe("harbour bakery drammen");
    expect(read("MAPLE TEA ROOM GEELONG", "AUD").key).toBe("maple tea room geelong");
  });

  it("still reads the card layout's city field before a country code, as before", () => {
    expect(read("KIWI 118 STAVANGER NOR", "NOK").known?.name).toBe("Kiwi");
    expect(read("SHELL 0412 LEEDS GBR", "GBP").known?.name).toBe("Shell");
  });

  it("does not take a brand where the terminal's country says it does not trade", () => {
    // Kiwi trades in Norway: a terminal in Estonia is some other Kiwi.
    expect(read("KIWI TARTU EST", "EUR").known).toBeNull();
  });
});

// The acceptor layout printed with its padding: "NAME" padded to its field's width, the city field, the country.
const padded = (name: string, city: string, country = "") =>
  `${name.padEnd(23)}${country === "" ? city : `${city.padEnd(13)}${country}`}`;

describe("the padded acceptor layout", () => {
  it("reads the name field alone as the seller", () => {
    const seller = read(padded("ACME WIDGETS", "SKIEN", "NOR"), "NOK");
    expect(seller.key).toBe("acme widgets");
    expect(seller.displayName).toBe("Acme Widgets");
    // The same seller in another town is the same key.
    expect(read(padded("ACME WIDGETS", "PORSGRUNN", "NOR"), "NOK").key).toBe("acme widgets");
  });

  it("takes a whole-text-only brand that fills the name field, even before a town no list knows", () => {
    expect(read(padded("KIWI", "TOLVSROD"), "NOK").known?.name).toBe("Kiwi");
    expect(read(padded("POS KIWI 0412", "TOLVSROD"), "NOK").known?.name).toBe("Kiwi");
  });

  it("does not read a gap after a wrapper, inside a phrase or inside a name as the layout", () => {
    // The gap separates a wrapper from the payee.
    expect(read(`${"BILL PAYMENT".padEnd(21)}ACME PLUMBING`, "USD").key).toBe("acme plumbing");
    expect(read(`${"ONLINE PAYMENT".padEnd(22)}ZORVEX`, "USD").key).toBe("online payment zorvex");
    // The gap splits a phrase: what follows is no city field.
    expect(read(`${"DIRECT".padEnd(21)}DEBIT`, "USD").key).toBe("");
    expect(read(`${"DIRECT".padEnd(21)}DEBIT HARBOUR LOAN PMT`, "USD").key).toBe("harbour loan pmt");
    // Spacing inside a name, before where a city field could start.
    expect(read("JOES   DINER", "USD").key).toBe("joes diner");
    expect(read("UBER   *EATS", "USD").key).toBe("uber eats");
    // A name that fills its field, then the country code alone: left to the city-field reading as before.
    expect(read("NORDLYS KAFFEBAR OG BAKERI SKIEN     NOR", "NOK").key).toBe(
      "nordlys kaffebar og bakeri skien",
    );
  });
});

describe("key stability", () => {
  // A rule made when "KIWI 0231 DRAMMEN" was a seller of its own is stored under "kiwi drammen", with the text it was
  // made on and an older key version. An import reads it through that text (server/categorize/assign.ts) until the
  // re-key job moves it, and the job moves crowd votes too (tests/integration/seller-rekey.test.ts).
  const USER = "00000000-0000-0000-0000-000000000001";
  const olderRule = (key: string, description: string, slug: string): CategorizationAnswer => ({
    source: "older-rule",
    seller_key: key,
    category_id: defaultCategoryId(slug),
    sample_description: description,
    sample_currency: "NOK",
  });
  const rule = (key: string, slug: string): CategorizationAnswer => ({
    source: "rule",
    seller_key: key,
    category_id: defaultCategoryId(slug),
  });
  const file = (description: string, answers: CategorizationAnswer[]) =>
    planCategorization(USER, [{ description }], { currency: "NOK" }).finish(answers)[0]!;

  it("gives a brand found through its town the brand's key", () => {
    expect(read("KIWI 0231 DRAMMEN", "NOK").key).toBe("kiwi");
    // A brand that matched before towns were read keeps the key it had.
    expect(read("SHELL 0412 LEEDS GBR", "GBP").key).toBe("shell");
    expect(read("KIWI", "NOK").key).toBe("kiwi");
  });

  it("still applies a rule made on the old key, after one on the brand's", () => {
    const old = file("KIWI 0231 DRAMMEN", [
      olderRule("kiwi drammen", "KIWI 0231 DRAMMEN", "pets.pet-food-supplies"),
    ]);
    expect(old.source).toBe("rule");
    expect(old.categoryId).toBe(defaultCategoryId("pets.pet-food-supplies"));
    expect(old.sellerKey).toBe("kiwi");
    const both = file("KIWI 0231 DRAMMEN", [
      olderRule("kiwi drammen", "KIWI 0231 DRAMMEN", "pets.pet-food-supplies"),
      rule("kiwi", "food-dining.restaurants"),
    ]);
    expect(both.categoryId).toBe(defaultCategoryId("food-dining.restaurants"));
  });

  it("applies a rule made on a padded line's whole text to its name field's key", () => {
    const description = padded("ACME WIDGETS", "SKIEN", "NOR");
    expect(read(description, "NOK").key).toBe("acme widgets");
    const ruled = file(description, [olderRule("acme widgets skien nor", description, "shopping")]);
    expect([ruled.source, ruled.categoryId, ruled.sellerKey]).toEqual([
      "rule",
      defaultCategoryId("shopping"),
      "acme widgets",
    ]);
  });
});

describe("the account's currency names its country for more currencies, and Tally's own entries may be for some countries", () => {
  // Albert is a US savings app in Tally's own list (for the US only) and a Czech supermarket chain in
  // name-suggestion-index. A koruna account used to be read as a US one, and Tally's entry took the name everywhere.
  it.each([
    ["ALBERT", "CZK", "food-dining.groceries"],
    ["PLATBA KARTOU ALBERT PRAHA", "CZK", "food-dining.groceries"],
    ["ALBERT", "USD", "transfer.transfer"],
    ["ALBERT SAVINGS", "USD", "transfer.transfer"],
  ])("%s (%s) is %s", (raw, currency, slug) => {
    expect(read(raw, currency).known?.slug).toBe(slug);
  });

  it.each([
    ["CZK", "cz"],
    ["HUF", "hu"],
    ["RSD", "rs"],
    ["TRY", "tr"],
    ["ZAR", "za"],
  ])("a %s account is read for %s first", (currency, country) => {
    expect(countriesForCurrency(currency)[0]).toBe(country);
  });
});

describe("large cities whose English names are also words or brands", () => {
  // A word list holds "Berlin" (a carriage), "Warsaw" (a fish) and "Cape Town"'s two words, and a Chilean store is
  // called París: the towns list used to leave these cities out, so a whole-text-only brand before them went unread.
  it.each([
    ["MAXIMA 0412 WARSAW", "EUR", "Maxima"],
    ["TOTAL 2231 BERLIN", "EUR", "TotalEnergies"],
    ["TOTAL CAPE TOWN", "ZAR", "TotalEnergies"],
    ["SHELL 0412 WELLINGTON", "NZD", "Shell"],
  ])("%s (%s) is %s", (raw, currency, name) => {
    expect(read(raw, currency).known?.name).toBe(name);
  });

  it("keeps the city in an unknown seller's key, as for any town", () => {
    expect(read("KELDORA BISTRO PARIS", "EUR").key).toBe("keldora bistro paris");
  });
});

describe("a one-word nickname of a brand that trades in some countries only", () => {
  // name-suggestion-index lists "TOTAL" for Total Wireless and "CRICKET" for Cricket Wireless (US phone carriers),
  // as the whole text only. Elsewhere the word alone is another business's name or an everyday word.
  it.each([
    ["TOTAL", "USD", "Total Wireless"],
    ["CRICKET", "USD", "Cricket Wireless"],
    ["TOTAL", "ZAR", "TotalEnergies"],
    ["TOTAL 0412 MARSEILLE", "EUR", "TotalEnergies"],
  ])("%s (%s) is %s", (raw, currency, name) => {
    expect(read(raw, currency).known?.name).toBe(name);
  });

  it.each([
    ["TOTAL", "GBP"],
    ["CRICKET", "GBP"],
    ["CRICKET", "AUD"],
  ])("%s on an account in %s names no brand", (raw, currency) => {
    expect(read(raw, currency).known).toBeNull();
  });

  it("still reads the brand's full name anywhere", () => {
    expect(read("CRICKET WIRELESS", "GBP").known?.name).toBe("Cricket Wireless");
  });
});

describe("the acceptor layout printed without its padding", () => {
  // A name that does not fill its field runs straight into the city field ("…MARKETMADRID ES"): the city is split off
  // where it starts, so a brand before it is read and the place is not part of the name.
  it.each([
    ["MERCADONASEVILLA ES", "EUR", "Mercadona"],
    ["CARREFOURPARIS FR", "EUR", "Carrefour"],
    ["ZARAMADRID ESP", "EUR", "Zara"],
  ])("%s (%s) is %s", (raw, currency, name) => {
    expect(read(raw, currency).known?.name).toBe(name);
  });

  it("reads a brand whole when its last word only ends like a town", () => {
    // Uster (Switzerland), Lages (Brazil) and Dubai are towns; the split reading made "FLY" Fly.io.
    expect(read("BLOCKBUSTER 800-555-1234 CA", "USD").known?.name).toBe("Blockbuster");
    expect(read("TEN THOUSAND VILLAGES 800-555-1234 CA", "USD").known?.name).toBe("Ten Thousand Villages");
    expect(read("FLYDUBAI US", "USD").known?.name).toBe("flydubai");
    expect(read("CARREFOURPARIS FR", "EUR").displayName).not.toMatch(/Carrefourparis/i);
  });

  it("names an unknown seller without the city glued to it", () => {
    expect(read("KELDORA FARMACIAMADRID ES", "EUR").displayName).toMatch(/^Keldora Farmacia Madrid/);
  });

  it("splits only before the country code that closes the layout", () => {
    expect(read("MERCADONASEVILLA", "EUR").known).toBeNull();
    expect(read("MERCADONASEVILLA TAPAS", "EUR").known).toBeNull();
    // "CA" glued to a code is no country field, and Nintendo does not end in Tendō, Japan.
    expect(cleanDescription("ZORVEXTENDO CA7654321").tokens).toEqual(["zorvextendo", "ca"]);
  });
});

describe("the terminal's country code in a name a person reads", () => {
  const merchant = (raw: string, currency: string) => read(raw, currency).displayName;

  it("is left out of an unknown seller's name, with the town kept", () => {
    expect(merchant("KELDORA ART STUDIO PAARL ZA", "ZAR")).toBe("Keldora Art Studio Paarl");
    expect(merchant("ZORVEX TRADING KIRSTENBOSCH ZAF", "ZAR")).toBe("Zorvex Trading Kirstenbosch");
  });

  it("stays where no town field stands before it: two words may both be the name", () => {
    expect(merchant("KELDORA ZA", "ZAR")).toBe("Keldora Za");
  });
});

describe("a supermarket listed under the same name as the services inside its stores", () => {
  // name-suggestion-index lists Asda twice in Britain, as a supermarket and as the pharmacy in its stores: the two
  // disagreed, and the name alone named nothing.
  it.each([
    ["ASDA STORES 4123 LEEDS", "GBP"],
    ["ASDA", "GBP"],
  ])("%s (%s) is the supermarket", (raw, currency) => {
    expect(read(raw, currency).known?.slug).toBe("food-dining.groceries");
  });

  it("still reads the service a longer spelling names", () => {
    expect(read("ASDA PHARMACY 4123", "GBP").known?.slug).toBe("health-fitness.pharmacy");
  });

  it("does not let a grocer abroad decide a name its namesakes share elsewhere", () => {
    // "EKO" is a Polish delicatessen and fuel stations in Canada and the Balkans; none trades in the US.
    expect(read("EKO", "USD").known).toBeNull();
  });
});

describe("Bank of America's card line: name, day, PURCHASE, then the terminal's phone or town", () => {
  it.each([
    ["KELDORA CAFE 03/14 PURCHASE SPRINGFIELD IL", "keldora cafe", "Keldora Cafe"],
    ["ZORVEX TIRE 08/12 PURCHASE 877-7781161 NY", "zorvex tire", "Zorvex Tire"],
    ["KELDORA CAFE 03/14 MOBILE PURCHASE SPRINGFIELD IL", "keldora cafe", "Keldora Cafe"],
  ])("%s is %s", (raw, key, merchant) => {
    expect(read(raw, "USD")).toMatchObject({ key, displayName: merchant });
  });

  it("reads a brand whose name counts only as the whole text", () => {
    // Vans is a word: it counts as a brand only with nothing but a place after it.
    expect(read("VANS 03/14 PURCHASE SPRINGFIELD IL", "USD").known?.name).toBe("Vans");
  });

  it("keeps PURCHASE in a name when no day comes before it", () => {
    expect(read("KELDORA PURCHASE CENTER", "USD").key).toBe("keldora purchase center");
  });
});

describe("British banks' direct debit and bill payment lines", () => {
  // Abo Wind (an energy company) counts only as the whole text: its name holds an everyday word.
  it.each([
    ["ABO WIND DDR", "abo wind"],
    ["ABO WIND DD", "abo wind"],
    ["DIRECT DEBIT PAYMENT TO ABO WIND REF 12345, MANDATE NO 0012", "abo wind"],
    ["BILL PAYMENT VIA FASTER PAYMENT TO ABO WIND REFERENCE 1234, MANDATE NO 12", "abo wind"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, "GBP")).toMatchObject({ key, known: { name: "ABO Wind" } });
  });

  it("names an unknown payee without the bank's mandate and reference", () => {
    expect(read("DIRECT DEBIT PAYMENT TO ZORVEX ENERGY REF 12345, MANDATE NO 0012", "GBP").key).toBe(
      "zorvex energy",
    );
    expect(read("KELDORA DD", "GBP").displayName).toBe("Keldora");
  });
});

describe("German card and direct debit lines", () => {
  it.each([
    // A Visa debit card's line: the terminal's date, its card sequence (KFN) and expiry year (VJ) close the name
    ["ZORVEX MARKT GMBH//BERLIN/DE 2023-10-12T12:34:56 KFN 1 VJ 2512", "zorvex markt gmbh berlin"],
    ["VISA Debitkartenumsatz ZORVEX MARKT GMBH//BERLIN/DE", "zorvex markt gmbh berlin"],
    // A SEPA direct debit's mandate and creditor ID after the payee
    ["Basislastschrift ZORVEX ENERGIE Mandatsref: 123 Gläubiger-ID: DE98ZZZ09999999999", "zorvex energie"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, "EUR").key).toBe(key);
  });

  it("reads a brand that counts only as the whole text in those lines", () => {
    expect(read("ABB//BERLIN/DE 2023-10-12T12:34:56 KFN 1 VJ 2512", "EUR").known?.name).toBe("ABB");
    expect(read("Basislastschrift ABO WIND Gläubiger-ID: DE98ZZZ09999999999", "EUR").known?.name).toBe(
      "ABO Wind",
    );
  });
});

describe("two labels before one number", () => {
  it.each([
    ["ACHAT CB ZORVEX PRIMEUR 12.10.23 CARTE NUMERO 123", "EUR", "zorvex primeur"],
    ["ZORVEX KAFFEEHAUS KARTE NR 1", "EUR", "zorvex kaffeehaus"],
  ])("%s (%s) is %s", (raw, currency, key) => {
    expect(read(raw, currency).key).toBe(key);
  });

  it("takes only a label that says 'number' with the one before it", () => {
    // Tango Card's own last word stays before the bank's REF
    expect(read("TANGO CARD REF 12345", "USD").known?.name).toBe("Tango Card");
  });
});

describe("Spanish and Italian card and direct debit lines", () => {
  it.each([
    // A large city stays in an unknown seller's key, as everywhere
    ["PAGO MOVIL EN ZORVEX PRIMEUR, MADRID, TARJ. :*123456", "zorvex primeur madrid"],
    ["TRANSACCION CONTACTLESS EN ZORVEX PRIMEUR, MADRID, TARJ. :*123456", "zorvex primeur madrid"],
    ["COMPRA EN ZORVEX PRIMEUR, CON LA TARJETA : 1234 EL 2023-10-12", "zorvex primeur"],
    ["RECIBO ZORVEX ENERGIA Nº RECIBO 0049 123", "zorvex energia"],
    [
      "OPERAZIONE VPAY DEL 12/10/23 ALLE ORE 12:34 CON CARTA XXXX PRESSO ZORVEX ALIMENTARI",
      "zorvex alimentari",
    ],
    ["ADDEBITO DIRETTO SDD ZORVEX ENERGIA CID.IT98ZZZ123 MAND.123", "zorvex energia"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, "EUR").key).toBe(key);
  });

  it("reads a brand that counts only as the whole text in those lines", () => {
    expect(read("COMPRA EN ABB, CON LA TARJETA : 1234 EL 2023-10-12", "EUR").known?.name).toBe("ABB");
    expect(read("ADDEBITO DIRETTO SDD A2A CID.IT98ZZZ123 MAND.123", "EUR").known?.name).toBe("A2A");
  });

  it("keeps the card's word when no number follows it", () => {
    expect(read("Ret. efectivo a debito con tarj. en cajero. aut.", "EUR").key).toContain("tarj");
  });
});

describe("Rome and Milan as Italian terminals print them", () => {
  it("reads a brand that counts only as the whole text before ROMA or MILANO", () => {
    expect(read("A2A MILANO", "EUR").known?.name).toBe("A2A");
    expect(read("PAGAMENTO SU POS A2A MILANO 12/10/2023 CARTA 1234", "EUR").known?.name).toBe("A2A");
    expect(read("A2A ROMA", "EUR").known?.name).toBe("A2A");
  });

  it("still reads the brands those names start", () => {
    expect(read("ROMA CAPITALE", "EUR").known?.name).toBe("Roma Capitale");
  });
});

describe("more card lines and cities as terminals print them", () => {
  it.each([
    ["ZORVEX KAFFEBAR Nota nr. 12345", "DKK", "zorvex kaffebar"],
    ["Kauf/Dienstleistung vom 12.10.2023 Kartennummer: XXXX1234 ZORVEX BECK", "CHF", "zorvex beck"],
    ["Achat/service du 12.10.2023 numéro de carte: XXXX1234 ZORVEX BOULANGERIE", "CHF", "zorvex boulangerie"],
    ["COMPRA CARTAO DEB MC 12/10 ZORVEX PADARIA", "BRL", "zorvex padaria"],
  ])("%s (%s) is %s", (raw, currency, key) => {
    expect(read(raw, currency).key).toBe(key);
  });

  it.each([
    ["ABB CIUDAD DE MEXICO", "MXN"],
    ["ABB CDMX", "MXN"],
    ["ABB BANGALORE", "INR"],
    ["ABB GURUGRAM", "INR"],
  ])("reads a brand that counts only as the whole text before the town: %s", (raw, currency) => {
    expect(read(raw, currency).known?.name).toBe("ABB");
  });
});

describe("a web address where the terminal prints its town", () => {
  it.each([
    ["KELDORA CAFE WWW.KELDORA.COM WA", "keldora cafe"],
    ["KELDORA CAFE HELP.KELDORA.COM WA", "keldora cafe"],
    ["KELDORA CAFE KELDORA.COM/BILL WA", "keldora cafe"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, "USD").key).toBe(key);
  });

  it("reads a brand that counts only as the whole text before it", () => {
    expect(read("VANS WWW.VANS.COM CA", "USD").known?.name).toBe("Vans");
  });

  it("keeps a name's last word with a domain's ending glued to it, and an address in front", () => {
    expect(read("Just Eat.dk, Copenhagen", "DKK").key).toMatch(/^just eat/);
    expect(read("WWW.KELDORA.COM 800-555-0100 CA", "USD").key).toBe("keldora");
    // Only the bank's card field before it: the address is what names the seller
    expect(
      read("BEA, Google Pay NLAB12CD34,PAS456 NR:AB12CD34, 20.02.23/12:59 www.keldora.nl", "EUR").key,
    ).toContain("keldora");
  });
});

describe("country codes that are also English words, printed after the terminal's town", () => {
  it.each([
    ["A2A MILANO IT", "EUR", "A2A"],
    ["ABB WIEN AT", "EUR", "ABB"],
    ["ABB BRUXELLES BE", "EUR", "ABB"],
    ["ABB KUALA LUMPUR MY", "MYR", "ABB"],
  ])("%s (%s) is %s", (raw, currency, name) => {
    expect(read(raw, currency).known?.name).toBe(name);
  });

  it("names the terminal's country", () => {
    expect(cleanDescription("ZORVEX CAFE MILANO IT").countries).toEqual(["it"]);
  });

  it("is a word anywhere else", () => {
    expect(cleanDescription("FIX IT").tokens).toEqual(["fix", "it"]);
    expect(cleanDescription("ZORVEX CAFE MILANO IT").tokens).not.toContain("it");
  });
});

describe("a number's label after the name", () => {
  it.each([
    ["KELDORA CAFE TERMINAL 12", "keldora cafe"],
    ["KELDORA CAFE TRACE 123456", "keldora cafe"],
    ["KELDORA ENERGY ACCOUNT 123456", "keldora energy"],
    ["KELDORA MUTUAL POLICY 123456", "keldora mutual"],
    ["KELDORA BOOKS ORDER 4471", "keldora books"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, "USD").key).toBe(key);
  });

  it.each([
    ["KELDORA ENERGIE KUNDENNR 123456", "keldora energie"],
    ["KELDORA TELECOM FACTURE 123456", "keldora telecom"],
    ["KELDORA SEGUROS FACTURA 123456", "keldora seguros"],
    ["KELDORA VERZEKERINGEN POLIS 123456", "keldora verzekeringen"],
  ])("%s (in another language) is %s", (raw, key) => {
    expect(read(raw, "EUR").key).toBe(key);
  });

  it("reads a brand that counts only as the whole text before it", () => {
    expect(read("ABO WIND ACCOUNT 123456", "GBP").known?.name).toBe("ABO Wind");
  });

  it.each([
    ["KELDORA BAKKERIJ FIL1015 KATWIJK", "EUR", "keldora bakkerij katwijk"],
    ["KELDORA BACKSTUBE FIL. 12 BERLIN", "EUR", "keldora backstube berlin"],
    ["KELDORA BAGERI FILIAL 12", "SEK", "keldora bageri"],
    // A German girocard payment's terminal, after its "EC"
    ["KELDORA BACKSTUBE EC 65421206 15.01 18.46 ME1", "EUR", "keldora backstube"],
    // A French direct debit's due date and creditor ID; a reference joined to its number by a slash
    [
      "PRLV SEPA KELDORA ENERGIE ECH/121023 ID EMETTEUR/FR12ZZZ123456 MDT/ABC REF/123",
      "EUR",
      "keldora energie",
    ],
    ["PRLV KELDORA ENERGIE N.EMETTEUR: 324411", "EUR", "keldora energie"],
    ["KELDORA BAKERY REF/123456", "USD", "keldora bakery"],
    // "N°" with a degree sign for number, after the card's word
    ["Pagamento Su POS KELDORA PIZZERIA 12/10/2023 12.34 Carta N° 1234", "EUR", "keldora pizzeria"],
    // Rabobank's card number after its payment terminal's word
    ["Betaalautomaat 12:34 pasnr. 123 KELDORA BAKKERIJ AMSTERDAM", "EUR", "keldora bakkerij amsterdam"],
  ])("a branch's or a terminal's number after its label (%s, %s) is %s", (raw, currency, key) => {
    expect(read(raw, currency).key).toBe(key);
  });

  it.each([
    ["ABB FIL1015 BERLIN", "EUR"],
    ["ABB FILIALE 12 BERLIN", "EUR"],
    ["ABB CARD1234", "USD"],
    ["ABB ORDER123456", "USD"],
    ["ABB EC 65421206 150115184614IC5", "EUR"],
    ["PRLV SEPA ABB ECH/121023 ID EMETTEUR/FR12ZZZ123456", "EUR"],
    ["Betaalautomaat 12:34 pasnr. 123 ABB AMSTERDAM", "EUR"],
    ["Pagamento Su POS ABB 12/10/2023 12.34 Carta N° 1234", "EUR"],
  ])(
    "reads a brand that counts only as the whole text before a label glued to its number or a branch's: %s",
    (raw, currency) => {
      expect(read(raw, currency).known?.name).toBe("ABB");
    },
  );

  it("keeps the word when no number follows it", () => {
    expect(read("KELDORA ORDER OF ELKS", "USD").key).toBe("keldora order of elks");
  });

  it("keeps a name's last word that is a label when another label's own number follows it", () => {
    expect(read("PRLV SEPA LE FIL ECH/121023 ID EMETTEUR/FR12ZZZ123456", "EUR").known?.name).toBe("Le Fil");
  });

  it("reads an approval code after the name with its number", () => {
    expect(read("KELDORA CAFE APPROVAL CODE 123456", "USD").key).toBe("keldora cafe");
    expect(read("ABB APPROVAL CODE 123456", "USD").known?.name).toBe("ABB");
  });

  it("keeps a name's own last word CODE before a number: alone it labels nothing", () => {
    expect(read("AUGMENT CODE 1234", "USD").known?.name).toBe("Augment Code");
  });

  it("keeps the card's word of a card's payment before the card's last digits", () => {
    const payment = categorizeTransaction(
      { description: "Payment to Chase card ending in 1234 03/18", amount: -50000 },
      {
        dictionary,
        userRules: new Map(),
        crowdTop: () => null,
        slugToCategoryId: slugAsId,
        countries: countriesForCurrency("USD"),
      },
    );
    expect(payment.categoryId).toBe("transfer.credit-card-payment");
  });

  it("keeps a name of a label and one or two digits", () => {
    expect(read("CB2", "USD").known?.name).toBe("CB2");
  });
});

describe("the shop after a card payment's 'at' in German, French and Dutch", () => {
  it.each([
    ["Kartenzahlung bei Keldora Backstube", "EUR", "keldora backstube"],
    ["Paiement chez Keldora Boulangerie", "EUR", "keldora boulangerie"],
    ["Betaling bij Keldora Bakkerij", "EUR", "keldora bakkerij"],
  ])("%s (%s) is %s", (raw, currency, key) => {
    expect(read(raw, currency).key).toBe(key);
  });

  it("reads a brand that counts only as the whole text after it", () => {
    expect(read("Kartenzahlung bei ABB", "EUR").known?.name).toBe("ABB");
  });
});

describe("a Norwegian card line's exchange rate after the terminal's town", () => {
  it("is no part of the name", () => {
    expect(read("*1234 12.10 NOK 100.00 KELDORA BAKERI OSLO Kurs: 1.0000", "NOK").displayName).toBe(
      "Keldora Bakeri Oslo",
    );
    expect(read("*1234 12.10 NOK 100.00 ABB OSLO Kurs: 1.0000", "NOK").known?.name).toBe("ABB");
  });

  it("keeps KURS (a course) inside a company's name", () => {
    expect(read("KELDORA KURS AS", "NOK").key).toBe("keldora kurs as");
  });
});

/**
 * ABB (a brand whose name counts only as the whole seller text) read before what a terminal prints after a name: the
 * place, its district or region, the country.
 */
function readsAbbBefore(cases: readonly (readonly [raw: string, currency: string])[]): void {
  it.each(cases)("reads the brand before what follows it: %s", (raw, currency) => {
    expect(read(raw, currency).known?.name).toBe("ABB");
  });
}

describe("towns terminals print by the first words of their names", () => {
  readsAbbBefore([
    ["ABB FRANKFURT", "EUR"],
    ["ABB LUDWIGSHAFEN", "EUR"],
    ["ABB KLAGENFURT", "EUR"],
    ["ABB SOUTHEND", "GBP"],
    ["ABB HULL", "GBP"],
    // Names the common-word lists hold only capitalised, as a town's or a person's: no everyday words
    ["ABB CHARLEROI", "EUR"],
    ["ABB MAASTRICHT", "EUR"],
    ["ABB LILLE", "EUR"],
    // Large cities named like English words, kept by hand
    ["ABB BORDEAUX", "EUR"],
    ["ABB BERGEN", "NOK"],
    ["ABB SURAT", "INR"],
  ]);
});

describe("towns whose own transit network or government is spelled as the town", () => {
  readsAbbBefore([
    ["ABB TAMPERE", "EUR"],
    ["ABB EASTBOURNE", "GBP"],
    ["ABB BYDGOSZCZ", "PLN"],
    ["ABB MONTPELLIER", "EUR"],
  ]);

  it("still reads the network when its name is the whole text", () => {
    expect(read("TAMPERE", "EUR").known?.slug).toBe("auto-transport.public-transportation");
    expect(read("EASTBOURNE", "GBP").known?.slug).toBe("auto-transport.public-transportation");
  });

  it("reads a bank's machine in the town as the bank's, not the town's network", () => {
    expect(read("AIB EASTBOURNE", "GBP").known?.name).toBe("AIB");
    expect(read("AIB HELSINKI", "EUR").known?.name).toBe("AIB");
  });
});

describe("Danish and Norwegian towns as ASCII terminals print them, with the postal district after", () => {
  readsAbbBefore([
    // Æ, Ø and Å written AE, OE and AA
    ["ABB, AARHUS", "DKK"],
    ["ABB, KOEGE", "DKK"],
    ["ABB, HILLEROED", "DKK"],
    ["ABB TROMSOE", "NOK"],
    // Copenhagen's and Aarhus's postal districts: a letter (or two) after the town
    ["ABB, KOEBENHAVN K", "DKK"],
    ["ABB, KØBENHAVN K", "DKK"],
    ["ABB, KØBENHAVN NV", "DKK"],
    ["ABB, AARHUS C", "DKK"],
    ["ABB, ODENSE C", "DKK"],
  ]);

  it("keys a shop the same with and without its district", () => {
    expect(read("KELDORA BAGERI, KOEBENHAVN K", "DKK").key).toBe(
      read("KELDORA BAGERI, KOEBENHAVN", "DKK").key,
    );
  });

  it("leaves a US state after a town to the state's reading: the town goes from the key with it", () => {
    expect(read("KELDORA MARKET RENO NV", "USD").key).toBe("keldora market");
  });

  it("keeps a letter that follows no town", () => {
    expect(cleanDescription("KELDORA K").tokens).toEqual(["keldora", "k"]);
  });
});

describe("a city's part by compass point after the city, in Indonesian or English", () => {
  readsAbbBefore([
    ["ABB JAKARTA BARAT", "IDR"],
    ["ABB JAKARTA SELATAN", "IDR"],
    ["ABB BANDUNG TENGAH", "IDR"],
    ["ABB GEELONG WEST", "AUD"],
  ]);

  it("keeps the compass word in a name that follows no town", () => {
    expect(cleanDescription("KELDORA BARAT").tokens).toEqual(["keldora", "barat"]);
  });
});

describe("a city's part by compass point before the city, as English writes it", () => {
  // Grab is read from its name only as the whole seller text or before a place.
  it.each([
    ["GRAB SOUTH JAKARTA", "IDR"],
    ["GRAB NORTH SYDNEY", "AUD"],
  ])("is the place after the seller: %s", (raw, currency) => {
    expect(read(raw, currency)).toMatchObject({ key: "grab" });
  });
});

describe("an order's id of a letter, a dash and a code", () => {
  it("goes whole, letter and all, so the seller before it is read alone (GRAB* A-5D3EM3MGWHP4)", () => {
    expect(read("GRAB* A-5D3EM3MGWHP4 SOUTH JAKARTA", "IDR").known?.name).toBe("Grab");
    expect(read("GRAB* A-5D3EM3MGWHP4", "IDR").key).toBe("grab");
  });
});

describe("a local arm's country of two words after the brand", () => {
  readsAbbBefore([
    ["ABB NEW ZEALAND", "NZD"],
    ["ABB NEW ZEALAND LTD", "NZD"],
    ["ABB SOUTH AFRICA (PTY) LTD", "ZAR"],
    ["ABB CZECH REP", "CZK"],
    ["ABB CZECH REPUBLIC S.R.O.", "CZK"],
    ["ABB UNITED KINGDOM", "GBP"],
  ]);
});

describe("the terminal's region glued to its country code, printed last", () => {
  readsAbbBefore([
    ["ABB SYDNEY NSWAU", "AUD"],
    ["ABB GEELONG WEST VICAU", "AUD"],
    ["ABB ROODEPOORT GPZA", "ZAR"],
    ["ABB ROODEPOORT ZAZA", "ZAR"],
  ]);

  it("names the terminal's country", () => {
    expect(cleanDescription("ZORVEX CAFE SYDNEY NSWAU").countries).toEqual(["au"]);
  });

  it("keys a shop as with the region alone", () => {
    expect(read("KELDORA CAFE SYDNEY NSWAU", "AUD").key).toBe(read("KELDORA CAFE SYDNEY NSW", "AUD").key);
  });

  it("is a word after anything but a town", () => {
    expect(cleanDescription("PIZZERIA ALBA").tokens).toEqual(["pizzeria", "alba"]);
  });

  it("is no word that ends like a code after a town: GMBH is no region in Bahrain", () => {
    expect(cleanDescription("STADTWERKE BOCHUM GMBH")).toMatchObject({
      tokens: ["stadtwerke", "bochum", "gmbh"],
      countries: null,
    });
  });
});

describe("a chain, its store's number, then its branch", () => {
  // Tills print the branch after the store's number ("KIWI 123 MAJORSTUEN", an Oslo quarter no place list holds).
  it.each([
    ["KIWI 123 MAJORSTUEN", "NOK", "Kiwi"],
    ["REMA 1000 GRUNERLOKKA", "NOK", "Rema 1000"],
    ["SHELL 1234 HAMMERSMITH", "GBP", "Shell"],
  ])("%s (%s) is %s", (raw, currency, name) => {
    expect(read(raw, currency).known?.name).toBe(name);
  });

  it("not a chain of another country, a name of three letters, or before a kind of business's word", () => {
    expect(read("KIWI 123 MAJORSTUEN", "GBP").known).toBeNull();
    expect(read("TWL 134 WELLINGTON CENTRAL", "NZD").known?.name).not.toBe("Technische Werke Ludwigshafen");
    expect(read("KIWI 123 KAFE", "NOK").known).toBeNull();
  });
});

describe("a shopping centre named for its town or an airport, after the store", () => {
  const categorize = (description: string, currency: string) =>
    categorizeTransaction(
      { description, amount: -2500 },
      {
        dictionary,
        userRules: new Map(),
        crowdTop: () => null,
        slugToCategoryId: slugAsId,
        countries: countriesForCurrency(currency),
      },
    );

  it.each([
    ["CLICKS PRETORIA MALL", "ZAR", "Clicks", "health-fitness.pharmacy"],
    ["CLICKS EDENVALE VILLAGE", "ZAR", "Clicks", "health-fitness.pharmacy"],
    ["SHELL LONDON MALL", "GBP", "Shell", "auto-transport.gas-fuel"],
    ["KIWI DRAMMEN SENTER", "NOK", "Kiwi", "food-dining.groceries"],
    ["BOOTS GATWICK AIRPORT", "GBP", "Boots", "health-fitness.pharmacy"],
    ["COSTA COFFEE MANCHESTER AIRPORT", "GBP", "Costa", "food-dining.coffee-shops"],
    ["SHELL AIRPORT", "GBP", "Shell", "auto-transport.gas-fuel"],
    ["HUDSON NEWS LGA AIRPORT", "USD", "Hudson News", "entertainment.newspapers-magazines"],
    ["BOOTS SCHIPHOL LUCHTHAVEN", "EUR", "Boots", "health-fitness.pharmacy"],
  ])(
    "%s on a %s account is %s's store: the centre or the airport is where it stands",
    (description, currency, name, slug) => {
      const result = categorize(description, currency);
      expect(result.merchant).toBe(name);
      expect(result.categoryId).toBe(slug);
    },
  );

  it("an unknown name before a town's centre is still read by its own words", () => {
    expect(categorize("KELDORA PHARMACY PRETORIA MALL", "ZAR").categoryId).toBe("health-fitness.pharmacy");
  });

  it("an unknown name at an airport is read by its own words, and an airport alone is still travel", () => {
    expect(categorize("KELDORA PHARMACY AIRPORT", "USD").categoryId).toBe("health-fitness.pharmacy");
    expect(categorize("KELDORA AIRPORT HOTEL", "USD").categoryId).toBe("travel.hotel");
    expect(categorize("KELDORA AIRPORT", "USD").categoryId).toBe("travel.air-travel");
    expect(categorize("FLUGHAFEN MUENCHEN", "EUR").categoryId).toBe("travel.air-travel");
  });
});

describe("where a filling station's card was used, after its store", () => {
  it.each(["LOVE'S #0412 INSIDE", "LOVE'S #0412 OUTSIDE"])(
    "%s is Love's, in the shop or at the pump",
    (description) => {
      const result = categorizeTransaction(
        { description, amount: -4500 },
        {
          dictionary,
          userRules: new Map(),
          crowdTop: () => null,
          slugToCategoryId: slugAsId,
          countries: ["us"],
        },
      );
      expect(result.merchant).toBe("Love's");
      expect(result.categoryId).toBe("auto-transport.gas-fuel");
    },
  );
});
