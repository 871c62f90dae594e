// Raw bank text → merchant tokens. No `import "server-only"`: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import this through tsx, where the marker throws; the module is pure.
//
// Speed matters (the bench target is 500k descriptions a second on one core), so the text is read in one pass
// over char codes, slicing tokens out of the lower-cased string, and everything after works on the tokens.
// Letters of every alphabet are kept ("Großeinkauf Müller", "Пятёрочка"): matching uses a folded copy
// (accents removed, ß → ss), so "MULLER" and "Müller" meet, while the display name keeps what the bank printed.

import places from "@/server/categorize/data/places.json";
import prefixes from "@/server/categorize/data/prefixes.json";
import * as tokenizer from "@/server/categorize/tokenize";

export { foldForMatch } from "@/server/categorize/tokenize";

// tsx and Vitest run these modules as CommonJS, where every use of a named import is a call through two getters
// (esbuild's export object, then its interop copy): in the per-token loops below that was a tenth of the bench's
// time. The bindings are read once here instead; none of them is ever reassigned.
const {
  AFTER_DATE,
  AFTER_STORE_NUMBER,
  DIGITS_ONLY,
  digitCount,
  foldForMatch,
  gluedLetters,
  buildWordFilter,
  isDigit,
  isCardMask,
  isLetters,
  isMaskedGroup,
  mayContain,
  MONTH_NAMES,
  MONTHS,
  NON_ASCII,
  NUMBER,
  PROCESSORS,
  STARRED,
  tldLength,
  tokenize,
  WEB_ADDRESS,
} = tokenizer;

/** Marks on a word that leave it a plain word: the date before it, the web address it is part of. */
const WORD_MARKS = AFTER_DATE | WEB_ADDRESS;

/** Banks cut the seller name at about 32 characters, so keys are cut there too to stay comparable. */
export const MAX_KEY_LENGTH = 32;

// What banks and card processors print in front of the seller, as whole-token phrases, removed as often as they
// stack ("POS DEBIT SQ *BLUE BOTTLE"). Token level, so runs of spaces and glued punctuation do not matter.
// Dates after them ("AUTHORIZED ON 10/12") are dropped by the tokenizer already. Words that say what kind of
// payment it is (ATM, transfer, fee, payroll) are not here: the bank words read those.
// A credit transfer's wrapper ("BONIFICO", "ÜBERWEISUNG", "VIR SEPA", "PRZELEW") is removed the same way, but is
// a kind of its own: the payee after it is as often a person as a business, and a surname may spell a brand
// ("VIR SEPA DARTY PAUL", "ÜBERWEISUNG HOFER MARIA"). A card purchase's wrapper ("POS", "CARTE", "KARTENZAHLUNG")
// is always followed by a business.
const LEAD_PHRASES: readonly string[] = [
  ...prefixes.lead,
  ...prefixes.guardedLead,
  ...prefixes.openingLead,
  ...prefixes.transferLead,
];
/** Lead words that also open sellers' spellings ("DD BR", Dunkin'; "DD *", DoorDash): see leadBeforeName. */
const GUARDED_LEADS: ReadonlySet<string> = new Set([...prefixes.guardedLead, ...prefixes.openingLead]);
/** Guarded lead words that count only opening the text: Itaú's "DA" (an automatic debit) is "from" further on. */
const OPENING_LEADS: ReadonlySet<string> = new Set(prefixes.openingLead);

/** Token after token, the phrases that start with it; each phrase as its tokens. */
const LEAD_INDEX: Map<string, string[][]> = new Map();
/** The transfer wrappers among LEAD_INDEX's phrases, by identity. */
const TRANSFER_LEADS: Set<readonly string[]> = new Set();
/** The transfer wrappers among FOLDED_LEAD_INDEX's phrases, by identity. */
const FOLDED_TRANSFER_LEADS: Set<readonly string[]> = new Set();
const TRANSFER_LEAD_TEXTS: ReadonlySet<string> = new Set(prefixes.transferLead);
for (const phrase of LEAD_PHRASES) {
  const tokens = phrase.split(" ");
  LEAD_INDEX.set(tokens[0]!, [...(LEAD_INDEX.get(tokens[0]!) ?? []), tokens]);
  if (TRANSFER_LEAD_TEXTS.has(phrase)) TRANSFER_LEADS.add(tokens);
}
for (const list of LEAD_INDEX.values()) list.sort((a, b) => b.length - a.length);
// Asked for the first token of every description, and most start no lead phrase: the filter skips the probe.
const LEAD_FILTER = buildWordFilter(LEAD_INDEX.keys(), LEAD_INDEX.size);
// The same phrases folded, for a text whose accents differ from the list's: a bank prints "ΑΓΟΡΑ ΚΑΡΤΑΣ" in capitals
// without the tonos and "Αγορά με κάρτα" in small letters with it, "PRÉLÈVEMENT" and "PRELEVEMENT". Asked only when
// the token holds a letter outside ASCII and the phrases as written found nothing.
const FOLDED_LEAD_INDEX: Map<string, string[][]> = new Map();
for (const phrase of LEAD_PHRASES) {
  const tokens = phrase.split(" ").map((token) => foldForMatch(token));
  const list = FOLDED_LEAD_INDEX.get(tokens[0]!) ?? [];
  if (!list.some((other) => other.join(" ") === tokens.join(" "))) list.push(tokens);
  FOLDED_LEAD_INDEX.set(tokens[0]!, list);
  if (TRANSFER_LEAD_TEXTS.has(phrase)) FOLDED_TRANSFER_LEADS.add(tokens);
}
for (const list of FOLDED_LEAD_INDEX.values()) list.sort((a, b) => b.length - a.length);

// What a payment provider prints between its own name and the seller it collected for ("Stichting Mollie Payments
// inzake SELLER", "Adyen collecting for SELLER"): the seller after it is the name, as for a processor prefix.
const ON_BEHALF: Map<string, string[][]> = new Map();
for (const phrase of prefixes.onBehalf) {
  const tokens = phrase.split(" ");
  ON_BEHALF.set(tokens[0]!, [...(ON_BEHALF.get(tokens[0]!) ?? []), tokens]);
}
const ON_BEHALF_FILTER = buildWordFilter(ON_BEHALF.keys(), ON_BEHALF.size);

/** Where the seller starts after an "on behalf of" marker between `start` and the last token, or `start`. */
function afterOnBehalf(count: number, start: number): number {
  // The marker needs a provider's name before it and a seller after it.
  for (let k = start + 1; k < count - 1; k++) {
    // German girocard lines ("ACQUIRER 10.02.2024 13.19.48 … EUR 12,50 EC 123 PAN 6789012345678901234 SELLER//TOWN
    // … GIROCARD"): the name in front is the terminal's operator or the seller, and the seller the terminal prints
    // comes after the card number.
    if (raws[k] === "pan" && k + 2 < count && kinds[k + 1]! & DIGITS_ONLY && raws[k + 1]!.length >= 12)
      return k + 2;
    if (!mayContain(ON_BEHALF_FILTER, raws[k]!)) continue;
    const phrases = ON_BEHALF.get(raws[k]!);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      let n = 1;
      while (n < phrase.length && raws[k + n] === phrase[n]) n++;
      if (n === phrase.length && k + n < count) return k + n;
    }
  }
  return start;
}

// Words that only introduce a number ("CARD 1234", "NO 312", "CD 1234"), dropped with it. "STORE" is not one of
// them: it is part of names (THE UPS STORE, THE CONTAINER STORE), and known sellers match as prefixes anyway.
const NUMBER_LABELS = new Set([
  "card",
  "no",
  "num",
  "nbr",
  "loc",
  "term",
  "cd",
  "ref",
  "reference",
  "id",
  "ending",
  "in",
  "acct",
  "nr",
  // Dutch and German "number", French and Italian "numero" ("BETALING MET DEBETKAART NUMMER 4871 04XX XXXX 6762")
  "nummer",
  "numero",
  // "Nº" and "N°", number, as Italian, Spanish and Portuguese lines print it ("CARTA N° 1234")
  "nº",
  // Dutch "payment reference" (ABN AMRO's GIRO lines: "KPN BV BETALINGSKENM. 000000018503995")
  "betalingskenm",
  "betalingskenmerk",
  // The card a French or German line names after the seller ("CARTE 4974XXXXXXXX1234", "KARTE 1")
  "carte",
  "karte",
  // Spanish "tarjeta" and Italian "carta" (card), as printed before its number ("PAGO MOVIL EN SHOP, MADRID, TARJ.
  // :*123456", "PAGAMENTO SU POS SHOP MILANO 12/10/2023 CARTA 1234")
  "tarj",
  "tarjeta",
  "carta",
  "cb",
  // SEPA direct debits' references ("MREF+ M-123", "MANDAT 123"; German "Mandatsreferenz")
  "mref",
  "eref",
  "kref",
  "cred",
  "mandat",
  "mandatsref",
  "mandatsreferenz",
  // Belgian direct debits' "MANDAAT NUMMER : …" and "REFERTE : …" (Dutch "mandate", "reference")
  "mandaat",
  "referte",
  // A merchant category code printed in the text ("MCC:5411"), read as the bank's category (see engine.ts)
  "mcc",
  // A terminal's, a transaction's or an order's number after the name ("TERMINAL 12", "TRACE 123456", "ORDER 4471")
  "terminal",
  "tid",
  "trace",
  "txn",
  "trn",
  "approval",
  "receipt",
  "order",
  "inv",
  "invoice",
  // The payer's own number with the biller ("ACCOUNT 123456", "CUSTOMER 4471", "POLICY 1234"); not "MEMBER" nor
  // "SEQ", which end spellings of BJ's ("BJS MEMBER") and Translink ("TRANSLINK SEQ")
  "account",
  "cust",
  "customer",
  "policy",
  // The same in German, French, Spanish, Italian and Dutch (invoice, customer, contract, reference, policy)
  "rechnung",
  "rechnungsnr",
  "rechnungsnummer",
  "kundennr",
  "kundennummer",
  "vertrag",
  "vertragsnr",
  "vertragsnummer",
  "referenz",
  "facture",
  "contrat",
  "client",
  "factura",
  "referencia",
  "cliente",
  "fattura",
  "contratto",
  "factuur",
  "klantnr",
  "klantnummer",
  "polis",
  // A branch's number: German and Dutch "Filiale" ("DIGROS FIL1015 KATWIJK", "FIL. 12") and Nordic "filial"
  "fil",
  "filiale",
  "filial",
  // Spanish "sucursal" (a branch) before its number ("DISCO SUC 12", "OXXO SUC 1234")
  "suc",
  "sucursal",
  // A German girocard payment's "EC" (electronic cash) before its terminal's number ("SHOP EC 65421206 15.01 18.46
  // ME1"); a French direct debit's due date ("ECH/121023", échéance)
  "ec",
  "ech",
  // Rabobank's card number after its payment terminal ("Betaalautomaat 14:23 pasnr. 065")
  "pasnr",
  // A Danish direct debit's agreement number after the biller ("BETALINGSSERVICE BILLER Aftalenr. 800441095")
  "aftalenr",
]);
/** The labels that say "number" itself, after what the number is ("CARD NO", "CARTE NUMERO", "KARTE NR"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "no",
  "num",
  "nbr",
  "nr",
  "nummer",
  "numero",
  "nº",
  // And "code", as "number" ("APPROVAL CODE 123456"). Not "ending in": "PAYMENT TO CHASE CARD ENDING IN 1234" is the
  // card's payment, its "CARD" a word of the bank's phrase.
  "code",
]);
// Asked for every word of every description: the filter answers most without hashing the word for the Set.
const NUMBER_LABEL_FILTER = buildWordFilter(NUMBER_LABELS, NUMBER_LABELS.size);

// Trailing bank noise after the seller ("... PPD ID", "WEB ID", "ON 12 OCT BCC", "CLP GBR").
const TRAILING_NOISE = new Set([...prefixes.trailing, ...MONTH_NAMES]);
const TRAILING_FILTER = buildWordFilter(TRAILING_NOISE, TRAILING_NOISE.size);

/** ISO 4217 currency codes: one in front of the seller goes with the amount after it ("… EUR 12,50 SELLER"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(prefixes.currencies);
const CURRENCY_FILTER = buildWordFilter(CURRENCY_CODES, CURRENCY_CODES.size);

/** Words that say "on" or "of" a date, printed before it after a channel's words ("… DEL 25/03/24 …", "… VOM …"). */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(["del", "dal", "du", "vom", "em", "op"]);

