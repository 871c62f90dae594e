// The word lists, indexed once per process on first use: bank and payment words (data/bank-words.json),
// business-type words (Tally's data/business-words.json, then the iD presets' data/preset-words.json) and the
// bank-category table (data/bank-categories.json). No `import "server-only"`: shared with the tsx scripts.

import { CURRENCY_CODES, foldForMatch } from "@/server/categorize/clean";
import bankCategories from "@/server/categorize/data/bank-categories.json";
import bankWords from "@/server/categorize/data/bank-words.json";
import businessWords from "@/server/categorize/data/business-words.json";
import mccDescriptions from "@/server/categorize/data/mcc-descriptions.json";
import presetWords from "@/server/categorize/data/preset-words.json";
import {
  buildPhraseIndex,
  type Phrase,
  type PhraseIndex,
  withoutOneWordPhrases,
  withPhrasesOf,
} from "@/server/categorize/phrases";
import { type CategorySlug, isCategorySlug } from "@/server/categorize/taxonomy";
import { buildWordFilter, type WordFilter } from "@/server/categorize/tokenize";

/** How far each kind of evidence is trusted (0..1); below CONFIDENCE_THRESHOLD it does not decide. */
export const CONFIDENCE = {
  rule: 1,
  tallySeller: 0.98,
  osmSeller: 0.9,
  bankWordStrong: 0.95,
  bankWord: 0.85,
  businessTally: 0.8,
  businessPresetName: 0.75,
  // Below the threshold: a preset's search terms ("medic", "cash carry", "mva") misfired on real bank text more
  // often than they helped; they still make a name with a word of another group ambiguous.
  businessPresetTerm: 0.55,
  // A kind of business glued after a name ("STADTBÄCKEREI"): read only when nothing else decides (see the engine).
  businessCompound: 0.65,
  bankLabel: 0.8,
  bankLabelPart: 0.7,
  bankCode: 0.85,
} as const;

/** A source below this stays silent and the next one is asked; nothing above it, the row stays uncategorized. */
export const CONFIDENCE_THRESHOLD = 0.6;

/**
 * The fewest letters a word cut short by a fixed-width field is read from ("RESTAURAN", "PHARMAC"): shorter starts
 * are as often a whole name ("PARKIN", a surname, is not a car park).
 */
export const TRUNCATED_MIN = 7;
/** The most letters such a field is read to have cut off a business word. */
export const TRUNCATED_MAX_CUT = 2;

