// Raw bank text → seller key, display name, and what the text itself says: a known seller, bank words, business
// words. No `import "server-only"`: scripts/eval-categorize.ts and scripts/bench-categorize.ts import this via tsx.

import * as cjk from "@/server/categorize/cjk";
import type { NamesSeller } from "@/server/categorize/clean";
import * as clean from "@/server/categorize/clean";
import places from "@/server/categorize/data/places.json";
import prefixes from "@/server/categorize/data/prefixes.json";
import { defaultSellerDictionary } from "@/server/categorize/default-dictionary";
import type { Descriptor } from "@/server/categorize/descriptor";
import * as descriptor from "@/server/categorize/descriptor";
import type { SellerDictionary, SellerRecord } from "@/server/categorize/dictionary";
import * as dictionary from "@/server/categorize/dictionary";
import type { Lexicons } from "@/server/categorize/lexicons";
import * as lexiconModule from "@/server/categorize/lexicons";
import type { Phrase, PhraseIndex } from "@/server/categorize/phrases";
import * as phrases from "@/server/categorize/phrases";
import type { CategorySlug } from "@/server/categorize/taxonomy";
import * as taxonomy from "@/server/categorize/taxonomy";
import * as tokenizer from "@/server/categorize/tokenize";

// tsx and Vitest run these modules as CommonJS, where every use of a named import is a call through two getters:
// the hot path reads module-local copies instead (see clean.ts).
const {
  CJK_LEGAL_FORMS,
  AIRPORT_WORDS,
  cleanDescription,
  dottedLegalFormAt,
  endsInLegalForm,
  namesACompany,
  isCountryCode,
  isCompanyTail,
  isCutLimited,
  isLegalForm,
  isTailToken,
  keyFromTokens,
  paddedNameLength,
  printsAsWebAddress,
  webAddressEndings,
  spellsAt,
  tailLength,
  townCentreAt,
  townLength,
  ungluedCity,
  withoutPrintForms,
} = clean;
const { buildCjkWords, hasCjk, spaceCjkWords } = cjk;
const { isPlainDescription, readDescriptor } = descriptor;
const {
  branchWordsBeforeTown,
  cutSpelling,
  DEFAULT_COUNTRIES,
  kindWordsThenPlace,
  lastMatchExact,
  lastMatchKindWords,
  lastMatchLength,
  lastMatchThroughBranch,
  matchAlias,
  spellingPrinted,
  onlyTail,
  opensSeller,
  placeOrBranchAfter,
  shortLatinWord,
  spelledLonger,
  spelledWhole,
  startsSpelling,
  terminalFirst,
  trades,
  tradesHome,
  tradesInAny,
  tradesInOwn,
  townBranchEnd,
} = dictionary;
const {
  CONFIDENCE,
  CONFIDENCE_THRESHOLD,
  INSURER_WORDS,
  TRUNCATED_MAX_CUT,
  TRUNCATED_MIN,
  baseLexicons,
  defaultLexicons,
  lexiconsForCountry,
} = lexiconModule;
const { phraseAt, scanPhrases } = phrases;
const { firstNotBefore, isLetters, mayContain } = tokenizer;
const { categoryBySlug, isInsuranceLine } = taxonomy;

export type NormalizedSeller = {
  /** Lower-case letters (any alphabet, accents folded), digits and single spaces, at most 32 characters; "" when
   * the text names no seller (a check, a transfer, a fee). */
  key: string;
  displayName: string;
};

export type BusinessWordMatch = { slug: CategorySlug; confidence: number; word: string };

export type SellerMatch = NormalizedSeller & {
  /** The dictionary's seller, or null. Its slug may be null: a bank, whose name says nothing of the purchase. */
  known: SellerRecord | null;
  /** Bank and payment words (a fee, interest, an ATM, a transfer, payroll), or null. */
  bankWord: Phrase | null;
  /** The bank words came from an ACH purpose or a channel field, not from the seller's own text. */
  bankWordFromPurpose: boolean;
  /**
   * The strongest bank word naming money paid in (pay, a benefit, interest, a refund) among the words bankWord was
   * read from: bankWord itself when it names income, null when none does. The engine reads it on a credit only, where
   * "FINANZAMT STEUERERSTATTUNG" is the tax refund rather than the tax office's category (see the engine).
   */
  incomeWord: Phrase | null;
  /** Words that say what kind of business it is ("pub", "veterinary"), when they agree on one group; or null. */
  business: BusinessWordMatch | null;
  /**
   * The business words are the payer's purpose's, not the payee's name's ("M KERR , DOG WALKING"): what was bought,
   * on money paid out; money in with them is a person paying the holder back, which they do not describe.
   */
  businessInPurpose?: true;
  /**
   * When no business word was found: a kind of business glued after a name ("DORFAPOTHEKE"), read by the engine
   * only when nothing else decides; or null.
   */
  compound: BusinessWordMatch | null;
  /**
   * The text is a credit transfer's (a transfer's wrapper in front, a transfer's wording, or an ACH entry's fields)
   * and the unknown name in it ends in a company's legal form ("SEPA-ÜBERWEISUNG ZORVEX GMBH", "TRANSFER FROM ZORVEX
   * INC", "ZORVEX INC PPD ID: 1234567890"): on money in, a company paying the holder, which is income (pay, a
   * client's payment, a refund), not a move between own accounts.
   */
  companyTransfer: boolean;
  /**
   * An unknown name, or a seller the list files under no category, holds an insurer's word ("AZUL COMPANHIA DE
   * SEGUROS", "PORTO SEGURO CIA SEG GERAIS", "KELDORA VERSICHERUNG AG"): on money in, a claim paid (see the engine).
   */
  insurer: boolean;
  /**
   * The known seller's spelling is all of the payee's name, nothing beside it ("LUCKY", "美团"), and no web address:
   * the name a wallet prints for a person may be the same (WeChat Pay prints the nickname its user chose), so a
   * wallet's own label for a transfer outranks it (see the engine).
   */
  nameAlone: boolean;
};

export type ResolveOptions = {
  /** Countries the account holder banks in, most likely first (they choose between same-named businesses). */
  countries?: readonly string[];
  /** The check number the statement gave, so a bare number reads as that check. */
  checkNumber?: string | null;
  lexicons?: Lexicons;
};

const NONE: readonly string[] = [];

/** "A" to "Z", by the char code of the lower-case letter minus 97. */
const UPPER_ASCII: readonly string[] = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/**
 * The name's tokens from `from` up to `count`, each capitalized; a legal form after the name's first word is written
 * as companies write it ("Zorvex LLC", "Zorvex GmbH"), not as a word ("Llc", "Gmbh").
 */
function titleCase(tokens: readonly string[], count: number, from = 0): string {
  let out = "";
  for (let k = from; k < count; k++) {
    const token = tokens[k]!;
    if (k > from) out += " ";
    // A legal form of several tokens ("S.R.O.", "SA DE CV") closing the name, written as one.
    if (k > from && k < count - 1 && DOTTED_FORM_STARTS.has(token)) {
      const dotted = DOTTED_FORM_SPELLING.get(tokens.slice(k, count).join(" "));
      if (dotted !== undefined) return out + dotted;
    }
    // Not the name's first word, and a form of two letters only where it ends the name: "AS", "SA", "AB" inside a
    // name are as often words ("PAY AS YOU GO").
    if (k > from && (k === count - 1 || token.length > 2)) {
      const form = LEGAL_FORM_SPELLING.get(token);
      if (form !== undefined) {
        out += form;
        continue;
      }
    }
    // Most names start with a-z: a table read rather than toUpperCase, which leaves the optimized code for a runtime
    // call. Anything else (a digit, an accented or other letter, "ß" → "SS") still goes through toUpperCase.
    const first = token.charCodeAt(0) - 97;
    const head = first >= 0 && first < 26 ? UPPER_ASCII[first]! : token.charAt(0).toUpperCase();
    out += head + token.slice(1);
  }
  return out;
}

/** How companies write their legal form, by its cleaned token; a form written like a word ("Inc", "Ltd") is not here. */
const LEGAL_FORM_SPELLING: ReadonlyMap<string, string> = new Map([
  ["llc", "LLC"],
  ["llp", "LLP"],
  ["plc", "PLC"],
  ["ag", "AG"],
  ["gmbh", "GmbH"],
  ["mbh", "mbH"],
  ["kg", "KG"],
  ["bv", "BV"],
  ["nv", "NV"],
  ["sa", "SA"],
  ["sarl", "SARL"],
  ["sas", "SAS"],
  ["srl", "SRL"],
  ["ab", "AB"],
  ["aps", "ApS"],
  ["asa", "ASA"],
  ["as", "AS"],
  // Turkey's joint-stock company, printed A.Ş. (see cleanDescription)
  ["aş", "A.Ş."],
  ["ou", "OÜ"],
  ["oü", "OÜ"],
  ["uab", "UAB"],
  ["sia", "SIA"],
  ["eireli", "EIRELI"],
  ["sprl", "SPRL"],
  ["bvba", "BVBA"],
  ["asbl", "ASBL"],
  ["vzw", "VZW"],
]);

/**
 * How companies write the legal forms that reach the tokens as several ("B.V." as "b v", Mexico's "SA DE CV"), by
 * those tokens.
 */
const DOTTED_FORM_SPELLING: ReadonlyMap<string, string> = new Map([
  ["b v", "B.V."],
  ["n v", "N.V."],
  ["d o o", "d.o.o."],
  ["s r l", "S.r.l."],
  ["s l", "S.L."],
  ["s r o", "s.r.o."],
  ["s p a", "S.p.A."],
  ["sp z o o", "Sp. z o.o."],
  ["sp z oo", "Sp. z o.o."],
  ["sa de cv", "SA de CV"],
  ["s a de c v", "S.A. de C.V."],
  ["s de rl de cv", "S. de R.L. de C.V."],
  ["s de r l de c v", "S. de R.L. de C.V."],
  ["sapi de cv", "SAPI de CV"],
]);

/** The first tokens of DOTTED_FORM_SPELLING's forms: only a name with one of them is looked up there. */
const DOTTED_FORM_STARTS: ReadonlySet<string> = new Set(
  [...DOTTED_FORM_SPELLING.keys()].map((form) => form.split(" ")[0]!),
);

/** Whether `token` is a generic word (see Lexicons.generic): the filter answers most tokens without a Set probe. */
function isGeneric(lexicons: Lexicons, token: string): boolean {
  return mayContain(lexicons.genericFilter, token) && lexicons.generic.has(token);
}

/**
 * Whether the lead or the tokens from `from` on hold the first word of a strong bank phrase; reads both without
 * joining them.
 */
function mayHoldStrongWord(
  lexicons: Lexicons,
  lead: readonly string[],
  tokens: readonly string[],
  from: number,
): boolean {
  const filter = lexicons.strongStartFilter;
  for (let k = 0; k < lead.length; k++)
    if (mayContain(filter, lead[k]!) && lexicons.strongStarts.has(lead[k]!)) return true;
  for (let k = from; k < tokens.length; k++)
    if (mayContain(filter, tokens[k]!) && lexicons.strongStarts.has(tokens[k]!)) return true;
  return false;
}

/**
 * Where the payee's name is in a payment through a service that pays between people (Zelle, Venmo, Cash App): the
 * first letters-only words after the service's own (TO, PAYMENT, SENT), at most three, up to a number or a bank word
 * (ON 03/02, REF, CONF#), as [from, to); an empty range when none is printed ("VENMO PAYMENT 1030380922540"). The key
 * is the service's and the name ("ZELLE TO JORDAN LEE" is "zelle jordan lee"), so the user's rule for one payee (the
 * babysitter) is not every payment's through the service.
 */
function payeeRange(
  lexicons: Lexicons,
  tokens: readonly string[],
  from: number,
  count: number,
): [number, number] {
  let k = from;
  while (k < count && isGeneric(lexicons, tokens[k]!)) k++;
  const start = k;
  while (
    k < count &&
    k - start < 3 &&
    isLetters(tokens[k]!) &&
    !isGeneric(lexicons, tokens[k]!) &&
    // A state's or country's code after the name ("CASH APP*JANE DOE 8888888888 CA"), its phone number cleaned off.
    !(k - start >= 2 && tokens[k]!.length <= 2)
  )
    k++;
  return [start, k];
}

const NO_RANGE: [number, number] = [0, 0];

/**
 * What a payment through a service between people paid for, by the words of its payee's name and the memo after it
 * ("ZELLE PAYMENT TO ACME PLUMBING CONF# …", "ZELLE TO DOE JANE ON 03/06 REF # … BABYSITTING", "Zelle payment to
 * JANE DOE for \"apt cleaning\""), when the text's own words say it paid someone ("ZELLE TO"; not a card's purchase
 * at a money transfer agent, whose town follows): the engine reads it before the service's own category. Not a
 * payee's second word alone when the name is two words: that is a surname ("ZELLE TO JOHN BARBER"), as surnameAfter in
 * the engine reads it for a bank's own phrase for such a payment. (That one reads the key, which here opens with the
 * service's name instead of the phrase, so the same test is asked of the tokens.)
 */
function paidBetweenPeopleFor(
  lexicons: Lexicons,
  tokens: readonly string[],
  payeeFrom: number,
  payeeTo: number,
  bankWord: Phrase | null,
): BusinessWordMatch | null {
  const paidFor = businessWords(lexicons, tokens, tokens.length, payeeFrom, bankWord, true);
  if (paidFor === null) return null;
  const surname =
    payeeTo - payeeFrom === 2 &&
    paidFor.word === tokens[payeeFrom + 1] &&
    !paidFor.word.endsWith("ing") &&
    businessWords(lexicons, tokens, tokens.length, payeeTo, bankWord, true) === null;
  return surname ? null : paidFor;
}

/** The strongest bank phrase: a higher weight (fees over transfers), then the longer, then the earlier. */
function bestBankWord(lexicons: Lexicons, tokens: readonly string[]): Phrase | null {
  if (tokens.length === 0) return null;
  const hits = scanPhrases(lexicons.bankWords, tokens, 0, tokens.length);
  if (hits === null) return gluedPaymentWord(lexicons, tokens);
  const best = strongest(hits, null, lexicons.betweenPeople);
  return best !== null && hits.length > 1 && groupOf(best.slug) === "transfer"
    ? (feeForTheOperation(lexicons, hits, tokens) ?? best)
    : best;
}

/** Words that join a fee to what it was charged for ("POPLATEK ZA VÝBĚR", "FRAIS DE RETRAIT", "FEE FOR WIRE"). */
const FEE_CONNECTORS: ReadonlySet<string> = new Set([
  "for",
  "on",
  "of",
  "fur",
  "bei",
  "de",
  "du",
  "pour",
  "per",
  "por",
  "za",
  "z",
  "ze",
  "na",
  "van",
  "voor",
  "op",
  // Cyrillic: "КОМІСІЯ ЗА ПЕРЕКАЗ НА КАРТКУ", "КОМИССИЯ ЗА СНЯТИЕ В БАНКОМАТЕ".
  "за",
  "з",
  "в",
  "на",
  "с",
  "по",
]);

/**
 * A fee named beside the operation it was charged on ("CASH DEPOSIT FEE", "GEBÜHR BARGELDAUSZAHLUNG", "POPLATEK ZA
 * VÝBĚR Z BANKOMATU", "KOSTEN GELDOPNAME") is the fee, not the cash or the transfer: the operation's phrase is often
 * the stronger one, so it would win. Only when the text is nothing but the two (and bank wording): "TRANSFER TO JOHN
 * FOR SCHOOL FEES" names a person and what the money paid for, and stays a transfer. A fee on cash is a cash
 * machine's fee.
 */
function feeForTheOperation(
  lexicons: Lexicons,
  hits: readonly Phrase[],
  tokens: readonly string[],
): Phrase | null {
  let fee: Phrase | null = null;
  let cash = false;
  for (const hit of hits) {
    if (hit.slug.startsWith("fees-charges")) fee ??= hit;
    else if (hit.slug === CASH_ATM) cash = true;
    else if (groupOf(hit.slug) !== "transfer") return null;
  }
  if (fee === null) return null;
  const named = new Set<string>();
  for (const hit of hits) for (const word of phraseWords(hit)) named.add(word);
  for (const token of tokens)
    if (!named.has(token) && !FEE_CONNECTORS.has(token) && !lexicons.generic.has(token)) return null;
  if (!cash || fee.slug === ATM_FEE) return fee;
  let atmFee = ATM_FEE_OF.get(fee);
  if (atmFee === undefined) {
    atmFee = { ...fee, slug: ATM_FEE };
    ATM_FEE_OF.set(fee, atmFee);
  }
  return atmFee;
}

const CASH_ATM: CategorySlug = "transfer.cash-atm";
const ATM_FEE: CategorySlug = "fees-charges.atm-fee";
/** A fee word's cash-machine reading, made once per phrase. */
const ATM_FEE_OF = new WeakMap<Phrase, Phrase>();

/** The strongest bank phrase that names income (the same order as bestBankWord), or null. */
function bestIncomeWord(lexicons: Lexicons, tokens: readonly string[]): Phrase | null {
  const hits = scanPhrases(lexicons.bankWords, tokens, 0, tokens.length);
  return hits === null ? null : strongest(hits, namesIncome, NO_PHRASES);
}

const NO_PHRASES: ReadonlySet<string> = new Set();

/**
 * Of the phrases (those `accept` takes, when given): a higher weight, then the longer, then the earlier. A phrase of a
 * payment between people (`betweenPeople`, "E-TRANSFER SENT") says only how the money moved, so a word of what it paid
 * for beside it, as strong, wins however short ("… DAVID CHOW RENT NOV", "VIREMENT INTERAC A … - LOYER MAI"), as a
 * Chinese transfer's 转账 gives way (see longerCompound). Not a fee's word: a fee is read with its operation.
 */
function strongest(
  hits: readonly Phrase[],
  accept: ((phrase: Phrase) => boolean) | null,
  betweenPeople: ReadonlySet<string>,
): Phrase | null {
  let best: Phrase | null = null;
  for (const phrase of hits) {
    if (accept !== null && !accept(phrase)) continue;
    if (
      best === null ||
      phrase.weight > best.weight ||
      (phrase.weight === best.weight &&
        (purposeBeside(phrase, best, betweenPeople) ||
          (!purposeBeside(best, phrase, betweenPeople) &&
            (phrase.length > best.length ||
              (phrase.length === best.length && longerCompound(phrase, best))))))
    )
      best = phrase;
  }
  return best;
}

/** Whether `phrase` names what a payment between people (`other`, one of `betweenPeople`) paid for. */
function purposeBeside(phrase: Phrase, other: Phrase, betweenPeople: ReadonlySet<string>): boolean {
  return (
    betweenPeople.has(other.text) &&
    groupOf(phrase.slug) !== "transfer" &&
    !phrase.slug.startsWith("fees-charges")
  );
}

/**
 * Whether `phrase` is a longer Chinese or Japanese compound than `other`, each one word: such a word says more than a
 * shorter one beside it, as two English words do more than one ("个贷还款 个人住房贷款本息": the home loan repaid, not the
 * card bill its 还款 alone would be); so does any word beside a bare transfer's (转账), which says only how the money
 * moved, where the other says what for ("转账-房租" is the rent, "转账-过年红包" a gift). Not a fee's word, which is read
 * with the operation it was charged on (feeForTheOperation: "取现手续费" is a cash machine's fee).
 */
function longerCompound(phrase: Phrase, other: Phrase): boolean {
  return (
    phrase.length === 1 &&
    !phrase.slug.startsWith("fees-charges") &&
    (phrase.text.length > other.text.length ||
      (other.slug === TRANSFER && groupOf(phrase.slug) !== "transfer")) &&
    cjk.hasCjk(phrase.text) &&
    cjk.hasCjk(other.text)
  );
}

/**
 * The income word read on money in beside the strongest bank word (see readBankWord in engine.ts): that word when it
 * names income; else a text whose strongest word names none is read again for one that does ("FINANZAMT
 * STEUERERSTATTUNG": the tax office, then a tax refund), one more scan of its few tokens, only for rows that have a
 * bank word at all. When the payee's words won, the ACH purpose is read first, and says what the payment was however
 * weak its word: "NYS DTF PIT DES:TAX REFUND", "MN DEPT OF REVENUE DES:MN REFUND" are refunds, not taxes. The purpose
 * and the payee's words are scanned apart, so no phrase is made of a name's last word and the purpose's first.
 */