/** A till's thank-you ("DANKT", "MERCI"): the seller's name ends before it. */
const COURTESY = new Set(prefixes.courtesy);
// What a payment provider prints after the seller's name to repeat it ("PP.1234.PP . STEAM, Your purchase at
// STEAM", German "Ihr Einkauf bei"): the name ends there too. Token after token, as the lead phrases; the first
// words share the courtesy words' filter, so the per-token check stays one probe.
const CLOSING: Map<string, string[][]> = new Map();
for (const phrase of [...prefixes.purchaseAt, ...prefixes.closing, ...prefixes.ifscBanks]) {
  const tokens = phrase.split(" ");
  CLOSING.set(tokens[0]!, [...(CLOSING.get(tokens[0]!) ?? []), tokens]);
}
const COURTESY_FILTER = buildWordFilter([...COURTESY, ...CLOSING.keys()], COURTESY.size + CLOSING.size);

/**
 * Whether the text prints `code` as a word right beside a number ("12.50 EUR", "EUR 12,50"), or glued to one
 * ("19.95USD @ 0.7419", Kiwibank's foreign purchase). The tokenizer drops bare numbers, so the text itself is read:
 * only for the few descriptions with a currency code after a name.
 */
function besideNumber(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const end = at + code.length;
    if (isDigit(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(end))) return true;
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end))) continue;
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) === 32) before--;
    let after = end;
    while (after < text.length && text.charCodeAt(after) === 32) after++;
    if (isDigit(text.charCodeAt(before)) || isDigit(text.charCodeAt(after))) return true;
  }
  return false;
}

const isWordChar = (c: number) => isDigit(c) || (c >= 97 && c <= 122);

/**
 * An Indian branch's IFSC code, all digits after the bank's letters ("hdfc0000001", "citi0100000"): a code, not the
 * bank's name. Any bank's four letters (prefixes.json's ifscBanks are those whose bare letters also close a payee's
 * name, see CLOSING): a NEFT line prints the remitter's branch, whichever bank that is.
 */
function isIfscCode(token: string): boolean {
  return (
    token.length === 11 &&
    token.charCodeAt(4) === 48 &&
    digitCount(token) === 7 &&
    isLetters(token.slice(0, 4))
  );
}

/** Whether a closing phrase ("your purchase at") starts at token k (of the first `count`). */
function closesName(k: number, count: number): boolean {
  const phrases = CLOSING.get(raws[k]!);
  if (phrases === undefined) return false;
  for (const phrase of phrases) {
    let n = 1;
    while (n < phrase.length && k + n < count && raws[k + n] === phrase[n]) n++;
    if (n === phrase.length) return true;
  }
  return false;
}