export type Lexicons = {
  bankWords: PhraseIndex;
  /** First words of the strong bank phrases: a known seller's text without any of them needs no bank-word scan. */
  strongStarts: ReadonlySet<string>;
  /** strongStarts as a WordFilter, asked first for every token of a known seller's text. */
  strongStartFilter: WordFilter;
  businessWords: PhraseIndex;
  /**
   * Business words that may end a compound word of a language that glues them to a name ("dorfapotheke",
   * "bilverkstad"), with their phrase in businessWords (Tally's own word where both lists have it).
   */
  compoundHeads: ReadonlyMap<string, Phrase>;
  /** The compound heads by their last four letters, longest first: one probe tells most tokens apart. */
  compoundHeadsByEnding: ReadonlyMap<string, readonly string[]>;
  /**
   * One-word business words of TRUNCATED_MIN letters or more that decide alone, sorted: a fixed-width field cuts
   * the last word of a name ("MANGO TREE RESTAURAN"), and the cut word is found by its start (see normalize.ts).
   */
  longBusinessWords: readonly string[];
  /**
   * Every one-word business word that decides alone, sorted: the last word of a field an export is known to cut at
   * its width ("KELDORAS DENT", Kiwibank's 13 characters) is found by its start, however short (see normalize.ts).
   */
  oneWordBusinessWords: readonly string[];
  /** Business words that only set a scene ("garden", "art"): beside a dish they give way (see normalize.ts). */
  scenery: ReadonlySet<string>;
  /**
   * Fuel and car brands among the business words, printed after a dealer's own name ("JOES EXXON"): any word of
   * another kind of business in the name decides over them (see normalize.ts).
   */
  dealerBrands: ReadonlySet<string>;
  /** Dishes that are business words of a place to eat or drink ("sushi", "kebab"): they outrank scenery. */
  dishes: ReadonlySet<string>;
  /**
   * Bank phrases naming a government as the payee ("state of"), as their Phrase.text: the likeliest office paid is
   * its tax department, and a word of the name saying which office decides over them (see the engine).
   */
  officeWords: ReadonlySet<string>;
  /**
   * Transfer phrases of a channel that pays between people ("e transfer sent", "zelle to", "pix enviado", "转账"), as
   * their Phrase.text: a payment through one is not a move between the holder's own accounts (see the engine).
   */
  betweenPeople: ReadonlySet<string>;
  /**
   * Sellers, by name, whose payments are between people (Zelle, Venmo, Cash App): a payment through one is no move
   * between the holder's own accounts, unless their own words say so ("VENMO CASHOUT").
   */
  betweenPeopleSellers: ReadonlySet<string>;
  /**
   * Words that say a payment between people went to the holder's own account ("转账 本人账户互转", "同名转账", "OWN
   * ACCOUNT"): it is a transfer after all. Found in any case, and as whole words where they are of letters that words
   * are spaced in ("BROWN ACCOUNTING" says no "own account").
   */
  ownAccount: RegExp;
  /**
   * Words that name an account of the holder's own, a savings pot, goal or fund, or a loan ("TRANSFER TO HOLIDAY
   * FUND"): a transfer naming one stays a transfer, whatever trade its nickname names (see deferred in the engine).
   */
  savingsGoals: RegExp;
  /** A wallet's or bank's labels for money paid to or from a person (WeChat Pay's "转账", "微信红包"), normalized. */
  betweenPeopleLabels: ReadonlySet<string>;
  /**
   * A bank's or app's transfer labels for a payment to any payee, a person or the holder's own account (Monzo's
   * "Transfers", Revolut's "TRANSFER"), normalized: beside a payee no list knows, no more than a channel between people.
   */
  anyPayeeLabels: ReadonlySet<string>;
  /** Words that name no seller ("online transfer to sav"): a description of only these has no seller key. */
  generic: ReadonlySet<string>;
  /** generic as a WordFilter: asked for the seller's words of most rows, most of which are not generic. */
  genericFilter: WordFilter;
  /** A bank's label → Tally's category; null for a label that says nothing of what was bought (bank-category.ts). */
  bankLabels: ReadonlyMap<string, CategorySlug | null>;
  /** [from, to, slug], narrowest range first. */
  bankCodes: ReadonlyArray<readonly [number, number, CategorySlug]>;
  /**
   * By country, the transaction codes its banks print after the payee's name in a column of their own ("SUN LIFE
   * ANN", TD Canada Trust's annuity), as bank words (bank-words.json's paymentCodes): read only there (see
   * paymentCodeAtEnd in normalize.ts).
   */
  paymentCodes: ReadonlyMap<string, ReadonlyMap<string, Phrase>>;
  /**
   * The wordings of the merchant category codes' descriptions (data/mcc-descriptions.json) by mccLabelKey → the
   * category of their code; null where wordings of codes in different categories read alike.
   */
  mccLabels: ReadonlyMap<string, CategorySlug | null>;
  /** mccLabels' keys, sorted: a label cut short by a fixed-width field is found by its start. */
  mccLabelKeys: readonly string[];
  /**
   * The definite endings of the account's country's language, as [ending, what the bare word ends in instead]
   * (Swedish "BAGERIET", the bakery, is "bageri"): a trade's word is listed bare, and read with its ending only
   * where the language glues one on (see lexiconsForCountry). Empty elsewhere.
   */
  definiteEndings: readonly (readonly [string, string])[];
};

/**
 * Swedish, Norwegian and Danish glue "the" to the end of a noun, and a shop is often named so ("BAGERIET", "KIOSKEN",
 * "PIZZERIAN", "TANDLÄKARNA", "DYREKLINIKKEN", "TANDLÆGERNE"), in folded letters; Hebrew's construct state changes a
 * noun's ending too (below). Longest first: the plural's ending is tried before the singular's it ends with. A doubled
 * consonant left behind ("klinikk" of "klinikken") is also tried single, as Danish and Swedish write the bare word
 * (see normalize.ts).
 */