function incomeWordBeside(
  lexicons: Lexicons,
  bankWord: Phrase | null,
  fromPurpose: boolean,
  purposeTokens: readonly string[],
  lead: readonly string[],
  tokens: readonly string[],
): Phrase | null {
  if (bankWord === null || namesIncome(bankWord)) return bankWord;
  if (fromPurpose) return bestIncomeWord(lexicons, purposeTokens);
  const purposeIncome = purposeTokens.length > 0 ? bestIncomeWord(lexicons, purposeTokens) : null;
  if (purposeIncome !== null) return asStrongAs(purposeIncome, bankWord);
  return bestIncomeWord(lexicons, lead.length > 0 ? lead.concat(tokens) : tokens);
}

/** The phrase with at least the other's weight: a copy when it must be raised, so the lexicon's entry stays. */
function asStrongAs(phrase: Phrase, other: Phrase): Phrase {
  return phrase.weight >= other.weight ? phrase : { ...phrase, weight: other.weight };
}

/** Whether a bank word files money as income (pay, a benefit, interest, a dividend, a refund). */
export function namesIncome(word: Phrase): boolean {
  return categoryBySlug(word.slug)!.kind === "income";
}

/**
 * Payment abbreviations banks glue behind a short word when a fixed-width field runs out of room: "CRD EPAY" printed
 * as "CEPAY", "CC AUTOPAY" as "CCAUTOPAY". Only these abbreviations, which end no ordinary
 * word, and only behind one to three letters; "REPAY" and "PREPAY" are words of their own.
 */
const GLUED_PAYMENT_WORDS: readonly string[] = ["epay", "epayment", "autopay"];
// "SEPAY" is SePay, a card-payment provider in front of the seller ("SPY*SEPAY-Salon …"), not "S EPAY".
const NOT_GLUED = new Set(["repay", "prepay", "repayment", "prepayment", "sepay"]);

function gluedPaymentWord(lexicons: Lexicons, tokens: readonly string[]): Phrase | null {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const last = token.charCodeAt(token.length - 1);
    // Every glued word ends in y or t: other tokens are not looked at further.
    if (token.length < 5 || (last !== 121 /* y */ && last !== 116) /* t */) continue;
    for (const word of GLUED_PAYMENT_WORDS) {
      const before = token.length - word.length;
      if (before < 1 || before > 3 || !token.endsWith(word) || NOT_GLUED.has(token)) continue;
      const phrase = singlePhrase(lexicons.bankWords, word);
      if (phrase !== undefined) return phrase;
    }
  }
  return null;
}

/** The one-token phrase `word` of an index, if it lists one. */
function singlePhrase(index: PhraseIndex, word: string): Phrase | undefined {
  if (!mayContain(index.firstFilter, word)) return undefined;
  const list = index.byFirst.get(word);
  if (list === undefined) return undefined;
  for (const phrase of list) if (phrase.rest.length === 0) return phrase;
  return undefined;
}

/**
 * Business words in the seller's name (not its city): the most trusted one, when every word found points to one
 * group ("CITY PARKING GARAGE": parking and garage are both Auto & Transport). Words of different groups
 * ("PIZZA & LAUNDRY") leave it undecided rather than guess. `asWritten` reads whole words only, for text no terminal
 * cut or glued (a payer's purpose): no word read from its start or inside a longer one.
 */
function businessWords(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
  from = 0,
  bankWord: Phrase | null = null,
  asWritten = false,
): BusinessWordMatch | null {
  let hits = scanPhrases(lexicons.businessWords, tokens, from, count, CONFIDENCE_THRESHOLD);
  if (hits !== null && namesAStreet(tokens, from, count))
    hits = scanPhrases(
      lexicons.businessWords,
      withoutStreetNames(tokens, from, count),
      from,
      count,
      CONFIDENCE_THRESHOLD,
    );
  // The bank's own wording read as a business word too ("WIRE TRANSFER", a money-transfer shop's preset name), or a
  // business word inside a bank phrase ("auto" in "AUTO PAYMENT"), is the bank's: it neither names the payee's kind of
  // business nor makes the payee's name ("WIRE TRANSFER ACME ROOFING") ambiguous.
  let bankHits: Phrase[] | null = null;
  const notTheBanks = (found: Phrase[] | null): Phrase[] | null => {
    if (found === null || bankWord === null) return found;
    // Scanned once, though the name's head may be read again below.
    bankHits ??= scanPhrases(lexicons.bankWords, tokens, 0, tokens.length) ?? [bankWord];
    const banks = bankHits;
    const left = found.filter(
      (phrase) =>
        phrase.text !== bankWord.text &&
        !banks.some((bank) => holdsWords(phraseWords(bank), phraseWords(phrase))),
    );
    return left.length === 0 ? null : left;
  };
  hits = notTheBanks(hits);
  if (hits === null)
    return asWritten
      ? null
      : (gluedBusinessWord(lexicons, tokens, count, from) ??
          truncatedBusinessWord(lexicons, tokens, count, from) ??
          truncatedPhrase(lexicons, tokens, count, from));
  const read =
    agreeingWords(lexicons, hits, false) ??
    dishOverScenery(lexicons, hits) ??
    parkingOverPlace(hits) ??
    fuelOverShop(hits) ??
    vetOverHealth(hits) ??
    childrensClass(hits) ??
    dealerBrandGivesWay(lexicons, hits) ??
    mallGivesWay(lexicons, hits) ??
    givingWay(lexicons, hits, ANY_SHOP_WORDS);
  if (read !== null) return read;
  // Words that disagree across "de", "du", "del", "della", "do": in the Romance languages the name's head comes
  // first and what follows the preposition is its place or its owner ("PHARMACIE DU MARCHÉ" is a chemist's by the
  // market, "BAR DELLA STAZIONE" a bar at the station), so the words before it decide when they agree.
  const of = headEnd(tokens, from, count);
  if (of < 0) return null;
  const head = notTheBanks(scanPhrases(lexicons.businessWords, tokens, from, of, CONFIDENCE_THRESHOLD));
  return head === null ? null : (agreeingWords(lexicons, head, false) ?? dishOverScenery(lexicons, head));
}

/** Where a name's head ends before a Romance preposition ("… du …", "… della …"), or -1 when none follows a word. */
function headEnd(tokens: readonly string[], from: number, count: number): number {
  for (let k = from + 1; k < count - 1; k++) if (OF_WORDS.has(tokens[k]!)) return k;
  return -1;
}

/**
 * French, Spanish, Italian and Portuguese "of (the)"; "de" is Dutch "the" too, whose names put the head first as well
 * ("BAKKERIJ DE MOLEN"). Not Portuguese "das", which is German "the" before a noun of its own.
 */
const OF_WORDS: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "del",
  "della",
  "delle",
  "dello",
  "dei",
  "degli",
  "di",
  "do",
  "dos",
  "da",
]);

/**
 * Words of different groups where one is a dish ("sushi", "kebab"), names a café, a bar or a takeaway ("coffee",
 * "bar") or a restaurant as a place ("bistro", "kitchen"), and every word of another group only sets a scene
 * ("GARDEN SUSHI", "PIZZA ART", "KELDORA COFFEE GALLERY", "ART CAFE", "MUSIC BAR"): a restaurant is named for a garden
 * or for art as often as anything, while a dish or a café says what it sells. Not a restaurant's cuisine ("KELDORA
 * GARDEN THAI" may be a massage parlour's). Any other word of another group ("PIZZA & LAUNDRY"), or scenery that is
 * part of a longer phrase ("garden centre"), still leaves it undecided.
 */
function dishOverScenery(lexicons: Lexicons, hits: readonly Phrase[]): BusinessWordMatch | null {
  let dish = false;
  for (const phrase of hits)
    if (
      lexicons.dishes.has(phrase.text) ||
      EATING_PLACE_WORDS.has(phrase.text) ||
      (NAMES_THE_PLACE.has(phrase.slug) && !lexicons.scenery.has(phrase.text))
    )
      dish = true;
  return dish ? agreeingWords(lexicons, hits, true) : null;
}

/**
 * Words of different groups where one is a car park's ("UNIVERSITE DE LAUSANNE PARKING", "HOSPITAL CAR PARK",
 * "STADIUM PARKING"): a car park is named for the place it serves, and what is paid there is the parking.
 */
function parkingOverPlace(hits: readonly Phrase[]): BusinessWordMatch | null {
  return wordOverOthers(hits, PARKING, () => true);
}

const PARKING: CategorySlug = "auto-transport.parking";

/**
 * Words of a fuel station's with a shop's ("JOES GAS & FOOD MART", "KELDORA FUEL MINI MART", "BROWNS ESSO
 * CONVENIENCE"): a filling station keeps a shop, and one till takes both; the card line is the station's. Only
 * grocers' and convenience stores' words give way, and a car wash's: a fuel word beside a restaurant's ("GAS GRILL")
 * still abstains.
 */
function fuelOverShop(hits: readonly Phrase[]): BusinessWordMatch | null {
  return wordOverOthers(
    hits,
    FUEL,
    (phrase) => phrase.slug === GROCERIES || groupOf(phrase.slug) === groupOf(FUEL),
  );
}

/** The strongest word of `slug` among `hits` when every other word gives way to it, sure enough; else null. */
function wordOverOthers(
  hits: readonly Phrase[],
  slug: CategorySlug,
  givesWay: (phrase: Phrase) => boolean,
): BusinessWordMatch | null {
  let best: Phrase | null = null;
  for (const phrase of hits) {
    if (phrase.slug === slug) {
      if (best === null || phrase.confidence > best.confidence) best = phrase;
    } else if (!givesWay(phrase)) return null;
  }
  if (best === null || best.confidence < CONFIDENCE_THRESHOLD) return null;
  return { slug: best.slug, confidence: best.confidence, word: best.text };
}

const FUEL: CategorySlug = "auto-transport.gas-fuel";

/**
 * Words of an animal clinic's with a doctor's or a chemist's ("KELDORA ANIMAL HOSPITAL PHARMACY", "凯多拉宠物医院 猫三联疫苗",
 * a cat's vaccine): a vet treats, vaccinates and sells medicine as a doctor does, for animals. Only health words give
 * way; a word of any other group beside the vet's still leaves it undecided.
 */
function vetOverHealth(hits: readonly Phrase[]): BusinessWordMatch | null {
  return wordOverOthers(hits, VETERINARY, (phrase) => groupOf(phrase.slug) === "health-fitness");
}

const VETERINARY: CategorySlug = "pets.veterinary";

/**
 * A children's class named so ("少儿游泳", "少儿舞蹈", a children's swimming or dancing class) beside the words of a school's
 * or a sport's ("暑期游泳班", "培训中心"), or a music shop's that teaches too ("琴行 少儿钢琴课"): the class is the child's
 * activity the other words only describe. Only education's, sport's and hobby shops' words give way.
 */
function childrensClass(hits: readonly Phrase[]): BusinessWordMatch | null {
  return wordOverOthers(
    hits,
    KIDS_ACTIVITIES,
    (phrase) => groupOf(phrase.slug) === "education" || phrase.slug === SPORTS || phrase.slug === HOBBIES,
  );
}

const KIDS_ACTIVITIES: CategorySlug = "kids.kids-activities";
const SPORTS: CategorySlug = "health-fitness.sports";
const HOBBIES: CategorySlug = "shopping.hobbies";
const GROCERIES: CategorySlug = "food-dining.groceries";

/**
 * Words of different groups where some name a shopping centre or an airport ("MALL DRYCLEAN", "KELDORA MALL PHARMACY",
 * "KELDORA PHARMACY AIRPORT"): the centre or the airport is where the shop stands, the other words what it is, so
 * they decide when they agree.
 */
function mallGivesWay(lexicons: Lexicons, hits: readonly Phrase[]): BusinessWordMatch | null {
  return givingWay(lexicons, hits, WHERE_SHOPS_STAND);
}

/**
 * A word that says only "a shop" in its language, which the business words file under what most such shops sell
 * (French BOUTIQUE, clothes): beside a word that says what this one sells ("BOUTIQUE DE JOUETS", toys), it gives way.
 */
const ANY_SHOP_WORDS: ReadonlySet<string> = new Set(["boutique"]);

/** A shopping centre's words in the business words (the presets' "mall" in the languages read), and an airport's. */
const WHERE_SHOPS_STAND: ReadonlySet<string> = new Set([
  "mall",
  "shopping mall",
  "centro comercial",
  "einkaufszentrum",
  "kauppakeskus",
  // Chinese shopping malls and centres ("宜家家居(广州番禺商场)", IKEA's store in the mall)
  "商场",
  "购物中心",
  ...AIRPORT_WORDS,
]);

/**
 * Words of different groups where some are a fuel or car brand (see Lexicons.dealerBrands): a brand is the dealer's
 * franchise, the other words the business of whoever shares its name ("MARIA VALERO DDS", "HONDA SUSHI"), so they
 * decide when they agree.
 */
function dealerBrandGivesWay(lexicons: Lexicons, hits: readonly Phrase[]): BusinessWordMatch | null {
  return givingWay(lexicons, hits, lexicons.dealerBrands);
}

/** The other words' reading, when some of the words are `yielding` ones and the rest agree; else null. */
function givingWay(
  lexicons: Lexicons,
  hits: readonly Phrase[],
  yielding: ReadonlySet<string>,
): BusinessWordMatch | null {
  const rest = hits.filter((phrase) => !yielding.has(phrase.text));
  return rest.length === 0 || rest.length === hits.length ? null : agreeingWords(lexicons, rest, false);
}

/**
 * A restaurant's words that name the place itself rather than its cuisine ("KELDORA GARDEN BISTRO", "ART AND
 * KITCHEN"): like a dish, they outrank scenery (see dishOverScenery). A cuisine does not ("GARDEN THAI").
 */
const EATING_PLACE_WORDS: ReadonlySet<string> = new Set([
  "restaurant",
  "restaurante",
  "ristorante",
  "bistro",
  "brasserie",
  "eatery",
  "diner",
  "kitchen",
  "grill",
  "trattoria",
  "osteria",
  "taverna",
  "cantina",
  "steakhouse",
]);

/** Categories whose words name the place itself: a café's, a bar's, a takeaway's (see dishOverScenery). */
const NAMES_THE_PLACE: ReadonlySet<CategorySlug> = new Set([
  "food-dining.coffee-shops",
  "food-dining.alcohol-bars",
  "food-dining.fast-food",
]);

/** The most trusted of the words when they all point to one group (scenery left out when `skipScenery`), else null. */
function agreeingWords(
  lexicons: Lexicons,
  hits: readonly Phrase[],
  skipScenery: boolean,
): BusinessWordMatch | null {
  let best: Phrase | null = null;
  let group: string | null = null;
  for (const phrase of hits) {
    if (skipScenery && phrase.length === 1 && lexicons.scenery.has(phrase.text)) continue;
    const phraseGroup = groupOf(phrase.slug);
    if (group === null) group = phraseGroup;
    else if (group !== phraseGroup) return null;
    if (
      best === null ||
      phrase.confidence > best.confidence ||
      (phrase.confidence === best.confidence && phrase.length >= best.length)
    )
      best = phrase;
  }
  const found = best!;
  return { slug: found.slug, confidence: found.confidence, word: found.text };
}

/**
 * Endings that turn a business word into another word ("market" → "marketing"): not a glued name. Nor is a word
 * that only lacks one a cut one: "CONTRACT" is no cut "contractor", Italian "INTERNI" (interiors) no "internist",
 * Dutch "BROUWER" and German "SCHNEIDER" (a brewer, a tailor, and surnames) no "brouwerij" or "schneiderei",
 * "MINERAL" no German fuel's "mineralöl", Czech "OBCHODNÍ" (commercial) no trader's "obchodník", "PERSIAN" no Spanish
 * blinds' "persianas".
 */
const WORD_ENDINGS = new Set([
  "s",
  "es",
  "ing",
  "ings",
  "er",
  "ers",
  "or",
  "st",
  "ij",
  "ei",
  "k",
  "ol",
  "as",
  "ed",
  "ly",
  "ment",
  "ments",
  "ist",
  "ists",
  "al",
]);

function singleWord(lexicons: Lexicons, word: string): Phrase | undefined {
  return singlePhrase(lexicons.businessWords, word);
}

/**
 * When no word matched whole: a plural ("pharmacies" is not listed, "HAIRSTYLISTS"), or a business word glued to
 * what followed it in a fixed-width field ("RESTAURANTNEW YORK"). Only words of six letters or more are looked
 * for inside a longer token, and never when the rest is an ordinary ending ("marketing" is not a market). One
 * word found is enough; two of different groups still abstain.
 */
function gluedBusinessWord(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
  from: number,
): BusinessWordMatch | null {
  let found: Phrase | undefined;
  for (let k = from; k < count; k++) {
    const token = tokens[k]!;
    if (token.length < 5) continue;
    let hit: Phrase | undefined;
    if (token.charCodeAt(token.length - 1) === 115 /* s */) {
      hit = token.endsWith("ies")
        ? singleWord(lexicons, `${token.slice(0, -3)}y`)
        : singleWord(lexicons, token.slice(0, -1));
    }
    if (hit === undefined && lexicons.definiteEndings.length > 0)
      hit = withoutDefiniteEnding(lexicons, token);
    // Glued words are long ("restaurantnew"): shorter tokens are not searched inside. Only words of eight letters
    // or more are looked for there: a shorter one at the start of a long token is as often the first half of a
    // compound in a language that glues its words (an Estonian "PENSIONIFOND" is a pension fund, not a guesthouse).
    for (let cut = token.length - 3; hit === undefined && token.length >= 11 && cut >= 8; cut--) {
      if (WORD_ENDINGS.has(token.slice(cut))) continue;
      hit = singleWord(lexicons, token.slice(0, cut));
    }
    if (hit === undefined) continue;
    if (found !== undefined && groupOf(found.slug) !== groupOf(hit.slug)) return null;
    found ??= hit;
  }
  return found === undefined
    ? null
    : { slug: found.slug, confidence: found.confidence - 0.05, word: found.text };
}

/**
 * A Scandinavian trade's word with the language's definite ending glued on ("BAGERIET", "KIOSKEN", "TANDLÄKARNA",
 * "DYREKLINIKKEN"; see Lexicons.definiteEndings), read for an account of that country only: the word left must be
 * a business word of its own or end in one a compound may end in, and keep DEFINITE_BASE_MIN letters.
 */
function withoutDefiniteEnding(lexicons: Lexicons, token: string): Phrase | undefined {
  for (const [ending, bare] of lexicons.definiteEndings) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, token.length - ending.length);
    if (stem.length + bare.length < DEFINITE_BASE_MIN) continue;
    const hit = bareTradeWord(lexicons, stem + bare);
    if (hit !== undefined) return hit;
    // "klinikk" of "klinikken" is Danish and Swedish "klinik": a consonant doubled before the ending.
    const last = stem.charCodeAt(stem.length - 1);
    if (bare === "" && last === stem.charCodeAt(stem.length - 2) && !isVowelCode(last)) {
      const single = bareTradeWord(lexicons, stem.slice(0, -1));
      if (single !== undefined) return single;
    }
  }
  return undefined;
}

/** The shortest bare word read after a definite ending is taken off: "bar" of Swedish "barn" (a child) is none. */
const DEFINITE_BASE_MIN = 5;

function bareTradeWord(lexicons: Lexicons, word: string): Phrase | undefined {
  return singleWord(lexicons, word) ?? compoundReading(lexicons, word) ?? undefined;
}

/**
 * The business word a compound ends in ("frisorsalong" in "salong", "dorfapotheke" in "apotheke"), with a modifier
 * of its own letters before it; null when the modifier is itself a word of another group of business (the compound
 * names neither), undefined when no head ends it.
 */
function compoundReading(lexicons: Lexicons, word: string): Phrase | null | undefined {
  const candidates = lexicons.compoundHeadsByEnding.get(word.slice(-4));
  if (candidates === undefined) return undefined;
  for (const head of candidates) {
    const cut = word.length - head.length;
    if (cut < COMPOUND_MODIFIER_MIN || !word.endsWith(head)) continue;
    const hit = lexicons.compoundHeads.get(head)!;
    const modifier = singleWord(lexicons, word.slice(0, cut));
    return modifier !== undefined && groupOf(modifier.slug) !== groupOf(hit.slug) ? null : hit;
  }
  return undefined;
}

const isVowelCode = (code: number) =>
  code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;