// A streaming service's "+" glued to its name is its "Plus" ("DISNEY+", "PARAMOUNT+", "CANAL+"), which the tokens
// would lose with the rest of the punctuation. Not after a single letter ("A+ AUTO REPAIR", a grade), nor before a
// number ("+44 20 …", a phone number's).
const PLUS_AFTER_NAME = /(\p{L}\p{L})\+(?=[\s\d*#./,-]|$)/gu;

const REGIONS = new Set(places.regions);
const COUNTRY_CODES = new Set(places.countries);
const COUNTRY_FILTER = buildWordFilter(COUNTRY_CODES, COUNTRY_CODES.size);
/** The card networks' acceptor layout gives the city 13 characters, between the name and the country code. */
const CITY_FIELD = 13;
/** Where the city field starts at the earliest in that layout: after a name field of 22 characters and a space. */
const NAME_FIELD = 22;
const REGION_FILTER = buildWordFilter(REGIONS, REGIONS.size);
const CITIES = new Set(places.cities);
const ALPHA2: Readonly<Record<string, string>> = places.alpha2;
// A two-letter code that is also a US state or a Canadian province ("CA", "DE", "MD", "SK"): the terminal stood in
// that country or in North America.
const NORTH_AMERICA = ["us", "ca"];

export type CleanedDescription = {
  /** The seller's tokens, folded for matching (accents removed); processor prefixes, numbers and codes removed. */
  tokens: string[];
  /** The same tokens as printed (lower case, accents kept), for the display name. */
  display: string[];
  /** How many leading tokens remain once a trailing "CITY ST" is cut; the key is built from these. */
  keyTokenCount: number;
  /** The channel words removed from the front ("purchase", "authorized", "on"), for the bank words to read. */
  lead: readonly string[];
  /**
   * The words removed from the front include a credit transfer's wrapper ("BONIFICO", "ÜBERWEISUNG", "VIR SEPA"):
   * the name after it may be a person's, where a card purchase's ("POS", "CARTE") is always a business's.
   */
  afterTransfer: boolean;
  /**
   * When the text ends in a country code (or the Dutch card field, see endsLocation) after a short city field
   * ("HOTEL LUTETIA PARIS FR", "TESCO 2041 LEEDS GBR"), the index of the first token of that location: a name
   * ending there is the whole seller text. The token count otherwise.
   */
  placeFrom: number;
  /**
   * Where the terminal stood, when the text ends in a country code after a city field ("IBIS PARIS FR", "… LEEDS
   * GBR"): the two-letter codes it may mean ("DE" is Germany or Delaware: ["de", "us"]). null when the text names
   * no country. A seller's own name saying where it is registered ("TELIA EESTI AS") is not this: a company
   * registered in one country sells in others.
   */
  countries: readonly string[] | null;
  /**
   * Where a city was split off the name it was glued to ("mercadonasevilla" → "mercadona", "sevilla"): the city's
   * index, or -1. A brand's own last word may end like a town ("BLOCKBUSTER" in Uster, "VILLAGES" in Lages), so the
   * caller reads the token whole again (see ungluedCity) before it trusts the split.
   */
  gluedCityAt: number;
  /**
   * How many words stood before the first store's number that words follow ("KIWI 123 MAJORSTUEN", "REMA 1000
   * GRUNERLOKKA": 1; "BAKERS DELIGHT 0412 CANNON HILL": 2), 0 when none did: a store's number between a chain's
   * name and its branch's.
   */
  storeNumberAt: number;
  /**
   * The text printed a card terminal's own word after the shop (Rabobank's "JUMBO KELDORA Betaalautomaat 11:05 pasnr.
   * 012", cut off above): the words before it are a shop's, as after a card purchase's lead words.
   */
  atTerminal: boolean;
};

const NO_TOKENS: string[] = [];

/** Whether the lead phrase leadLength last found is a transfer's wrapper (a scratch value, like `raws`). */
let leadWasTransfer = false;

/** How many tokens at `start` (of the first `count`) form a lead phrase (0 when none). */
function leadLength(tokens: readonly string[], count: number, start: number): number {
  if (!mayContain(LEAD_FILTER, tokens[start]!))
    return kinds[start]! & NON_ASCII ? foldedLeadLength(count, start) : 0;
  const phrases = LEAD_INDEX.get(tokens[start]!);
  if (phrases === undefined) return kinds[start]! & NON_ASCII ? foldedLeadLength(count, start) : 0;
  for (const phrase of phrases) {
    if (start + phrase.length > count) continue;
    let k = 1;
    while (k < phrase.length && tokens[start + k] === phrase[k]) k++;
    // The phrase's last word glued to the reference after it ("BIL/ONL/000123/AIRTEL/", ICICI's online bill payment):
    // the reference goes with the lead.
    if (k === phrase.length - 1 && k > 0 && gluedToNumber(tokens[start + k]!, phrase[k]!)) k++;
    if (k === phrase.length) {
      leadWasTransfer = TRANSFER_LEADS.has(phrase);
      return k;
    }
  }
  return 0;
}

/** leadLength for the raw tokens from `start` folded, against the folded phrases (see FOLDED_LEAD_INDEX). */
function foldedLeadLength(count: number, start: number): number {
  const phrases = FOLDED_LEAD_INDEX.get(foldForMatch(raws[start]!));
  if (phrases === undefined) return 0;
  for (const phrase of phrases) {
    if (start + phrase.length > count) continue;
    let k = 1;
    while (k < phrase.length && foldForMatch(raws[start + k]!) === phrase[k]) k++;
    if (k === phrase.length) {
      leadWasTransfer = FOLDED_TRANSFER_LEADS.has(phrase);
      return k;
    }
  }
  return 0;
}

/** Whether `token` is `word`, a slash and digits ("onl/000123"), as the tokenizer keeps a label glued to its number. */
function gluedToNumber(token: string, word: string): boolean {
  if (
    token.length < word.length + 2 ||
    !token.startsWith(word) ||
    token.charCodeAt(word.length) !== 47 /* / */
  )
    return false;
  for (let i = word.length + 1; i < token.length; i++)
    if (token.charCodeAt(i) < 48 || token.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * Whether a guarded lead word at `start` is the channel's, before a name: a name follows, without a processor's star
 * ("DD *KELDORA" is a DoorDash order), and no seller's spelling goes on from the word with it ("DD BR", Dunkin').
 * Without the dictionary to ask (a seller's own spelling being cleaned), the word stays.
 */
function leadBeforeName(start: number, count: number, namesSeller: NamesSeller | undefined): boolean {
  if (namesSeller === undefined || start + 1 >= count || kinds[start + 1]! & STARRED) return false;
  // The spellings are folded ("PAGO FÁCIL" is "pago facil"); the tokens are not yet.
  const next = kinds[start + 1]! & NON_ASCII ? foldForMatch(raws[start + 1]!) : raws[start + 1]!;
  return namesSeller(raws[start]!, next) !== 2;
}

// Scratch arrays for pass 1, reused by every call (cleanDescription never re-enters itself): two fewer arrays,
// and their growth, per description. Only `display` and `lead`, built fresh, leave the function. Only the first
// `count` entries are this description's (see tokenize).
const raws: string[] = [];
const kinds: number[] = [];

/**
 * The text with full-width letters and digits and half-width katakana as their common forms ("ＡＭＡＺＯＮ" →
 * "AMAZON", "ｾﾌﾞﾝ" → "セブン"): Japanese, Chinese and Korean banks print either. Most text holds none, and one scan
 * says so before the costlier normalisation.
 */
export function withoutWidthForms(printed: string): string {
  if (!WIDTH_FORMS.test(printed)) return printed;
  // Half-width kana are a passbook's or a transfer's (the Zengin character set), which has no long-vowel mark and
  // writes it as a hyphen ("ｶ-ﾄﾞ" for カード, "ﾛ-ｿﾝ" for ローソン, "ｼﾞ-ﾕ- ｱﾄﾚ" for ジーユー before the branch).
  const text = printed.replace(HALF_WIDTH_KANA_DASH, "ｰ");
  // A bank's kana converted to full width keeps its voicing marks as letters of their own ("カ゛" for "ガ") and its
  // long-vowel mark as a dash ("カ－ト゛" for "カード"): the marks join their kana, as NFKC alone would set them apart.
  // Only a converter that wrote the voicing marks so is taken to have written the dash so: elsewhere a dash between
  // kana joins two words ("セブン－イレブン", Seven-Eleven).
  if (!SPACING_VOICING_MARK.test(text)) return text.normalize("NFKC");
  const joined = text
    .replace(
      KANA_SPACING_MARK,
      (_, kana: string, mark: string) => kana + (mark === "゛" ? "\u3099" : "\u309A"),
    )
    .replace(KANA_DASH, "ー");
  return joined.normalize("NFKC");
}

/**
 * The printed text with the forms a bank's character set or a converter gave it read as their letters: full-width and
 * half-width forms (see withoutWidthForms) and Polish text read as Latin-1 (see withoutLatin2AsLatin1). One scan of
 * the text says whether it holds any, as nearly no text does: this runs on every row.
 */
export function withoutPrintForms(printed: string): string {
  const text = EMOJI.test(printed) ? withEmojiWords(printed) : printed;
  if (!PRINT_FORMS.test(text)) return text;
  return withoutLatin2AsLatin1(withoutWidthForms(text));
}

/** The symbols and pictographs' blocks (☕, ✂, ⛽, 🍕, 🎂, 🚕): rare in bank text, common in a P2P payment's note. */
const EMOJI = /[\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF]/;

/**
 * The pictographs a payment app's note says what it paid for with ("Payment to Jane Doe - 🍕", "… Note: 🎂"), as the
 * words they stand for, which the business and bank words then read. Only those that name one thing bought: not 🏠
 * (rent, or a housewarming), 💵 or 🔥.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  "🍕": "pizza",
  "🍺": "beer",
  "🍻": "beer",
  "🍷": "wine",
  "🍣": "sushi",
  "🌮": "tacos",
  "🍔": "burger",
  "☕": "coffee",
  "🚕": "taxi",
  "⛽": "fuel",
  "✂": "haircut",
  "💇": "haircut",
  "🎂": "birthday gift",
  "🎁": "gift",
};
const EMOJI_WORD_PATTERN = new RegExp(Object.keys(EMOJI_WORDS).join("|"), "gu");

function withEmojiWords(text: string): string {
  // Each word once, and not where the note already says it ("haircut ✂️", "🍻🍻"): a word printed twice reads as a
  // terminal's town repeated.
  const said = new Set<string>();
  const lower = text.toLowerCase();
  return text.replace(EMOJI_WORD_PATTERN, (emoji) => {
    const words = EMOJI_WORDS[emoji]!;
    if (said.has(words) || lower.includes(words)) return " ";
    said.add(words);
    return ` ${words} `;
  });
}

const PRINT_FORMS = /[\uFF01-\uFFEE\u309B\u309C£³¡±¦¶¬¼¯¿]/;

/**
 * Polish (ISO 8859-2) text read as Latin-1, as some MT940 and CSV converters do: the letters Latin-1 has no room for
 * come out as symbols inside the words ("OP£ATY" for OPŁATY, "SPÓ£KA", "WROC£AW"). A symbol between two letters is
 * no pound sign or footnote: it is read back as its letter. Text without them, nearly all, is returned as it is.
 */
export function withoutLatin2AsLatin1(text: string): string {
  if (!LATIN2_AS_LATIN1.test(text)) return text;
  return text.replace(LATIN2_IN_WORD, (symbol) => LATIN2_LETTERS[symbol] ?? symbol);
}

/** ISO 8859-2's letters at the byte values of Latin-1's symbols: Ł, ł, Ą, ą, Ś, ś, Ź, ź, Ż, ż. */
const LATIN2_LETTERS: Readonly<Record<string, string>> = {
  "£": "Ł",
  "³": "ł",
  "¡": "Ą",
  "±": "ą",
  "¦": "Ś",
  "¶": "ś",
  "¬": "Ź",
  "¼": "ź",
  "¯": "Ż",
  "¿": "ż",
};
const LATIN2_AS_LATIN1 = /[£³¡±¦¶¬¼¯¿]/;
const LATIN2_IN_WORD = /(?<=\p{L})[£³¡±¦¶¬¼¯¿](?=\p{L})/gu;

const WIDTH_FORMS = /[\uFF01-\uFFEE\u309B\u309C]/;
const SPACING_VOICING_MARK = /[\u309B\u309C]/;
const KANA_SPACING_MARK = /([\u3041-\u3096\u30A1-\u30FA])([\u309B\u309C])/g;
const KANA_DASH = /(?<=[\u30A1-\u30FA\u3099\u309A])[－-](?=[\u30A1-\u30FA]|$)/g;
const KBC_TIME = /\s+om\s+\d{1,2}[.:]\d{2}\s+uur\b/g;
const CLOCK_TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s?[ap]m?\b/g;
const GLUED_ACH_KIND = /^(ach electronic (?:debit|credit))(?=[a-z])/;
const RATE_AND_FEE = /\s+(?:[a-z]{3}\s+[\d.,]+|[\d.,]+\s+[a-z]{3})\s+vrate\s.*$/;
const TERMINAL_THEN_TIME = /(?<!opname)\s+betaalautomaat\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}-\d{1,2}-\d{2,4})\b.*$/;
const HALF_WIDTH_KANA_DASH = /(?<=[\uFF66-\uFF9F])-(?=[\uFF66-\uFF9F]|\s|$)/g;

/**
 * How a token opens a seller's spelling, given the token after it: 2 when that one continues a spelling, 1 when the
 * token is a one-word spelling of its own, 0 when neither (see opensSeller in dictionary.ts).
 */
export type NamesSeller = (token: string, next: string | undefined) => 0 | 1 | 2;

/**
 * A word after a processor's star with a long reference glued on ("GOOGLE *ADS5383949515": Google's ads, billed
 * under an account number; "PAYPAL *EBAY1234567"): three letters or more, then five digits or more and nothing
 * else. Read so only where no word follows it (a number may: a phone, an amount): before a name ("TST*ABC123456
 * KELDORA GRILL") it is an order's code. A shorter run of digits may be the name's own ("*STORE24"), and letters
 * after digits are a code ("*2K4LX91B3").
 */
function productBeforeReference(token: string): boolean {
  let k = 0;
  while (k < token.length && isWordChar(token.charCodeAt(k)) && !isDigit(token.charCodeAt(k))) k++;
  if (k < 3 || token.length - k < 5) return false;
  for (let i = k; i < token.length; i++) if (!isDigit(token.charCodeAt(i))) return false;
  return true;
}

const TRAILING_PAYMENT_CODE = /\s_[a-z]$/;
const ONLINE_BANKING_MARK = /\s?\*inet\b/g;
const MASKED_CARD_FIELD = /,\s*\*{3,}[x\d]*\d{4},/g;
const CARD_AND_DAY_OPENING = /^card (?:cl )?\d{2}\/\d{2} (?=\S)/;
const TRAILING_DATE_AND_CARD = /\sdate \d{1,2}\/\d{1,2}\/\d{2,4}(?:\s+\d+)?(?:\s+card\s+\S+)?\s*$/;

/**
 * Rewrites of the lowered text before it is split into words, in order, each asked only where its marker is in the
 * text (nearly none holds one): what banks print around a name that would otherwise be read as words of it.
 */
const TEXT_REWRITES: readonly {
  marker: string;
  pattern: RegExp;
  replacement: string;
  /** The text cut is a shop's terminal's own (see CleanedDescription.atTerminal). */
  atTerminal?: true;
}[] = [
  { marker: "+", pattern: PLUS_AFTER_NAME, replacement: "$1 plus" },
  // "N°" (a degree sign for the ordinal's "º") is "Nº", number: the sign alone is no letter, and would leave an "N".
  { marker: "n°", pattern: /n°/g, replacement: "nº" },
  // Rabobank's card line prints the terminal's word, then its time or date and the card's number, after the shop
  // ("PLUS KELDORA ROTTERDAM Betaalautomaat 19:05 pasnr. 035"): the name ends there. Not a cash withdrawal's "OPNAME
  // BETAALAUTOMAAT" (a bank phrase), nor the word opening a line ("Betaalautomaat Jumbo Nijmegen"), the shop after it.
  { marker: "betaalautomaat", pattern: TERMINAL_THEN_TIME, replacement: "", atTerminal: true },
  // KBC's card line ends with the time ("… OKAY LEDEBERG OM 17.16 UUR"): it goes with its words, whatever town is
  // before it.
  { marker: " uur", pattern: KBC_TIME, replacement: "" },
  // Citibank's card line prints the time with its half of the day glued on ("… 02/03 10:22a #XXXX KEY FOOD"): the
  // time goes whole, not leaving its "a" or "p" as a word.
  { marker: ":", pattern: CLOCK_TIME, replacement: " " },
  // Citibank's ACH line glues the payee to the entry's kind ("ACH Electronic DebitCON ED OF NY"): they are parted.
  { marker: "ach electronic ", pattern: GLUED_ACH_KIND, replacement: "$1 " },
  // Lloyds' and Halifax's foreign purchase prints its amount abroad, the rate and the bank's fee after the acceptor
  // ("DEB MERCADONA MALAGA CD 1234 EUR 62.40 VRATE 1.1542 N-S TRN FEE 1.71"): none of it is the seller's, and its
  // fee's words are no fee of the row's.
  { marker: " vrate ", pattern: RATE_AND_FEE, replacement: "" },
  // TD Canada Trust's card line ends with an underscore and a letter, the way it was paid ("SAQ 23128 _F", "REXALL
  // 7123 _V"): no part of the name, and read as a word it was the name's last.
  { marker: " _", pattern: TRAILING_PAYMENT_CODE, replacement: "" },
  // A US credit union's card line ends with the day of the purchase and the card ("Withdrawal Debit Card ACME
  // PORTLAND OR Date 03/15/25 Card XXXX"): the bank's fields, after the terminal's town.
  { marker: " date ", pattern: TRAILING_DATE_AND_CARD, replacement: "" },
  // AIB marks a payment made in its online banking with *INET after the payee ("AIB CREDIT CARD *INET"): the channel,
  // no part of the name.
  { marker: "*inet", pattern: ONLINE_BANKING_MARK, replacement: " " },
  // TD Bank's (US) line prints the card masked between commas after the entry's kind ("DEBIT POS, *****XXXXXXXX7719,
  // AUT 030224 DDA PURCHASE …"): the card's, and its stars read as a processor's.
  { marker: "***", pattern: MASKED_CARD_FIELD, replacement: " " },
  // An Irish credit union's card line opens with CARD, CL for contactless and the day ("CARD CL 06/03 ACME CORK RD"):
  // the channel's, before the shop. Only with the day: "CARD FACTORY" is a shop, "CARD REPLACE FEE" the bank's fee.
  { marker: "card ", pattern: CARD_AND_DAY_OPENING, replacement: "" },
];

/**
 * `namesSeller` says whether a short code after a channel word ("K1", "O2") opens a seller's name, with the token after
 * it (see opensSeller); without it, such a code is always the terminal's.
 */
export function cleanDescription(printed: string, namesSeller?: NamesSeller): CleanedDescription {
  const widthless = withoutWidthForms(printed);
  // Turkish İ (a capital I with a dot) lower-cases to an i with a combining dot, which a name shows ("Ti̇c"): it is
  // read as the I it is printed for ("TİC" is "tic" either way once folded).
  const raw = widthless.includes("\u0130") ? widthless.replaceAll("\u0130", "I") : widthless;
  const lowered = withoutDottedInitials(withoutTypeCode(raw).toLowerCase());
  let lower = lowered;
  let atTerminal = false;
  for (const rewrite of TEXT_REWRITES) {
    if (!lower.includes(rewrite.marker)) continue;
    const rewritten = lower.replace(rewrite.pattern, rewrite.replacement);
    if (rewrite.atTerminal === true && rewritten !== lower) atTerminal = true;
    lower = rewritten;
  }
  const count = tokenize(lower, raws, kinds);
  // Folding is only needed when a token holds a letter outside ASCII (foldForMatch leaves ASCII as it is).
  let ascii = true;
  for (let k = 0; k < count; k++) if (kinds[k]! & NON_ASCII) ascii = false;

  // Glued dates and store numbers first, so "POS12OCT" is the lead word "pos". Not the value a label introduces
  // ("BEA NR:CT4096"): that is a terminal's code, letters and all.
  let afterLabel = false;
  for (let k = 0; k < count; k++) {
    const labelled = afterLabel;
    afterLabel = (kinds[k]! & ~WORD_MARKS) === 0 && isNumberLabel(raws[k]!);
    if (
      (kinds[k]! & (NUMBER | DIGITS_ONLY)) !== NUMBER ||
      (kinds[k]! & STARRED &&
        !(productBeforeReference(raws[k]!) && (k + 1 >= count || (kinds[k + 1]! & NUMBER) !== 0))) ||
      isCardMask(raws[k]!)
    )
      continue;
    // A label's own number after another label ("FIL ECH/121023") goes too: it is no value of the first.
    if (gluedLabel(raws[k]!)) {
      raws[k] = "";
      kinds[k] = DIGITS_ONLY | NUMBER;
    } else if (!labelled) {
      const letters = isIfscCode(raws[k]!) ? "" : gluedLetters(raws[k]!);
      // One or two letters glued to a long number in front of the name ("CM0293352 ATACADO SUPER SAITO", Sicredi's
      // terminal code) are the code's, unless they open a seller's name ("BP1234567 …"): the lead loop below drops it.
      if (
        k === 0 &&
        letters !== null &&
        letters.length > 0 &&
        letters.length <= 2 &&
        raws[k]!.length - letters.length >= 5 &&
        count > 1 &&
        namesSeller !== undefined &&
        namesSeller(letters, raws[1]) === 0
      )
        continue;
      if (letters !== null) {
        raws[k] = letters;
        kinds[k] = letters === "" ? DIGITS_ONLY | NUMBER : 0;
      }
    }
  }
  // Lead phrases, and the codes and numbers between them ("Mobile Purchase PIN Based D1234", "CHECKCARD 0412").
  let start = 0;
  let afterTransfer = false;
  let afterCard = false;
  for (;;) {
    if (start >= count) break;
    const lead = leadLength(raws, count, start);
    if (
      lead > 0 &&
      (lead > 1 ||
        !GUARDED_LEADS.has(raws[start]!) ||
        ((start === 0 || !OPENING_LEADS.has(raws[start]!)) && leadBeforeName(start, count, namesSeller)))
    ) {
      start += lead;
      afterTransfer ||= leadWasTransfer;
      continue;
    }
    const kind = kinds[start]!;
    // A masked card number, and when it is printed in groups ("5555 04XX XXXX X100 2") the card's sequence number
    // after it.
    if (start + 1 < count && (isCardMask(raws[start]!) || isMaskedGroup(raws[start]!))) {
      afterCard ||= raws[start]![0] !== "x" || isMaskedGroup(raws[start]!);
      start++;
      continue;
    }
    if (afterCard && start + 1 < count && kind & DIGITS_ONLY && raws[start]!.length <= 2) {
      start++;
      continue;
    }
    // A date's preposition after the channel's words, the date itself dropped ("PAGAMENTO CARTA 5179 DEL 25/03/24
    // ZARA", of 25 March): no word of the name.
    if (
      start > 0 &&
      start + 1 < count &&
      kinds[start + 1]! & AFTER_DATE &&
      DATE_PREPOSITIONS.has(raws[start]!)
    ) {
      start++;
      continue;
    }
    // A code (D1234, S586214) or a long number; a short number stays, it may be the name (76, 7-ELEVEN), and so
    // does a name with a digit or two in it (H2O, A1), or one a known spelling starts with (123ENERGIE).
    if (
      (kind & NUMBER) !== 0 &&
      (raws[start] === "" || (raws[start]!.length > 3 && digitCount(raws[start]!) >= 3)) &&
      !(
        (kind & DIGITS_ONLY) === 0 &&
        namesSeller !== undefined &&
        namesSeller(raws[start]!, raws[start + 1]) !== 0
      )
    ) {
      if (start + 1 < count || raws[start] === "") {
        start++;
        continue;
      }
    }
    const skip = start + 1 < count ? skipBeforeName(start, count, kind, namesSeller) : 0;
    if (skip > 0) {
      start += skip;
      continue;
    }
    // "sp" is one of the PROCESSORS: compared first, so most descriptions skip the Set probe.
    if (raws[start] === "sp" && PROCESSORS.has(raws[start]!) && start + 1 < count) {
      start++; // Shopify's "SP " without a star
      continue;
    }
    break;
  }

  let lead: string[] = NO_TOKENS;
  if (start > 0) {
    lead = [];
    for (let k = 0; k < start; k++)
      if (raws[k] !== "" && !(kinds[k]! & NUMBER)) lead.push(ascii ? raws[k]! : foldForMatch(raws[k]!));
  }

  const display: string[] = [];
  // Whether a number was passed over since the last word kept: a lone S after one is a street's direction ("#4410
  // 1480 S KELDORA AVE"), not an apostrophe's.
  let numberSince = false;
  // Where a street address after the name begins, in display tokens (see opensStreetAddress); -1: none.
  let addressAt = -1;
  // How many words stood before the first store's number ("KIWI 123 MAJORSTUEN": 1), 0 while none did.
  let storeNumberAt = 0;
  for (let k = afterOnBehalf(count, start); k < count; k++) {
    const tok = raws[k]!;
    const kind = kinds[k]!;
    if (tok === "") continue;
    // Marks alone (a Thai tone mark set apart from its letter) fold to nothing: no word of the name.
    if (kind & NON_ASCII && foldWord(tok) === "") continue;
    if (kind & (DIGITS_ONLY | NUMBER)) numberSince = true;
    if (kind & DIGITS_ONLY) {
      if (addressAt < 0 && display.length > 0 && opensStreetAddress(k, count)) addressAt = display.length;
      // A leading short number is part of the name (76, 24 HOUR FITNESS, 99 RANCH); any other is a store,
      // terminal, card or phone number.
      if (display.length === 0 && tok.length <= 3) {
        // …but not a day before its month ("CARD PAYMENT 12 OCT", Nubank's card bill "Pagamento em 31 JUL"): a date
        // alone names no one, whatever words stood in front of it.
        if (tok.length <= 2 && k + 1 < count && MONTHS.has(raws[k + 1]!)) {
          k++;
          continue;
        }
        display.push(tok);
      } else if (display.length > 0 && !labelsNumber(display)) {
        if (storeNumberAt === 0) storeNumberAt = display.length;
      } else if (display.length > 0 && labelsNumber(display)) {
        // What the number is, then "number" ("CARTE NUMERO 123", "CARD NO 1234", "MANDAT NR 5", "APPROVAL CODE
        // 123456"): both go, with a name left. Not two labels of other kinds: "TANGO CARD REF 123" is Tango Card's
        // reference.
        if (
          NUMBER_WORDS.has(display.pop()!) &&
          display.length > 1 &&
          isNumberLabel(display[display.length - 1]!)
        )
          display.pop();
      }
      continue;
    }
    if (kind & NUMBER) {
      // *2K4TY7: an order or reference code. But the first word after a processor's star is the seller, and a
      // name may hold a digit or two ("SQ *BARRE3", "PAYPAL *7UP") or be a code a known spelling goes on from
      // ("TWINT *F45 TRAINING").
      if (
        kind & STARRED &&
        !(display.length === 0 && (nameWithDigits(tok) || namesSeller?.(tok, raws[k + 1]) === 2))
      )
        continue;
      if (isCardMask(tok)) {
        // XXXXXX4821, and the word that introduced it ("CARD xx1234")
        if (display.length > 0 && isNumberLabel(display[display.length - 1]!)) display.pop();
        continue;
      }
      if (display.length > 0) {
        const before = display[display.length - 1]!;
        if (isNumberLabel(before)) display.pop();
        // A letter joined to the code by a dash is the code's ("GRAB* A-5D3EM3MGWHP4", an order's id).
        else if (before.length === 1 && lower.includes(`${before}-${tok}`)) display.pop();
        continue; // Q35, P2012, S586214: terminal and reference codes
      }
    }
    if (isMaskedGroup(tok)) {
      // A card's masked number, and the word that introduced it (Lloyds' "BOOTS 1187 CD XXXX"), as for CARD xx1234.
      if (display.length > 0 && isNumberLabel(display[display.length - 1]!)) display.pop();
      continue;
    }
    if (display.length > 0 && mayContain(COURTESY_FILTER, tok) && (COURTESY.has(tok) || closesName(k, count)))
      break;
    // A web address after the name stands where a terminal prints its town ("KELDORA CAFE WWW.KELDORA.COM WA",
    // "AMAZON.COM AMZN.COM/BILL WA"): the name ends before it. In front, or after a processor's star, it is the name.
    // Only after a name: bank noise alone before it (ABN AMRO's card field "…,PAS456") leaves the address the seller.
    // Not where the name's one word and the address's first are a seller's name together ("JUST EAT.CO.UK LTD").
    if (
      kind & WEB_ADDRESS &&
      !(kind & STARRED) &&
      display.some((word) => !TRAILING_NOISE.has(word)) &&
      !(display.length === 1 && namesSeller?.(display[0]!, tok) === 2)
    )
      break;
    // Bank of America's card line: the name, the day and "PURCHASE" (or "MOBILE PURCHASE"), then the terminal's
    // phone or town ("SPOTIFY USA 08/12 PURCHASE 877-7781161 NY"): the name ends at the day.
    if (
      kind & AFTER_DATE &&
      display.length > 0 &&
      (tok === "purchase" || (tok === "mobile" && raws[k + 1] === "purchase"))
    )
      break;
    // Turkey's joint-stock company, "A.Ş." (anonim şirketi): one legal form, "aş", read "as" as Czechia's "A.S." is
    // (whose S joins the A below, as a possessive's would).
    if (tok === "ş" && display.length > 1 && display[display.length - 1] === "a") {
      display[display.length - 1] = "aş";
      continue;
    }
    if (tok === "s" && display.length > 0) {
      // "S A", "S.A.", "S/A" closing a name: a company's legal form (sociedad / sociedade anónima), one token.
      if (k + 1 < count && raws[k + 1] === "a" && (k + 2 === count || (kinds[k + 2]! & NUMBER) !== 0)) {
        display.push("sa");
        break;
      }
      // The same before the terminal's town or country ("MERCADONA S.A. VALENCIA ES", "RUMO S/A SAO PAULO BR"),
      // which stay to be read as the place.
      if (
        k + 2 < count &&
        raws[k + 1] === "a" &&
        (townLength(raws, k + 2) > 0 || (k + 3 === count && isCountryCode(raws[k + 2]!)))
      ) {
        display.push("sa");
        k++;
        continue;
      }
      // A dotted legal form that opens with S ("S.R.O.", "S.R.L.", "S.P.A.", "S. DE R.L."): its letters stay
      // apart, for endsInLegalForm to read, not glued to the name as a possessive would be.
      if (opensDottedForm(k, count)) {
        display.push(tok);
        continue;
      }
      // "S/" between words is Portuguese and Spanish shorthand for a word of its own (sobre, on; sin, without): in a
      // text that prints it, an S is that word ("COMISSAO S/ TRANSFERENCIA" is the fee on a transfer, no
      // "COMISSAOS"), not an apostrophe's. It goes.
      if (lower.includes(" s/ ")) continue;
      // TRADER JOE S: the bank replaced the apostrophe with a space. After a word already ending in s it is a
      // name cut at 32 characters instead ("STARBUCKS S…"), and the stray letter goes.
      if (!numberSince && !display[display.length - 1]!.endsWith("s")) display[display.length - 1] += "s";
      continue;
    }
    // A currency code beside an amount after the name ("… 12.50 EUR", "… EUR 12,50", a card's foreign purchase) goes
    // with the amount, not the name.
    if (
      display.length > 0 &&
      mayContain(CURRENCY_FILTER, tok) &&
      CURRENCY_CODES.has(tok) &&
      besideNumber(lower, tok)
    )
      continue;
    numberSince = false;
    // "LOVE'S #0412 VAN HORN": the tokenizer dropped the store's number in front of this word.
    if (kind & AFTER_STORE_NUMBER && storeNumberAt === 0 && display.length > 0 && !labelsNumber(display))
      storeNumberAt = display.length;
    display.push(tok);
  }
  let country = false;
  let countryCode: string | null = null;
  // Whether a region went as trailing noise ("… OAKVILLE ON": ON is also a word banks print last), so a city before
  // it is still cut from the key (see keyLength).
  let regionDropped = false;
  while (
    display.length > 1 &&
    mayContain(TRAILING_FILTER, display[display.length - 1]!) &&
    TRAILING_NOISE.has(display[display.length - 1]!)
  ) {
    const dropped = display.pop()!;
    regionDropped ||= REGIONS.has(dropped);
    if (endsLocation(dropped)) {
      country = true;
      countryCode ??= dropped;
    }
  }
  // The terminal's region glued to its country code, printed last ("… SYDNEY NSWAU", "… GEELONG WEST VICAU", Capitec's
  // "… ROODEPOORT GPZA"): the terminal's country, as the code alone would be, and the region goes with it.
  if (!country && display.length > 2) {
    const code = gluedRegionCountry(display, display.length - 1);
    if (code !== null) {
      display.pop();
      countryCode = code;
      country = true;
      regionDropped = true;
    }
  }
  // The town's district after it ("KOEBENHAVN K", "AARHUS C", "JAKARTA BARAT"; see TOWN_DISTRICTS) is the town's, not
  // a word of the name. Not a region's code: "RENO NV" is Nevada's town, which keyLength cuts from the key with its
  // state (as it does Copenhagen's NV).
  if (
    display.length > 2 &&
    display[display.length - 1]!.length <= 7 &&
    TOWN_DISTRICTS.has(display[display.length - 1]!) &&
    !REGIONS.has(display[display.length - 1]!) &&
    endsInTown(display, display.length - 1)
  )
    display.pop();
  // A country's code that is also an everyday English word (Italy's IT, Austria's AT, Belgium's BE, Norway's NO,
  // Iceland's IS, Malaysia's MY) is the terminal's country only printed last, right after a town ("KELDORA CAFE
  // MILANO IT", "… WIEN AT").
  if (
    !country &&
    display.length > 2 &&
    WORD_COUNTRY_CODES.has(display[display.length - 1]!) &&
    endsInTown(display, display.length - 1)
  ) {
    countryCode = display.pop()!;
    country = true;
  }

  // The acceptor layout printed without its padding runs the name into the city ("KELDORA MARKETMADRID ES"): the
  // city is split off where it starts, and that is where the place begins. Only before a country code printed as the
  // text's last word: a code's letters ("ZORVEXTENDO CA7654321") are no country field.
  const cityEnd = country ? display.length : display.length - 1;
  const code = country ? countryCode : display[cityEnd];
  // A code that is also a company's legal form ("ASKLEPIOS KLINIKEN SE", "ALLIANZ AG", "… GMBH & CO KG") right after
  // the name, with no town before it, is the company's form, not Sweden, Antigua or Kyrgyzstan.
  const legalForm = code != null && isLegalForm(code) && cityEnd >= 1 && !isPlaceWord(display[cityEnd - 1]!);
  const gluedCity =
    ascii &&
    cityEnd >= 1 &&
    code != null &&
    !legalForm &&
    (country || isCountryCode(code)) &&
    endsWithWord(lower, code)
      ? splitGluedCity(display, cityEnd - 1)
      : -1;
  const tokens = ascii ? display : display.map(foldWord);
  let placeFrom = gluedCity > 0 ? gluedCity : placeStart(tokens, country);
  if (!country && placeFrom < tokens.length) countryCode = tokens[tokens.length - 1]!;
  let keyTokenCount = keyLength(tokens, regionDropped);
  // The town printed twice, once ending the name field and once, cut or whole, in the city field ("SPAR KELDORAVILLE
  // KELDORAVIL", "CRF EXP ZORVEXB ZORVEXBEEK"): both are the place, as Bancontact terminals print it.
  const repeatedTown = repeatedTownAt(tokens);
  if (repeatedTown > 0) {
    if (repeatedTown < placeFrom) placeFrom = repeatedTown;
    if (repeatedTown < keyTokenCount) keyTokenCount = repeatedTown;
  }
  // The street address is the terminal's place, as a city field is: neither the seller's key nor a word of its name.
  if (addressAt > 0 && addressAt < tokens.length) {
    if (addressAt < keyTokenCount) keyTokenCount = addressAt;
    if (addressAt < placeFrom) placeFrom = addressAt;
  }
  return {
    tokens,
    display,
    keyTokenCount,
    lead,
    afterTransfer,
    placeFrom,
    countries: countryCode === null || legalForm ? null : (TERMINAL_COUNTRIES.get(countryCode) ?? null),
    gluedCityAt: gluedCity,
    // Words must follow the number for it to stand between a name and a branch.
    storeNumberAt: storeNumberAt < tokens.length ? storeNumberAt : 0,
    atTerminal,
  };
}

/**
 * The reading cleanDescription would have made without splitting off the glued city (see gluedCityAt): the two
 * tokens joined again, and the place starting after them. `keyTokenCount` and `placeFrom` are the caller's current
 * values, which it may have narrowed since.
 */
export function ungluedCity(
  cleaned: CleanedDescription,
  tokens: readonly string[],
  keyTokenCount: number,
  placeFrom: number,
): { tokens: string[]; display: string[]; keyTokenCount: number; placeFrom: number } {
  const at = cleaned.gluedCityAt;
  const join = (list: readonly string[]) => [
    ...list.slice(0, at - 1),
    list[at - 1]! + list[at]!,
    ...list.slice(at + 1),
  ];
  return {
    tokens: join(tokens),
    display: join(cleaned.display),
    keyTokenCount: keyTokenCount >= at ? Math.max(at, keyTokenCount - 1) : keyTokenCount,
    placeFrom: Math.min(placeFrom, at),
  };
}

/**
 * Whether the house number at `k` opens a street address, as American card terminals print one after the name
 * ("ACME COFFEE 3390 KELDORA BLVD", "ACME #4410 1480 S KELDORA AVE"): a number of one to six digits, then a
 * compass point, or a street's type within the next three words. A number before other words ("PIER 1 IMPORTS",
 * "STUDIO 54 BAR") stays a number in the name.
 */
function opensStreetAddress(k: number, count: number): boolean {
  if (raws[k]!.length > 6) return false;
  const next = k + 1 < count ? raws[k + 1]! : "";
  if (COMPASS_POINTS.has(next)) return true;
  for (let at = k + 2; at < count && at <= k + 3; at++) if (STREET_TYPES.has(raws[at]!)) return true;
  return false;
}

const COMPASS_POINTS: ReadonlySet<string> = new Set([
  "n",
  "s",
  "e",
  "w",
  "ne",
  "nw",
  "se",
  "sw",
  "north",
  "south",
  "east",
  "west",
]);

/** A street's type after its name, as American and Canadian addresses abbreviate it (and a cut "BLV"). */
const STREET_TYPES: ReadonlySet<string> = new Set([
  "st",
  "street",
  "ave",
  "av",
  "avenue",
  "blvd",
  "blv",
  "boulevard",
  "rd",
  "road",
  "dr",
  "drive",
  "ln",
  "lane",
  "hwy",
  "highway",
  "pkwy",
  "parkway",
  "way",
  "ct",
  "pl",
  "cir",
  "ter",
  "trl",
]);

/**
 * The card networks' acceptor layout printed with its padding ("KIWI                   TOLVSROD     NOR"): the name
 * field, padded with spaces to its width, then the city field (13 characters) and the country code. A run of three
 * or more spaces after the name is where its field ends, when what follows is that city field (with the country code
 * or a post code after it, or nothing) and no more. How many of `tokens` (the whole text's, cleaned) are the name
 * field; `tokens.length` when the text is not in that layout:
 * - a wrapper before the gap ("BILL PAYMENT         PAYEE") leaves no name of its own in front, and the gap then
 *   separates the wrapper from the name, not a name from its town;
 * - a gap inside a phrase ("DIRECT               DEBIT ACME LOAN PMT") is followed by more than a city field.
 * Asked only of texts holding such a gap (see normalize.ts).
 */
export function paddedNameLength(
  text: string,
  gap: number,
  tokens: readonly string[],
  namesSeller?: NamesSeller,
): number {
  // The city field starts after the name field's width (22 or 25 characters, more after a wrapper in front): a run
  // of spaces before that is spacing inside a name ("JOE'S   DINER").
  let start = gap;
  while (text.charCodeAt(start) === 32) start++;
  let indent = 0;
  while (text.charCodeAt(indent) === 32) indent++;
  if (start - indent < NAME_FIELD) return tokens.length;
  let rest = text.slice(start).trimEnd();
  // The country code (or a post code) after the city field, in a field of its own or after one space. A code alone
  // is the country field after a name and city that fill theirs: where the city starts is not known then.
  const last = rest.lastIndexOf(" ");
  // Nigerian terminals print the state glued to the country, then a dash ("   OY           OYNG-": Oyo, Nigeria).
  const code = rest
    .slice(last + 1)
    .toLowerCase()
    .replace(/-+$/, "");
  const stateAndCountry = code.length === 4 && isLetters(code) && isCountryCode(code.slice(2));
  if (isCountryCode(code) || REGIONS.has(code) || /^\d+$/.test(code) || stateAndCountry)
    rest = rest.slice(0, Math.max(last, 0)).trimEnd();
  // The city field is a town's name: it starts with a letter ("UBER   *EATS" is a processor's layout, not a town).
  if (rest.length === 0 || rest.length > CITY_FIELD || rest.includes("  ") || !/^\p{L}/u.test(rest))
    return tokens.length;
  // Read as the whole text was (see namesSeller), so the two readings of the name agree.
  const name = cleanDescription(text.slice(0, gap), namesSeller).tokens;
  if (name.length === 0 || name.length >= tokens.length) return tokens.length;
  for (let k = 0; k < name.length; k++) if (name[k] !== tokens[k]) return tokens.length;
  return name.length;
}

/**
 * The part of a town a terminal's address prints after the town's name:
 * - Copenhagen's and the other Danish cities' postal districts, a letter or two: centre (C, K), west, north, south,
 *   east (Ø, printed O without it), north-west, south-west, north-east, south-east ("KOEBENHAVN K", "AARHUS C");
 * - the Indonesian cities' parts by compass point: west, east, south, north, centre, middle ("JAKARTA BARAT",
 *   "TANGERANG SELATAN"), and the English compass points ("GEELONG WEST").
 */
const TOWN_DISTRICTS: ReadonlySet<string> = new Set([
  "c",
  "k",
  "v",
  "n",
  "s",
  "ø",
  "o",
  "nv",
  "sv",
  "nø",
  "sø",
  "barat",
  "timur",
  "selatan",
  "utara",
  "pusat",
  "tengah",
  // and in English, a town's side of its centre ("GEELONG WEST", "CHRISTCHURCH NORTH")
  "north",
  "south",
  "east",
  "west",
]);

/**
 * The country code a last token ends in when it is a region's code glued to it (see cleanDescription), else null:
 * a region of three letters ("NSWAU", "VICAU"), or of two after a town ("ROODEPOORT GPZA", "AUSTIN TXUS", and the
 * country's own code twice, "ZAZA"). A word of four or five letters ending like a code ("GMBH", "PLUS", "HAUS") is
 * none: the two letters before the code must be a region's.
 */
function gluedRegionCountry(display: readonly string[], at: number): string | null {
  const token = display[at]!;
  if (token.length < 4 || token.length > 5 || !isLetters(token)) return null;
  const code = token.slice(-2);
  if (!isCountryCode(code)) return null;
  const region = token.slice(0, -2);
  if (region.length === 3) return REGIONS.has(region) ? code : null;
  return (region === code || REGIONS.has(region) || GLUED_REGIONS.has(region)) && endsInTown(display, at)
    ? code
    : null;
}

/**
 * Words whose accent is all that tells them from another word, kept as printed rather than folded: the Swedish and
 * Danish pay word ("LÖN", "LØN", folded LON, London's abbreviation), Swedish interest ("RÄNTA", folded a Finnish
 * surname), Turkish pay ("MAAŞ", folded a Dutch surname), and words of names that fold into an English or German
 * business word: German "BÜRGER" (a citizen, as in a town hall's "BÜRGER SERVICE", and a surname; folded, a
 * burger), German and Swedish "BÄR" (a bear, berries, a surname; a bar), Swedish "STRÖM" (a surname; German STROM is
 * electricity) and "GÅRDEN" (a farm, a courtyard; a garden), Hungarian "DÉLI" (southern, as in Budapest's DÉLI
 * PÁLYAUDVAR, its southern railway station; a deli) and "TÁSKA" (a bag; Malaysia's TASKA is a day nursery), and
 * Hungarian pay, "BÉR". Bank text that prints the accent means the word.
 */
const ACCENT_DECIDES: ReadonlySet<string> = new Set([
  "lön",
  "løn",
  "ränta",
  "maaş",
  "bürger",
  "bär",
  "ström",
  "gården",
  "déli",
  "táska",
  // Hungarian pay (folded, BER: Berlin's airport, a name's ending).
  "bér",
]);

function foldWord(word: string): string {
  return ACCENT_DECIDES.has(word) ? word : foldForMatch(word);
}

/**
 * Regions printed glued to the country code that places.json's regions (North America's and Australia's) do not
 * hold: South Africa's provinces as card terminals there print them (Gauteng, Western Cape, Eastern Cape, KwaZulu-Natal,
 * Free State, Limpopo, Mpumalanga, North West, Northern Cape).
 */
const GLUED_REGIONS: ReadonlySet<string> = new Set(["gp", "wc", "ec", "kz", "fs", "lp", "mp", "nw", "nc"]);

/** Country codes left out of places.json's as everyday English words, read as one only after a town. */
const WORD_COUNTRY_CODES: ReadonlySet<string> = new Set(["it", "at", "be", "no", "is", "my"]);

/**
 * The two-letter codes each trailing country code may stand for (see CleanedDescription.countries), one list per
 * code. The Dutch card field ("…,PAS123") is not among them: the card is Dutch, the terminal anywhere.
 */
const TERMINAL_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map(
  [...COUNTRY_CODES, ...WORD_COUNTRY_CODES].map((code) => {
    const alpha2 = ALPHA2[code] ?? code;
    const northAmerican =
      code.length === 2 && REGIONS.has(code) && alpha2 !== "us" && alpha2 !== "gb" && alpha2 !== "ie";
    if (!northAmerican) return [code, [alpha2]];
    return [code, alpha2 === "ca" ? NORTH_AMERICA : [alpha2, ...NORTH_AMERICA]];
  }),
);

/**
 * A number's label glued to its number, or joined to it by a slash, colon or dot ("FIL1015", "REF12345",
 * "ECH/121023"): both go, as when a space parts them. Not a bare "number" ("NR123441234"): ABN AMRO's cash machine
 * line ("GA NR…") is read by its words.
 */
function gluedLabel(token: string): boolean {
  let k = 0;
  while (k < token.length && token.charCodeAt(k) >= 97 && token.charCodeAt(k) <= 122) k++;
  if (k < 2 || k === token.length) return false;
  let d = k;
  const c = token.charCodeAt(d);
  if (c === 47 /* / */ || c === 58 /* : */ || c === 46 /* . */) d++;
  // Three digits at least, as for a store number (see gluedLetters): "CB2" and "IN3" are names.
  if (token.length - d < 3) return false;
  for (let i = d; i < token.length; i++)
    if (token.charCodeAt(i) < 48 || token.charCodeAt(i) > 57) return false;
  const label = token.slice(0, k);
  return isNumberLabel(label) && !NUMBER_WORDS.has(label);
}

/**
 * Whether the last word kept labels the number that follows: a label, or "code" after one ("APPROVAL CODE 123456";
 * alone it ends names, "AUGMENT CODE").
 */
function labelsNumber(display: readonly string[]): boolean {
  const last = display[display.length - 1]!;
  if (last === "code") return display.length > 1 && isNumberLabel(display[display.length - 2]!);
  return isNumberLabel(last);
}

function isNumberLabel(token: string): boolean {
  return mayContain(NUMBER_LABEL_FILTER, token) && NUMBER_LABELS.has(token);
}

/**
 * A transaction-type code some banks print in front: in brackets ("[PR]COSTCO WHOLESAL": a purchase, "[DN]": a
 * deposit), glued to the name, or Itaú's automatic debit, "DA" padded to its column ("DA  NET SERVICOS"): a code, not
 * the name's first word. (One space after it is Italian or Portuguese "da", at: "DA MARIO" is a restaurant's name.)
 */
function withoutTypeCode(raw: string): string {
  const first = raw.charCodeAt(0);
  if (first === 68 /* D */ && raw.startsWith("DA  "))
    return AUTOMATIC_DEBIT_CODE.test(raw) ? raw.slice(4) : raw;
  if (first !== 91 /* [ */) return raw;
  const close = raw.indexOf("]");
  return close > 1 && close <= 4 ? raw.slice(close + 1) : raw;
}

const AUTOMATIC_DEBIT_CODE = /^DA {2,}\S/;

/**
 * How many tokens at `start` (not the last) are what tills print between the channel words and the name, beyond
 * the lead phrases and codes: the number a label introduces ("BEA NR:12AB34", "CARD NO 12"), a currency code with
 * its amount ("VISA DEBIT EUR 12,50 SELLER"), and after a channel word "AT" (Austria, or "PURCHASE AT") and a
 * card's sequence code ("POS 23,55 AT K1 16.09. 11:32 SELLER", "K1": the first card on the account). 0: none.
 * Kept out of cleanDescription's loop, which runs for every description, so that loop stays small.
 */
function skipBeforeName(
  start: number,
  count: number,
  kind: number,
  namesSeller: NamesSeller | undefined,
): number {
  const token = raws[start]!;
  // The number a label introduces ("CB 4975"), unless it is a seller's name (see codeNamesSeller): a spelling goes on
  // from it ("CB 7-ELEVEN", "CB 585 GOLD"), or it is one with only a date or a place after it ("CB MK2 LYON").
  if (
    (kind & NUMBER) !== 0 &&
    start > 0 &&
    isNumberLabel(raws[start - 1]!) &&
    !codeNamesSeller(start, count, namesSeller)
  )
    return 1;
  // A label before a card's number printed in groups, one of them masked ("MET KAART NR 6703 1234 XXXX 5567 0"): the
  // label is the lead's, so the card's sequence number after the groups is read as the card's too (see afterCard).
  if ((kind & ~AFTER_STORE_NUMBER) === 0 && isNumberLabel(token) && cardNumberFollows(start + 1, count))
    return 1;
  // PayPal's direct debit as German and Dutch banks print it: "PP.1234.PP . SELLER, Ihr Einkauf bei SELLER". Only
  // with the number between the two: "PP" alone may start a name.
  if (token === "pp" && start + 3 < count && kinds[start + 1]! & DIGITS_ONLY && raws[start + 2] === "pp")
    return 3;
  // Only beside its amount, after ("12.50 EUR", which leaves its mark on the code) or before it: a code alone in front
  // is a name's first word ("PLN PRABAYAR", Indonesia's power company).
  if (
    (kind & ~WORD_MARKS) === 0 &&
    (kind & AFTER_DATE || kinds[start + 1]! & (NUMBER | DIGITS_ONLY | AFTER_DATE)) &&
    mayContain(CURRENCY_FILTER, token) &&
    CURRENCY_CODES.has(token)
  ) {
    // "12,50": the amount's two halves, short numbers that would otherwise stay as a name ("76", "99 RANCH"). An amount
    // the tokenizer already took whole ("995,00", "12.50") leaves its mark on the next word, which is the name's then
    // ("DKK 995,00 585 GOLD").
    let end = start + 1;
    for (let k = 0; k < 2 && end + 1 < count && kinds[end]! & DIGITS_ONLY && !(kinds[end]! & AFTER_DATE); k++)
      end++;
    return end - start;
  }
  return start > 0 && isLeadFiller(token, kind) && !codeNamesSeller(start, count, namesSeller) ? 1 : 0;
}

/** Whether a card's number starts at `from`: up to three groups of digits, then a masked one ("6703 1234 XXXX"). */
function cardNumberFollows(from: number, count: number): boolean {
  for (let k = from; k < count && k <= from + 3; k++) {
    if (isMaskedGroup(raws[k]!) || isCardMask(raws[k]!)) return true;
    if ((kinds[k]! & DIGITS_ONLY) === 0) return false;
  }
  return false;
}

/**
 * Whether the short code at `start` is a seller's name: it starts a spelling the next word continues ("CONTACTLESS HS1
 * LTD"), or it is a one-word spelling and no other name follows, only a date or a place ("CARD PAYMENT TO O2 ON 12 OCT",
 * "KARTENZAHLUNG O2 BERLIN"). A code before another name is the terminal's, whatever else it spells ("AT K1 16.09.
 * SPAR"): K2 is also a brand.
 */
function codeNamesSeller(start: number, count: number, namesSeller: NamesSeller | undefined): boolean {
  if (namesSeller === undefined || (kinds[start]! & NUMBER) === 0) return false;
  const opens = namesSeller(raws[start]!, raws[start + 1]);
  if (opens !== 1) return opens === 2;
  for (let k = start + 1; k < count; k++) {
    const token = raws[k]!;
    if (kinds[k]! & (NUMBER | DIGITS_ONLY) || token === "" || token === "on" || MONTHS.has(token)) continue;
    if (isCountryCode(token) || isPlaceWord(token)) continue;
    return false;
  }
  return true;
}

/**
 * "at", or a short code of one or two letters and a digit or two ("K1", "A44"). Not other country codes: "MC",
 * "AL" or "CA" after a channel word are as often the start of a name ("MC DONALDS").
 */
function isLeadFiller(token: string, kind: number): boolean {
  if ((kind & ~WORD_MARKS) === 0) return token === "at";
  if ((kind & (NUMBER | DIGITS_ONLY)) !== NUMBER || token.length > 4) return false;
  let letters = 0;
  while (letters < token.length && !isDigit(token.charCodeAt(letters))) letters++;
  if (letters === 0 || letters > 2) return false;
  for (let k = letters; k < token.length; k++) if (!isDigit(token.charCodeAt(k))) return false;
  return true;
}

/**
 * A token that closes the terminal's location: a country code, or the Dutch card field ("…,PAS123" after the
 * town in a BEA line).
 */
function endsLocation(token: string): boolean {
  return token === "pas" || isCountryCode(token);
}

export function isCountryCode(token: string): boolean {
  return mayContain(COUNTRY_FILTER, token) && COUNTRY_CODES.has(token);
}

/**
 * Splits `display[at]` in two where a town or a city it ends in starts ("bravomadrid" → "bravo", "madrid"), and
 * returns the city's index; -1 when the token is no name glued to a town. The longest town wins; the name keeps three
 * letters or more, and the town five or more, so a word that merely ends like a town stays whole in most cases.
 */
function splitGluedCity(display: string[], at: number): number {
  const token = display[at]!;
  if (token.length < 8 || !isLetters(token) || isTailToken(token)) return -1;
  for (let length = token.length - 3; length >= 5; length--) {
    const town = token.slice(token.length - length);
    if (!isPlaceWord(town)) continue;
    display.splice(at, 1, token.slice(0, token.length - length), town);
    return at + 1;
  }
  return -1;
}

/** A word with a digit or two and two letters or more ("barre3", "7up", "one9"), which is no reference code. */
function nameWithDigits(tok: string): boolean {
  const digits = digitCount(tok);
  return digits <= 2 && tok.length - digits >= 2;
}

/** Whether `token` is a town's or a city's name (a terminal's place field). */
function isPlaceWord(token: string): boolean {
  return mayContain(TAIL_FILTER, token) && (TOWNS.has(token) || CITIES.has(token));
}

/** Whether `text` ends with `word` as a word of its own (trailing spaces aside). */
function endsWithWord(text: string, word: string): boolean {
  const end = text.trimEnd();
  if (!end.endsWith(word)) return false;
  const before = end.charCodeAt(end.length - word.length - 1);
  return Number.isNaN(before) || !isWordChar(before);
}

/**
 * Where the last two tokens are one town's name printed twice (one the other's start, five letters or more), or 0.
 * The first may have its district or station after it, as Dutch terminals print a station's ("NS-Utrecht C. 117
 * UTRECHT", "… AMSTERDAM CS 12 AMSTERDAM": Centraal, Centraal Station) and Danish ones a postal district's. A town of
 * two words counts too, and a state's and a country's code may follow, before which the repeat is read (below).
 */
function repeatedTownAt(tokens: readonly string[]): number {
  let count = tokens.length;
  // A country's and a state's code after the repeat, as Australian, New Zealand and Irish terminals print them
  // ("… EDWARDSTOWN EDWARDSTOWN SA AUS", "… MILE END MILE END AU", "… ATHENRY ATHENRY IE"). Not an American state's
  // two letters, which a name holding its city's name prints as often ("ZOO ATLANTA ATLANTA GA": the zoo, its town).
  const last = tokens[count - 1]!;
  if (count >= 4 && (TOWN_REPEAT_CODES.has(last) || (last.length === 3 && isCountryCode(last)))) count--;
  if (count >= 4 && AUSTRALIAN_STATES.has(tokens[count - 1]!)) count--;
  if (count < 3) return 0;
  // A town of two words printed twice before the codes ("… MILE END MILE END AU"), the first time perhaps cut by the
  // name field's width ("BAKERS DELIGHT CANNON HI CANNON HILL QLD AU"): without the codes, two words twice are as
  // often a product's name ("BB RENDE FÁCIL - RENDE FACIL").
  if (
    count < tokens.length &&
    count >= 5 &&
    tokens[count - 4] === tokens[count - 2] &&
    tokens[count - 1]!.startsWith(tokens[count - 3]!) &&
    isLetters(tokens[count - 2]!) &&
    isLetters(tokens[count - 1]!) &&
    tokens[count - 2]!.length + tokens[count - 1]!.length >= 6
  )
    return count - 4;
  const b = tokens[count - 1]!;
  const district = count >= 4 && (TOWN_DISTRICTS.has(tokens[count - 2]!) || STATIONS.has(tokens[count - 2]!));
  const at = district ? count - 3 : count - 2;
  const a = tokens[at]!;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && isLetters(shorter) && longer.startsWith(shorter) ? at : 0;
}

/** Two-letter country codes no American state shares, read after a town's repeat ("… ATHENRY ATHENRY IE"). */
const TOWN_REPEAT_CODES: ReadonlySet<string> = new Set(["au", "nz", "ie"]);

/** Australia's states and territories as terminals print them, "SA" among them (read so only after a town's repeat). */
const AUSTRALIAN_STATES: ReadonlySet<string> = new Set(["nsw", "vic", "qld", "sa", "wa", "tas", "act", "nt"]);

/** A station's letters after its town's name on Dutch terminals: Centraal Station, Hollands Spoor. */
const STATIONS: ReadonlySet<string> = new Set(["cs", "hs"]);

/**
 * Where a trailing "CITY COUNTRY" starts (see CleanedDescription.placeFrom): the country code is the last token
 * (or was dropped as trailing noise: "GBR"), and the city before it fits the 13-character field. At least one token
 * is left for the name.
 */
function placeStart(tokens: readonly string[], droppedCountry: boolean): number {
  const count = tokens.length;
  let end = count;
  if (!droppedCountry) {
    if (count < 3 || !isCountryCode(tokens[count - 1]!)) return count;
    end = count - 1;
  }
  let from = end;
  let width = 0;
  while (from > 1) {
    const next = width + (width > 0 ? 1 : 0) + tokens[from - 1]!.length;
    if (next > CITY_FIELD) break;
    width = next;
    from--;
  }
  return from;
}

/** Company forms in the scripts printed without spaces: set apart as words of their own (see cjkWordsFor). */
export const CJK_LEGAL_FORMS: readonly string[] = [
  "주",
  "주식회사",
  "유한회사",
  "株",
  "株式会社",
  "有限会社",
  "合同会社",
  "有限公司",
  "股份有限公司",
];

// Legal forms of companies ("… GMBH", "… B.V.", "… OY", "… OÜ"): a name followed only by one is whole, and a name
// ending in one is a company's.
const LEGAL_FORMS = new Set([
  "inc",
  "ltd",
  "llc",
  "corp",
  "plc",
  "limited",
  "ag",
  "gmbh",
  "mbh",
  "kg",
  "bv",
  "nv",
  "sa",
  "sarl",
  "sas",
  "srl",
  "spa",
  "oy",
  "oyj",
  "ab",
  "aps",
  "asa",
  "as",
  "ou",
  "uab",
  "sia",
  "se",
  // Brazil's limited company and sole-owner company ("ITURAN SERVICOS LTDA"); "S.A." and "S A" are read as "sa" by
  // cleanDescription
  "ltda",
  "eireli",
  // Mexico's sociedad anónima promotora de inversión, before "DE CV"
  "sapi",
  // Portugal's limitada, and Spain's sociedad limitada (unipersonal)
  "lda",
  "sl",
  "slu",
  // Belgium's private company and non-profit association (French and Dutch)
  "sprl",
  "bvba",
  "asbl",
  "vzw",
  // Turkey's limited company, "LTD. ŞTİ." (limited şirketi)
  "sti",
  // Korea's (주) and 주식회사, Japan's (株), 株式会社, 有限会社 and 合同会社, China's 有限公司 and 股份有限公司 (a
  // company limited by shares), printed before or after the name.
  ...CJK_LEGAL_FORMS,
]);

/** An airport, in the languages read: where a branch stands, or what a business serves ("AIRPORT SHUTTLE"). */
export const AIRPORT_WORDS: readonly string[] = [
  "airport",
  "flughafen",
  "aeroport",
  "aeropuerto",
  "aeroporto",
  "luchthaven",
  "lufthavn",
  "flygplats",
  "lentoasema",
  "lotnisko",
];

const TAIL_WORDS = new Set([
  "store",
  "stores",
  "shop",
  "shops",
  // Indonesian and Malay "branch", before the branch's town ("ALFAMART CABANG BANDUNG")
  "cabang",
  "co",
  "online",
  "uk",
  "us",
  "gb",
  "ie",
  "eu",
  "com",
  "www",
  // Estonian "self-service": a chain's self-checkout till prints it after the store ("KADAKA SELVERI ISETEEN")
  "iseteen",
  "iseteenindus",
  // Where a filling station's card was used: in the shop or at the pump ("LOVE'S #0123 INSIDE")
  "inside",
  "outside",
  ...LEGAL_FORMS,
  // The country a company's local arm is named for ("TELIA EESTI AS", "VODAFONE DEUTSCHLAND GMBH"), in English and
  // in its own language, as banks print it without accents. Names of two words are read as LONG_TOWNS are.
  ...places.companyCountries.filter((country) => !country.includes(" ")),
]);

/**
 * Towns of the world (GeoNames, built into places.json; towns named like an everyday word or a seller left out):
 * read only as the place after a name ("KIWI DRAMMEN", "OLEREX TARTU"), to tell that a name counts as the whole
 * seller text, never cut from a seller's key, so no stored rule or vote loses its key to them. One-word towns here;
 * the longer ones by their first word, each as its tokens, longest first.
 */
const TOWNS: ReadonlySet<string> = new Set(places.towns.filter((town) => !town.includes(" ")));
const LONG_TOWNS = new Map<string, string[][]>();
// A local arm's country of two words ("SPARK NEW ZEALAND", "LUSH SOUTH AFRICA") is a place after the name like them.
for (const town of [...places.towns, ...places.companyCountries]) {
  if (!town.includes(" ")) continue;
  const words = town.split(" ");
  LONG_TOWNS.set(words[0]!, [...(LONG_TOWNS.get(words[0]!) ?? []), words]);
}
for (const list of LONG_TOWNS.values()) list.sort((a, b) => b.length - a.length);
const LONG_TOWN_FILTER = buildWordFilter(LONG_TOWNS.keys(), LONG_TOWNS.size);

/**
 * Whether the words before `end` end in a town of one or two words ("MILANO", "KUALA LUMPUR", "KØBENHAVN"). The words
 * are the display's, not yet folded as the place list is.
 */
function endsInTown(display: readonly string[], end: number): boolean {
  if (end >= 2 && isPlaceWord(foldForMatch(display[end - 1]!))) return true;
  if (end < 3) return false;
  const first = foldForMatch(display[end - 2]!);
  const long = mayContain(LONG_TOWN_FILTER, first) ? LONG_TOWNS.get(first) : undefined;
  const second = foldForMatch(display[end - 1]!);
  return long?.some((words) => words.length === 2 && words[1] === second) === true;
}

// The four sets isTailToken asks, as one filter: a word in none of them is answered without hashing it.
const TAIL_FILTER = buildWordFilter(
  [...TAIL_WORDS, ...REGIONS, ...CITIES, ...TOWNS],
  TAIL_WORDS.size + REGIONS.size + CITIES.size + TOWNS.size,
);

/** A word that may follow a company's name in its own name: a legal form, "STORE", the country of a local arm. */
export function isCompanyTail(token: string): boolean {
  return TAIL_WORDS.has(token);
}

export function isLegalForm(token: string): boolean {
  return LEGAL_FORMS.has(token);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The endings `raw` prints after the name `token` as a web address ("TING.COM" → ["com"], "STAN.COM.AU" → ["com",
 * "au"]), which cleaning drops; null when it prints the name otherwise.
 */
export function webAddressEndings(raw: string, token: string): string[] | null {
  // A token folding leaves empty (a Thai tone mark set apart from its letter) is found everywhere, and at the text's
  // end again and again: the search below would never end.
  if (token === "") return null;
  const text = foldForMatch(raw.toLowerCase());
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    if (at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!)) continue;
    const endings: string[] = [];
    let dot = at + token.length;
    for (
      let length = tldLength(text, dot);
      text.charCodeAt(dot) === 46 && length > 0;
      length = tldLength(text, dot)
    ) {
      endings.push(text.slice(dot + 1, dot + length));
      dot += length;
    }
    if (endings.length > 0) return endings;
  }
  return null;
}

/**
 * Whether `raw` prints the name `token` (as cleaned: folded, lower case) as a web address ("AMAZON.DE",
 * "www.zalando.fr"), which a business has and a person does not. Reads the text again: only asked of the few
 * descriptions where it decides (a one-word brand after a transfer's wrapper).
 */
export function printsAsWebAddress(raw: string, token: string): boolean {
  return webAddressEndings(raw, token) !== null;
}

/**
 * Legal forms printed with a dot after each letter ("B.V.", "N.V.", "D.O.O."): they reach the tokens as letters. So
 * does the Polish limited company's "SP. Z O.O." ("SP Z OO" where the bank drops the dots).
 */
const DOTTED_LEGAL_FORMS: readonly (readonly string[])[] = [
  ["b", "v"],
  ["n", "v"],
  ["d", "o", "o"],
  ["s", "r", "l"],
  // Spain's sociedad limitada, dotted ("KELDORA S.L.")
  ["s", "l"],
  // Luxembourg's and France's société à responsabilité limitée, dotted ("EBAY S.A R.L.", "S.À R.L.")
  ["s", "a", "r", "l"],
  ["s", "r", "o"],
  ["s", "p", "a"],
  ["sp", "z", "o", "o"],
  ["sp", "z", "oo"],
  // Mexico's sociedad anónima de capital variable ("SA DE CV", "S DE RL DE CV", "SAPI DE CV")
  ["de", "cv"],
  ["de", "c", "v"],
  ["s", "de", "rl", "de", "cv"],
  ["s", "de", "rl"],
];

/**
 * How the legal forms that open with an S start: the dotted ones above ("S.R.O.") and Mexico's, whose "S" the "DE"
 * of the rest follows ("S.A. DE C.V.", "S. DE R.L. DE C.V.").
 */
const S_FORMS: readonly (readonly string[])[] = [
  ...DOTTED_LEGAL_FORMS.filter((form) => form[0] === "s"),
  ["s", "a", "de"],
  ["s", "de", "r"],
  ["s", "de", "rl"],
];

/**
 * The text with an acronym of three letters or more written with dots ("C.P.A.M. DE NIORT", "S.N.C.F.") as
 * one word ("cpam", "sncf"), as the dictionary and the word lists spell it. Not a dotted legal form: those
 * are read letter by letter (see DOTTED_LEGAL_FORMS), and two letters ("B.V.", "S.A.") are as often a legal
 * form as initials.
 */
export function withoutDottedInitials(text: string): string {
  if (text.indexOf(".") < 0) return text;
  return text.replace(DOTTED_INITIALS, (initials) => {
    const word = initials.replaceAll(".", "");
    return DOTTED_FORM_WORDS.has(word) ? initials : word;
  });
}

const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L}){2,}\.?(?![\p{L}\p{N}])/gu;
const DOTTED_FORM_WORDS: ReadonlySet<string> = new Set(
  DOTTED_LEGAL_FORMS.filter((form) => form.every((letter) => letter.length === 1)).map((form) =>
    form.join(""),
  ),
);