const DEFINITE_ENDINGS: ReadonlyMap<string, readonly (readonly [string, string])[]> = new Map([
  [
    "se",
    [
      ["arna", "are"],
      ["en", ""],
      ["et", ""],
      ["n", ""],
    ],
  ],
  [
    "no",
    [
      ["ene", ""],
      ["en", ""],
      ["et", ""],
    ],
  ],
  [
    "dk",
    [
      ["erne", "e"],
      ["ene", ""],
      ["en", ""],
      ["et", ""],
    ],
  ],
  // Hebrew's construct state turns a noun's final ה into ת before the name it is joined to: a shop is "מסעדת הכרמל"
  // (the Carmel's restaurant), of מסעדה, and "מספרת שי", of מספרה.
  ["il", [["ת", "ה"]]],
]);

/**
 * An insurance company's word, in the languages read, as banks print it (accents folded). Each names a firm of any
 * line (car, home, health, life): alone it never decides a premium paid (NOT_DECIDING_ALONE), and money in from a
 * name holding one is a claim paid (SellerMatch.insurer, read by the engine).
 */
export const INSURER_WORDS: ReadonlySet<string> = new Set([
  "insurance",
  "insurer",
  "assurance",
  "assurances",
  "versicherung",
  "versicherungen",
  "verzekering",
  "verzekeringen",
  "seguro",
  "seguros",
  "seguradora",
  "aseguradora",
  "assicurazione",
  "assicurazioni",
  "forsikring",
  "forsakring",
  "forsakringar",
  "vakuutus",
  "draudimas",
  "ubezpieczenia",
  "pojistovna",
  "poistovna",
  "biztosito",
  "sigorta",
]);

/**
 * Words the business-word lists hold that do not say what a seller is when they stand alone in bank text, so they
 * never decide: channel words banks and sellers print for how something was bought ("SNCF WEB MOBILE", "… INTERNET",
 * "TOP-UP TO <wallet>", a "Shopping" cashback campaign); words of a field that spans several categories
 * (insurance: car, home, health or life; software: an app, a business service, or money paid in by a tech
 * firm; storage: "COLD STORAGE" is a grocer; a lottery: a ticket bought or winnings paid out). A longer phrase
 * holding one of them ("mobile phone", "self storage") is still a business word.
 */
export const NOT_DECIDING_ALONE: ReadonlySet<string> = new Set([
  "mobile",
  "internet",
  "web",
  "online",
  "top up",
  "shopping",
  ...INSURER_WORDS,
  "software",
  "storage",
  // A ticket is for a train, a bus, a flight, a show or a parking fine alike ("LANDESTICKET", "HANDYTICKET").
  "ticket",
  "tickets",
  // Travel is a fare as often as a trip: a transit operator's "TRAVEL CHARGE" or travel card, or a travel agency.
  "travel",
  // A supplier is any kind of business: "RECEBIMENTO FORNECEDOR" is a supplier's payment received, not a craft.
  "fornecedor",
  "fornecedores",
  "proveedor",
  "proveedores",
  // What a shop rents out is a kite, a bike, a tool or a cottage as often as a home: "SURF RENTALS" is no rent paid.
  "rentals",
  // A piano is a child's lessons, a tuner's visit, a shop or a bar alike.
  "piano",
  "lottery",
  "loterij",
  "lotterie",
  "loterie",
  "loteria",
  "staatsloterij",
]);

/**
 * Words the business-word lists hold that bank text prints as something else so often that they are left out
 * altogether: unlike NOT_DECIDING_ALONE, they do not even make a name with a word of another group ambiguous. Both
 * are places in the terminal's town field as often as anything: "grand" (a department store in some language's
 * presets: "… BEAUTY SALON GRAND CAYMAN KY", "… GRAND RAPIDS MI", or a name's adjective, "GRAND HOTEL") and "cloud"
 * (software, but "… BISTROT 92ST CLOUD", "… PIZZA ST CLOUD MN"). And "carpinteria", a carpenter's in Spanish and a
 * Californian town terminals print ("… CAFE CARPINTERIA CA"). And "door" (a door shop in the presets), Dutch for "by": a
 * Dutch bank prints it before the payer or the collector ("BETAALD DOOR …", "INCASSO DOOR …") on a euro account, whose
 * country the homonyms cannot tell; and two of the presets' words that are everyday Nordic words: "sex" (six in
 * Swedish, Danish and Norwegian; a sex shop in the presets) and "ringe" (to call, and a Danish town; the presets' gym
 * rings). And names the presets' translations give a kind of place that bank text prints for something else: French
 * "chai" (a winery's cellar; tea, as in an Indian tea chain's name), Portuguese "fornecedor" (a caterer; a supplier,
 * as Brazilian banks' "PAG FORNECEDORES" pays them), Finnish "toimitus" (a newspaper's office; a delivery), "bath"
 * and French "bain" (a public bath; Bath, the English city, and bathroom fittings), and the stubs "loisir" and
 * "sportif" (leisure, sporting: adjectives of many names). And the legal form "e.V.", a registered association (a
 * sports club, a parents' group, a charity alike): it says nothing of what the association does, and read as a word
 * it made the name's own trade word ambiguous ("KITA SONNENSCHEIN E.V." is a daycare).
 */