/**
 * A processor's merchant name glued into one word after its star ("PAG*PADARIASAOJOSE", "MP*SALAOCARLAHAIR",
 * PagSeguro's and Mercado Pago's field drops the spaces): a kind of business of five letters or more opening it, as
 * Portuguese, Spanish and French name a shop by its kind first. Read only there, where the gluing is the processor's
 * (elsewhere a long word opening with a shorter one is as often a word of its own: see gluedBusinessWord).
 */
function kindGluedAfterStar(
  lexicons: Lexicons,
  sellerText: string,
  tokens: readonly string[],
): BusinessWordMatch | null {
  const token = tokens[0];
  if (token === undefined || token.length < GLUED_AFTER_STAR_MIN || !isLetters(token)) return null;
  const star = sellerText.indexOf("*");
  if (
    star < 0 ||
    tokenizer
      .foldForMatch(
        sellerText
          .slice(star + 1)
          .trimStart()
          .toLowerCase(),
      )
      .indexOf(token) !== 0
  )
    return null;
  for (let cut = token.length - 4; cut >= 5; cut--) {
    const hit = singleWord(lexicons, token.slice(0, cut));
    if (hit === undefined) continue;
    // A second kind right after it ("CLINICAVETPATINHAS": a clinic, and a vet's) leaves it undecided.
    for (let end = cut + 3; end <= token.length - 2; end++) {
      const next = singleWord(lexicons, token.slice(cut, end));
      if (next !== undefined && groupOf(next.slug) !== groupOf(hit.slug)) return null;
    }
    return { slug: hit.slug, confidence: CONFIDENCE.businessCompound, word: hit.text };
  }
  return null;
}

/** The shortest glued name read after a processor's star: a kind of five letters and a name of four. */
const GLUED_AFTER_STAR_MIN = 9;

/**
 * When no word matched whole: a business word a fixed-width field cut short ("MANGO TREE RESTAURAN GRAND CAYMAN",
 * "… PHARMAC"), a token of TRUNCATED_MIN letters or more that starts one or more business words at most
 * TRUNCATED_MAX_CUT letters longer, all of one group, where the letters cut are not an ordinary ending. Trusted a
 * little less than the whole word.
 */
function truncatedBusinessWord(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
  from: number,
): BusinessWordMatch | null {
  const words = lexicons.longBusinessWords;
  let found: Phrase | undefined;
  for (let k = from; k < count; k++) {
    const token = tokens[k]!;
    // A place's name is whole: "… LAHORE PAKISTAN" is no cut "pakistani", a restaurant's word.
    if (token.length < TRUNCATED_MIN || !isLetters(token) || isTailToken(token)) continue;
    for (let at = firstNotBefore(words, token); at < words.length && words[at]!.startsWith(token); at++) {
      const word = words[at]!;
      if (word.length === token.length || word.length - token.length > TRUNCATED_MAX_CUT) continue;
      // A whole word the rest would inflect ("station" of "stationers") is that word, not a cut one.
      if (WORD_ENDINGS.has(word.slice(token.length))) continue;
      // Never undefined: longBusinessWords holds only words that are a one-word business phrase (see lexicons.ts).
      const hit = singleWord(lexicons, word)!;
      if (found !== undefined && groupOf(found.slug) !== groupOf(hit.slug)) return null;
      found ??= hit;
    }
  }
  return cutReading(found);
}

/**
 * A business phrase of two words whose second word a fixed-width field cut short ("CAYMAN BUILDING SUPPLI GEORGE
 * TOWN"): its first word whole, then at least TRUNCATED_PHRASE_MIN letters that start its second word, at most
 * TRUNCATED_PHRASE_MAX_CUT fewer. The whole first word anchors the reading, so a short cut ending is read too; all
 * such phrases must agree on a group, and the reading is trusted a little less than the whole phrase.
 */
function truncatedPhrase(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
  from: number,
): BusinessWordMatch | null {
  const index = lexicons.businessWords;
  let found: Phrase | undefined;
  for (let k = from; k + 1 < count; k++) {
    const first = tokens[k]!;
    if (!mayContain(index.firstFilter, first)) continue;
    const phrases = index.byFirst.get(first);
    const cut = tokens[k + 1]!;
    if (phrases === undefined || cut.length < TRUNCATED_PHRASE_MIN || !isLetters(cut)) continue;
    for (const phrase of phrases) {
      if (phrase.rest.length !== 1) continue;
      const second = phrase.rest[0]!;
      if (second.length <= cut.length || second.length - cut.length > TRUNCATED_PHRASE_MAX_CUT) continue;
      if (!second.startsWith(cut)) continue;
      if (found !== undefined && groupOf(found.slug) !== groupOf(phrase.slug)) return null;
      found ??= phrase;
    }
  }
  return cutReading(found);
}

/**
 * Kiwibank's and AIB's card lines, which cut the seller's name at a fixed width, and whether this text's name filled
 * it (its last word is then most likely cut): "POS W/D " then 13 characters and the time ("POS W/D KELDORAS
 * DENT-15:48"; a shorter name is padded with spaces, "KELDORA DENT -15:48").
 */
function cutAtWidth(text: string): boolean {
  return filledField(KIWIBANK_CARD_LINE, text) || filledField(AIB_CARD_LINE, text);
}

const KIWIBANK_CARD_LINE = /^POS W\/D (.{13})-\d\d:\d\d/i;
// AIB's (and Ulster Bank's) Visa debit line: VDC- or VDP-, then the acceptor's name cut at 14 characters
// ("VDC-MULKERRIN PHAR", a pharmacy; "VDP-SHANNON CARPAR", a car park).
const AIB_CARD_LINE = /^VD[CP]-(.{14})$/i;

/**
 * Whether the name filled a field of a layout known to cut it at a fixed width (see cutAtWidth), Kiwibank's, AIB's or
 * Bank of Ireland's card line ("POS", the day, then 12 characters: "POS10SEP DOMINO'S PIZ"; "POS01SEP STATOIL     "):
 * a spelling's last word may be cut there by any number of letters (see cutSpelling). Only Kiwibank's and AIB's are
 * read further, by the words before the cut (see resolveSellerWith): in Bank of Ireland's twelve characters those are
 * as often another brand's whole name ("AMERICAN EXP" is no American Airlines).
 */
function cutAtKnownWidth(text: string): boolean {
  return cutAtWidth(text) || filledField(BANK_OF_IRELAND_CARD_LINE, text);
}

const BANK_OF_IRELAND_CARD_LINE = /^POS\d\d[A-Z]{3} (.{12})$/i;

/** Whether `line` matches and its first group, the name's field, ends with something other than padding. */
function filledField(line: RegExp, text: string): boolean {
  const field = line.exec(text)?.[1];
  return field !== undefined && field.charCodeAt(field.length - 1) !== 32;
}

/**
 * Whether the text shows a card or ACH field's width ending right after a letter: the whole text is that long, or a
 * space follows there ("BONNEVILLE POWER ADMIN DENVER CO", a 22-character merchant name; "PUGET SOUND ENER BILLPAY",
 * a 16-character ACH company name; 25 characters abroad). A name may merely end there, so a cut is still read only
 * where the words before it start a spelling (see cutSpelling).
 */
function endsAtFieldWidth(text: string): boolean {
  for (const width of FIELD_WIDTHS) {
    if (text.length < width) return false;
    const last = text.charCodeAt(width - 1);
    const letter = (last >= 65 && last <= 90) || (last >= 97 && last <= 122);
    if (letter && (text.length === width || text.charCodeAt(width) === 32)) return true;
  }
  return false;
}

const FIELD_WIDTHS: readonly number[] = [16, 22, 25];

/** The fewest letters a word a known cut ended is read from: "DENT…" is a dentist's, "MED…" may be anything. */
const CUT_WORD_MIN = 4;

/**
 * The last word of a name a known cut ended (see cutAtWidth), read by its start: every business word it starts,
 * however much longer, all of one group ("DENT": dental, dentist), trusted as a cut word is.
 */
function cutBusinessWord(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
): BusinessWordMatch | null {
  const token = tokens[count - 1];
  if (token === undefined || token.length < CUT_WORD_MIN || !isLetters(token)) return null;
  const words = lexicons.oneWordBusinessWords;
  let found: Phrase | undefined;
  for (let at = firstNotBefore(words, token); at < words.length && words[at]!.startsWith(token); at++) {
    if (words[at]!.length === token.length) return null; // the whole word: read as one already
    const hit = singleWord(lexicons, words[at]!)!;
    if (found !== undefined && groupOf(found.slug) !== groupOf(hit.slug)) return null;
    // The shortest word names it ("dental", not "dentaire").
    if (found === undefined || hit.text.length < found.text.length) found = hit;
  }
  return cutReading(found);
}

const TRUNCATED_PHRASE_MIN = 4;
const TRUNCATED_PHRASE_MAX_CUT = 4;

/** A business word or phrase read from a cut text: trusted 0.1 less than the whole word. */
function cutReading(found: Phrase | undefined): BusinessWordMatch | null {
  return found === undefined
    ? null
    : { slug: found.slug, confidence: found.confidence - 0.1, word: found.text };
}

/** The shortest name part a compound is read behind: "STADTBÄCKEREI", not "ERBÄCKEREI". */
const COMPOUND_MODIFIER_MIN = 3;
/** Heads are five letters or more (see the build): a token shorter than this holds no compound. */
const COMPOUND_MIN = COMPOUND_MODIFIER_MIN + 5;

/**
 * A kind of business glued after a name, as German, Dutch, the Nordic languages, Finnish and Estonian write it
 * ("STADTBÄCKEREI", "ZONNESTUDIO", "BILVERKSTAD"): a token ending in one of the compound heads (see the build), the
 * longest first ("baumarkt" before "markt"). The part in front that is itself a business word of another group
 * ("HANDYTANKSTELLE" is a phone top-up, not a petrol station; "AUTOSALON" a car dealer, not a hairdresser) leaves
 * it undecided, and so do two compounds of different groups.
 */
function compoundBusinessWord(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
): BusinessWordMatch | null {
  let found: Phrase | undefined;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    if (token.length < COMPOUND_MIN) continue;
    const hit = compoundReading(lexicons, token);
    if (hit === null) return null;
    if (hit === undefined) continue;
    if (found !== undefined && groupOf(found.slug) !== groupOf(hit.slug)) return null;
    found ??= hit;
  }
  return found === undefined
    ? null
    : { slug: found.slug, confidence: CONFIDENCE.businessCompound, word: found.text };
}

function groupOf(slug: CategorySlug): string {
  const category = categoryBySlug(slug)!;
  return category.parentSlug ?? category.slug;
}

/**
 * A shop's branch after its name left out: in brackets in Chinese and Japanese ("凯多拉面馆(五道口店)", the Wudaokou
 * shop), a last word ending in 점 in Korean ("켈도라 치킨 강남점", the Gangnam branch). The branch is where, not who,
 * so every branch is one seller for the user's rules and the crowd's votes, as a Latin store's number and town are;
 * and a chain the branch is named after (a mall's, "(合肥银泰店)", the branch in the Intime mall) is not the seller.
 * A bracketed branch goes wherever it follows a name, as a wallet prints the order's title after it ("凯多拉火锅(银泰店)
 * 餐费"); a Korean one only at the text's end, and not a word that is itself a kind of shop (백화점, a department store;
 * 서점, a bookshop).
 */
function withoutBranch(text: string, lexicons: Lexicons): string {
  if (text.includes("店)")) {
    const left = text.replace(BRANCH_IN_BRACKETS, " ").trimEnd();
    if (left !== text) return left;
  }
  const korean = KOREAN_BRANCH_AT_END.exec(text);
  if (korean === null || singleWord(lexicons, korean[1]!) !== undefined) return text;
  return text.slice(0, korean.index);
}

const BRANCH_IN_BRACKETS = /(?<=\S)\s*\([^()]*店\)/gu;
const KOREAN_BRANCH_AT_END = /(?<=\S)\s+([\uAC00-\uD7A3]{2,}점)\s*$/u;

/** A postcode of four or five digits, then one word last: the terminal's town ("… 1180 UCCL", "… 75011 PARIS"). */
const TOWN_AFTER_POSTCODE = /\s\d{4,5}\s+\p{L}+\.?\s*$/u;

/**
 * The version of how text reads into seller keys. Raise it in any release that changes the key some description
 * gets (a wrapper newly stripped, a town newly cut, a dictionary alias added or renamed): the stored rules, private
 * choices and crowd votes keyed by the older reading then follow their sample text to the new key
 * (server/categorize/rekey.ts). tests/unit/seller-key-version.test.ts fails when keys change without it.
 */
export const SELLER_KEY_VERSION = 49;

/**
 * Reads one description. A known seller gets its canonical key ("AMZN Mktp US*2K4TY7" → "amazon"), so user rules
 * and crowd votes gather on one key whatever the bank printed; text made only of bank words (a transfer, a fee, a
 * check) gets no key at all, so "apply to all from this seller" cannot sweep every transfer or check together.
 */
export function resolveSeller(
  raw: string,
  dict: SellerDictionary = defaultSellerDictionary(),
  options: ResolveOptions = {},
): SellerMatch {
  const countries = options.countries ?? DEFAULT_COUNTRIES;
  // Read as categorizeTransaction reads it (see lexiconsForCountry), so the key is the one rules are stored under.
  const lexicons = lexiconsForCountry(options.lexicons ?? defaultLexicons(), countries[0]);
  return resolveSellerWith(raw, dict, countries, options.checkNumber, lexicons);
}

/**
 * Card payments in the card networks' acceptor layout (ISO 8583 field 43) print "NAME\STREET\CITY\POSTCODE
 * COUNTRY": the seller is the first field, and the street and city would only hide it from the dictionary.
 * (Helpers like this one keep resolveSellerWith, which runs for every description, small.)
 */
function nameField(text: string): string {
  const field = text.indexOf("\\");
  if (field > 0) return text.slice(0, field);
  // Rabobank's and ING's card line prints the town after a ">" ("KELDORA BAKKERIJ >UTRECHT 27.12.2017 13U38 KV005"):
  // the name ends before it.
  const town = text.indexOf(" >");
  if (town > 0 && LETTER.test(text.charAt(town + 2))) return text.slice(0, town);
  // An address with "@" (a UPI handle, "zomato.payu@hdfcbank"; an e-mail) follows the payee's name, in its own field
  // ("UPI-ZOMATO LIMITED-zomato.payu@hdfcbank-HDFC0000499-…"): the name ends before it.
  const at = text.indexOf("@");
  // Not a rate or a price ("GST @18% ON CHARGES", "2 @ 4.99"): an address's domain starts with a letter.
  if (at <= 0 || !LETTER.test(text.charAt(at + 1))) return text;
  let start = at;
  while (start > 0 && !FIELD_BREAKS.has(text.charCodeAt(start - 1))) start--;
  // After a processor's star the address is the seller's own name ("PAYPAL *KELDORA@SHOP.COM").
  return start > 0 && text.charCodeAt(start) !== 42 ? text.slice(0, start) : text;
}

const LETTER = /\p{L}/u;

/** Space, "-", "/", ";" and ",": what separates the fields of a line. */
const FIELD_BREAKS: ReadonlySet<number> = new Set([32, 45, 47, 59, 44]);

/**
 * A name that ends in a company's legal form ("… TRANSFER SOLUTIONS BV", "… INTEREST GMBH") is a company's name:
 * a weak bank word inside it is part of the name, not what the payment was.
 */
function inCompanyName(
  lexicons: Lexicons,
  word: Phrase,
  tokens: readonly string[],
  keyTokenCount: number,
): boolean {
  if (word.weight >= 2 || !endsInLegalForm(tokens, keyTokenCount)) return false;
  // A deposit phrase, or any phrase of two words or more, in front names no company: the payer's name follows it
  // ("ELECTRONIC DEPOSIT ACME INC", "TRANSFER FROM ZORVEX INC", "RECEBIMENTO FORNECEDOR ZORVEX S.A."). A one-word
  // "TRANSFER" in front may start the name ("TRANSFER SOLUTIONS BV"), and inside the name a phrase is part of it
  // ("NORDIC TRANSFER PARTNERS GMBH").
  // Pay in front ("PALKKA ZORVEX OY", "LØNN ZORVEX AS") is what the company pays, not the first word of its name, and
  // neither is a bank's abbreviation of three letters or fewer ("TRF DE ZORVEX LDA", "FPI ZORVEX LTD").
  return !(
    (word.text.includes("deposit") ||
      word.length >= 2 ||
      groupOf(word.slug) === "income" ||
      word.text.length <= 3) &&
    scanPhrases(lexicons.bankWords, tokens, 0, word.length)?.[0] === word
  );
}

/**
 * Where the payee's name starts in an unknown seller's first `count` tokens: after the bank's phrase that opens the
 * text and the word that introduces the payee ("ELECTRONIC DEPOSIT ZORVEX INC" is Zorvex Inc, "ONLINE PAYMENT TO
 * KELDORA WATER" is Keldora Water). 0 when no phrase opens the text or only bank wording follows it. A one-word phrase
 * without "to" or "from" after it may start the company's own name ("TRANSFER SOLUTIONS BV", "PAYMENT SENSE LTD"),
 * as inCompanyName reads it, so only a deposit's or a bank's abbreviation ("TFR", "FPI") is taken off.
 */
function payeeNameStart(
  lexicons: Lexicons,
  tokens: readonly string[],
  count: number,
  afterLead: boolean,
): number {
  // The wrapper in front was taken off already ("VIR SEPA RECU DE ZORVEX SAS"): only the word introducing the payee
  // is left.
  if (afterLead) {
    const introducer = introducerLength(tokens, 0, count);
    if (introducer > 0) return introducer;
  }
  // The longest phrase: one that is the whole name ("INTEREST CHARGE ON PURCHASES") is all there is to read.
  const opening = phraseAt(lexicons.bankWords, tokens, 0, tokens.length);
  // Only a phrase that says how the money moved (a transfer, a payment, a deposit) or that it is pay ("PAYROLL
  // DEPOSIT") is not the payee's: a fee, interest or rent ("INTEREST CHARGE", "SERVICE CHARGE", "RENT") is what the
  // row is, a strong transfer phrase is cash at a machine, whose place follows ("ATM WITHDRAWAL 123 MAIN ST"), and a
  // deposit the holder made ("EDEPOSIT IN BRANCH") has no payer, only a place.
  if (opening === null || opening.length >= count || SELF_DEPOSITS.has(opening.text)) return 0;
  const group = groupOf(opening.slug);
  if (!(group === "income" || (group === "transfer" && opening.weight < 2))) return 0;
  let from = opening.length;
  // Phrases may stack ("OUTGOING WIRE" "TRANSFER"): a weak transfer phrase that opens what is left, with a word of
  // the name after it, comes off too.
  const more = phraseAt(lexicons.bankWords, tokens, from, count - 1);
  if (more !== null && more.weight < 2 && groupOf(more.slug) === "transfer") from += more.length;
  const introducer = introducerLength(tokens, from, count);
  const introduced = introducer > 0;
  from += introducer;
  if (opening.length === 1 && !introduced && !opening.text.includes("deposit") && opening.text.length > 3)
    return 0;
  for (let k = from; k < count; k++) if (!isGeneric(lexicons, tokens[k]!)) return from;
  return 0;
}

/**
 * Where the payee's name ends for its display name: after a company's legal form that words follow ("KELDORA
 * VERSICHERUNG AG BEITRAG 2024" is Keldora Versicherung AG, "ZORVEX LLC PAYROLL" Zorvex LLC), since what follows is
 * the payment's purpose. Only the forms that are never a word in a name; the key keeps the whole text.
 */
function payeeNameEnd(tokens: readonly string[], from: number, count: number): number {
  for (let k = from + 1; k < count - 1; k++) {
    // A form of several tokens ("S.R.O.", "S DE RL DE CV"), or one whose end follows it ("SA" "DE CV").
    const dotted = dottedLegalFormAt(tokens, k, count);
    if (dotted > 0) return k + dotted;
    if (isLegalForm(tokens[k]!) && !FORMS_ALSO_WORDS.has(tokens[k]!))
      return k + 1 + dottedLegalFormAt(tokens, k + 1, count);
  }
  return count;
}

// The legal forms (clean.ts) less those that are also words or names inside a name: "KELDORA SPA RETREAT", "PAY AS
// YOU GO", "AB TESTING", "CAFE SE".
const FORMS_ALSO_WORDS: ReadonlySet<string> = new Set(["spa", "ab", "as", "asa", "ou", "se", "sia", "uab"]);