/** Whether pass 1's tokens from `k` (of `count`) open one of S_FORMS. */
function opensDottedForm(k: number, count: number): boolean {
  return S_FORMS.some((form) => k + form.length <= count && spellsAt(raws, k, form));
}

/**
 * Whether a name is a company's: its first `count` tokens end in a legal form, or a word past its first is the word
 * for a company ("PORTO SEGURO CIA SEG GERAIS", Companhia de Seguros; "DUPONT ET CIE").
 */
export function namesACompany(tokens: readonly string[], count: number): boolean {
  if (endsInLegalForm(tokens, count)) return true;
  // Past the key too: what follows the word may have been read as a town ("… CIA SEG GERAIS").
  for (let k = 1; k < tokens.length; k++) if (COMPANY_WORDS.has(tokens[k]!)) return true;
  return false;
}

const COMPANY_WORDS = new Set(["cia", "companhia", "compania", "cie"]);

/** Whether a name (the first `count` tokens) ends in a legal form, whole ("BV", "GMBH") or dotted ("B.V."). */
export function endsInLegalForm(tokens: readonly string[], count: number): boolean {
  if (count < 2) return false;
  if (isLegalForm(tokens[count - 1]!)) return true;
  return DOTTED_LEGAL_FORMS.some(
    (form) => form.length < count && spellsAt(tokens, count - form.length, form),
  );
}