const NOT_BUSINESS_WORDS: ReadonlySet<string> = new Set([
  "grand",
  "cloud",
  "carpinteria",
  "door",
  "sex",
  "ringe",
  "chai",
  "fornecedor",
  "toimitus",
  "bath",
  "bain",
  "loisir",
  "sportif",
  "e v",
]);

/**
 * Words that name a kind of business in one language and something else in another that banks print as often:
 * "pension" is a guesthouse in German and French but a retirement pension in English and in many Nordic and Baltic
 * company names ("NORDIC LIFE AND PENSION", a "PENSIONIFOND"); "trekking" is hiking gear in English and German but
 * a lottery draw in Dutch; "kovac" is a surname as often as a smith. Like NOT_DECIDING_ALONE they never decide, yet
 * still make a name with a word of another group ambiguous.
 */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set([
  "pension",
  "pensions",
  "trekking",
  // A smith in Croatian, Czech and Slovak, and among the commonest surnames of Central Europe (Kovač, Kováč, Hungarian
  // Kovács), which a transfer names far more often than a smithy.
  "kovac",
]);

/** Places to eat or drink, where a dish names what the seller is (a grocer sells every dish). */
const EATING: ReadonlySet<string> = new Set([
  "food-dining.restaurants",
  "food-dining.fast-food",
  "food-dining.coffee-shops",
  "food-dining.alcohol-bars",
]);

// How banks cut "payment" to fit a line ("CREDIT CARD PYMNT", "CAPITAL ONE ONLINE PYMT", "CARD PMT"). Each bank
// phrase written with "payment" is also read with each cut, so the data need not list every phrase seven times.
// Only from "payment" to the cuts, never back: the data's "card pmt" is a card's bill paid, while a British
// "CARD PAYMENT TO SPOTIFY" is a purchase paid by card.
const PAYMENT_CUTS: readonly string[] = ["pymt", "pymnt", "paymt", "paymnt", "pmt", "pmnt"];

/**
 * "Charge" as banks cut it ("SMS ALERT CHRG", "SERVICE CHG", Indian and Caribbean banks' lines), in phrases of two words
 * or more: alone, "CHG" is as often a company's initials.
 */
const CHARGE_CUTS: readonly string[] = ["chrg", "chg"];
const CHARGES_CUTS: readonly string[] = ["chrgs", "chgs", "chrg", "chg"];

function withCutSpellings<Row extends { text: string }>(row: Row): Row[] {
  const words = row.text.split(" ");
  const respelled = (at: number, cuts: readonly string[]) =>
    cuts.map((spelling) => ({
      ...row,
      text: [...words.slice(0, at), spelling, ...words.slice(at + 1)].join(" "),
    }));
  const payment = words.indexOf("payment");
  const out = payment < 0 ? [] : respelled(payment, PAYMENT_CUTS);
  if (words.length > 1) {
    const charge = words.indexOf("charge");
    if (charge >= 0) out.push(...respelled(charge, CHARGE_CUTS));
    const charges = words.indexOf("charges");
    if (charges >= 0) out.push(...respelled(charges, CHARGES_CUTS));
  }
  return out;
}

let cached: Lexicons | undefined;

export function defaultLexicons(): Lexicons {
  cached ??= buildLexicons();
  return cached;
}

/**
 * Words of Tally's lists that are ordinary words of a country's language, by that country (the homonyms of
 * business-words.json, a word of Tally's list or of the presets', and of bank-words.json): Indonesian "kita" (we) is
 * no German daycare (Kita), Brazilian "legal" (great) no law firm, Swedish "rent" (clean) no rent. A name of that
 * country holding one ("APOTEK KITA", "PADARIA LEGAL", "RENT OCH FINT STÄD") is read as if the word were in neither
 * list: it neither decides nor makes the name's own word ambiguous. Elsewhere it is read as before.
 */