/** Deposit phrases (bank-words.json) for money the account holder paid in themselves. */
export const SELF_DEPOSITS: ReadonlySet<string> = new Set([
  "abm deposit",
  "atm deposit",
  "atm check deposit",
  "atm cash deposit",
  "branch deposit",
  "cash dep",
  "cash dep branch",
  "cash deposit",
  "cheque deposit",
  "chq deposit",
  "counter deposit",
  "deposit check",
  "deposit id number",
  "deposit mobile",
  "deposit mobile banking",
  "deposito en efectivo",
  "edeposit in branch",
  "mobile deposit",
  "remote deposit",
  "remote online deposit",
]);

/**
 * Where "SPA" in a name is the company's legal form, not a day spa, the index of that token (-1 elsewhere): at the
 * end of the name after an Italian bank's wrapper ("ADDEBITO SDD KELDORA ASSICURAZIONI SPA": S.p.A.), and after the
 * name's first word on a Chilean account, where most companies are a sociedad por acciones ("COMPRA NACIONAL ZORVEX
 * SPA SANTIAGO", "REMUNERACION ZORVEX SPA").
 */
function spaAsLegalForm(
  lead: readonly string[],
  tokens: readonly string[],
  keyTokenCount: number,
  where: readonly string[],
): number {
  if (keyTokenCount < 2) return -1;
  if (where[0] === "cl") {
    for (let k = 1; k < keyTokenCount; k++) if (tokens[k] === "spa" && tokens[k - 1] !== "day") return k;
    return -1;
  }
  // Last in the name, or before the terminal's town ("PAGAMENTO POS ZORVEX FARMACIA SPA MILANO").
  const at = tokens.lastIndexOf("spa", keyTokenCount - 1);
  if (at < 1 || !(at === keyTokenCount - 1 || onlyTail(tokens, at + 1))) return -1;
  return printedInItaly(lead, where) ? at : -1;
}

/**
 * Whether the text is an Italian bank's: its wrapper is in Italian ("ADDEBITO DIRETTO SDD", "PAGAMENTO POS"), or the
 * terminal (or the account) is in Italy. There "SPA" after a name is a company's legal form, S.p.A.
 */
function printedInItaly(lead: readonly string[], where: readonly string[]): boolean {
  if (where[0] === "it") return true;
  for (let i = 0; i < lead.length; i++) {
    const word = lead[i]!;
    if (ITALIAN_WRAPPER_WORDS.has(word)) return true;
    // Not "PAGAMENTO" alone: Portuguese prints it too, and a Brazilian SPA is a spa.
    if (word === "pagamento" && (lead[i + 1] === "pos" || lead[i + 1] === "su")) return true;
  }
  return false;
}

const ITALIAN_WRAPPER_WORDS: ReadonlySet<string> = new Set([
  "addebito",
  "sdd",
  "pagobancomat",
  "bonifico",
  "presso",
  "tramite",
  "acquisto",
  "operazione",
]);

/** Words between a bank's phrase and the payee's name: "TRANSFER TO", "PIX RECEBIDO DE", "OVERBOEKING NAAR". */
const PAYEE_INTRODUCERS: ReadonlySet<string> = new Set([
  "to",
  "from",
  "de",
  "da",
  "do",
  "du",
  "van",
  "von",
  "naar",
  "aan",
  "para",
  "pour",
  // Romanian "to"
  "catre",
]);

/**
 * The phrases that introduce a payee in the words of a transfer's beneficiary ("BONIFICO A FAVORE DI KELDORA SRL",
 * "VIREMENT EN FAVEUR DE …", "ÜBERWEISUNG ZUGUNSTEN …"), each as its words.
 */
const INTRODUCER_PHRASES: readonly (readonly string[])[] = [
  ["a", "favore", "di"],
  ["a", "favore"],
  ["a", "favor", "de"],
  ["en", "faveur", "de"],
  ["au", "profit", "de"],
  ["in", "favour", "of"],
  ["in", "favor", "of"],
  ["zugunsten", "von"],
  ["zugunsten"],
];

/**
 * How many tokens at `at` introduce the payee ("TO", "DE", "A FAVORE DI"), 0 when none does; only when a word of the
 * name follows, within the first `count`.
 */
function introducerLength(tokens: readonly string[], at: number, count: number): number {
  if (at >= count - 1) return 0;
  if (PAYEE_INTRODUCERS.has(tokens[at]!)) return 1;
  for (const phrase of INTRODUCER_PHRASES)
    if (at + phrase.length < count && spellsAt(tokens, at, phrase)) return phrase.length;
  return 0;
}

/**
 * A weak fee word after a payee's name ("GOLDEN OAKS CLUB FEES", "MAPLE COUNTY RECORDER FEE") is what that payee
 * charged, which the payee's kind of business files, not a bank's charge: it says nothing on its own then. A bank's
 * own fee reads as a fee phrase alone ("MONTHLY FEE", "ANNUAL FEE") or as a strong one ("OVERDRAFT FEE", "FOREIGN
 * TRANSACTION FEE"); a bank or payment service named in front is a known seller (not asked here), whose fees stay fees.
 */
function payeesOwnCharge(lexicons: Lexicons, word: Phrase, tokens: readonly string[]): boolean {
  // Only the English service-fee words: the bank-fee words of other languages ("GEBUEHREN", "ENTGELT") follow the
  // kind of fee they name ("KONTOFUEHRUNG GEBUEHREN"), in spellings the generic words do not list.
  if (word.weight >= 2 || word.slug !== SERVICE_FEE || tokens.length < 2) return false;
  // A fee a bank names by its kind ("MONTHLY FEE", "ANNUAL FEE", "SERVICE FEE") stays the bank's whoever is named in
  // front ("CHASE MONTHLY FEE"); only a bare fee or one named after what it buys ("CLUB FEES") is the payee's.
  for (const w of phraseWords(word)) if (lexicons.generic.has(w) && w !== "fee" && w !== "fees") return false;
  // Named: the text opens with a word that is neither bank wording nor the fee phrase itself.
  if (lexicons.generic.has(tokens[0]!)) return false;
  // A bank named in front charges a bank's fee, known or not ("ALTA BANKA AD RAČUN PROVIZIJE").
  if (tokens.some(isBankWord)) return false;
  return scanPhrases(lexicons.bankWords, tokens, 0, word.length)?.[0] !== word;
}

/** A word naming a bank in the languages read ("bank", "banka", "bankas", "banco", "banca", "banque"). */
function isBankWord(token: string): boolean {
  return token.includes("bank") || token === "banco" || token === "banca" || token === "banque";
}

const SERVICE_FEE: CategorySlug = "fees-charges.service-fee";
const TRANSFER: CategorySlug = "transfer.transfer";

/**
 * The transaction code a bank of the account's country prints after the payee's name, padded apart from it, or alone
 * ("SUN LIFE         ANN": TD Canada Trust's annuity; "SC", its service charge), as a weak bank word; null when the
 * text ends in no code of that country's (see Lexicons.paymentCodes). Two or three letters after a long gap are that
 * column, not a word of the name, which the gap has ended (see paddedName).
 */
function paymentCodeAtEnd(
  lexicons: Lexicons,
  sellerText: string,
  countries: readonly string[],
): Phrase | null {
  const codes = lexicons.paymentCodes.get(countries[0] ?? "");
  if (codes === undefined) return null;
  const code = PAYMENT_CODE_AT_END.exec(sellerText);
  return code === null ? null : (codes.get(code[1]!.toLowerCase()) ?? null);
}

/** Two or three letters at the end, after three spaces or more, or as the whole text. */
const PAYMENT_CODE_AT_END = /(?:^|\S {3,})([A-Za-z]{2,3})\s*$/;

/**
 * A card bill paid from the account, printed as the card's issuer and network and nothing after ("RBC VISA", "TD
 * VISA", "BMO MASTERCARD", "ROYAL BANK VISA", "PC FINANCIAL MASTERCARD", "KELDORA CREDIT CARD"): a weak card-payment
 * word, so a payee's kind of business or a known seller still decides. "VISA" alone follows a bank only: its initials
 * (four letters or fewer, not a country's code: "US VISA" is an entry visa's fee), a name with a bank's word in it
 * ("bank", "banco", "banque": see isBankWord), or a bank the dictionary knows; "MASTERCARD" and "CREDIT CARD" follow
 * any name.
 */
function cardBillAtEnd(
  lexicons: Lexicons,
  dict: SellerDictionary,
  tokens: readonly string[],
  lead: readonly string[],
  countries: readonly string[],
  terminal: readonly string[] | null,
): Phrase | null {
  const count = tokens.length;
  if (count < 2 || count > 7) return null;
  const last = tokens[count - 1]!;
  let cardWords = 0;
  if (last === "mastercard") cardWords = 1;
  // A payment to a card by its issuer's name ("PAYMENT TO KELDORA CARD ENDING IN 1234": the card's last digits are
  // dropped with their label).
  else if (last === "card" && lead.length > 0 && lead[0] === "payment") cardWords = 1;
  else if (last === "card" && (tokens[count - 2] === "credit" || tokens[count - 2] === "visa")) cardWords = 2;
  else if (last === "visa") cardWords = 1;
  else return null;
  const issuerEnd = count - cardWords;
  // The bank's own words in front ("PAYMENT - TD VISA", "BILL PAY …") are no part of the issuer's name.
  let start = 0;
  while (start < issuerEnd && isGeneric(lexicons, tokens[start]!)) start++;
  if (issuerEnd - start < 1 || issuerEnd - start > 3) return null;
  for (let k = start; k < issuerEnd; k++) if (!isLetters(tokens[k]!)) return null;
  if (last === "visa" || (last === "card" && tokens[count - 2] === "visa")) {
    const first = tokens[start]!;
    const issuer = start === 0 ? tokens : tokens.slice(start);
    const bank =
      (issuerEnd - start === 1 && first.length <= 4 && !isCountryCode(first)) ||
      issuer.some((token, k) => k < issuerEnd - start && isBankWord(token)) ||
      brandOfFirst(dict, issuer, issuerEnd - start, countries, terminal)?.slug === null;
    if (!bank) return null;
  }
  return CARD_BILL;
}

/**
 * Whether the words after a store's name (its first `nameLength` tokens) name its card and nothing else: MASTERCARD,
 * MC, VISA or CREDIT CARD, the key's last words.
 */
function namesStoreCard(tokens: readonly string[], nameLength: number, keyTokenCount: number): boolean {
  const rest = keyTokenCount - nameLength;
  if (rest === 1) {
    const word = tokens[nameLength]!;
    return word === "mastercard" || word === "mc" || word === "visa";
  }
  return rest === 2 && tokens[nameLength] === "credit" && tokens[nameLength + 1] === "card";
}

/** A store card's bill (see namesStoreCard): strong, since the store's own kind of business says nothing of it. */
const STORE_CARD_BILL: Phrase = {
  text: "store card",
  slug: "transfer.credit-card-payment",
  length: 1,
  weight: 2,
  confidence: CONFIDENCE.bankWord,
  rest: [],
};

const CARD_BILL: Phrase = {
  text: "card bill",
  slug: "transfer.credit-card-payment",
  length: 1,
  weight: 1,
  confidence: CONFIDENCE.bankWord,
  rest: [],
};

/** Each bank phrase's words as the cleaning reads them, cleaned once per phrase. */
const PHRASE_WORDS = new WeakMap<Phrase, readonly string[]>();

/** Whether `words` holds `part` as consecutive words. */
function holdsWords(words: readonly string[], part: readonly string[]): boolean {
  for (let at = 0; at + part.length <= words.length; at++) if (spellsAt(words, at, part)) return true;
  return false;
}

/** A phrase's words as cleaning reads them (its text may spell them otherwise): built once per phrase. */
export function phraseWords(phrase: Phrase): readonly string[] {
  let words = PHRASE_WORDS.get(phrase);
  if (words === undefined) {
    const cleaned = cleanDescription(phrase.text);
    words = cleaned.lead.length > 0 ? [...cleaned.lead, ...cleaned.tokens] : cleaned.tokens;
    PHRASE_WORDS.set(phrase, words);
  }
  return words;
}

/**
 * Words for a street that follow the street's name ("MARKET STREET INN", "CHURCH STREET PHARMACY", "MILL ROAD
 * BAKERY"): the word before one names the street, not the kind of business, so it neither decides nor makes the
 * name ambiguous. Not "ST": after a word it is as often a saint ("CAFE ST GERMAIN"). Not the French "RUE", which
 * comes before the street's name.
 */
const STREET_WORDS: ReadonlySet<string> = new Set([
  "street",
  "road",
  "rd",
  "avenue",
  "ave",
  "lane",
  "boulevard",
  "blvd",
  "straat",
  "strasse",
  "gasse",
  "laan",
]);

function namesAStreet(tokens: readonly string[], from: number, count: number): boolean {
  for (let k = from + 1; k < count; k++) if (STREET_WORDS.has(tokens[k]!)) return true;
  return false;
}

/** The tokens with each street's name (the word before a street word) blanked, for a second scan. */
function withoutStreetNames(tokens: readonly string[], from: number, count: number): string[] {
  const copy = tokens.slice();
  for (let k = from + 1; k < count; k++) if (STREET_WORDS.has(tokens[k]!)) copy[k - 1] = "";
  return copy;
}

/**
 * A seller filed under Transfers (a brokerage, a wallet, a money-transfer service) says only how the money moved, so
 * its weak bank words are read too: "SCHWAB BANK INTEREST" is interest, "COINBASE REFUND" a refund (see the engine).
 */
export function movesMoney(slug: CategorySlug): boolean {
  return slug.startsWith("transfer");
}

/**
 * Whether sellers of this category pay money out to the businesses that use them: software, selling and payment
 * platforms ("SHOPIFY", "GUMROAD", "TWILIO") and ad networks. Money in from one is most often a payout of what the
 * account holder sold or earned through it, which the seller's category does not describe (see the engine), so its
 * weak bank words are read too: "SHOPIFY REFUND" is a refund. A shipper's or a stationer's credit is a refund or a
 * return of what was bought there, and keeps their category.
 */
export function mayPayOut(slug: CategorySlug): boolean {
  return PAYING_OUT.has(slug);
}

const PAYING_OUT: ReadonlySet<CategorySlug> = new Set([
  "business-services",
  "business-services.software",
  "business-services.advertising",
]);

/**
 * Whether the text quotes an invoice it pays ("… BUILDING SUPPLIES -INV 011916", "FACTURA 2023-114", "RECHNUNG NR
 * 4711"): a transfer that settles a business's bill is a purchase from that business, so the payee's kind of business
 * says more than the transfer's wording (see the engine). The bare abbreviation needs a reference with a digit after
 * it: "INV" alone is as often an investment account ("TRANSFER TO INV ACCT"), "FT" a foot.
 */
export function quotesAnInvoice(text: string): boolean {
  return INVOICE_WORD.test(text) || INVOICE_ABBREVIATION.test(text);
}

// Accented forms included: the raw text is read, before cleaning folds accents.
const INVOICE_WORD =
  /(?:^|[^\p{L}])(?:invoices?|factura|facture|factuur|factuurnr|factuurnummer|fattura|faktura|fatura|rechnung|rechnungsnr|rechnungsnummer)(?![\p{L}])/iu;