/**
 * How many tokens from `at` (a later word than the name's first, within the first `count`) spell a dotted legal
 * form ("s r o" from "S.R.O."), 0 when none does.
 */
export function dottedLegalFormAt(tokens: readonly string[], at: number, count: number): number {
  if (at < 1) return 0;
  for (const form of DOTTED_LEGAL_FORMS)
    if (at + form.length <= count && spellsAt(tokens, at, form)) return form.length;
  return 0;
}

/** Whether `tokens` hold `words` in a row from `at` ("s r o" in "zorvex s r o praha" from 1). */
export function spellsAt(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (tokens[at + i] !== words[i]) return false;
  return true;
}

/** A token that may follow a name without being part of it: a region, a city or town, "STORES", "LTD". */
export function isTailToken(token: string): boolean {
  return (
    mayContain(TAIL_FILTER, token) &&
    (TAIL_WORDS.has(token) || REGIONS.has(token) || CITIES.has(token) || TOWNS.has(token))
  );
}

/**
 * How many tokens from `at` are one place or filler that may follow a name (see isTailToken), a town of several
 * words ("PALMERSTON NORTH") among them; the terminal's country code counts as the last token ("… TARTU EST"). 0: the
 * token at `at` is more of a name.
 */
export function tailLength(tokens: readonly string[], at: number): number {
  const token = tokens[at]!;
  if (mayContain(LONG_TOWN_FILTER, token) && LONG_TOWNS.has(token)) {
    const length = longTownAt(tokens, at);
    if (length > 0) return length + mallAt(tokens, at + length);
  }
  // A legal form printed with dots reaches the tokens as its letters ("JUMBO WIJCHEN B.V."): filler all the same. Read
  // before a one-word region, whose code may start one ("DE CV" in Mexico's "SA DE CV" is no Delaware).
  if (token.length <= 2)
    for (const form of DOTTED_LEGAL_FORMS) if (spellsAt(tokens, at, form)) return form.length;
  // The private or proprietary company of Australia and South Africa, India and Pakistan, and Singapore ("… PTY LTD",
  // "… PVT LTD", "… PTE LTD"): the two words are one legal form.
  if (PRIVATE_COMPANY.has(token) && (tokens[at + 1] === "ltd" || tokens[at + 1] === "limited")) return 2;
  // The same cut by a payee field's width, the last word ("UPI/P2M/…/ZOMATO PRIVATE L/…", "… PVT LT").
  if (PRIVATE_COMPANY.has(token) && at + 2 === tokens.length && isCutLimited(tokens[at + 1]!)) return 2;
  // Turkey's "SAN. VE TİC." (industry and trade) between the name and its legal form ("… GIDA SAN. VE TİC. A.Ş."),
  // and "TİC." (trade) alone before one ("… TİC. LTD. ŞTİ.").
  if (token === "san" && tokens[at + 1] === "ve" && tokens[at + 2] === "tic") return 3;
  if (token === "tic" && at + 1 < tokens.length && tailLength(tokens, at + 1) > 0) return 1;
  if (mayContain(TAIL_FILTER, token)) {
    if (CITIES.has(token) || TOWNS.has(token)) return 1 + mallAt(tokens, at + 1);
    if (TAIL_WORDS.has(token) || REGIONS.has(token)) return 1;
  }
  // A city's part by compass point before its name, as English writes it ("SOUTH JAKARTA", "NORTH YORK", "WEST
  // LONDON"): the two are the place.
  if (COMPASS_WORDS.has(token) && at + 1 < tokens.length && isPlaceWord(tokens[at + 1]!)) return 2;
  if (token.charCodeAt(0) >= FIRST_CJK) {
    const branch = branchStoreLength(tokens, at);
    if (branch > 0) return branch;
  }
  // The airport a chain's branch stands in, alone or after its name or code ("SPAR AIRPORT DUBLIN", "BOOTS GATWICK
  // AIRPORT", "… LGA AIRPORT"): where, as a town is.
  if (AIRPORTS.has(token)) return 1;
  if (at + 1 < tokens.length && AIRPORTS.has(tokens[at + 1]!) && isLetters(token)) return 2;
  return at === tokens.length - 1 && isCountryCode(token) ? 1 : 0;
}