const BUSINESS_HOMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(businessWords.homonyms as Record<string, string[]>),
);
const BANK_HOMONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(bankWords.homonyms as Record<string, string[]>),
);
/**
 * The other way round: business words of a country's language that name a trade there and another elsewhere
 * (business-words.json's byCountry): Brazil's ACADEMIA is a gym, Spain's a tutoring school. Read only for an account
 * whose home country is that one, before the lists' own reading of the word. Read whole only, not cut short at a
 * field's width (they are not in oneWordBusinessWords): a handful of words, each common enough to be printed whole.
 */
const COUNTRY_WORDS: ReadonlyMap<string, readonly { text: string; slug: CategorySlug }[]> = new Map(
  Object.entries(businessWords.byCountry as Record<string, string[][]>).map(([country, words]) => [
    country,
    words.map(([text, slug]) => {
      if (text === undefined || slug === undefined || !isCategorySlug(slug))
        throw new Error(`business-words.json: byCountry's "${text}" has no category Tally knows ("${slug}")`);
      return { text, slug };
    }),
  ]),
);

const byCountry = new WeakMap<Lexicons, Map<string, Lexicons>>();
const baseOfVariant = new WeakMap<Lexicons, Lexicons>();

/** The lexicons a country's variant was made from (see lexiconsForCountry), or the lexicons themselves. */
export function baseLexicons(lexicons: Lexicons): Lexicons {
  return baseOfVariant.get(lexicons) ?? lexicons;
}

/**
 * The lexicons as read for an account whose home country (its currency's first, see countriesForCurrency) is
 * `country`: without the words that are ordinary words there, and with the words its language alone gives a trade
 * (both above). The same object for a country without any; made once per lexicons and country, sharing everything
 * but the few changed entries.
 */
export function lexiconsForCountry(lexicons: Lexicons, country: string | undefined): Lexicons {
  if (country === undefined) return lexicons;
  const words = BUSINESS_HOMONYMS.get(country) ?? [];
  const bank = BANK_HOMONYMS.get(country) ?? [];
  const own = COUNTRY_WORDS.get(country) ?? [];
  const definiteEndings = DEFINITE_ENDINGS.get(country) ?? [];
  if (words.length === 0 && bank.length === 0 && own.length === 0 && definiteEndings.length === 0)
    return lexicons;
  let variants = byCountry.get(lexicons);
  if (variants === undefined) {
    variants = new Map();
    byCountry.set(lexicons, variants);
  }
  let variant = variants.get(country);
  if (variant === undefined) {
    const unread = new Set(words);
    const keep = (word: string) => !unread.has(word);
    const compoundHeadsByEnding = new Map<string, readonly string[]>();
    for (const [ending, heads] of lexicons.compoundHeadsByEnding) {
      const kept = heads.filter(keep);
      if (kept.length > 0) compoundHeadsByEnding.set(ending, kept);
    }
    const ownWords = buildPhraseIndex(
      own.map((word) => ({ ...word, weight: 1, confidence: CONFIDENCE.businessTally })),
    );
    variant = {
      ...lexicons,
      bankWords: withoutOneWordPhrases(lexicons.bankWords, bank),
      businessWords: withPhrasesOf(withoutOneWordPhrases(lexicons.businessWords, words), ownWords),
      compoundHeads: new Map([...lexicons.compoundHeads].filter(([head]) => keep(head))),
      compoundHeadsByEnding,
      longBusinessWords: lexicons.longBusinessWords.filter(keep),
      oneWordBusinessWords: lexicons.oneWordBusinessWords.filter(keep),
      definiteEndings,
    };
    variants.set(country, variant);
    baseOfVariant.set(variant, lexicons);
  }
  return variant;
}