// French FACT and Italian FT and FATT too ("… PLOMBERIE KELDORA FACT 2024-118", "… CAUSALE: MANUTENZIONE FT 88/24").
const INVOICE_ABBREVIATION =
  /(?:^|[^\p{L}])(?:inv|fact|fatt|ft)(?![\p{L}])\s*(?:#|no\.?|nr\.?|n\.?|:)?\s*[a-z]*[-/]?\d/iu;

/**
 * A one-word brand of name-suggestion-index, or of Tally's list away from the countries it trades in, followed by
 * words that name another kind of business ("KIMS ALTERATIONS" is a tailor, not Kim's Convenience Store) is that
 * other business: the words decide, not the brand.
 * A brand of Tally's list is read on through its own product words ("AMAZON MARKETPLACE", "CHEVRON FOOD MART"),
 * which the business words misread; only the words of a practice people name after themselves, right after the
 * name, say otherwise ("KAPLAN DENTAL", "NORTON ANIMAL HOSPITAL", "HILTON PHARMACY": surnames that are brands too).
 */
function anotherKindOfBusiness(
  lexicons: Lexicons,
  dict: SellerDictionary,
  known: SellerRecord,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
): boolean {
  if (known.slug === null || keyTokenCount < 2) return false;
  if (isTownsOffice(known))
    return namesOtherGroup(
      standsIn(businessWords(lexicons, tokens, keyTokenCount, lastMatchLength())),
      known.slug,
    );
  if (lastMatchLength() !== 1) return false;
  // Only the words before the store's place: a shopping centre named for its town is where the store is ("CLICKS
  // PRETORIA MALL"), not what it sells.
  let end = 1;
  while (end < keyTokenCount && !onlyTail(tokens, end)) end++;
  if (end < 2) return false;
  // A one-word brand of the map's that is itself a word for another kind of business, then more of a name ("PUB
  // L'ORIGNAL TORDU"): the word names the place's kind, not the chain. Not where the brand is listed as trading,
  // whose own banners hold such words ("METRO PLUS", a Quebec grocer's).
  if (known.origin === "osm" && (known.countries === "" || !tradesInAny(known, countries))) {
    const own = singleWord(lexicons, tokens[0]!);
    if (
      own !== undefined &&
      own.confidence >= CONFIDENCE_THRESHOLD &&
      groupOf(own.slug) !== groupOf(known.slug)
    )
      return true;
  }
  // A car park after any shop's or mall's name is its car park, paid as parking ("MACY'S PARKING", "万达广场停车场").
  if (parksAfter(lexicons, known, tokens, 1, end)) return true;
  const other =
    clinicOfSchool(lexicons, tokens, keyTokenCount, known.slug) ||
    // A seller of Tally's list that trades only elsewhere is read by the same rule as the map's brands, and so is one
    // read by a spelling that is an everyday word too ("PRESTO PIZZA" on a Canadian account: see SellerEntry.local).
    known.origin === "osm" ||
    known.localOnly === true ||
    (known.countries !== "" && !tradesInAny(known, countries))
      ? // A grocer's or a superstore's own pumps are its fuel, not another business (see fuelSoldBy).
        namesOtherGroup(standsIn(businessWords(lexicons, tokens, end, 1)), known.slug) &&
        !fuelSoldBy(lexicons, known, known, tokens, 1)
      : practiceAfterName(lexicons, tokens, end, known.slug);
  // Its own longer spelling ("VCA HOSPITAL", "50HERTZ TRANSMISSION") is its name, whatever words it holds.
  return other && !spelledLonger(dict, known, tokens, keyTokenCount);
}

/** Whether the words from `from` to `to` name a car park, after a seller of another kind than parking. */
function parksAfter(
  lexicons: Lexicons,
  known: SellerRecord,
  tokens: readonly string[],
  from: number,
  to: number,
): boolean {
  if (known.slug === null || groupOf(known.slug) === groupOf(PARKING)) return false;
  // Most names hold no word a car park's phrase starts with: one Set probe per word before the scan.
  const starts = parkingStarts(lexicons);
  let any = false;
  for (let k = from; k < to && !any; k++) any = starts.has(tokens[k]!);
  return any && businessWords(lexicons, tokens, to, from)?.slug === PARKING;
}

/** The first words of the business words' car-park phrases, per word lists. */
function parkingStarts(lexicons: Lexicons): ReadonlySet<string> {
  let starts = PARKING_STARTS.get(lexicons);
  if (starts === undefined) {
    starts = new Set();
    for (const [first, list] of lexicons.businessWords.byFirst)
      if (list.some((phrase) => phrase.slug === PARKING)) starts.add(first);
    PARKING_STARTS.set(lexicons, starts);
  }
  return starts;
}

const PARKING_STARTS = new WeakMap<Lexicons, Set<string>>();

/**
 * The words' reading, unless they name only where the branch stands: "CARREFOUR MALL OF THE EMIRATES" is Carrefour's
 * shop in the mall, not the mall (see WHERE_SHOPS_STAND).
 */
function standsIn(business: BusinessWordMatch | null): BusinessWordMatch | null {
  return business !== null && WHERE_SHOPS_STAND.has(business.word) ? null : business;
}

function namesOtherGroup(business: BusinessWordMatch | null, slug: CategorySlug): boolean {
  return business !== null && groupOf(business.slug) !== groupOf(slug);
}

/**
 * Whether the seller is a town's, a county's or a district's own offices, which the map lists as the operator of what
 * they run and the data build reads as the town's (see scripts/build-categorize-data.ts): a kind of business written
 * after its name, however many words the name has, is the one the town runs and is paid for ("STADT MANNHEIM KITA").
 */
function isTownsOffice(known: SellerRecord): boolean {
  return known.origin === "osm" && known.slug === "taxes.local-tax";
}

/**
 * Whether a school's name (a university's) is followed by a hospital's or a clinic's word: that is the school's
 * hospital, a doctor's, not its tuition. Chinese names the hospital after the university it belongs to, with the
 * hospital's own name between ("复旦大学附属华山医院", "北京大学第一医院"), so the words need not follow right after.
 */
function clinicOfSchool(
  lexicons: Lexicons,
  tokens: readonly string[],
  keyTokenCount: number,
  slug: CategorySlug,
): boolean {
  if (groupOf(slug) !== "education") return false;
  const hits = scanPhrases(lexicons.businessWords, tokens, 1, keyTokenCount, CONFIDENCE_THRESHOLD);
  if (hits === null) return false;
  for (const phrase of hits) if (groupOf(phrase.slug) === "health-fitness") return true;
  return false;
}

/**
 * Whether a practice's words (see NAMED_PRACTICES) of another group than `slug` come right after the name, and only
 * they: a town may follow ("SINCLAIR PHARMACY CASPER WY").
 */
function practiceAfterName(
  lexicons: Lexicons,
  tokens: readonly string[],
  keyTokenCount: number,
  slug: CategorySlug,
): boolean {
  const group = groupOf(slug);
  for (let to = Math.min(keyTokenCount, 4); to > 1; to--) {
    const hits = scanPhrases(lexicons.businessWords, tokens, 1, to, CONFIDENCE_THRESHOLD);
    if (hits === null) continue;
    let covered = 0;
    for (const phrase of hits)
      if (NAMED_PRACTICES.has(phrase.slug) && groupOf(phrase.slug) !== group) covered += phrase.length;
    if (covered === to - 1) return true;
  }
  return false;
}

/** The fewest letters of the branch's word after a chain's store number (see chainBeforeBranch). */
const BRANCH_WORD_MIN = 4;

/** See resolveSellerWith: the chain before its store's number and branch, or null. */
function chainBeforeBranch(
  lexicons: Lexicons,
  dict: SellerDictionary,
  tokens: readonly string[],
  nameEnd: number,
  keyTokenCount: number,
  countries: readonly string[],
  terminalCountries: readonly string[] | null,
): SellerRecord | null {
  // A name of one word of three letters or fewer is as often an abbreviation ("TWL 134 WELLI" is The Warehouse, not
  // a German utility's TWL).
  if (nameEnd === 1 && tokens[0]!.length <= 3) return null;
  // The branch: a word or up to three ("LOVE'S #0412 VAN HORN", "COLES 0823 NORMAN PARK"), one long enough to be a
  // place's name, none of them a number's or a kind of business's.
  const branchWords = keyTokenCount - nameEnd;
  if (branchWords < 1 || branchWords > 3) return null;
  let longest = 0;
  for (let k = nameEnd; k < keyTokenCount; k++) {
    if (!isLetters(tokens[k]!)) return null;
    if (tokens[k]!.length > longest) longest = tokens[k]!.length;
  }
  if (longest < BRANCH_WORD_MIN || businessWords(lexicons, tokens, keyTokenCount, nameEnd) !== null)
    return null;
  const chain = matchAlias(dict, tokens, nameEnd, countries, nameEnd, terminalCountries);
  if (chain === undefined || lastMatchLength() !== nameEnd || chain.slug === null) return null;
  // A chain where the account (or the printed terminal) is, or one trading everywhere: a branch abroad may be another
  // business's name.
  return tradesHome(chain, countries) ? chain : null;
}

/**
 * A chain's name, then its branch's (a mall, a suburb: "POS PURCHASE DIS-CHEM CRESTA", "EFTPOS COUNTDOWN MT ALBERT"),
 * with no store number between them and no town after: the words a place list lacks. The caller asks only after a
 * card purchase's words. Read only for a chain that trades in the account's own country (not one trading everywhere,
 * whose name is more often a word) and by its whole name, when the branch is one word or two, letters only, one of
 * them long enough to be a place's name, and none names a kind of business ("GAME STOP"), a company or a person.
 */
function chainThenBranch(
  lexicons: Lexicons,
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  terminalCountries: readonly string[] | null,
): SellerRecord | null {
  for (let nameEnd = keyTokenCount - 1; nameEnd >= 1 && nameEnd >= keyTokenCount - 2; nameEnd--) {
    if (nameEnd === 1 && tokens[0]!.length <= 3) continue;
    if (!branchNamesAPlace(lexicons, tokens, nameEnd, keyTokenCount)) continue;
    const chain = chainBeforeBranch(
      lexicons,
      dict,
      tokens,
      nameEnd,
      keyTokenCount,
      countries,
      terminalCountries,
    );
    // The chain's whole name, not a short form of a longer one ("COLUMBUS DISPATCH SUB" is no Columbus Café).
    if (chain !== null && chain.countries !== "" && wordCount(chain.name) <= nameEnd) return chain;
  }
  return null;
}

function wordCount(name: string): number {
  return name.split(NAME_WORD_BREAK).filter((word) => word !== "").length;
}

// An apostrophe joins: "Love's" is one word, as the tokens read it.
const NAME_WORD_BREAK = /[^\p{L}\p{N}'’]+/u;

/**
 * Whether the words after a chain's name may be its branch's: no company's word or legal form ("ACME MANAGEMENT",
 * "… HOLDINGS LTD") and no bank wording ("ROGERS BANK MASTERCARD", the card's bill).
 */
function branchNamesAPlace(lexicons: Lexicons, tokens: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (isCompanyTail(tokens[k]!) || COMPANY_WORDS.has(tokens[k]!)) return false;
  return scanPhrases(lexicons.bankWords, tokens, from, to) === null;
}

/** Words of a company's or a person's name that are no place's (see branchNamesAPlace). */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  "management",
  "mgmt",
  "holdings",
  "group",
  "services",
  "properties",
  "enterprises",
  "international",
  "industries",
  "partners",
  "associates",
  "consulting",
  "solutions",
  "capital",
  "financial",
  "bank",
  "card",
  // A title before a person's name: a practice's, not a branch's ("PRAXIS DR. KELDORA").
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
]);

/**
 * The lead words of a card purchase at a shop's terminal ("POS PURCHASE", "CARTE", "COMPRA", "DANKORT-KØB", and the
 * Irish banks' Visa debit codes: AIB's and Ulster Bank's VDC-, contactless, and VDP-, chip and PIN or online, and Bank
 * of Ireland's POSC, contactless, its date glued on: "POSC10JAN").
 */
const CARD_LEAD_WORDS: ReadonlySet<string> = new Set([
  "vdc",
  "vdp",
  "posc",
  "contactless",
  "dankort",
  "kortkop",
  "varekjop",
  "visa",
  "pos",
  "purchase",
  "card",
  "carte",
  "cb",
  "compra",
  "achat",
  "eftpos",
  "kartenzahlung",
  "acquisto",
]);

/**
 * Kinds of business a person's practice, named after its owner, is (see anotherKindOfBusiness). Not a spa: a hotel's
 * ("HILTON SPA") is the hotel's.
 */
const NAMED_PRACTICES: ReadonlySet<CategorySlug> = new Set<CategorySlug>([
  "health-fitness.dentist",
  "health-fitness.doctor",
  "health-fitness.eyecare",
  "health-fitness.pharmacy",
  "pets.veterinary",
  "personal-care.hair",
  "business-services.legal",
]);

/**
 * Whether one or two words from `from` on name the chain's own kind of store, and its place or branch follows them
 * (see placeOrBranchAfter): each word is part of a business word trusted enough to decide that files into the chain's
 * category, its parent or one of its children ("SUPERMARKET" and "MARKET" for a grocer, "TANKSTELLE" for a fuel
 * brand), and the branch's name after them names no other kind of business ("COOP SUPERMARKET CAFE"). A word of
 * another category, even of the same group ("KIWI CAFE": a café, not the grocer), says otherwise.
 */
function kindWordsAgree(
  lexicons: Lexicons,
  known: SellerRecord,
  tokens: readonly string[],
  from: number,
  keyTokenCount: number,
  placeFrom: number,
): boolean {
  if (known.slug === null) return false;
  for (let to = Math.min(from + 2, keyTokenCount); to > from; to--) {
    const hits = scanPhrases(lexicons.businessWords, tokens, from, to);
    if (hits === null) continue;
    let covered = 0;
    let agree = true;
    for (const phrase of hits) {
      if (phrase.confidence < CONFIDENCE_THRESHOLD || !sameKind(phrase.slug, known.slug)) agree = false;
      covered += phrase.length;
    }
    if (!agree || covered < to - from || !placeOrBranchAfter(tokens, to, keyTokenCount, placeFrom)) continue;
    if (to >= keyTokenCount || scanPhrases(lexicons.businessWords, tokens, to, keyTokenCount) === null)
      return true;
  }
  return false;
}

/** One category, or one the parent of the other ("food-dining" and "food-dining.groceries"). */
function sameKind(a: CategorySlug, b: CategorySlug): boolean {
  if (a === b) return true;
  return categoryBySlug(a)!.parentSlug === b || categoryBySlug(b)!.parentSlug === a;
}

/** The tokens from a later position, the first maybe a brand's stem (see brandAt): one array, reused. */
const shifted: string[] = [];

/**
 * A brand printed after the name of the street, mall or quarter its store stands in ("CENTRAL PARK PRISMA",
 * "ULEMISTE SELVER TALLINN EST"), or glued to a case ending of the language where it trades ("KADAKA SELVERI": the
 * Estonian genitive, "Selver's"). Read in second or third place only, and only when:
 * - the words in front are one or two plain words, no bank wording, legal form or kind of business ("PIZZA …"; a
 *   mall named with the word "mall" is left out too);
 * - the brand is distinctive: a spelling that may start a longer text (not an everyday word like "Kiwi"), of five
 *   letters or more and no kind of business ("FLOWERS"), with a category, not a bank or money mover, trading where
 *   the terminal (or the account) is;
 * - what follows is a place, the terminal's city field, or words naming the brand's own kind of store; or nothing,
 *   after a place of two words or before a brand of several: "ANNA PRISMA" may be a person's name.
 */
function brandAfterPlace(
  lexicons: Lexicons,
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  placeFrom: number,
  countries: readonly string[],
  terminal: readonly string[] | null,
): SellerRecord | null {
  for (let start = 1; start <= 2 && start < keyTokenCount; start++) {
    const front = tokens[start - 1]!;
    if (front.length < 3 || !isLetters(front) || isGeneric(lexicons, front) || isLegalForm(front))
      return null;
    if (scanPhrases(lexicons.businessWords, tokens, 0, start) !== null) return null;
    const token = tokens[start]!;
    const found = brandAt(
      lexicons,
      dict,
      tokens,
      start,
      token,
      keyTokenCount,
      placeFrom,
      countries,
      terminal,
    );
    // Where the terminal printed its country, the brand must trade there; else in one of the account's own.
    if (
      found !== null &&
      (found.countries === "" ||
        (terminal !== null ? tradesInAny(found, terminal) : tradesInOwn(found, countries)))
    )
      return found;
    // A seller spelled from here on that counts only as the whole text ("LIFE TIME INC": Life Time) is no place in
    // front of a later brand ("TIME INC").
    const spelledHere = brandAtSpelled;
    for (const [country, stem] of CASE_STEMS) {
      const base = stem(token);
      if (base === null || base.length < 4) continue;
      const glued = brandAt(
        lexicons,
        dict,
        tokens,
        start,
        base,
        keyTokenCount,
        placeFrom,
        countries,
        terminal,
      );
      // The ending is that language's: the brand trades in its country, and a brand trading everywhere is read so
      // only where the terminal or the account is in that country ("KELDORA CANVAS CO" on a dollar account is no
      // Latvian "Canva-s").
      if (
        glued !== null &&
        (glued.countries === "" ? (terminal ?? countries).includes(country) : trades(glued, country))
      )
        return glued;
    }
    if (spelledHere) return null;
  }
  return null;
}

/** Whether the last brandAt call found, at its start, a seller's spelling that counts only as the whole text. */
let brandAtSpelled = false;

/** The distinctive brand spelled from `start` on, its first token read as `first`, in the shape brandAfterPlace reads. */
function brandAt(
  lexicons: Lexicons,
  dict: SellerDictionary,
  tokens: readonly string[],
  start: number,
  first: string,
  keyTokenCount: number,
  placeFrom: number,
  countries: readonly string[],
  terminal: readonly string[] | null,
): SellerRecord | null {
  brandAtSpelled = false;
  // Most words start no spelling: one probe says so before the tokens are copied. A short word may still start one
  // joined with the next ("WAL MART", see matchAlias).
  if (first.length > 5 && !startsSpelling(dict, first)) return null;
  shifted.length = 0;
  shifted.push(first);
  for (let k = start + 1; k < tokens.length; k++) shifted.push(tokens[k]!);
  const found = matchAlias(
    dict,
    shifted,
    keyTokenCount - start,
    terminal === null ? countries : terminalFirst(terminal, countries),
    Math.max(placeFrom - start, 1),
    terminal,
  );
  brandAtSpelled = found !== undefined && lastMatchExact();
  if (found === undefined || found.slug === null || movesMoney(found.slug) || lastMatchExact()) return null;
  const matched = lastMatchLength();
  let letters = 0;
  for (let k = 0; k < matched; k++) letters += shifted[k]!.length;
  // A spelling holding a kind of business ("FLOWERS", read as a florist chain) names many stores in that place.
  if (letters < 5 || scanPhrases(lexicons.businessWords, shifted, 0, matched) !== null) return null;
  const after = start + matched;
  // Nothing follows: a place of two words in front ("CENTRAL PARK PRISMA"), or a brand of several words. One word
  // and a one-word brand are as often a person's first name and surname ("JOHN SAINSBURY"). The terminal's city
  // field or a "CITY ST" following says it is a store. A brand spelled as a town (Helsinki's transit network) and
  // printed last is the town the card was used in: "KELDORA KAMPPI HELSINKI" is a shop in Helsinki.
  if (after >= tokens.length)
    return (matched === 1 && start === 1) || townPrintedLast(tokens, start, matched) ? null : found;
  if (after >= keyTokenCount || after >= placeFrom) return found;
  if (onlyTail(tokens, after)) return found;
  const kindWords = kindWordsThenPlace(tokens, after, keyTokenCount, placeFrom);
  return kindWords > 0 && kindWordsAgree(lexicons, found, tokens, after, keyTokenCount, placeFrom)
    ? found
    : null;
}

function endsInVowel(word: string): boolean {
  return "aeiouy".includes(word.charAt(word.length - 1));
}

/**
 * Case endings glued to a brand's name, by the country whose language glues them, as the brand's stem (null when
 * the token does not end so): the Estonian genitive of a name ending in a consonant ("SELVERI"), the Finnish
 * genitive (-n after a vowel, "PRISMAN"; -in after a consonant), the Latvian nominative or genitive ending -s
 * ("NARVESENS"), the Lithuanian nominative of a name ending in a consonant ("NARVESENAS") and genitive of one ending
 * in -a (-os). The brand must trade in that country (see brandAfterPlace).
 */
const CASE_STEMS: readonly (readonly [country: string, stem: (token: string) => string | null])[] = [
  ["ee", (t) => (t.endsWith("i") && !endsInVowel(t.slice(0, -1)) ? t.slice(0, -1) : null)],
  [
    "fi",
    (t) =>
      t.endsWith("in") && !endsInVowel(t.slice(0, -2))
        ? t.slice(0, -2)
        : t.endsWith("n") && endsInVowel(t.slice(0, -1))
          ? t.slice(0, -1)
          : null,
  ],
  ["lv", (t) => (t.endsWith("s") ? t.slice(0, -1) : null)],
  [
    "lt",
    (t) =>
      t.endsWith("as") && !endsInVowel(t.slice(0, -2))
        ? t.slice(0, -2)
        : t.endsWith("os")
          ? `${t.slice(0, -2)}a`
          : null,
  ],
];

/**
 * A name-suggestion-index spelling that is only bank wording is read as bank wording: "ACCT" (a transit operator's
 * initials) opens "ACCT TRANSFER 1234", "BONUS" (an Icelandic grocer) is a bonus paid in, "EMT" (Madrid's buses) is a
 * Canadian e-mail money transfer. Tally's own list names such spellings on purpose ("ZELLE", "IRS") and keeps them.
 */
function spelledInBankWords(
  lexicons: Lexicons,
  known: SellerRecord,
  tokens: readonly string[],
  placeFrom: number,
): boolean {
  if (known.origin !== "osm") return false;
  const matched = lastMatchLength();
  const phrase = scanPhrases(lexicons.bankWords, tokens, 0, matched)?.[0];
  // A bank's initials spelled exactly like bank wording ("CCB": China Construction Bank, or Canada's child benefit)
  // are the wording: the row is not named for the bank.
  if (
    phrase !== undefined &&
    phrase.length === matched &&
    (known.slug === null || groupOf(phrase.slug) !== groupOf(known.slug))
  )
    return true;
  if (known.slug === null) return false;
  // A spelling of generic words alone counts when it is the whole seller text ("NEXT", "THE STORE"), or all of it
  // before the terminal's town ("NEXT 0412 SPRINGFIELD IL"); as the start of a longer text it is bank wording
  // ("ACCT TRANSFER").
  let generic = true;
  for (let k = 0; k < matched && generic; k++) generic = isGeneric(lexicons, tokens[k]!);
  return generic && matched < tokens.length && matched < placeFrom;
}

/**
 * Whether the seller's spelling only opens a longer bank phrase of another category: "ATM CASH" is a cash withdrawal,
 * "ATM CASH DEPOSIT" the holder's deposit, not the withdrawal; the phrase says what the row is.
 */
function openingBankPhrase(lexicons: Lexicons, known: SellerRecord, tokens: readonly string[]): boolean {
  const matched = lastMatchLength();
  if (known.slug === null || matched >= tokens.length) return false;
  const phrase = phraseAt(lexicons.bankWords, tokens, 0, tokens.length);
  return phrase !== null && phrase.length > matched && phrase.slug !== known.slug;
}

/** A customer's number, which a business's bill prints beside its invoice's (see quotesAnInvoice). */
const CUSTOMER_NUMBER = /(?:^|[^\p{L}])(?:klantnummer|klantnr|kundennummer|kundennr)(?![\p{L}])/iu;

/**
 * Whether a brand matched after a credit transfer's wrapper may be a person's name instead: the payee of a transfer is
 * as often a person as a business, and a one-word brand is often a first name or a surname ("BONIFICO ALDO MORO" pays
 * Mr Moro, not the shoe shop; "VIR SEPA DARTY PAUL", "ÜBERWEISUNG HOFER MARIA"). The brand counts only when the text
 * shows a business: a brand name of several words ("ALBERT HEIJN"), a company's legal form ("ZARA ITALIA SRL"), or
 * the brand printed as a web address ("AMAZON.DE"), or the brand as the whole payee. Numbers say nothing here: after a transfer they are references
 * and account numbers, not a store's. A bank or a money mover (PayPal, a brokerage) is not asked: a transfer to one is
 * a transfer whoever it is.
 */