const AIRPORTS: ReadonlySet<string> = new Set(AIRPORT_WORDS);

const COMPASS_WORDS: ReadonlySet<string> = new Set(["north", "south", "east", "west"]);

/**
 * 1 when the token at `at` is a shopping centre's word after the town it is named for ("CLICKS PRETORIA MALL",
 * "… EDENVALE VILLAGE", "… PENRITH PLAZA"): the store's place is the centre, no part of its name. Else 0.
 */
function mallAt(tokens: readonly string[], at: number): number {
  return at < tokens.length && MALL_WORDS.has(tokens[at]!) ? 1 : 0;
}

/**
 * Where a town and its shopping centre's word end the first `end` tokens ("… PRETORIA MALL"), or -1: the words
 * before it are the store's own.
 */
export function townCentreAt(tokens: readonly string[], end: number): number {
  return end >= 3 && MALL_WORDS.has(tokens[end - 1]!) && isPlaceWord(tokens[end - 2]!) ? end - 2 : -1;
}

const MALL_WORDS: ReadonlySet<string> = new Set([
  "mall",
  "plaza",
  "centre",
  "center",
  "square",
  "village",
  "galleria",
  "junction",
  "crossing",
  // Norwegian, Swedish and Danish, Spanish, Italian and Portuguese: a centre, or the town's own centre.
  "senter",
  "centrum",
  "centro",
]);