function buildLexicons(): Lexicons {
  const bankRows = (bankWords.phrases as [string, string, number][]).map(([text, slug, strong]) => ({
    text,
    slug,
    weight: strong ? 2 : 1,
    confidence: strong ? CONFIDENCE.bankWordStrong : CONFIDENCE.bankWord,
  }));
  // After every phrase as written, so a phrase the data spells out wins over another's respelling of it.
  const bank = buildPhraseIndex([...bankRows, ...bankRows.flatMap(withCutSpellings)]);
  const presetCategories = presetWords.categories as string[];
  const business = buildPhraseIndex(
    [
      // Tally's own words first: they win a word both lists have.
      ...(businessWords.words as [string, string][]).map(([text, slug]) => ({
        text,
        slug,
        weight: 1,
        confidence: CONFIDENCE.businessTally,
      })),
      ...(presetWords.words as [string, number, number][]).map(([text, index, strength]) => ({
        text,
        slug: presetCategories[index]!,
        weight: 1,
        confidence: strength >= 2 ? CONFIDENCE.businessPresetName : CONFIDENCE.businessPresetTerm,
      })),
      // Kept with no confidence rather than dropped: alone it never decides, and beside a word of another group
      // it still makes the name ambiguous ("WIENER … VERSICHERUNG" is an insurer, not a sausage stand).
    ]
      // A currency code banks print beside an amount ("POS CHG USD 5") is never a business word, even where one
      // is spelt the same (USD, a US school district); left out, it does not make a name ambiguous either.
      .filter((row) => !CURRENCY_CODES.has(row.text) && !NOT_BUSINESS_WORDS.has(row.text))
      .map((row) =>
        NOT_DECIDING_ALONE.has(row.text) || FALSE_FRIENDS.has(row.text) ? { ...row, confidence: 0 } : row,
      ),
  );
  const compoundHeads = new Map<string, Phrase>();
  for (const head of [...(presetWords.heads as string[]), ...businessWords.heads]) {
    const phrase = business.byFirst.get(head)?.find((phrase) => phrase.rest.length === 0);
    // A word that never decides alone (NOT_DECIDING_ALONE, FALSE_FRIENDS) does not decide glued either.
    if (phrase !== undefined && phrase.confidence >= CONFIDENCE_THRESHOLD) compoundHeads.set(head, phrase);
  }
  const dishes = new Set<string>();
  for (const dish of presetWords.dishes as string[]) {
    const phrase = business.byFirst.get(dish.split(" ")[0]!)?.find((phrase) => phrase.text === dish);
    if (phrase !== undefined && phrase.confidence >= CONFIDENCE_THRESHOLD && EATING.has(phrase.slug))
      dishes.add(dish);
  }
  const oneWordBusinessWords: string[] = [];
  for (const [first, list] of business.byFirst)
    if (list.some((phrase) => phrase.rest.length === 0 && phrase.confidence >= CONFIDENCE_THRESHOLD))
      oneWordBusinessWords.push(first);
  oneWordBusinessWords.sort();
  const longBusinessWords = oneWordBusinessWords.filter((word) => word.length > TRUNCATED_MIN);
  const compoundHeadsByEnding = new Map<string, string[]>();
  for (const head of compoundHeads.keys()) {
    const ending = head.slice(-4);
    compoundHeadsByEnding.set(ending, [...(compoundHeadsByEnding.get(ending) ?? []), head]);
  }
  for (const list of compoundHeadsByEnding.values()) list.sort((a, b) => b.length - a.length);
  const labels = new Map<string, CategorySlug | null>();
  for (const [label, slug] of Object.entries(bankCategories.labels as Record<string, string | null>)) {
    if (slug !== null && !isCategorySlug(slug))
      throw new Error(`bank-categories.json: unknown category "${slug}"`);
    labels.set(normalizeLabel(label), slug);
  }
  const codes = (bankCategories.codes as [number, number, string][]).map(([from, to, slug]) => {
    if (!isCategorySlug(slug)) throw new Error(`bank-categories.json: unknown category "${slug}"`);
    return [from, to, slug] as const;
  });
  const mccLabels = new Map<string, CategorySlug | null>();
  for (const [code, wordings] of mccDescriptions.codes as [string, string[]][]) {
    const slug = categoryOfCode(codes, Number(code));
    for (const wording of wordings) {
      const key = mccLabelKey(wording);
      const before = mccLabels.get(key);
      mccLabels.set(key, before === undefined || before === slug ? slug : null);
    }
  }
  const strongStarts = new Set<string>();
  for (const [first, list] of bank.byFirst)
    if (list.some((phrase) => phrase.weight >= 2)) strongStarts.add(first);
  for (const office of bankWords.offices)
    if (!bankRows.some((row) => row.text === office))
      throw new Error(`bank-words.json: office "${office}" is none of the phrases`);
  for (const text of bankWords.betweenPeople)
    if (!bankRows.some((row) => row.text === text && row.slug === "transfer.transfer"))
      throw new Error(`bank-words.json: "${text}" (betweenPeople) is no transfer phrase`);
  // Each of these lists names transfer labels only: a label of another category would be misread as a transfer.
  const transferLabels = (list: readonly string[], listName: string): Set<string> => {
    const normalized = new Set(list.map(normalizeLabel));
    for (const label of normalized)
      if (labels.get(label) !== "transfer.transfer")
        throw new Error(`bank-categories.json: "${label}" (${listName}) is no transfer label`);
    return normalized;
  };
  const betweenPeopleLabels = transferLabels(bankCategories.betweenPeople, "betweenPeople");
  const anyPayeeLabels = transferLabels(bankCategories.anyPayee, "anyPayee");
  // Folded as the tokens are: "カード" is read as "カート".
  const genericWords = bankWords.generic.map(foldForMatch);
  return {
    bankWords: bank,
    strongStarts,
    strongStartFilter: buildWordFilter(strongStarts, strongStarts.size),
    businessWords: business,
    compoundHeads,
    compoundHeadsByEnding,
    longBusinessWords,
    oneWordBusinessWords,
    scenery: new Set(businessWords.scenery),
    dealerBrands: new Set(businessWords.dealerBrands),
    dishes,
    officeWords: new Set(bankWords.offices),
    betweenPeople: new Set(bankWords.betweenPeople),
    betweenPeopleSellers: new Set(bankWords.betweenPeopleSellers),
    betweenPeopleLabels,
    anyPayeeLabels,
    ownAccount: wordsPattern(bankWords.ownAccount),
    savingsGoals: wordsPattern(bankWords.savingsGoals),
    generic: new Set(genericWords),
    genericFilter: buildWordFilter(genericWords, genericWords.length),
    bankLabels: labels,
    bankCodes: codes,
    paymentCodes: new Map(
      Object.entries(bankWords.paymentCodes as unknown as Record<string, [string, string][]>).map(
        ([country, list]) => [
          country,
          new Map(
            list.map(([code, slug]): [string, Phrase] => {
              if (!isCategorySlug(slug))
                throw new Error(`bank-words.json: code "${code}": unknown category "${slug}"`);
              return [
                code,
                { text: code, slug, length: 1, weight: 1, confidence: CONFIDENCE.bankWord, rest: [] },
              ];
            }),
          ),
        ],
      ),
    ),
    mccLabels,
    mccLabelKeys: [...mccLabels.keys()].sort(),
    definiteEndings: [],
  };
}