function mayBeAPerson(
  dict: SellerDictionary,
  known: SellerRecord,
  tokens: readonly string[],
  keyTokenCount: number,
  sellerText: string,
): boolean {
  if (known.slug === null || movesMoney(known.slug) || lastMatchLength() >= 2) return false;
  // The payee is one of the brand's own spellings of several words ("UPI/…/HALDIRAM SNACKS"), though the match
  // stopped at its first word (the same seller read through a longer spelling keeps the shorter length).
  if (keyTokenCount >= 2 && spelledWhole(dict, known, tokens, keyTokenCount)) return false;
  // The brand as the whole payee ("UEBERWEISUNG VODAFONE", "DAUERAUFTRAG NETFLIX") is the company paid by
  // transfer: a bank prints a person's full name, so a one-word brand that is all of it is not someone's first name.
  if (lastMatchLength() >= keyTokenCount) return false;
  // A bill's own words ("FACTUUR", "RECHNUNG", a customer number) say a business sent it: "Aan KPN - Mobiel Factuur
  // …, klantnummer …" pays the telecom, where "VIR SEPA DARTY PAUL" may pay a man.
  // Read in the printed text: the cleaning may have dropped them from the tokens as the payer's words.
  if (quotesAnInvoice(sellerText) || CUSTOMER_NUMBER.test(sellerText)) return false;
  if (endsInLegalForm(tokens, keyTokenCount) || endsInLegalForm(tokens, tokens.length)) return false;
  // A private company's legal form a payee field's width cut ("UPI/…/ZOMATO PRIVATE LI/…"): see tailLength.
  if (
    lastMatchLength() === keyTokenCount - 2 &&
    isCutLimited(tokens[keyTokenCount - 1]!) &&
    tailLength(tokens, keyTokenCount - 2) === 2
  )
    return false;
  // The brand followed only by its company's own words, a country its local arm is named for among them ("UPI/GROFERS
  // INDIA P/…", "Private Limited" cut to its first letter or two, "… PRIVATE LI"): a person's name holds no country.
  let end = lastMatchLength();
  while (end < keyTokenCount && isCompanyTail(tokens[end]!)) end++;
  if (
    end > lastMatchLength() &&
    (end === keyTokenCount ||
      (end === keyTokenCount - 1 && (tokens[end]!.length === 1 || isCutLimited(tokens[end]!))))
  )
    return false;
  return !printsAsWebAddress(sellerText, tokens[0]!);
}

/**
 * The seller a name printed as a web address is with the address's ending read too ("TING.COM" as "ting com"), with
 * the tokens so read; null when the address's spelling is no seller's.
 */
function siteReading(
  dict: SellerDictionary,
  tokens: readonly string[],
  sellerText: string,
  keyTokenCount: number,
  placeFrom: number,
  readFor: readonly string[],
  terminalCountries: readonly string[] | null,
): { known: SellerRecord; tokens: string[]; endings: number } | null {
  const endings = webAddressEndings(sellerText, tokens[0]!);
  if (endings === null) return null;
  const site = [tokens[0]!, ...endings, ...tokens.slice(1)];
  const known = matchAlias(
    dict,
    site,
    keyTokenCount + endings.length,
    readFor,
    placeFrom + endings.length,
    terminalCountries,
  );
  return known !== undefined && lastMatchLength() > 1
    ? { known, tokens: site, endings: endings.length }
    : null;
}

/** A plain description's descriptor (see isPlainDescription), shared rather than built per row. */
const PLAIN: Descriptor = { sellerText: "", purpose: "", checkNumber: null };

/**
 * Whether a brand of the map, read by its first word, is printed alone as one short word of Latin letters on an
 * account of countries where it does not trade ("LUCA", a Romanian bakery, on a yuan account; "EGON", a Norwegian
 * restaurant, on a dollar one). Alone, such a word is a given name as often as a brand, the name a wallet prints for
 * a person above all: as for the map's whole-text spellings (see tradesElsewhereOnly in dictionary.ts), it is read
 * as the brand only where the brand trades. Anything else printed with it (a till's thank-you, a store number, a
 * legal form: "HOFER DANKT 1234", "HOFER KG") says a shop's terminal printed it, and the brand stands.
 */
function givenNameAbroad(
  known: SellerRecord,
  sellerText: string,
  tokens: readonly string[],
  countries: readonly string[],
): boolean {
  return (
    known.origin === "osm" &&
    known.countries !== "" &&
    tokens.length === 1 &&
    lastMatchLength() === 1 &&
    shortLatinWord(tokens[0]!) &&
    sellerText.trim().length === tokens[0]!.length &&
    !tradesInOwn(known, countries)
  );
}

/** The width of a card terminal's town field (see Descriptor.townFirst). */
const TOWN_FIELD = 13;

/**
 * resolveSeller with its options as arguments: the engine calls this per row without building an options object.
 * `lexicons` are the account's country's (see lexiconsForCountry), chosen by the caller: kept out of this function,
 * which runs for every description, since growing it slowed every row by about a tenth.
 */
export function resolveSellerWith(
  printed: string,
  dict: SellerDictionary,
  countries: readonly string[],
  checkNumber: string | null | undefined,
  lexicons: Lexicons,
): SellerMatch {
  const widthless = withoutPrintForms(printed);
  const cjkText = hasCjk(widthless);
  const raw = cjkText
    ? spaceCjkWords(withoutBranch(widthless, lexicons), cjkWordsFor(dict, lexicons))
    : widthless;
  const descriptor = isPlainDescription(raw, checkNumber) ? PLAIN : readDescriptor(raw, checkNumber);
  const sellerText = nameField(descriptor === PLAIN ? raw : descriptor.sellerText);
  if (descriptor.checkNumber !== null) {
    return {
      key: "",
      displayName: `Check ${descriptor.checkNumber}`,
      known: null,
      bankWord: null,
      bankWordFromPurpose: false,
      incomeWord: null,
      business: null,
      compound: null,
      companyTransfer: false,
      insurer: false,
      nameAlone: false,
    };
  }
  // The terminal's town in front of the acceptor (see Descriptor.townFirst): a brand after one, two or three words
  // that fit the town's field is the seller; otherwise the text is read whole, as any other.
  if (descriptor !== PLAIN && descriptor.townFirst === true) {
    const words = sellerText.split(" ").filter((word) => word !== "");
    let width = -1;
    for (let k = 1; k < words.length && k <= 3; k++) {
      width += words[k - 1]!.length + 1;
      if (width > TOWN_FIELD) break;
      const after = resolveSellerWith(words.slice(k).join(" "), dict, countries, null, lexicons);
      if (after.known !== null) return after;
    }
  }
  const cleaned = cleanDescription(sellerText, namesSellerIn(dict));
  const { lead } = cleaned;
  let { tokens, display, keyTokenCount, placeFrom } = cleaned;
  // The acceptor layout with its padding: the name field ends at a run of spaces (see paddedNameLength). Only the
  // name is the seller's key and name ("ACME WIDGETS           SKIEN        NOR" is "acme widgets" wherever it
  // stands), and a brand that is the whole name field is the whole seller text.
  const gap = tokens.length > 1 ? sellerText.indexOf("   ") : -1;
  const nameEnd =
    gap > 0 ? paddedName(lexicons, sellerText, gap, tokens, namesSellerIn(dict)) : tokens.length;
  if (nameEnd < keyTokenCount) keyTokenCount = nameEnd;
  if (nameEnd < placeFrom) placeFrom = nameEnd;
  // The terminal's own country first, where it printed one.
  const readFor = cleaned.countries === null ? countries : terminalFirst(cleaned.countries, countries);
  let known =
    tokens.length === 0
      ? null
      : (matchAlias(dict, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries) ?? null);
  // A city split off the word before the country code ("MERCADONASEVILLA ES") may have been a brand's own ending
  // ("BLOCKBUSTER 800-555-1234 CA" is no "BLOCKB" in Uster, "FLYDUBAI US" no "FLY" in Dubai): a brand read through
  // the whole word wins; otherwise the split stands.
  if (cleaned.gluedCityAt > 0) {
    const whole = ungluedCity(cleaned, tokens, keyTokenCount, placeFrom);
    const wholeKnown = matchAlias(
      dict,
      whole.tokens,
      whole.keyTokenCount,
      readFor,
      whole.placeFrom,
      cleaned.countries,
    );
    if (wholeKnown !== undefined && lastMatchLength() >= cleaned.gluedCityAt) {
      known = wholeKnown;
      ({ tokens, display, keyTokenCount, placeFrom } = whole);
    } else if (tokens.length > 0) {
      // Back to the split reading's match state (the lengths and kind words the reading below asks of the match).
      matchAlias(dict, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries);
    }
  }
  // A name printed as its web address that Tally's list spells with the address's ending ("KIWI.COM", the travel
  // site, not Norway's KIWI grocer; "TING.COM"): read with the ending cleaning dropped, when that names another
  // seller than the bare name does. (The same seller keeps the plain reading: "APPLE.COM/BILL, ITUNES.COM" is read
  // on to iTunes below.)
  if (tokens.length > 0 && (known === null || lastMatchLength() === 1) && dict.siteNames.has(tokens[0]!)) {
    const site = siteReading(dict, tokens, sellerText, keyTokenCount, placeFrom, readFor, cleaned.countries);
    if (site !== null && site.known !== known) {
      known = site.known;
      tokens = site.tokens;
      keyTokenCount += site.endings;
      placeFrom += site.endings;
    } else {
      // The site reading left its own match state, matched or not (the lengths and kind words the reading below
      // asks of the match): read the plain one again.
      matchAlias(dict, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries);
    }
  }
  if (known !== null && !spellingPrinted(dict, known, tokens, raw)) known = null;
  if (known !== null && givenNameAbroad(known, sellerText, tokens, readFor)) known = null;
  if (known !== null && anotherKindOfBusiness(lexicons, dict, known, tokens, keyTokenCount, readFor))
    known = null;
  // A seller that keeps no store, named right before a shop's word ("THE GENERAL STORE", "PROGRESSIVE SHOP"), is a
  // shop named like it: an insurer, a lender, a card issuer or a utility (a telecom does keep stores: "VERIZON STORE").
  if (known !== null && keepsNoStore(known.slug) && STORE_WORDS.has(tokens[lastMatchLength()] ?? ""))
    known = null;
  // A platform's own service named in the item after it, glued to its name ("美团 美团单车骑行": Meituan's bikes).
  if (known !== null && cjkText && tokens.length > 1)
    known =
      serviceAfterPlatform(dict, known, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries) ??
      known;
  // The first reading and how many tokens it took, for a payment service read before the shop it paid (below).
  const firstKnown = known;
  const firstMatchLength = lastMatchLength();
  let branchRead = true;
  // A chain read before words naming a kind of store ("KIWI SUPERMARKED DRAMMEN", see kindWordsThenPlace) is that
  // chain only when the words name its own kind of store: "KIWI CAFE" is a café, "SHELL BEACH" a beach's business.
  // Words that name no kind of store may still be a branch's name before its town (asked next).
  if (
    known !== null &&
    lastMatchKindWords() > 0 &&
    !kindWordsAgree(lexicons, known, tokens, lastMatchLength(), keyTokenCount, placeFrom)
  ) {
    if (!lastMatchThroughBranch() || known.origin !== "osm") known = null;
  } else if (lastMatchKindWords() > 0) branchRead = false;
  // A chain read before a branch's name and town ("KIWI SAGENSTUA TRONDHEIM") is not that chain when the branch word
  // names a kind of business, even one of its group ("KIWI CAFE TRONDHEIM" is a café).
  if (
    known !== null &&
    branchRead &&
    lastMatchThroughBranch() &&
    businessWords(
      lexicons,
      tokens,
      Math.max(
        lastMatchLength() + Math.max(1, branchWordsBeforeTown(tokens, lastMatchLength())),
        townBranchEnd(tokens, lastMatchLength(), keyTokenCount, placeFrom),
      ),
      lastMatchLength(),
    ) !== null
  )
    known = null;
  // A Chinese company's name holds its brand after the region it is registered in ("浙江凯多拉 麦当劳 食品有", cut at
  // the field's width): in those scripts a brand is read where it stands, the first one found.
  // A car park named after the mall or the store it serves ("上海周浦万达广场停车场", "ETCP停车 停车费-西溪银泰城") is the car
  // park, as "MACY'S PARKING" is (see anotherKindOfBusiness).
  if (known === null && cjkText)
    for (let k = 1; k < keyTokenCount && k < placeFrom && known === null; k++)
      if (hasCjk(tokens[k]!)) {
        known = brandFrom(dict, tokens, k, keyTokenCount, readFor, placeFrom, cleaned.countries);
        if (known !== null && parksAfter(lexicons, known, tokens, 0, keyTokenCount)) known = null;
      }
  // A name that must be the whole text ("TRIP") is a brand still when printed as its web address, whatever follows
  // ("TRIP.COM HOTEL KELDORA"): a person's or a place's name has no domain.
  if (
    known === null &&
    keyTokenCount > 1 &&
    raw.indexOf(".") > 0 &&
    printsAsWebAddress(sellerText, tokens[0]!)
  )
    known = brandOfFirst(dict, tokens, 1, readFor, cleaned.countries);
  // A processor Tally does not list, printed as a short code glued to the seller by its star ("ING*BIGBASKET"): the
  // seller after the star, when that is a brand spelled to start a text (see brandAfterStar).
  if (known === null && keyTokenCount > 1 && placeFrom > 1 && codeBeforeStar(sellerText, tokens[0]!))
    known = brandAfterStar(dict, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries);
  // A store's name before its star names what was bought in it ("GOOGLE *SPOTIFY", an app from Google Play): the
  // seller after the star when that is a known one, else the store itself ("GOOGLE *KELDORA GAMES"), whose name
  // counts only as the whole text elsewhere.
  if (known === null && keyTokenCount > 1 && wordBeforeStar(sellerText, tokens[0]!))
    known =
      brandAfterStar(dict, tokens, keyTokenCount, readFor, placeFrom, cleaned.countries) ??
      brandOfFirst(dict, tokens, 1, readFor, cleaned.countries);
  // A name that filled a known cut field ends in a word cut short, most often the branch's town ("POS W/D FARMERS -
  // WEL-13:20", Wellington): the words before it are the brand when they spell one whole, a brand of the account's
  // own countries or of everywhere (a short code before the cut, "TWL 134 WELLI", is no other country's company).
  if (known === null && keyTokenCount > 1 && cutAtWidth(sellerText)) {
    const brand = brandOfFirst(dict, tokens, keyTokenCount - 1, readFor, cleaned.countries);
    if (brand !== null && (brand.countries === "" || tradesInAny(brand, countries))) known = brand;
  }
  // A brand's name of several words whose last word a fixed-width field cut short ("PUGET SOUND ENER BILLPAY"), or
  // whose last word and the town after the terminal's postcode both were ("CARREFOUR MARK 1180 UCCL", a Belgian card
  // line: the word after the postcode is the town, so the name's own last word may be the cut one). Also where a
  // brand was read by its first word only: that word may start the cut name of another of its spellings ("CARREFOUR
  // EXPR", Carrefour Express, where Carrefour is read before a branch's name).
  if ((known === null || (known === firstKnown && firstMatchLength === 1)) && keyTokenCount > 1) {
    const cut =
      cutSpelling(
        dict,
        tokens,
        keyTokenCount,
        readFor,
        endsAtFieldWidth(sellerText) || cutAtKnownWidth(sellerText),
      ) ??
      (keyTokenCount > 2 && TOWN_AFTER_POSTCODE.test(sellerText)
        ? cutSpelling(dict, tokens, keyTokenCount - 1, readFor)
        : undefined);
    if (cut !== undefined) known = cut;
  }
  // Italy's and Chile's "SPA" after a brand Tally knows is the company's legal form, S.p.A. ("ADDEBITO SDD ABB SPA",
  // "ABB SPA MILANO ITA"), in an Italian bank's text or on a Chilean account: the brand, as before "SRL". Elsewhere the
  // word stays a spa's (see spaAsLegalForm).
  if (known === null && keyTokenCount > 1 && (readFor[0] === "cl" || printedInItaly(lead, readFor))) {
    const form = tokens.indexOf("spa", 1);
    if (form > 0 && form < keyTokenCount && onlyTail(tokens, form + 1))
      known = brandOfFirst(dict, tokens, form, readFor, cleaned.countries);
  }
  // A Dutch or German export joins the payee's name and the payment's description ("BASIC-FIT NEDERLAND B.V.
  // LIDMAATSCHAP 4411", "PICNIC B.V. BESTELLING 123"): after the payee's legal form come the payer's words, not more
  // of the name, so a brand spelled up to the form is the seller. Not a bank's or a payment service's name, which
  // says nothing of the purchase (the checks below read what follows it).
  // The brand must be all the name before the form, but for its local arm's country ("NEDERLAND"): "DIRK ROSSMANN
  // GMBH" is no Dirk, "LOTTO HESSEN GMBH" no lottery kiosk named Lotto.
  if (known === null && keyTokenCount > 2) {
    const formAt = legalFormAt(tokens, keyTokenCount);
    const formEnd = formAt > 0 ? formAt + legalFormLength(tokens, formAt, keyTokenCount) : 0;
    if (formEnd > formAt && formEnd < keyTokenCount) {
      const brand = brandOfFirst(dict, tokens, formEnd, readFor, cleaned.countries);
      let named = brand !== null ? lastMatchLength() : 0;
      while (named < formAt && isCompanyTail(tokens[named]!)) named++;
      if (brand !== null && brand.slug !== null && named >= formAt) known = brand;
    }
  }
  // A payment service whose name alone says nothing ("PAYPAL") printed before the shop it paid without a star, the
  // two fields padded apart ("PAYPAL  KELDORA COM"): the shop, when the words after it spell a known seller.
  // A legal form after the name is the company's own ("ARAG SE", "ABANCA S.L."), not a second name: the shop, if any,
  // follows it (a Chinese bank prints the wallet's company, then the shop: "财付通支付科技有限公司 美团外卖"). An insurer's
  // word says the name is an insurer's, which pays no shop ("ZURICH INSURANCE HOME" is no hotel named Home).
  const shopFrom =
    known !== null && firstMatchLength < keyTokenCount
      ? firstMatchLength +
        (isLegalForm(tokens[firstMatchLength]!)
          ? 1
          : dottedLegalFormAt(tokens, firstMatchLength, tokens.length))
      : 0;
  if (
    known !== null &&
    known === firstKnown &&
    known.slug === null &&
    firstMatchLength < keyTokenCount &&
    shopFrom < keyTokenCount &&
    !namesAnInsurer(tokens)
  ) {
    // The padding makes the shop look like the city field of a terminal's layout ("PAYPAL  KELDORA    SE"): after
    // a payment service's name it is the shop's.
    const shopEnd = placeFrom > shopFrom ? placeFrom : keyTokenCount;
    const shop = brandFrom(dict, tokens, shopFrom, keyTokenCount, readFor, shopEnd, cleaned.countries);
    // A brand spelled as a town and printed last is where the card was used ("AIB EASTBOURNE": the bank's machine
    // in Eastbourne, not its transit network), as after a place (see brandAt).
    if (shop !== null && shop.slug !== null && !townPrintedLast(tokens, shopFrom, lastMatchLength()))
      known = shop;
  }
  // A biller's name followed by the bank's words for a bill's payment ("CITY OF AMES WEB PMT", Chase's "… PAYMENT PPD
  // ID: 1234567890", "… ONLINE PMT 230314 123456789 JOHN DOE"): a brand whose name counts only as the
  // whole text is the biller when the phrase follows it, for billers only (see paysBills), as after "ONLINE PMT" below.
  if (known === null && keyTokenCount > 1) {
    const tail = billPayTailAt(tokens, keyTokenCount);
    const biller = tail > 0 ? brandOfFirst(dict, tokens, tail, readFor, cleaned.countries) : null;
    // The brand must be all the words before the phrase: "UCLA HOSP PYMT" pays the hospital, not the university.
    if (biller !== null && lastMatchLength() === tail && paysBills(biller.slug)) known = biller;
  }
  if (
    known !== null &&
    (spelledInBankWords(lexicons, known, tokens, placeFrom) || openingBankPhrase(lexicons, known, tokens))
  )
    known = null;
  // A bill paid through the bank's online bill pay names the biller after the bank's phrase ("ONLINE PMT COMCAST"):
  // a brand there is the biller, while an unknown payee keeps the phrase, and the whole text, as its key. Asked
  // after the checks above, which read a match from the text's start.
  if (known === null && keyTokenCount > 2) {
    const opener = billPayOpenerLength(tokens, keyTokenCount);
    const biller =
      opener > 0
        ? brandFrom(dict, tokens, opener, keyTokenCount, readFor, placeFrom, cleaned.countries)
        : null;
    // A shop paid by the bank's bill pay is most often its store card being paid ("ONLINE PMT MACYS"): the phrase
    // decides there. A bill's payee (a utility, an insurer, the tax office, a school) is what it says.
    if (biller !== null && paysBills(biller.slug)) known = biller;
  }
  const purpose = descriptor.purpose === "" ? null : cleanDescription(descriptor.purpose);
  const afterTransfer =
    cleaned.afterTransfer || purpose?.afterTransfer === true || descriptor.transfer === true;
  // The transfer's wrapper may be in front of the name or in a field of its own ("PRZELEW;ŻABKA ANNA").
  if (known !== null && afterTransfer && mayBeAPerson(dict, known, tokens, keyTokenCount, sellerText))
    known = null;
  // A brand printed after the store's street, mall or quarter ("CENTRAL PARK PRISMA"), read only when nothing leads:
  // not after a transfer's wrapper, whose payee may be a person named like a brand.
  if (known === null && keyTokenCount > 1 && !afterTransfer)
    known = brandAfterPlace(lexicons, dict, tokens, keyTokenCount, placeFrom, countries, cleaned.countries);
  // A chain's name, its store's number, then one word, as tills print the branch ("KIWI 123 MAJORSTUEN", "REMA 1000
  // GRUNERLOKKA"): the word after the number is the branch, whatever place list lacks it, unless it names a kind of
  // business. The name is read as the whole seller text, so a spelling that needs that still needs it.
  if (known === null && !afterTransfer && cleaned.storeNumberAt > 0 && cleaned.storeNumberAt <= 3)
    known = chainBeforeBranch(
      lexicons,
      dict,
      tokens,
      cleaned.storeNumberAt,
      keyTokenCount,
      readFor,
      cleaned.countries,
    );
  // Only after a card purchase's words, which say a shop's terminal printed the text: without them a word after a
  // chain's name is as often a person's surname ("SQ *LAURA MACPHEE"), a title ("PRAXIS DR. KELDORA") or another
  // business's own word ("CLICKS LYNNWOOD STUDIO").
  // Or after the terminal's own town and country code, its location field, printed on a card's line only
  // ("CHEMIST WAREHOUSE ST LUKES AUCKLAND NZ"): the name and branch end where the town starts.
  const terminalTown = cleaned.countries !== null && placeFrom < tokens.length;
  const branchEnd = terminalTown ? Math.min(placeFrom, keyTokenCount) : keyTokenCount;
  if (
    known === null &&
    !afterTransfer &&
    branchEnd >= 2 &&
    branchEnd <= 4 &&
    (terminalTown ||
      (placeFrom >= keyTokenCount && (cleaned.atTerminal || lead.some((word) => CARD_LEAD_WORDS.has(word)))))
  )
    known = chainThenBranch(lexicons, dict, tokens, branchEnd, readFor, cleaned.countries);
  // A store's own card named after it ("CANADIAN TIRE MASTERCARD", "WALMART MC", "KELDORA CREDIT CARD"): what the
  // account pays there is the card's bill, not a purchase at the store.
  const storeCard =
    known !== null &&
    known === firstKnown &&
    known.slug !== null &&
    sellsAtTill(known.slug) &&
    namesStoreCard(tokens, firstMatchLength, keyTokenCount);
  if (storeCard) known = null;
  const purposeTokens = purpose === null ? NONE : [...purpose.lead, ...purpose.tokens];
  // The lead is read with the rest: "CARD PAYMENT THANK YOU" is a phrase across the two. Words from an ACH
  // purpose or a channel field ("Electronic Funds Transfer") are kept apart: a weak one there says only how the
  // money moved, and the payee's own name outranks it. For a known brand only strong words matter (a fee at its
  // cash machine), so most known sellers skip the scan after one look per token; not one read through an everyday
  // word ("TOTAL CHARGES"), whose weak words the engine reads over it (see SellerEntry.local).
  // The joined list is only built when the bank words are read, not for the common known brand.
  // A shop's name read from the text's start is no bank wording, nor the start of one: "LOVES TRAVEL STOP PAYMENT"
  // is no stop-payment fee, "ENTERPRISE RENT A CAR PAYMENT" no car loan. The words after the name are read then.
  const shopSpan =
    known !== null && known === firstKnown && known.slug !== null && sellsAtTill(known.slug)
      ? nameSpan(known, tokens, firstMatchLength)
      : 0;
  let ownWord: Phrase | null = null;
  if (
    !(
      known?.slug != null &&
      known.localOnly !== true &&
      !movesMoney(known.slug) &&
      !mayPayOut(known.slug) &&
      !mayHoldStrongWord(lexicons, lead, tokens, shopSpan)
    )
  ) {
    // Joined or cut only here, for the rows whose bank words are read.
    const read = shopSpan > 0 ? tokens.slice(shopSpan) : tokens;
    ownWord = bestBankWord(lexicons, lead.length > 0 ? lead.concat(read) : read);
  }
  // A weak word only in the channel words in front ("ELECTRONIC FUNDS TRANSFER", "VIA FASTER PAYMENT") says how
  // the money moved, not what it paid for, when a payee's name follows: the name decides then.
  if (ownWord !== null && ownWord.weight < 2 && lead.length > 0 && ownWord === bestBankWord(lexicons, lead)) {
    let named = false;
    for (let k = 0; k < keyTokenCount && !named; k++)
      named = !isGeneric(lexicons, tokens[k]!) && !isReferenceCode(tokens[k]!);
    if (named) ownWord = bestBankWord(lexicons, tokens);
  }
  if (ownWord !== null && inCompanyName(lexicons, ownWord, tokens, keyTokenCount)) ownWord = null;
  // The payee's own charge ("ZORVEX CONVENIENCE FEE") names no category, yet its words are still the bank's: the
  // business words below skip them ("convenience" there is no convenience store).
  let payeesCharge: Phrase | null = null;
  if (ownWord !== null && known === null && payeesOwnCharge(lexicons, ownWord, tokens)) {
    payeesCharge = ownWord;
    ownWord = null;
  }
  const purposeWord = purposeTokens.length > 0 ? bestBankWord(lexicons, purposeTokens) : null;
  const fromPurpose = purposeWord !== null && (ownWord === null || purposeWord.weight > ownWord.weight);
  const bankWord = storeCard
    ? STORE_CARD_BILL
    : ((fromPurpose ? purposeWord : ownWord) ??
      (known === null || known.slug === null
        ? (cardBillAtEnd(lexicons, dict, tokens, lead, readFor, cleaned.countries) ??
          paymentCodeAtEnd(lexicons, sellerText, countries))
        : null));
  const incomeWord = incomeWordBeside(lexicons, bankWord, fromPurpose, purposeTokens, lead, tokens);
  if (tokens.length === 0) {
    return {
      key: "",
      displayName: raw.trim(),
      known: null,
      bankWord,
      bankWordFromPurpose: fromPurpose,
      incomeWord,
      business: null,
      compound: null,
      companyTransfer: false,
      insurer: false,
      nameAlone: false,
    };
  }
  if (known !== null) {
    const [payeeFrom, payeeTo] =
      known === firstKnown && lexicons.betweenPeopleSellers.has(known.name)
        ? payeeRange(lexicons, tokens, firstMatchLength, keyTokenCount)
        : NO_RANGE;
    return {
      key:
        payeeTo > payeeFrom
          ? keyFromTokens([known.key, ...tokens.slice(payeeFrom, payeeTo)], payeeTo - payeeFrom + 1)
          : known.key,
      displayName:
        payeeTo > payeeFrom ? `${known.name} · ${titleCase(display, payeeTo, payeeFrom)}` : known.name,
      known,
      bankWord,
      bankWordFromPurpose: fromPurpose,
      incomeWord,
      business:
        payeeTo > payeeFrom && bankWord !== null && lexicons.betweenPeople.has(bankWord.text)
          ? paidBetweenPeopleFor(lexicons, tokens, payeeFrom, payeeTo, bankWord)
          : known.slug === null
            ? // The line may be in the payee's field ("ALLIANZ KFZ-VERSICHERUNG") or in the purpose a direct debit's
              // creditor wrote ("ALLIANZ SVWZ+ KFZ-VERSICHERUNG 123", "MOTIF: ASSURANCE AUTO").
              (insuranceLineOf(lexicons, tokens, firstMatchLength) ??
              insuranceLineOf(lexicons, purposeTokens, 0))
            : cjkText
              ? productOrdered(lexicons, known, firstKnown, tokens, firstMatchLength)
              : fuelSoldBy(lexicons, known, firstKnown, tokens, firstMatchLength),
      compound: null,
      // A ride-hailing or delivery platform paying by transfer ("PIX RECEBIDO 99 TECNOLOGIA LTDA") pays its driver or
      // courier: a rider's refund comes back to the card it was paid with.
      companyTransfer: afterTransfer && known.slug !== null && PAYS_ITS_WORKERS.has(known.slug),
      insurer: known.slug === null && namesAnInsurer(tokens),
      // A name printed as a web address is a business's, whatever the label ("AMAZON.COM"); only a text with a dot
      // is read again for one, as most known names are read alone.
      nameAlone:
        known === firstKnown &&
        firstMatchLength >= keyTokenCount &&
        (sellerText.indexOf(".") < 0 || !printsAsWebAddress(sellerText, tokens[0]!)),
    };
  }
  let generic = true;
  for (let k = 0; k < keyTokenCount && generic; k++) generic = isGeneric(lexicons, tokens[k]!);
  // The name a person reads is the payee's, without the bank's phrase in front; the key keeps the whole text, so no
  // stored rule or vote loses its key.
  const nameFrom = generic ? 0 : payeeNameStart(lexicons, tokens, keyTokenCount, lead.length > 0);
  let shownEnd = generic ? keyTokenCount : payeeNameEnd(tokens, nameFrom, keyTokenCount);
  // The terminal's country code printed last ("… PAARL ZA") is where it stood, not part of the payee's name.
  if (
    shownEnd === tokens.length &&
    shownEnd - nameFrom > 1 &&
    cleaned.countries !== null &&
    isCountryCode(tokens[shownEnd - 1]!)
  )
    shownEnd--;
  const displayName = titleCase(display, shownEnd, nameFrom);
  // A keyword names the kind of payment, not the payer: "ACME CORP PAYROLL" keeps its own key so each employer
  // stays a separate seller while still landing in Paycheck.
  const key = generic ? "" : keyFromTokens(tokens, keyTokenCount);
  const where = cleaned.countries ?? countries;
  // The name is read without a legal form spelled like a kind of business: "ZORVEX FARMACIA SPA" is a chemist's.
  const legalSpa = generic ? -1 : spaAsLegalForm(lead, tokens, keyTokenCount, where);
  let named = tokens;
  if (legalSpa >= 0) {
    const withoutForm = tokens.slice(0, keyTokenCount);
    withoutForm[legalSpa] = "";
    named = withoutForm;
  }
  // The store's own words before a town's shopping centre ("KELDORA PHARMACY PRETORIA MALL"), else all of them.
  const centre = generic ? -1 : townCentreAt(named, keyTokenCount);
  let business = generic
    ? null
    : ((centre > 0 ? businessWords(lexicons, named, centre, 0, bankWord ?? payeesCharge) : null) ??
      businessWords(lexicons, named, keyTokenCount, 0, bankWord ?? payeesCharge));
  if (business !== null && mayBeAPub(business, where)) business = null;
  let compound = generic || business !== null ? null : compoundBusinessWord(lexicons, tokens, keyTokenCount);
  if (compound !== null && mayBeAPub(compound, where)) compound = null;
  if (business === null && compound === null && !generic)
    business =
      webService(sellerText) ??
      doctorsTitle(tokens, keyTokenCount) ??
      pubSign(tokens, where) ??
      (cutAtWidth(sellerText) ? cutBusinessWord(lexicons, tokens, keyTokenCount) : null) ??
      kindGluedAfterStar(lexicons, sellerText, tokens);
  // What the payer wrote beside a payee whose name says no trade ("M KERR , DOG WALKING", "Naam: R. Kuipers
  // Omschrijving: glazenwassen"): the purpose's own words say what was bought, where the bank's words say no more
  // than that money moved. Not a purpose that names an account of the holder's own ("… , HOUSEKEEPING").
  const businessInPurpose =
    business === null &&
    compound === null &&
    purposeTokens.length > 0 &&
    (bankWord === null || bankWord.slug === TRANSFER) &&
    !lexicons.savingsGoals.test(descriptor.purpose) &&
    onlyTransferWords(lexicons, purposeTokens);
  if (businessInPurpose)
    business = businessWords(
      lexicons,
      purposeTokens,
      purposeTokens.length,
      0,
      bankWord ?? payeesCharge,
      true,
    );
  return {
    key,
    displayName,
    known: null,
    bankWord,
    bankWordFromPurpose: fromPurpose,
    incomeWord,
    business,
    compound,
    companyTransfer:
      (namesACompany(tokens, keyTokenCount) ||
        companyBeforeWord(bankWord, tokens, keyTokenCount) ||
        // The legal form the key left out, also a region's code ("ZORVEX AB": Sweden's Aktiebolag, or Alberta)
        (tokens.length === keyTokenCount + 1 && endsInLegalForm(tokens, tokens.length))) &&
      (cleaned.afterTransfer ||
        descriptor.transfer === true ||
        bankWord?.slug === TRANSFER ||
        ACH_ENTRY.test(raw)),
    insurer: !generic && namesAnInsurer(tokens),
    nameAlone: false,
    ...(businessInPurpose && business !== null ? { businessInPurpose: true } : {}),
  };
}