/** Where the scripts written without spaces start (CJK punctuation, kana, Han; Hangul after them). */
const FIRST_CJK = 0x3000;
/** 店, store. */
const STORE = 0x5e97;

/**
 * How many tokens at `at` are a Chinese or Japanese branch's name, which ends in 店 (store), as printed after the brand
 * ("喜茶（北京大兴万科广场店）", "ローソン 新宿西口店"), its words set apart by the spacing of those scripts (see cjk.ts:
 * "北京 大兴万科广场店"); 0 when none. Four characters at least: shorter words ending so name a kind of shop (酒店 a
 * hotel, 药店 a pharmacy, 便利店 a convenience store), which the business words read.
 */
function branchStoreLength(tokens: readonly string[], at: number): number {
  let characters = 0;
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    const token = tokens[k]!;
    if (token.charCodeAt(0) < FIRST_CJK) return 0;
    characters += token.length;
    if (token.charCodeAt(token.length - 1) === STORE) return characters >= 4 ? k - at + 1 : 0;
  }
  return 0;
}

const PRIVATE_COMPANY: ReadonlySet<string> = new Set(["pty", "pvt", "pte", "private"]);

/** "l", "lt", "lim" …: the start of "ltd" or "limited" a field's width left. */
export const isCutLimited = (token: string): boolean =>
  token.length > 0 &&
  token.charCodeAt(0) === 108 /* l */ &&
  ("limited".startsWith(token) || "ltd".startsWith(token));