/** Any of the words, in any case; a word of Latin letters only where no letter touches it (see Lexicons.ownAccount). */
function wordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => {
    const text = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(" ", "\\s+");
    return /[a-z]/i.test(word) ? `(?<!\\p{L})${text}(?!\\p{L})` : text;
  });
  return new RegExp(escaped.join("|"), "iu");
}

/** "Restaurant-Bar & Café" → "restaurant bar & cafe", "FOOD_AND_DRINK" → "food & drink": lower case, no accents. */
export function normalizeLabel(label: string): string {
  // Letters of any script count: Sberbank labels its rows in Russian ("Супермаркеты").
  return (
    foldForMatch(label.toLowerCase())
      .replace(/[^\p{L}\p{N}&/]+/gu, " ")
      .replace(/\s*([&/])\s*/g, " $1 ")
      .replace(/\s+/g, " ")
      .trim()
      // "Food and Drink" is "Food & Drink": banks and apps spell a label both ways (Starling's FOOD_AND_DRINK).
      .replace(/ and (?=\S)/g, " & ")
  );
}

/** The category of a merchant category code (5411) by the code table's ranges, narrowest first; null if none. */
export function categoryOfCode(codes: Lexicons["bankCodes"], value: number): CategorySlug | null {
  for (const [from, to, slug] of codes) if (value >= from && value <= to) return slug;
  return null;
}

/**
 * normalizeLabel without the joining words, which the networks and issuers word differently ("Eating Places,
 * Restaurants", "Eating Places and Restaurants", "Eating places/restaurants"), and with "not elsewhere classified"
 * and "miscellaneous" as their usual short forms: the key a merchant category code's description is found by.
 */
export function mccLabelKey(label: string): string {
  return normalizeLabel(label)
    .replace(/\bnot elsewhere classified\b/g, "nec")
    .replace(/\bmiscellaneous\b/g, "misc")
    .replace(/(?:^| )[&/](?= |$)/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}