/**
 * Whether the bank words among the tokens, if any, say only that money moved ("OVERBOEKING"), none what it paid for
 * ("HUUR", rent) or what else it was (a fee, cash).
 */
function onlyTransferWords(lexicons: Lexicons, tokens: readonly string[]): boolean {
  const hits = scanPhrases(lexicons.bankWords, tokens, 0, tokens.length);
  return hits === null || hits.every((phrase) => phrase.slug === TRANSFER);
}

/** Platforms whose money in by transfer is a worker's pay (see resolveSellerWith). */
const PAYS_ITS_WORKERS: ReadonlySet<CategorySlug> = new Set([
  "auto-transport.ride-share",
  "food-dining.food-delivery",
]);

/** Whether one of the tokens is an insurer's word (see SellerMatch.insurer). */
function namesAnInsurer(tokens: readonly string[]): boolean {
  for (const token of tokens) if (INSURER_WORDS.has(token) || INSURANCE_COMPOUND.test(token)) return true;
  return false;
}

/**
 * A word the Nordic languages and Finnish build on insurance, the kind of cover first ("HELSEFORSIKRING",
 * "HEMFÖRSÄKRING", "KOTIVAKUUTUS"): an insurer's name as much as the word alone. (German and Dutch compounds,
 * "LEBENSVERSICHERUNG", are read by the business words.)
 */
const INSURANCE_COMPOUND = /.(?:forsikring|forsakring|vakuutus)$/;

/**
 * Whether the name ends in a company's legal form right before the bank's transfer word that closes the text, as
 * British banks print their transaction code after the payer ("ZORVEX LTD BGC", "ZORVEX LTD FPI").
 */
function companyBeforeWord(
  bankWord: Phrase | null,
  tokens: readonly string[],
  keyTokenCount: number,
): boolean {
  if (bankWord === null || bankWord.slug !== TRANSFER) return false;
  const words = phraseWords(bankWord);
  const start = keyTokenCount - words.length;
  if (start < 2) return false;
  for (let k = 0; k < words.length; k++) if (tokens[start + k] !== words[k]) return false;
  return endsInLegalForm(tokens, start);
}

/**
 * A reference the bank printed where a name could stand ("PAYMENT RECEIVED 000000000ZIC51385749389"): five
 * digits or more, at least half the token. A name holds fewer ("7ELEVEN", "1800FLOWERS").
 */
function isReferenceCode(token: string): boolean {
  const digits = tokenizer.digitCount(token);
  return digits >= 5 && digits * 2 >= token.length;
}

/** Whether the text opens with `first` (two to four letters) glued to what follows by a star ("ING*", "AB *"). */
function codeBeforeStar(text: string, first: string): boolean {
  return opensBeforeStar(CODE_BEFORE_STAR, text, first);
}

/** Whether `pattern`'s first group, the word before a star at the start of `text`, is the token `first`. */
function opensBeforeStar(pattern: RegExp, text: string, first: string): boolean {
  const word = pattern.exec(text)?.[1];
  return word !== undefined && word.toLowerCase() === first;
}

const CODE_BEFORE_STAR = /^\s*([A-Za-z]{2,4}) ?\*/;

/**
 * Whether `text` opens with `first` as one word of letters and a star after it, then a word ("GOOGLE *SPOTIFY"); not
 * an order's code ("GOOGLE *ADS5383949515"), which says nothing of what was bought.
 */
function wordBeforeStar(text: string, first: string): boolean {
  return opensBeforeStar(WORD_BEFORE_STAR, text, first);
}

const WORD_BEFORE_STAR = /^\s*([A-Za-z]{5,}) ?\* ?[A-Za-z][A-Za-z'&.-]*(?:\s|$)/;

/** Whether the `matched` tokens at `at` spell a town and nothing but the terminal's tail follows them. */
function townPrintedLast(tokens: readonly string[], at: number, matched: number): boolean {
  return townLength(tokens, at) === matched && onlyTail(tokens, at + matched);
}

/**
 * The brand after a processor's or a store's star (the second token on), not one spelled only as a whole text: after
 * a star an everyday word is what was bought ("DIDI*TRIP", a ride), not the brand it also names alone (Trip.com).
 */
function brandAfterStar(
  dict: SellerDictionary,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  terminalCountries: readonly string[] | null,
): SellerRecord | null {
  const brand = brandFrom(dict, tokens, 1, keyTokenCount, countries, placeFrom, terminalCountries);
  if (brand === null) return null;
  // Read again with one more word after the name: a spelling that may start a longer text still reads the brand.
  // (Not lastMatchExact, as brandAt asks: a whole text read through the whole-text spelling of a brand that also has
  // a spelling starting longer texts, "SPOTIFY", says so too, and is that brand.)
  const longer = tokens.slice(0, keyTokenCount);
  longer.push("\u0000");
  const again = brandFrom(dict, longer, 1, longer.length, countries, longer.length, terminalCountries);
  return again !== null && again.key === brand.key ? brand : null;
}

/**
 * A platform's own service, named after the platform as a Chinese bill prints the payee and then the item, the item's
 * word glued to the platform's name: "美团 美团单车骑行" is Meituan's bikes, not its food delivery; "京东 京东到家" JD's
 * grocery delivery. The service's seller, when the list names one of another category than the platform's; else null,
 * with the platform's reading (the match state the caller reads on) as it was.
 */
function serviceAfterPlatform(
  dict: SellerDictionary,
  platform: SellerRecord,
  tokens: readonly string[],
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  terminal: readonly string[] | null,
): SellerRecord | null {
  const name = tokens[0]!;
  const end = Math.min(keyTokenCount, placeFrom);
  let asked = false;
  for (let k = lastMatchLength(); k < end; k++) {
    const token = tokens[k]!;
    if (token.length <= name.length || !token.startsWith(name)) continue;
    asked = true;
    const service = brandFrom(dict, tokens, k, keyTokenCount, countries, placeFrom, terminal);
    if (service !== null && service.slug !== null && service.slug !== platform.slug) return service;
  }
  if (asked) matchAlias(dict, tokens, keyTokenCount, countries, placeFrom, terminal);
  return null;
}

/** The brand the tokens spell from `from` on, read as if the text began there, or null. */
function brandFrom(
  dict: SellerDictionary,
  tokens: readonly string[],
  from: number,
  keyTokenCount: number,
  countries: readonly string[],
  placeFrom: number,
  terminalCountries: readonly string[] | null,
): SellerRecord | null {
  return (
    matchAlias(
      dict,
      tokens.slice(from),
      keyTokenCount - from,
      countries,
      placeFrom - from,
      terminalCountries,
    ) ?? null
  );
}

/**
 * How many tokens the seller's name takes at the text's start: the spelling matched, or more of the name's own
 * words when the text goes on with them (a spelling "ENTERPRISE RENT" in "ENTERPRISE RENT A CAR"; a last word cut
 * short, "STOP" for "STOPS"). Walks the key in place: asked of most rows a known shop reads.
 */
function nameSpan(known: SellerRecord, tokens: readonly string[], matched: number): number {
  const key = known.key;
  let at = 0;
  let span = 0;
  while (span < tokens.length && at < key.length) {
    const token = tokens[span]!;
    if (!key.startsWith(token, at)) break;
    span++;
    const space = key.indexOf(" ", at);
    // A token that stops short of its word's end is the word cut short: the name ends there.
    if (space < 0 || at + token.length !== space) break;
    at = space + 1;
  }
  return Math.max(matched, span);
}

/** How many tokens open the text as an online bill payment's phrase ("ONLINE PMT", "ONLINE PAYMENT TO"), or 0. */
function billPayOpenerLength(tokens: readonly string[], keyTokenCount: number): number {
  if (tokens[0] !== "online" || !BILL_PAY_WORDS.has(tokens[1]!)) return 0;
  return tokens[2] === "to" && keyTokenCount > 3 ? 3 : 2;
}

const BILL_PAY_WORDS: ReadonlySet<string> = new Set(["payment", "pmt", "pymt", "pmnt"]);

/**
 * Where the bank's words for a bill's payment start after the payee's name ("WEB PMT", "PAYMENT", "AUTOPAY", "BILL
 * PAY", "ONLINE PMT"), or 0 when none does. Whatever follows is the bank's: a date, a reference, the payer's name.
 */
function billPayTailAt(tokens: readonly string[], keyTokenCount: number): number {
  for (let i = 1; i < keyTokenCount; i++) {
    const token = tokens[i]!;
    // Asked of most unknown sellers' words: the filter answers most of them without hashing.
    if (!mayContain(BILL_PAY_TAIL_FILTER, token)) continue;
    if (BILL_PAY_WORDS.has(token) || BILL_PAY_TAIL_WORDS.has(token)) return i;
    const seconds = BILL_PAY_TAIL_SECONDS.get(token);
    const next = tokens[i + 1];
    if (seconds !== undefined && next !== undefined && (BILL_PAY_WORDS.has(next) || seconds.has(next)))
      return i;
  }
  return 0;
}

/** One-word phrases for a bill's payment after the payee (an electronic funds transfer's EFT, a premium's PREM). */
const BILL_PAY_TAIL_WORDS: ReadonlySet<string> = new Set([
  "autopay",
  "billpay",
  "epay",
  "autopmt",
  "eft",
  "prem",
]);
/**
 * Two-word ones by their first word, which a payment word follows ("WEB PMT", "ONLINE PAYMENT", "ELECTRONIC PMT"),
 * with the other second words each takes ("AUTO PAY", "ACH DEBIT", "INS PREM").
 */
const BILL_PAY_TAIL_SECONDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["web", new Set(["pay"])],
  ["auto", new Set(["pay"])],
  ["bill", new Set(["pay"])],
  ["online", new Set<string>()],
  ["electronic", new Set<string>()],
  ["ach", new Set(["debit"])],
  ["e", new Set(["pay"])],
  ["ins", new Set(["prem"])],
]);
const BILL_PAY_TAIL_FILTER = tokenizer.buildWordFilter(
  [...BILL_PAY_WORDS, ...BILL_PAY_TAIL_WORDS, ...BILL_PAY_TAIL_SECONDS.keys()],
  BILL_PAY_WORDS.size + BILL_PAY_TAIL_WORDS.size + BILL_PAY_TAIL_SECONDS.size,
);