/** How many tokens at `at` spell a town or a large city (0 when none): "TRONDHEIM", "PALMERSTON NORTH". */
export function townLength(tokens: readonly string[], at: number): number {
  const token = tokens[at]!;
  if (mayContain(LONG_TOWN_FILTER, token) && LONG_TOWNS.has(token)) {
    const length = longTownAt(tokens, at);
    if (length > 0) return length + mallAt(tokens, at + length);
  }
  if (!mayContain(TAIL_FILTER, token)) return 0;
  return CITIES.has(token) || TOWNS.has(token) ? 1 : 0;
}

/** Each country name a company's local arm carries (see TAIL_WORDS) → the one country it names. */
const COMPANY_COUNTRY_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries(places.companyCountryCodes),
);

/**
 * The country named by the words at `at` when they are a country's name of one or two words ("EGYPT", "SOUTH
 * AFRICA", "DEUTSCHLAND"), as a company's local arm carries after its brand: its two-letter code, else null. Names of
 * regions ("EUROPE", "NORDIC") name no one country.
 */
export function companyCountryAt(tokens: readonly string[], at: number): string | null {
  const token = tokens[at];
  if (token === undefined) return null;
  // Asked after most brands read with more words after them: the two words are joined only where a country's name
  // of two words may start.
  const next = tokens[at + 1];
  if (next !== undefined && COUNTRY_FIRST_WORDS.has(token)) {
    const both = COMPANY_COUNTRY_CODES.get(`${token} ${next}`);
    if (both !== undefined) return both;
  }
  return COMPANY_COUNTRY_CODES.get(token) ?? null;
}

/** The first words of the countries' names of two words ("south", "new", "united"). */
const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...COMPANY_COUNTRY_CODES.keys()].filter((name) => name.includes(" ")).map((name) => name.split(" ")[0]!),
);

/** How many tokens at `at` spell a town of several words, longest first (0 when none). */
function longTownAt(tokens: readonly string[], at: number): number {
  for (const words of LONG_TOWNS.get(tokens[at]!)!) {
    if (at + words.length > tokens.length) continue;
    let k = 1;
    while (k < words.length && tokens[at + k] === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
}

/** Each large city as its tokens, grouped by its last token: a trailing city is found without building strings. */
const CITIES_BY_LAST = new Map<string, string[][]>();
for (const city of places.cities) {
  const words = city.split(" ");
  const last = words[words.length - 1]!;
  CITIES_BY_LAST.set(last, [...(CITIES_BY_LAST.get(last) ?? []), words]);
}
for (const list of CITIES_BY_LAST.values()) list.sort((a, b) => b.length - a.length);

/**
 * Tokens left after a trailing "CITY ST" ("SAN FRANCISCO CA", "OAKVILLE ON"); a city only goes with a region, here
 * or already dropped as trailing noise (`regionDropped`).
 */
function keyLength(tokens: string[], regionDropped: boolean): number {
  let end = tokens.length;
  if (end < 2) return end;
  if (mayContain(REGION_FILTER, tokens[end - 1]!) && REGIONS.has(tokens[end - 1]!)) end--;
  else if (!regionDropped) return end;
  const cities = CITIES_BY_LAST.get(tokens[end - 1]!);
  if (cities === undefined) return end;
  for (const words of cities) {
    // The city may not be the whole description: a seller name stays in front of it.
    if (words.length > end - 1) continue;
    let k = 0;
    while (k < words.length && tokens[end - words.length + k] === words[k]) k++;
    if (k === words.length) return end - words.length;
  }
  return end;
}

/**
 * The stable merchant key: the key tokens, single-spaced and cut at the bank's 32 characters. Joined rather than
 * concatenated: `+=` builds a chain of string pieces that every Map probe with the key (rules, crowd, history)
 * must first flatten into a copy, and the dictionary's 50,000 keys would keep their pieces for good.
 */
export function keyFromTokens(tokens: readonly string[], count: number): string {
  // Most keys are the whole token list: joined as it is, without first copying it.
  const key =
    count === 1
      ? tokens[0]!
      : count === 0
        ? ""
        : count === tokens.length
          ? tokens.join(" ")
          : tokens.slice(0, count).join(" ");
  return key.length > MAX_KEY_LENGTH ? key.slice(0, MAX_KEY_LENGTH).trimEnd() : key;
}