/**
 * Whether a seller of this category sells at a till (a shop, a restaurant, a fuel station) rather than by bill: its
 * name beside a bill payment's phrase ("ONLINE PMT MACYS", "AT HOME PAYMENT") is most often its store card's being
 * paid, and its name is no bank wording (see shopSpan in resolveSellerWith).
 */
function sellsAtTill(slug: CategorySlug): boolean {
  return SHOP_GROUPS.has(groupOf(slug)) || SHOP_CATEGORIES.has(slug);
}

/** Whether a seller of this category is paid by bill: a utility, a telecom, an insurer, a lender, the tax office. */
function paysBills(slug: CategorySlug | null): boolean {
  return slug !== null && !sellsAtTill(slug);
}

/**
 * Shops in groups that are otherwise billed: furniture, home-improvement stores and fuel stations issue store cards.
 */
const SHOP_CATEGORIES: ReadonlySet<string> = new Set([
  "home.furnishings",
  "home.home-improvement",
  "auto-transport.gas-fuel",
]);

/**
 * The kind of product an order's title names after a marketplace's name, as Chinese shopping apps print an order
 * ("京东 … 智能双人电热毯", JD and an electric blanket): the marketplace sells everything, the product's words say what
 * was bought. Only for a seller of general merchandise read from the text's start, and words that agree on one kind.
 * A delivery app's order is food unless its words name another kind of business: Meituan and Ele.me also book hotels
 * and deliver medicine ("美团 酒店预订"), while "美团 麻辣烫" is still a meal delivered.
 */
function productOrdered(
  lexicons: Lexicons,
  known: SellerRecord,
  firstKnown: SellerRecord | null,
  tokens: readonly string[],
  nameLength: number,
): BusinessWordMatch | null {
  if (known !== firstKnown || nameLength >= tokens.length) return null;
  // An online supermarket's order title in Chinese ("天猫超市 婴儿纸尿裤", Tmall's supermarket and nappies) names what
  // it sold as a marketplace's does: such a grocer sells household and baby goods too.
  const onlineGrocer = known.slug === GROCERIES && hasCjk(tokens[nameLength]!);
  if (known.slug !== GENERAL_MERCHANDISE && known.slug !== FOOD_DELIVERY && !onlineGrocer) return null;
  const product = businessWords(lexicons, tokens, tokens.length, nameLength);
  if (product === null) return null;
  if (known.slug === FOOD_DELIVERY || onlineGrocer)
    return groupOf(product.slug) === FOOD_GROUP ? null : product;
  return product.slug !== GENERAL_MERCHANDISE ? product : null;
}

const FOOD_DELIVERY: CategorySlug = "food-dining.food-delivery";
const FOOD_GROUP = "food-dining";

const GENERAL_MERCHANDISE: CategorySlug = "shopping.general-merchandise";

/**
 * A grocer's or a superstore's fuel, its name then a fuel word and nothing more but a number or a place ("WALMART FUEL
 * 1234", "MEIJER EXPRESS GAS", "SAINSBURYS S/MKT PFS"): the pumps, not the store. Not before more words ("WALMART GAS
 * GRILL" is a grill bought in the store).
 */
function fuelSoldBy(
  lexicons: Lexicons,
  known: SellerRecord,
  firstKnown: SellerRecord | null,
  tokens: readonly string[],
  nameLength: number,
): BusinessWordMatch | null {
  if (known !== firstKnown || (known.slug !== GENERAL_MERCHANDISE && known.slug !== GROCERIES)) return null;
  for (let k = nameLength; k < tokens.length; k++) {
    const token = tokens[k]!;
    // "PFS", the British petrol filling station, names one only after a store's name: alone it is no business word.
    const word = token === "pfs" ? PFS : singleWord(lexicons, token);
    if (word?.slug === FUEL && onlyTail(tokens, k + 1))
      return { slug: FUEL, confidence: word.confidence, word: word.text };
  }
  return null;
}

const PFS = { text: "pfs", slug: FUEL, confidence: CONFIDENCE.businessTally } as const;

/**
 * The line of insurance named after a seller whose name alone says nothing, an insurer of every line or a bank that
 * sells policies too ("ALLIANZ KFZ VERSICHERUNG", "中国平安人寿保险", "GENERALI ASSICURAZIONE VITA"): the policy paid for.
 * Only such a line: any other word after a bank's name ("HSBC HOME", "ING DIRECT") says nothing of what was paid.
 */
function insuranceLineOf(
  lexicons: Lexicons,
  tokens: readonly string[],
  nameLength: number,
): BusinessWordMatch | null {
  if (nameLength >= tokens.length) return null;
  const line = businessWords(lexicons, tokens, tokens.length, nameLength);
  if (line !== null && isInsuranceLine(line.slug)) return line;
  // A short word right after the insurer's name, and nothing more but a place or a number ("PORTO SEGURO AUTO",
  // "TD INSURANCE HOME", "PORTO SEGURO RESIDENCIAL PARC 04/10"): alone, "AUTO" is a garage's word and "VIDA" anyone's,
  // so such words are read as a line only here. Not before more words ("… AUTO PAY" is how the premium was paid).
  const short = LINE_AFTER_INSURER.get(tokens[nameLength]!);
  // A Brazilian card prints the instalment after it ("PARC 04/10"), its numbers dropped by the cleaning.
  const after = tokens[nameLength + 1] === "parc" ? nameLength + 2 : nameLength + 1;
  return short !== undefined && onlyTail(tokens, after)
    ? { slug: short, confidence: CONFIDENCE.businessTally, word: tokens[nameLength]! }
    : null;
}

const AUTO_INSURANCE: CategorySlug = "auto-transport.auto-insurance";
const HOME_INSURANCE: CategorySlug = "home.home-insurance";
const LIFE_INSURANCE: CategorySlug = "financial.life-insurance";
const HEALTH_INSURANCE: CategorySlug = "health-fitness.health-insurance";

/** Lines of insurance in one short word, as insurers of every line print the policy after their name (see above). */
const LINE_AFTER_INSURER: ReadonlyMap<string, CategorySlug> = new Map([
  ["auto", AUTO_INSURANCE],
  ["car", AUTO_INSURANCE],
  ["motor", AUTO_INSURANCE],
  ["vehicle", AUTO_INSURANCE],
  ["automovel", AUTO_INSURANCE],
  ["veiculo", AUTO_INSURANCE],
  ["carro", AUTO_INSURANCE],
  ["moto", AUTO_INSURANCE],
  ["home", HOME_INSURANCE],
  ["house", HOME_INSURANCE],
  ["tenant", HOME_INSURANCE],
  ["condo", HOME_INSURANCE],
  ["residencial", HOME_INSURANCE],
  ["residencia", HOME_INSURANCE],
  ["hogar", HOME_INSURANCE],
  ["habitation", HOME_INSURANCE],
  ["life", LIFE_INSURANCE],
  ["vida", LIFE_INSURANCE],
  ["vie", LIFE_INSURANCE],
  ["health", HEALTH_INSURANCE],
  ["dental", HEALTH_INSURANCE],
  ["saude", HEALTH_INSURANCE],
  ["salud", HEALTH_INSURANCE],
  ["odonto", HEALTH_INSURANCE],
]);

/** A shop's own words after a name (see resolveSellerWith). */
const STORE_WORDS: ReadonlySet<string> = new Set(["store", "stores", "shop", "shops"]);

/** Whether a seller of this category keeps no store a card is used in: an insurer, a lender, a utility, the bank. */
function keepsNoStore(slug: CategorySlug | null): boolean {
  return slug !== null && (NO_STORES.has(slug) || NO_STORE_GROUPS.has(groupOf(slug)));
}

const NO_STORES: ReadonlySet<string> = new Set([
  "auto-transport.auto-insurance",
  "auto-transport.auto-payment",
  "home.home-insurance",
  "home.mortgage-rent",
  "health-fitness.health-insurance",
  "education.student-loan",
  "bills-utilities.utilities",
]);
const NO_STORE_GROUPS: ReadonlySet<string> = new Set(["taxes", "fees-charges", "transfer", "income"]);

/** The groups of what a shop sells, whose name after a bill payment's phrase is most often its store card's. */
const SHOP_GROUPS: ReadonlySet<string> = new Set([
  "shopping",
  "food-dining",
  "personal-care",
  "travel",
  "entertainment",
  "pets",
  "kids",
]);

/** The brand the first `count` tokens spell as a whole seller text, or null. */
function brandOfFirst(
  dict: SellerDictionary,
  tokens: readonly string[],
  count: number,
  countries: readonly string[],
  terminalCountries: readonly string[] | null,
): SellerRecord | null {
  return matchAlias(dict, tokens.slice(0, count), count, countries, count, terminalCountries) ?? null;
}

/** Where the first legal form after a name starts ("keldora b v …" → 1), within the first `count` tokens; 0 if none. */
function legalFormAt(tokens: readonly string[], count: number): number {
  for (let k = 1; k < count; k++) if (legalFormLength(tokens, k, count) > 0) return k;
  return 0;
}

/**
 * How many tokens at `at` spell a legal form, one word ("GMBH", "LTDA") or dotted ("B.V."); 0 when none does. Not a
 * form of two letters but BV and NV ("AS", "AB", "SA" are words too: "PAY AS YOU GO"), nor the American CORP, INC,
 * LLC and CO, after which a bank's own words follow ("ACME CORP PAYROLL": an employer, not Acme's shop).
 */
function legalFormLength(tokens: readonly string[], at: number, count: number): number {
  const token = tokens[at]!;
  if (isLegalForm(token))
    return (token.length > 2 || token === "bv" || token === "nv") && !AMERICAN_FORMS.has(token) ? 1 : 0;
  return dottedLegalFormAt(tokens, at, count);
}

const AMERICAN_FORMS: ReadonlySet<string> = new Set(["corp", "inc", "llc", "co"]);

/**
 * The words set apart in Chinese, Japanese and Korean text (see cjk.ts): the dictionary's spellings, the bank and
 * business words, and the wallets and channels printed in front. Built once per dictionary and word lists.
 */
function cjkWordsFor(dict: SellerDictionary, read: Lexicons): cjk.CjkWords {
  // A country's variant spaces words as the lexicons it was made from do: one set of words, built once.
  const lexicons = baseLexicons(read);
  let byLexicons = CJK_WORDS.get(dict);
  if (byLexicons === undefined) {
    byLexicons = new WeakMap();
    CJK_WORDS.set(dict, byLexicons);
  }
  let words = byLexicons.get(lexicons);
  if (words === undefined) {
    // Places, too (see places.json's cjkPlaces): a name is not read inside an address ("南京东路" holds 京东).
    const candidates: string[] = [
      ...dict.cjkTokens,
      ...lexicons.generic,
      ...CJK_LEGAL_FORMS,
      ...places.cjkPlaces,
    ];
    for (const index of [lexicons.bankWords, lexicons.businessWords])
      for (const [first, list] of index.byFirst) {
        candidates.push(first);
        for (const { rest } of list) candidates.push(...rest);
      }
    for (const phrase of [...prefixes.lead, ...prefixes.transferLead])
      candidates.push(...tokenizer.foldForMatch(phrase.toLowerCase()).split(" "));
    words = buildCjkWords(candidates);
    byLexicons.set(lexicons, words);
  }
  return words;
}

const CJK_WORDS = new WeakMap<SellerDictionary, WeakMap<Lexicons, cjk.CjkWords>>();

/** The question cleanDescription asks of a short code (see opensSeller), made once per dictionary, not per row. */
function namesSellerIn(dict: SellerDictionary): NamesSeller {
  if (namesSellerDict !== dict) {
    namesSellerDict = dict;
    namesSellerAsk = (token, next) => opensSeller(dict, token, next);
  }
  return namesSellerAsk!;
}

let namesSellerDict: SellerDictionary | null = null;
let namesSellerAsk: NamesSeller | null = null;

/**
 * An ACH entry's fields as US banks print them: Chase's "PPD ID:" and "CCD ID:" after the originator, Bank of
 * America's "DES:", the long form's "CO ENTRY DESCR:". A company's ACH credit is a transfer from it, like a SEPA one.
 */
const ACH_ENTRY = /\b(?:PPD|CCD|CTX|WEB|TEL) ID:|\bDES:|CO ENTRY DESCR:/i;

/**
 * How many tokens the padded name field holds (see paddedNameLength), `tokens.length` when the text is not in that
 * layout. A field of bank wording alone ("ONLINE PAYMENT        ACME") is a wrapper, not a name, and a city field
 * holding bank wording ("DIRECT        DEBIT") is the rest of a phrase, not a town.
 */
function paddedName(
  lexicons: Lexicons,
  text: string,
  gap: number,
  tokens: readonly string[],
  namesSeller: NamesSeller,
): number {
  const end = paddedNameLength(text, gap, tokens, namesSeller);
  if (end === tokens.length) return end;
  let named = false;
  for (let k = 0; k < end && !named; k++) named = !lexicons.generic.has(tokens[k]!);
  if (!named) return tokens.length;
  for (let k = end; k < tokens.length; k++) if (lexicons.generic.has(tokens[k]!)) return tokens.length;
  return end;
}

/**
 * A seller printed as a web address under a domain that software and online services take ("ZORVEX.IO",
 * "ZORVEX.AI", "ZORVEX.DEV", "ZORVEX.APP"): an online service, read as Business Software when nothing in the name
 * says more. Trusted below a business word: a game shop or a consumer app takes these domains too.
 */
function webService(text: string): BusinessWordMatch | null {
  // Most names hold no dot: one scan for it spares them the pattern.
  if (text.indexOf(".") < 0) return null;
  const found = SERVICE_DOMAIN.exec(text);
  return found === null
    ? null
    : { slug: SOFTWARE, confidence: WEB_SERVICE_CONFIDENCE, word: `.${found[1]!.toLowerCase()}` };
}

/**
 * A name that opens with the title "DR" ("DR WEILL PESSAC", "DR. ZORVEX"): a doctor's practice, when nothing else in
 * the name says what it is ("DR SMITH DDS" is a dentist by its own word). Only in front: after a name "DR" is a
 * street ("MAPLE DR"). A brand named so ("DR MARTENS") is a known seller and never asked.
 */
function doctorsTitle(tokens: readonly string[], count: number): BusinessWordMatch | null {
  return count >= 2 && tokens[0] === "dr" && isLetters(tokens[1]!) ? DOCTOR_BY_TITLE : null;
}

/**
 * A pub named as English, Irish and Antipodean inns are: a sign ending in "ARMS" ("THE QUEENS ARMS", "KELDORA ARMS")
 * or in a possessive's "HEAD" ("KINGS HEAD", "NAGS HEAD"), or one of the commonest inn names ("RED LION", "ROYAL
 * OAK", "ROSE AND CROWN"), with nothing after it but a place. Only where pubs are named so: elsewhere "ARMS" may sell
 * firearms, and a head is a salon's. `where` is the terminal's country when the text prints one, else the account's.
 */
function pubSign(tokens: readonly string[], where: readonly string[]): BusinessWordMatch | null {
  if (!PUB_SIGN_COUNTRIES.has(where[0] ?? "")) return null;
  const from = tokens[0] === "the" ? 1 : 0;
  for (let k = from + 1; k < tokens.length; k++) {
    const word = tokens[k]!;
    if (word !== "arms" && word !== "head") continue;
    const before = tokens[k - 1]!;
    const sign = word === "arms" ? before.length >= 3 : before.length >= 4 && before.endsWith("s");
    // Australia's and New Zealand's "ARMS HOTEL" is the pub's full name ("hotel" alone leaves them undecided).
    const after = tokens[k + 1] === "hotel" ? k + 2 : k + 1;
    if (sign && isLetters(before) && onlyTail(tokens, after))
      return { slug: PUB, confidence: CONFIDENCE.businessPresetName, word: `${before} ${word}` };
  }
  for (const name of COMMON_INN_NAMES)
    if (spellsAt(tokens, from, name) && onlyTail(tokens, from + name.length))
      return { slug: PUB, confidence: CONFIDENCE.businessPresetName, word: name.join(" ") };
  return null;
}

const PUB: CategorySlug = "food-dining.alcohol-bars";
const PUB_SIGN_COUNTRIES: ReadonlySet<string> = new Set(["gb", "ie", "au", "nz"]);
/** The commonest names of British inns of more than one word; "&" is dropped by the cleaning, "AND" is not. */
const COMMON_INN_NAMES: readonly (readonly string[])[] = [
  "red lion",
  "royal oak",
  "white hart",
  "white horse",
  "black horse",
  "white lion",
  "golden lion",
  "white swan",
  "rising sun",
  "green man",
  "three horseshoes",
  "rose crown",
  "rose and crown",
  "fox hounds",
  "fox and hounds",
  "coach horses",
  "coach and horses",
].map((name) => name.split(" "));

const DOCTOR_BY_TITLE: BusinessWordMatch = {
  slug: "health-fitness.doctor",
  confidence: CONFIDENCE.businessPresetName,
  word: "dr",
};

const SERVICE_DOMAIN = /[\p{L}\p{N}]\.(io|ai|dev|app)(?![\p{L}\p{N}])/iu;
const SOFTWARE: CategorySlug = "business-services.software";
const WEB_SERVICE_CONFIDENCE = 0.7;

/** Where a pub is as often called a hotel (the Royal Hotel, the Commercial Hotel) as a place to sleep is. */
const PUB_HOTEL_COUNTRIES: ReadonlySet<string> = new Set(["au", "nz"]);

/**
 * Whether "hotel" alone says too little: a pub or a room, in Australia or New Zealand. `where` is the terminal's
 * country when the text prints one, else the account's.
 */
function mayBeAPub(business: BusinessWordMatch, where: readonly string[]): boolean {
  return (business.word === "hotel" || business.word === "hotels") && PUB_HOTEL_COUNTRIES.has(where[0] ?? "");
}

export function normalizeSeller(
  rawDescription: string,
  dict: SellerDictionary = defaultSellerDictionary(),
): NormalizedSeller {
  const { key, displayName } = resolveSeller(rawDescription, dict);
  return { key, displayName };
}
