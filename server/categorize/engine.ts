// Which category a transaction gets, and why. Sources in order, the first sure enough deciding:
//   rule (the user's own) → dictionary (a known seller, or bank and payment words) → crowd → business words
//   → the bank's own category → the user's history → uncategorized.
// Pure: the caller loads rules, crowd answers and history; nothing here reads the database. No
// `import "server-only"`: scripts/eval-categorize.ts and scripts/bench-categorize.ts import it via tsx.
//
// API choice: the engine speaks the caller's category id type `Id` throughout. Rules, crowd answers and history
// already hold ids; the dictionary and word lists hold taxonomy slugs, which `slugToCategoryId` turns into ids
// (pass `slugAsId` when ids are the slugs themselves). A slug the user's category set lacks (returning null)
// simply falls through to the next source.

import * as bankCategory from "@/server/categorize/bank-category";
import * as cjk from "@/server/categorize/cjk";
import * as clean from "@/server/categorize/clean";
import type { SellerDictionary } from "@/server/categorize/dictionary";
import * as dictionary from "@/server/categorize/dictionary";
import type { HistoryModel } from "@/server/categorize/history";
import type { Lexicons } from "@/server/categorize/lexicons";
import * as lexiconModule from "@/server/categorize/lexicons";
import type { BusinessWordMatch, SellerMatch } from "@/server/categorize/normalize";
import * as normalize from "@/server/categorize/normalize";
import type { Phrase } from "@/server/categorize/phrases";
import type { CategorySlug } from "@/server/categorize/taxonomy";
import * as taxonomy from "@/server/categorize/taxonomy";

// tsx and Vitest run these modules as CommonJS, where every use of a named import is a call through two getters:
// the hot path reads module-local copies instead (see clean.ts).
const { anyPayeeLabel, mapBankCategory, paidBetweenPeopleLabel } = bankCategory;
const { hasCjk } = cjk;
const { endsInLegalForm } = clean;
const { DEFAULT_COUNTRIES } = dictionary;
const { CONFIDENCE, CONFIDENCE_THRESHOLD, defaultLexicons, lexiconsForCountry } = lexiconModule;
const { movesMoney, namesIncome, mayPayOut, phraseWords, quotesAnInvoice, resolveSellerWith, SELF_DEPOSITS } =
  normalize;
const { categoryBySlug, isInsuranceLine, UNCATEGORIZED_SLUG } = taxonomy;

/** Stored in transactions.category_source ("user" is the user's own hand, set elsewhere). */
export type CategorizeSource =
  | "rule"
  | "dictionary"
  | "crowd"
  | "business_words"
  | "bank_category"
  | "history";

/** Finer than the source, for the provenance line and the evaluation: which list inside the dictionary spoke. */
export type CategorizeVia =
  | "rule"
  | "tally_seller"
  | "osm_seller"
  | "bank_words"
  | "crowd"
  | "business_words"
  | "bank_category"
  | "history";

/** The history model decides only when it is at least this sure; it knows one user's few choices. */
export const HISTORY_THRESHOLD = 0.8;

export type CategorizeContext<Id> = {
  dictionary: SellerDictionary;
  /** The user's own rules: seller key → category id. */
  userRules: ReadonlyMap<string, Id>;
  /** The crowd's category for a seller key (see crowdWinner), or null; the caller may cache it. */
  crowdTop: (sellerKey: string) => Id | null;
  /** The id of a taxonomy category, or null when it is not in use (that source is skipped). */
  slugToCategoryId: (slug: CategorySlug) => Id | null;
  /** Countries the account holder banks in, most likely first (from the account's currency). */
  countries?: readonly string[];
  /** The user's own history, trained for this batch; absent when there is none. */
  history?: HistoryModel<Id> | null;
  lexicons?: Lexicons;
  /** Resolves a description to its seller; a caller that already resolved the batch passes its results. */
  resolve?: (row: CategorizeInput) => SellerMatch;
};

export type CategorizeInput = {
  description: string;
  /** The bank's own category for the row (a CSV category column, an OFX SIC code), if the file has one. */
  bankCategory?: string | null;
  /** A category label from another app's export (QIF L, a Mint export), read like the bank's. */
  categoryHint?: string | null;
  checkNumber?: string | null;
  /**
   * The amount in cents from the account holder's side (negative is money out), when the caller knows it: an import
   * passes its rows whole. Its sign decides which words count (see readBankWord); absent, they all do, as before.
   */
  amount?: number | null;
};

/** Which way the money moved: in (a credit), out (a debit), or not known (no amount, or zero). */
type Direction = "in" | "out" | "unknown";

function directionOf(amount: number | null | undefined): Direction {
  if (amount == null || amount === 0) return "unknown";
  return amount > 0 ? "in" : "out";
}

export type Categorization<Id> = {
  /** "" when the description names no seller (a check, a transfer, a fee): no rule or vote can attach to it. */
  sellerKey: string;
  /** The display name: the dictionary's seller name, "Check 1042", or the cleaned description in title case. */
  merchant: string;
  categoryId: Id | null;
  source: CategorizeSource | null;
  via: CategorizeVia | null;
  /**
   * Why, in words a person reads ("Known brand (OpenStreetMap)", "The name says “pub”"); when uncategorized, null, or
   * why Tally left it so (BETWEEN_PEOPLE_REASON).
   */
  reason: string | null;
  confidence: number;
};

/** For callers whose category ids are the taxonomy slugs (the eval, the bench, tests). */
export const slugAsId = (slug: CategorySlug): CategorySlug => slug;

/** What a row filed by the user's rule for its seller says about its category. */
export const RULE_REASON = "Your rule for this seller";

export function categorizeTransaction<Id>(
  transaction: CategorizeInput,
  context: CategorizeContext<Id>,
): Categorization<Id> {
  const direction = directionOf(transaction.amount);
  // Money out is never income, whatever the words or the seller's usual category say (a payroll provider paid for
  // its service, see readBankWord): the dictionary, the word lists and the bank's category stay silent then, and the
  // next source is asked. The user's own rule and history still decide: they are the user's word.
  const ctx = direction === "out" ? moneyOutContext(context) : context;
  const countries = ctx.countries ?? DEFAULT_COUNTRIES;
  // Words of Tally's lists that are everyday words of the account's home country are not read there.
  const lexicons = lexiconsForCountry(ctx.lexicons ?? defaultLexicons(), countries[0]);
  const seller =
    ctx.resolve?.(transaction) ??
    resolveSellerWith(transaction.description, ctx.dictionary, countries, transaction.checkNumber, lexicons);
  const result = decide(transaction, ctx, seller, lexicons, direction);
  // Tally files a transfer only where the money stays the holder's: between their own accounts, into savings or
  // investments, a wallet's balance topped up or cashed out. A payment through a channel that pays between people
  // (an e-Transfer, Zelle, Venmo, a Pix, WeChat Pay's 转账 or red packet) may be the holder's own money moved, or
  // rent, a babysitter, a dinner split or a gift: filed as a transfer it would drop out of the month's spending and
  // the budgets unseen, so it stays uncategorized for the user to say, unless their own earlier choices for the same
  // payee are sure. A purpose written beside it that names a kind of business has already decided (see deferred).
  // Asked in order of cost: most rows are no payment between people, and fail the first test.
  if (
    result.via !== null &&
    (paysBetweenPeople(seller, transaction.bankCategory, lexicons) ||
      labelledTransferToAPayee(result.via, seller, transaction, lexicons)) &&
    !USER_VIAS.has(result.via) &&
    result.categoryId === ctx.slugToCategoryId(TRANSFER) &&
    // The text says the money went to the holder's own account ("本人账户互转", "OWN ACCOUNT").
    !lexicons.ownAccount.test(transaction.description)
  ) {
    const abstained = unsettled(result);
    if (settleHistory(abstained, seller, ctx)) return abstained;
    // Money in against an invoice the text quotes ("FAST TRANSFER FROM D & K PATEL INV 1047") is a customer paying
    // the holder's own bill: income, whoever paid it. Money out against one may be anything bought, so it stays.
    if (direction === "in" && settleInvoicePaid(abstained, transaction, ctx)) return abstained;
    abstained.reason = BETWEEN_PEOPLE_REASON;
    return abstained;
  }
  // Money in from a payer no list knows, quoting an invoice, with nothing else read ("D/C FROM S KELDORA INV 1047"):
  // a customer paying the holder's bill, as through a channel between people above.
  if (result.categoryId === null && result.reason === null && direction === "in" && seller.known === null)
    settleInvoicePaid(result, transaction, ctx);
  return result;
}

/**
 * Why a payment between people is left uncategorized, in words the transactions page shows beside it: the one row
 * without a category that carries a reason.
 */
export const BETWEEN_PEOPLE_REASON = "a payment between people, so only you know what it was for";

/** Why money in that quotes an invoice is income (see categorizeTransaction). */
const INVOICE_PAID_REASON = "A payment against your invoice";

/** Settles money in that quotes an invoice as income: a customer paying the holder's bill, whoever paid it. */
function settleInvoicePaid<Id>(
  result: Categorization<Id>,
  transaction: CategorizeInput,
  ctx: CategorizeContext<Id>,
): boolean {
  return (
    quotesAnInvoice(transaction.description) &&
    settle(
      result,
      ctx.slugToCategoryId("income"),
      "dictionary",
      "bank_words",
      INVOICE_PAID_REASON,
      CONFIDENCE.bankWord,
    )
  );
}

/** The sources that speak for the user (their rule, their history) or for other users (the crowd). */
const USER_VIAS: ReadonlySet<CategorizeVia> = new Set(["rule", "crowd", "history"]);

/**
 * Whether the row is a payment through a channel that pays between people: its transfer words are such a channel's
 * ("E-TRANSFER SENT", "ZELLE TO", "PIX ENVIADO", "转账"); or, with no bank words of its own, the payee is such a
 * service ("VENMO *KELDORA") or the bank's label is a payment to or from a person (WeChat Pay's "转账", "微信红包").
 * A service's own words for a move of the holder's money ("VENMO CASHOUT", "DIRECT DEPOSIT VENMO") and any other
 * transfer words ("ONLINE TRANSFER TO SAV") say otherwise.
 */
function paysBetweenPeople(
  seller: SellerMatch,
  bankCategory: string | null | undefined,
  lexicons: Lexicons,
): boolean {
  const word = seller.bankWord;
  if (word !== null) return lexicons.betweenPeople.has(word.text);
  if (seller.known !== null && lexicons.betweenPeopleSellers.has(seller.known.name)) return true;
  return bankCategory != null && paidBetweenPeopleLabel(bankCategory, lexicons);
}

/**
 * Whether a bank's own label for a transfer ("Transfers", Revolut's TRANSFER) is all that says so, beside a payee no
 * list knows and no word of a trade ("To Jane Doe", "Payment from Tom Reyes", Monzo's "Sarah Jones"): such a label
 * files every payment to a person under it, so it says no more than a channel between people does. Not where the text
 * names the holder's own pot, goal, account or loan (Lexicons.savingsGoals) or a bank ("UPI/SBM BANK/…"), nor where
 * it names no payee at all.
 */
function labelledTransferToAPayee(
  via: CategorizeVia,
  seller: SellerMatch,
  transaction: CategorizeInput,
  lexicons: Lexicons,
): boolean {
  return (
    via === "bank_category" &&
    transaction.bankCategory != null &&
    anyPayeeLabel(transaction.bankCategory, lexicons) &&
    seller.key !== "" &&
    seller.known === null &&
    seller.business === null &&
    !FROM_AN_ACCOUNT.test(seller.key) &&
    !lexicons.savingsGoals.test(transaction.description)
  );
}

/**
 * Whether a transfer paid out names a payee of a trade, in its name or its reference ("TRF P/ ACME LIMPEZAS"): not a
 * transfer to the holder's own pot, goal or loan (Lexicons.savingsGoals), nor one through a channel between people
 * (read with the purpose beside it, see deferred), nor a person whose surname is the trade's word ("TRANSFER TO JOHN
 * BARBER").
 */
function transferPaysATrade(
  transaction: CategorizeInput,
  seller: SellerMatch,
  bankWord: Phrase,
  lexicons: Lexicons,
): boolean {
  return (
    seller.business !== null &&
    !lexicons.betweenPeople.has(bankWord.text) &&
    !BARE_CJK_TRANSFERS.has(bankWord.text) &&
    !lexicons.savingsGoals.test(transaction.description) &&
    !surnameAfter(seller.key, bankWord, seller.business.word)
  );
}

/**
 * Whether the seller key is the phrase and two words after it (and after a "to" or a "from"), the second of them the
 * word: a person's first name and surname ("e transfer sent jane church"), where a purpose would come after the name.
 */
function surnameAfter(key: string, phrase: Phrase, word: string): boolean {
  // A Chinese or Japanese name is written apart from what was paid ("转账 王小宇 零花钱"): its word is never the surname.
  // Nor is a trade of two words ("MINOR HOCKEY") or a service's gerund ("BABYSITTING", "TUTORING"): surnames that
  // name a trade name its worker (Barber, Church, Carpenter).
  if (hasCjk(word) || word.includes(" ") || word.endsWith("ing")) return false;
  const tokens = key.split(" ");
  // The key may have dropped the phrase's first words ("INTERAC E-TRANSFER SENT …" is keyed from "e transfer").
  let from = phrase.length;
  while (from > 0 && !keyOpensWithPhraseEnd(tokens, phrase, from)) from--;
  if (from === 0) from = phrase.length;
  while (from < tokens.length && PAYEE_LEADS.has(tokens[from]!)) from++;
  // The key's 32 characters may have cut the surname short ("… keldora carpente").
  const last = tokens[tokens.length - 1]!;
  return tokens.length === from + 2 && (last === word || (last.length >= 3 && word.startsWith(last)));
}

/** Whether the key's first `count` tokens are the phrase's last `count` words. */
function keyOpensWithPhraseEnd(tokens: readonly string[], phrase: Phrase, count: number): boolean {
  const words = phrase.text.split(" ");
  const skip = words.length - count;
  for (let i = 0; i < count; i++) if (tokens[i] !== words[skip + i]) return false;
  return true;
}

/** Words between a payment's phrase and its payee ("E-TRANSFER TO …", "VIREMENT INTERAC À …"). */
const PAYEE_LEADS: ReadonlySet<string> = new Set([
  "to",
  "from",
  "sent",
  "received",
  "a",
  "de",
  "para",
  "aan",
  "van",
]);

/** The result emptied: no category, no source. */
function unsettled<Id>(result: Categorization<Id>): Categorization<Id> {
  return { ...result, categoryId: null, source: null, via: null, reason: null, confidence: 0 };
}

/** Settles on the user's own history for the seller, when it is sure enough (see HISTORY_THRESHOLD). */
function settleHistory<Id>(
  result: Categorization<Id>,
  seller: SellerMatch,
  ctx: CategorizeContext<Id>,
): boolean {
  if (seller.key === "" || !ctx.history) return false;
  const guess = ctx.history.predict(seller.key);
  return (
    guess !== null &&
    guess.confidence >= HISTORY_THRESHOLD &&
    settle(result, guess.categoryId, "history", "history", "Like your earlier choices", guess.confidence)
  );
}

/** The sources in order of precedence, after the seller is read. */
function decide<Id>(
  transaction: CategorizeInput,
  ctx: CategorizeContext<Id>,
  read: SellerMatch,
  lexicons: Lexicons,
  direction: Direction,
): Categorization<Id> {
  // A purpose's business words describe a purchase only on money paid out (see SellerMatch.businessInPurpose).
  const seller = read.businessInPurpose === true && direction !== "out" ? { ...read, business: null } : read;
  const result: Categorization<Id> = {
    sellerKey: seller.key,
    merchant: seller.displayName,
    categoryId: null,
    source: null,
    via: null,
    reason: null,
    confidence: 0,
  };

  // An empty key names no seller, so neither a rule nor the crowd can speak for it.
  if (seller.key !== "") {
    const ruled = ctx.userRules.get(seller.key);
    if (ruled !== undefined && settle(result, ruled, "rule", "rule", RULE_REASON, CONFIDENCE.rule))
      return result;
  }

  // A known brand, unless the bank's wording says the payment is something stronger (a fee, a cash withdrawal).
  const { known } = seller;
  const readWord = readBankWord(seller, direction);
  // Wording for a bank operation that says nothing of what the money was (a returned direct debit, a returned
  // deposit, loyalty points printed on a card statement): neither the seller's category nor the words of its name
  // decide, since the row is neither that purchase nor a refund of it, nor income. Only the user's rule (above) does.
  if (readWord !== null && readWord.slug === UNCATEGORIZED_SLUG) return result;
  const bankWord = payerSaysOtherwise(readWord, known) ? null : readWord;
  // Money out with a strong word for money in ("STARBUCKS SALARY ADVANCE REPAYMENT", "… KRANKENGELD RUECKFORDERUNG")
  // is about pay, not about what the seller sells: neither its usual category nor its kind of business says what it is.
  // Not when the seller's name outranks the word anyway ("DIRECT DEPOSIT APPLE CASH" is the wallet's, either way).
  const payWordOnDebit =
    direction === "out" &&
    seller.bankWord !== null &&
    seller.bankWord.weight >= 2 &&
    namesIncome(seller.bankWord) &&
    !payerSaysOtherwise(seller.bankWord, known);
  const strongWord = bankWord !== null && bankWord.weight >= 2;
  // A money mover's name (a brokerage, a wallet) says how the money moved; a bank word naming what it was
  // (interest, a dividend, a fee, a refund) says more, weak or not. A transfer word adds nothing to it.
  const saysWhatItWas =
    bankWord !== null &&
    known !== null &&
    known.slug !== null &&
    movesMoney(known.slug) &&
    !movesMoney(bankWord.slug);
  // A brand read through an everyday word ("TOTAL", "SPAR": see SellerEntry.local) says less than the bank's words
  // beside it: "TOTAL CHARGES" is a fee, "TOTAL TRANSFER TO SAVINGS" a transfer.
  const wordOverEverydayName = bankWord !== null && known?.localOnly === true;
  // A wallet's or bank's own label for money moved to or from a person ("转账", "微信红包", "Personal transfer") says the
  // payee may be one: a brand whose name is all of the payee's ("Lucky", "Coco"), or a trade's word that is ("火锅",
  // "甜甜圈": a shop adds its own name, "老王火锅"), is then as likely the nickname WeChat Pay prints for its user, so
  // the label decides, as a transfer's wrapper in the text does (see mayBeAPerson in normalize.ts). Not a money mover
  // (a wallet, a brokerage: a transfer either way), nor over the text's bank words.
  const mayBeANickname =
    known !== null
      ? known.slug !== null && seller.nameAlone && !movesMoney(known.slug)
      : seller.business !== null && seller.key === seller.business.word;
  if (
    mayBeANickname &&
    readWord === null &&
    mapBankCategory(transaction.bankCategory, lexicons)?.slug === TRANSFER &&
    settleBankCategory(result, transaction.bankCategory, "Your bank", direction, lexicons, ctx)
  ) {
    result.merchant = transaction.description.trim();
    return result;
  }
  // A payment through a service between people (Zelle, Venmo) whose payee's name or memo names a trade or what it
  // paid for ("ZELLE PAYMENT TO ACME PLUMBING", "… REF # … BABYSITTING"): that, as the purpose beside a bank's own
  // phrase for such a payment decides (see deferred below); without one the payment is the user's to file.
  if (
    known !== null &&
    seller.business !== null &&
    lexicons.betweenPeopleSellers.has(known.name) &&
    settleBusinessWord(result, seller.business, direction, ctx)
  )
    return result;
  // Money in from a seller quoting an invoice is the holder's own bill paid by it ("ACME_INV007"): no purchase
  // returned, so its category says nothing of it.
  if (
    known !== null &&
    known.slug !== null &&
    !strongWord &&
    !wordOverEverydayName &&
    !saysWhatItWas &&
    !payWordOnDebit &&
    !(
      direction === "in" &&
      (mayPayOut(known.slug) ||
        seller.companyTransfer ||
        quotesAnInvoice(transaction.description) ||
        // What the payer wrote in an ACH entry's purpose ("MICROSOFT DES:BONUS", "… DES:EXP REIMB") says what it paid,
        // whatever the payer sells.
        (seller.bankWordFromPurpose && bankWord !== null && namesIncome(bankWord)))
    )
  ) {
    const tally = known.origin === "tally";
    // Money in from a delivery or ride platform by its payroll or payout run ("DOORDASH INC PAYMENTS", "UBER USA EDI
    // PYMNTS", "LYFT DES:PAYOUT") is what the holder earned driving or delivering for it; an order's refund comes back
    // to the card it was paid with, and keeps the platform's category.
    if (
      direction === "in" &&
      GIG_PLATFORMS.has(known.slug) &&
      PAYOUT_TEXT.test(transaction.description) &&
      settle(
        result,
        ctx.slugToCategoryId("income"),
        "dictionary",
        tally ? "tally_seller" : "osm_seller",
        `Pay from ${seller.displayName}`,
        CONFIDENCE.bankWord,
      )
    )
      return result;
    // A shop's money in that the bank's own column calls a refund (WeChat Pay's 交易类型 "退款", whose row repeats the
    // order's title) is one, as a refund word in the text makes it (see readBankWord).
    if (
      direction === "in" &&
      mapBankCategory(transaction.bankCategory, lexicons)?.slug === REFUND &&
      settleBankCategory(result, transaction.bankCategory, "Your bank", direction, lexicons, ctx)
    )
      return result;
    // Money in from an insurer or a tax office is a claim paid or a refund of what was paid in: income, as the bank
    // words "PREMIUM REFUND" and "TAX REFUND" file it; from a lottery, a bookmaker or a casino it is winnings, since a
    // stake is not refunded. A shop's credit is a purchase returned, and nets against its category instead.
    const paidIn = direction === "in" ? moneyInFrom(known.slug) : null;
    if (
      paidIn !== null &&
      settle(
        result,
        ctx.slugToCategoryId(paidIn),
        "dictionary",
        tally ? "tally_seller" : "osm_seller",
        paidIn === WINNINGS ? `Winnings from ${seller.displayName}` : `A payment from ${seller.displayName}`,
        tally ? CONFIDENCE.tallySeller : CONFIDENCE.osmSeller,
      )
    )
      return result;
    // What a seller of everything sold, named after it: an order's product (see productOrdered), a superstore's
    // fuel (see fuelSoldBy).
    if (seller.business !== null && settleBusinessWord(result, seller.business, direction, ctx))
      return result;
    // A grocer's or a superstore's fuel pumps bill under the fuel merchant code (5542), so a bank that files the
    // row under fuel ("TOM THUMB 223", category "Gas") knows which of the seller's trades this purchase was.
    if (direction !== "in" && SELL_FUEL_TOO.has(known.slug)) {
      const label = transaction.bankCategory ?? mccInText(transaction.description);
      if (
        mapBankCategory(label, lexicons)?.slug === GAS_FUEL &&
        settleBankCategory(result, label, "Your bank", direction, lexicons, ctx)
      )
        return result;
    }
    // An insurer that sells several kinds of cover, with the policy's own word in the line ("NRMA INSURANCE
    // HOM0019284730", "KELDORA INS HOME&CONTENTS", "… MOTOR POLICY"): that kind, not the one the list files it under.
    const line =
      direction !== "in" && INSURANCE_LINES.has(known.slug) ? policyLine(transaction.description) : null;
    if (
      settle(
        result,
        ctx.slugToCategoryId(line ?? known.slug),
        "dictionary",
        tally ? "tally_seller" : "osm_seller",
        (tally ? "Known seller" : "Known brand (OpenStreetMap)") +
          (line !== null && line !== known.slug ? POLICY_REASON : ""),
        tally ? CONFIDENCE.tallySeller : CONFIDENCE.osmSeller,
      )
    )
      return result;
  }
  // An insurer the list files under no one line, or does not know ("MAAF ASSURANCES … HABITATION", "KELDORA
  // ASSURANCES AUTO CONTRAT 123"): the policy's own words say which cover, where a trade's word in them would not
  // ("AUTO" names no garage here).
  if ((known === null || known.slug === null) && seller.insurer && direction !== "in" && !strongWord) {
    const line = policyLine(transaction.description);
    if (
      line !== null &&
      settle(
        result,
        ctx.slugToCategoryId(line),
        known === null ? "business_words" : "dictionary",
        known === null ? "business_words" : known.origin === "tally" ? "tally_seller" : "osm_seller",
        `${known === null ? "An insurer" : "Known seller"}${POLICY_REASON}`,
        CONFIDENCE.bankWord,
      )
    )
      return result;
  }
  // A weak word from the ACH purpose or channel ("Electronic Funds Transfer") waits until the payee's own name
  // has been read by the business words. So does a weak fee word: "kosten", "frais", "gastos" are the costs of
  // anything ("KOSTEN KINDERDAGVERBLIJF" is what the daycare costs), so a word naming the kind of business outranks it;
  // a strong fee phrase ("OVERDRAFT FEE") still decides. So does a weak card-payment word on money paid out: "ONLINE
  // PAYMENT", "AUTOPAY", "EPAY" say how a bill was paid, a card's or any other ("ONLINE PAYMENT TO KELDORA WATER" is
  // the water bill; a business word inside a bank phrase, "auto" in "AUTO PAYMENT", is not read: see businessWords).
  // So does a weak transfer word on money paid out to a payee whose name or reference says its trade ("TRF P/ ACME
  // LIMPEZAS", "VIREMENT EN FAVEUR DE CROIX-ROUGE …", "TRANSFERENCIA A FAVOR DE ACME FONTANERIA SL"): across Europe
  // tradesmen, schools and charities are paid by transfer, and paying one buys from it. Not a transfer to an account
  // of the holder's own named for what it saves for ("TRANSFER TO HOLIDAY FUND", "… MONEY MARKET", see
  // Lexicons.savingsGoals), unless the text quotes an invoice ("DOM TRF DEBIT - … BUILDING SUPPLIES -INV 011916"),
  // and not a channel that pays between people, whose purpose is read below with its own guard against a surname.
  // Money in against an invoice is the holder's own bill paid, income rather than the payer's kind of business. Not a
  // word for money paid in, from the purpose, on money paid in ("KELDORA CONSULTING DES:BONUS"): what the payer wrote
  // says what it paid, whatever its trade. So does a word, however strong, that says only that the payee is a
  // government's office, most often its tax department ("STATE OF …"): the office's own word says which
  // ("STATE OF OHIO BMV", its motor vehicles). Not a word naming a tax ("CPA TEXAS TAX" is the tax, paid through an
  // accountant).
  const deferred =
    bankWord !== null &&
    seller.business !== null &&
    (lexicons.officeWords.has(bankWord.text) ||
      (bankWord.weight < 2 &&
        ((seller.bankWordFromPurpose && !(direction === "in" && namesIncome(bankWord))) ||
          isFeeSlug(bankWord.slug) ||
          (bankWord.slug === CARD_PAYMENT && direction !== "in") ||
          (bankWord.slug === TRANSFER &&
            direction !== "in" &&
            (quotesAnInvoice(transaction.description) ||
              (direction === "out" && transferPaysATrade(transaction, seller, bankWord, lexicons)))))) ||
      // A Chinese transfer's 转账 or 群收款 says how the money moved; a note beside it that names a kind of business
      // says what for ("转账备注:钢琴课费", "群收款-周五团建烧烤"), as a word of the bank's would (see longerCompound).
      // So does the purpose beside a payment between people ("E-TRANSFER SENT KELDORA SEPTIC PUMPING", "ZELLE TO …
      // BABYSITTING"): what it paid for, where the payment alone would stay uncategorized (see paysBetweenPeople).
      // Not a word that is the second of two after the phrase: that is the payee's surname ("E-TRANSFER SENT JANE
      // CHURCH", "… JOHN BARBER").
      ((BARE_CJK_TRANSFERS.has(bankWord.text) ||
        (lexicons.betweenPeople.has(bankWord.text) &&
          !surnameAfter(seller.key, bankWord, seller.business.word))) &&
        !CHEERS.has(seller.business.word)));
  // Money in from an insurer the list files under no line, or does not know ("PIX RECEBIDO DE PORTO SEGURO CIA SEG
  // GERAIS", "KELDORA VERSICHERUNG AG"), is a claim paid, as a known insurer's is (above): unless the words say what
  // else it was (a pension, pay).
  if (
    direction === "in" &&
    seller.insurer &&
    (bankWord === null || bankWord.slug === TRANSFER) &&
    settle(
      result,
      ctx.slugToCategoryId(REFUND),
      known === null ? "business_words" : "dictionary",
      known === null ? "business_words" : known.origin === "tally" ? "tally_seller" : "osm_seller",
      `A payment from ${seller.displayName}`,
      CONFIDENCE.bankWord,
    )
  )
    return result;
  // A company paying the holder by transfer ("SEPA-ÜBERWEISUNG ZORVEX GMBH", "PIX RECEBIDO DE ZORVEX LTDA") pays
  // pay, a client's invoice or a refund: income, as a deposit from a named company is (see settleBankWord). A person's
  // transfer, or one from a known bank or brokerage, stays what the words say, as does one from a company that is a
  // bank by its name ("SEPA CR KELDORA CREDIT UNION LTD").
  if (
    direction === "in" &&
    seller.companyTransfer &&
    (bankWord === null || bankWord.slug === TRANSFER) &&
    !FROM_AN_ACCOUNT.test(seller.displayName.toLowerCase()) &&
    settle(
      result,
      ctx.slugToCategoryId("income"),
      "dictionary",
      "bank_words",
      `A payment from ${seller.displayName}`,
      CONFIDENCE.bankWord,
    )
  )
    return result;
  if (bankWord !== null && !deferred && settleBankWord(result, bankWord, seller, ctx, lexicons))
    return result;

  if (seller.key !== "") {
    const crowd = ctx.crowdTop(seller.key);
    if (
      crowd !== null &&
      settle(result, crowd, "crowd", "crowd", "What most people chose for this seller", 0.9)
    )
      return result;
  }

  if (
    seller.business !== null &&
    !payWordOnDebit &&
    settleBusinessWord(result, seller.business, direction, ctx)
  )
    return result;
  if (deferred && settleBankWord(result, bankWord!, seller, ctx, lexicons)) return result;

  const bankCategory = transaction.bankCategory ?? mccInText(transaction.description);
  if (settleBankCategory(result, bankCategory, "Your bank", direction, lexicons, ctx)) return result;
  if (settleBankCategory(result, transaction.categoryHint, "Your file", direction, lexicons, ctx))
    return result;

  if (settleHistory(result, seller, ctx)) return result;
  if (
    direction !== "in" &&
    paysACardBill(transaction.description, seller) &&
    settle(
      result,
      ctx.slugToCategoryId(CARD_PAYMENT),
      "dictionary",
      "bank_words",
      "Paid to a card issuer, with the card's number as the reference",
      CONFIDENCE.bankWord,
    )
  )
    return result;
  // A till only restaurants, bars and cafés use: Toast prints "TST*" before the name ("TST* KELDORA & VINE"). It
  // says the group, not which kind of place, so the seller's own words and the user's choices go first.
  if (
    !payWordOnDebit &&
    seller.key !== "" &&
    RESTAURANT_TILL.test(transaction.description) &&
    settle(
      result,
      ctx.slugToCategoryId(RESTAURANTS),
      "business_words",
      "business_words",
      "Paid at a restaurant's till (Toast)",
      CONFIDENCE.businessCompound,
    )
  )
    return result;
  // Last: a kind of business glued after a name ("DORFAPOTHEKE") is a guess from part of a word, so the bank's own
  // category and the user's earlier choices go first.
  const compound = seller.compound;
  if (compound !== null && !payWordOnDebit)
    settle(
      result,
      ctx.slugToCategoryId(compound.slug),
      "business_words",
      "business_words",
      `The name ends in “${compound.word}”`,
      compound.confidence,
    );
  return result;
}

/**
 * The bank word to read, by the amount's sign. Words that name income (pay, a pension, sick pay, interest, a
 * dividend, a tax refund, a refund) name money coming in:
 * - on a debit they say nothing: "SALARY ADVANCE REPAYMENT" or "PAYROLL DEDUCTION" is money the holder pays. After a
 *   strong one the seller's usual category and its kind of business are silent too (see payWordOnDebit), so the row
 *   goes to the user's history or the bank's category, or stays uncategorized. Interest is the exception: on a debit
 *   the holder pays it ("INTERETS SUR DEBIT", "MARGIN INTEREST"), a finance charge;
 * - on a credit such a word outranks another bank word as strong as it ("FINANZAMT STEUERERSTATTUNG" is a tax refund,
 *   not a tax payment), and a strong one outranks the seller's usual category, as it does without a sign:
 *   "TK TECHNIKER KRANKENKASSE KRANKENGELD" is sick pay from a health insurer, income, not Health Insurance.
 * A credit with no such word from a seller filed under spending keeps the seller's category: it is most often a
 * refund, which nets against that category's spending as budgets expect (server/spending/monthly.ts). A weak income
 * word does not outrank a known seller either ("REWE BONUS" is a loyalty rebate, not a bonus from work). An
 * insurer's "Erstattung" (a doctor's bill repaid) stays a Refund & Reimbursement, as Tally files a health insurer's
 * repayment ("CPAM") and as without a sign: the bill it repays was filed under Doctor or Pharmacy, not Health
 * Insurance, so netting it against the premiums would not repay the bill, and a repayment larger than the month's
 * premiums would vanish (a category's spending never goes below zero).
 */
function readBankWord(seller: SellerMatch, direction: Direction): Phrase | null {
  const word = seller.bankWord;
  if (word === null || direction === "unknown") return word;
  if (direction === "out") {
    // Interest paid by the holder ("INTERETS SUR DEBIT EN COMPTE", "MARGIN INTEREST") is what the credit cost.
    if (word.slug === INTEREST_INCOME) return interestCharged(word);
    return namesIncome(word) ? null : word;
  }
  // A returned debit is a credit, yet not the refund its "RETOURE" would say.
  if (word.slug === UNCATEGORIZED_SLUG) return word;
  const income = seller.incomeWord;
  if (income !== null && income.weight >= word.weight) return income;
  // Rent paid in is a landlord's rent received ("P KELDORA HUUR GARAGEBOX"), not the holder's own rent; a mortgage's
  // words paid in (a loan paid out, an escrow's surplus) stay as they are.
  return word.slug === MORTGAGE_RENT && RENT_WORDS.has(word.text) ? copyFiledAs(word, RENTAL_INCOME) : word;
}

/**
 * Chinese words for money sent that say only how it moved (汇款, a remittance; 转出, a transfer out), as the words of a
 * payment between people do (Lexicons.betweenPeople: 转账, 群收款): a note beside them says what for.
 */
const BARE_CJK_TRANSFERS: ReadonlySet<string> = new Set(["汇款", "转出"]);

/** What a transfer's note says to cheer its payee on ("加油", keep going), which a filling station's name says too. */
const CHEERS: ReadonlySet<string> = new Set(["加油"]);

const MORTGAGE_RENT: CategorySlug = "home.mortgage-rent";
const RENTAL_INCOME: CategorySlug = "income.rental-income";
/** The bank words for rent alone (not a mortgage's, a building's service charges or a condominium's fees). */
const RENT_WORDS: ReadonlySet<string> = new Set([
  "rent",
  "rent payment",
  "rental payment",
  "huur",
  "miete",
  "kaltmiete",
  "warmmiete",
  "wohnungsmiete",
  "mietzahlung",
  "loyer",
  "alquiler",
  "lloguer",
  "renda",
  "arrendamiento",
  "arriendo",
  "renta casa",
  "renta depto",
  "aluguel",
  "affitto",
  "canone affitto",
  "canone locazione",
  "hyra",
  "husleie",
  "husleje",
  "vuokra",
  "czynsz",
  "najem",
  "najemne",
  "najomne",
  "najamnina",
  "stanarina",
  "zakupnina",
  "chirie",
  "kirija",
  "월세",
  "房租",
  "铺租",
  "档口租金",
  "门面租金",
]);

const INTEREST_INCOME: CategorySlug = "income.interest-income";
const FINANCE_CHARGE: CategorySlug = "fees-charges.finance-charge";
const filedCopies = new WeakMap<Phrase, Phrase>();

/** An interest word read on money out: the same words, filed as a finance charge. One copy per phrase. */
function interestCharged(word: Phrase): Phrase {
  return copyFiledAs(word, FINANCE_CHARGE);
}

/** A bank word's copy filed under another category, made once per phrase (a word is read under one other only). */
function copyFiledAs(word: Phrase, slug: CategorySlug): Phrase {
  let copy = filedCopies.get(word);
  if (copy === undefined) {
    copy = { ...word, slug };
    filedCopies.set(word, copy);
  }
  return copy;
}

/** The context for money out: its slugToCategoryId answers null for an income category. Made once per context. */
function moneyOutContext<Id>(ctx: CategorizeContext<Id>): CategorizeContext<Id> {
  let made = moneyOutContexts.get(ctx) as CategorizeContext<Id> | undefined;
  if (made === undefined) {
    const toId = ctx.slugToCategoryId;
    made = {
      ...ctx,
      slugToCategoryId: (slug) => (categoryBySlug(slug)?.kind === "income" ? null : toId(slug)),
    };
    moneyOutContexts.set(ctx, made);
  }
  return made;
}

const moneyOutContexts = new WeakMap<CategorizeContext<unknown>, CategorizeContext<unknown>>();

const PAYCHECK: CategorySlug = "income.paycheck";
const TRANSFER: CategorySlug = "transfer.transfer";
const CARD_PAYMENT: CategorySlug = "transfer.credit-card-payment";
const GAS_FUEL: CategorySlug = "auto-transport.gas-fuel";
const REFUND: CategorySlug = "income.refund-reimbursement";
const GAMBLING: CategorySlug = "entertainment.gambling";
/** Income, for want of a category of its own for a prize or a bet won. */
const WINNINGS: CategorySlug = "income";

/**
 * What money in from a seller of this category is when it is no purchase returned: a claim or a refund an insurer or
 * a tax office pays back, winnings from a lottery, a bookmaker or a casino; null for every other seller.
 */
function moneyInFrom(slug: CategorySlug): CategorySlug | null {
  if (slug.startsWith("taxes") || isInsuranceLine(slug)) return REFUND;
  return slug === GAMBLING ? WINNINGS : null;
}

/** Sellers whose stores often run fuel pumps: supermarkets, warehouse clubs and superstores. */
const SELL_FUEL_TOO: ReadonlySet<string> = new Set(["food-dining.groceries", "shopping.general-merchandise"]);

/**
 * Payroll wording ("DIRECT DEPOSIT", "PAYROLL") makes a deposit a paycheck whoever the employer is, a store or a
 * bank among them ("DIRECT DEP AMAZON"), except when the payer is known to pay out something else: a government
 * benefit or tax refund ("… SSA TREAS"), money moved from a wallet, a brokerage or a card ("… VENMO", "… FIDELITY"),
 * which the seller's own category says; or a bank or payment service whose name alone says nothing ("… PAYPAL"),
 * where no answer is better than a paycheck.
 */
function payerSaysOtherwise(bankWord: Phrase | null, known: SellerMatch["known"]): boolean {
  if (bankWord === null || bankWord.slug !== PAYCHECK || known === null) return false;
  if (known.slug === null) return true;
  return known.slug.startsWith("income") || known.slug.startsWith("transfer");
}

/** Fills in the result when the source is sure enough; false leaves it for the next source. */
/** Settles on what a business word in the name says ("The name says “pub”"). */
function settleBusinessWord<Id>(
  result: Categorization<Id>,
  business: BusinessWordMatch,
  direction: Direction,
  ctx: CategorizeContext<Id>,
): boolean {
  // Money in from a name that says it is a casino or a bookmaker is winnings, from one that says it is an insurer's
  // policy or a tax a claim paid or a refund ("ALLIANZ KRANKENVERSICHERUNG"), as from a known one (see moneyInFrom).
  const paidIn = direction === "in" ? moneyInFrom(business.slug) : null;
  if (paidIn !== null)
    return settle(
      result,
      ctx.slugToCategoryId(paidIn),
      "business_words",
      "business_words",
      `${paidIn === WINNINGS ? "Winnings" : "A refund"} (the name says “${business.word}”)`,
      business.confidence,
    );
  return settle(
    result,
    ctx.slugToCategoryId(business.slug),
    "business_words",
    "business_words",
    `The name says “${business.word}”`,
    business.confidence,
  );
}

function settle<Id>(
  result: Categorization<Id>,
  id: Id | null,
  source: CategorizeSource,
  via: CategorizeVia,
  reason: string,
  confidence: number,
): boolean {
  if (id === null || confidence < CONFIDENCE_THRESHOLD) return false;
  result.categoryId = id;
  result.source = source;
  result.via = via;
  result.reason = reason;
  result.confidence = confidence;
  return true;
}

/**
 * The merchant category code some banks print in the text itself (Rabobank's card line, "… KV005 MCC:5411
 * Contactloze betaling"), read as the bank's category where the file has no column for it.
 */
function mccInText(description: string): string | null {
  return MCC_IN_TEXT.exec(description)?.[1] ?? null;
}

const MCC_IN_TEXT = /\bMCC[: ]\s?(\d{4})\b/i;

/** The kinds of cover an insurer's premium may pay, by Tally's categories. */
const INSURANCE_LINES: ReadonlySet<string> = new Set([
  "auto-transport.auto-insurance",
  "home.home-insurance",
  "health-fitness.health-insurance",
  "financial.life-insurance",
]);

/** A policy's words for each kind of cover, as insurers print them in the payment's text. */
const POLICY_WORDS: readonly (readonly [RegExp, CategorySlug])[] = [
  [
    /\b(?:HOMES?|HOM(?=\d)|HOUSE(?:HOLD)?|CONTENTS|BUILDINGS|HOMEOWNERS?|RENTERS?|LANDLORDS?|HABITATION|MULTIRISQUE|ABITAZIONE|HAUSRAT|HAUSHALTSVERSICHERUNG|WOHNGEB(?:AE|Ä)UDE|HOGAR|MULTIRRISCOS?|INBOEDEL|OPSTAL|WOONHUIS|(?:HEM|VILLA|HUS|INNBO|INDBO|BOLIG|KOTI|KIINTEIST[ÖO])(?:F[ÖO]RS[ÄA]KRING|FORSIKRING|VAKUUTUS)|B[ŪU]STO DRAUDIMAS|POJ(?:I[ŠS]T[ĚE]N[ÍI])? DOM[ÁA]CNOSTI|UBEZPIECZENIE (?:MIESZKANIA|DOMU)|POISTENIE DOM[ÁA]CNOSTI|LAK[ÁA]SBIZTOS[ÍI]T[ÁA]S|OTTHONBIZTOS[ÍI]T[ÁA]S|M[ĀA]JOK[ĻL]A APDRO[ŠS]IN[ĀA][ŠS]ANA)(?![A-Z])/i,
    "home.home-insurance",
  ],
  // Not AUTO PAY, how the premium is paid ("KELDORA MUTUAL HOME AUTO PAY").
  [
    /\b(?:MOTOR|CAR|AUTO(?!\s*(?:PAY|PMT|DEBIT|DRAFT))|VEHICLE|CTP|VOITURE|KFZ|COCHE|BILF[ÖO]RS[ÄA]KRING|BILFORSIKRING|AUTOVAKUUTUS|LIIKENNEVAKUUTUS|KASKO|CASCO|KGFB|OCTA|PZP|TPVCA|POV(?:INN[ÉE])? RU[ČC]EN[ÍI]|HAVARIJN[ÍI]|OC\/AC)(?![A-Z])/i,
    "auto-transport.auto-insurance",
  ],
  [
    /\b(?:LIFE|LEBEN|LEBENSVERSICHERUNG|VITA|VIDA|DECESOS|LIV|LIVF[ÖO]RS[ÄA]KRING|LIVSFORSIKRING|HENKIVAKUUTUS|[ŽZ]IVOTN[ÍI]|GYVYB[ĖE]S DRAUDIMAS|DZ[ĪI]V[ĪI]BAS|[ŽZ]IVOTN[ÉE] POISTENIE)(?![A-Z])/i,
    "financial.life-insurance",
  ],
  [
    /\b(?:HEALTH|MEDICAL|KRANKENVERSICHERUNG|ZUSATZVERSICHERUNG|SONDERKLASSE|BARNF[ÖO]RS[ÄA]KRING|BARNEFORSIKRING|HELSEFORSIKRING|SJUKV[ÅA]RDSF[ÖO]RS[ÄA]KRING|SAIRAUSKULUVAKUUTUS|SVEIKATOS DRAUDIMAS)(?![A-Z])/i,
    "health-fitness.health-insurance",
  ],
];

/** Said after the source when the policy's words chose the kind of cover. */
const POLICY_REASON = "; the policy's words say which cover";

/** The one kind of cover the text's words name, or null when none or several do. */
function policyLine(description: string): CategorySlug | null {
  let found: CategorySlug | null = null;
  for (const [words, slug] of POLICY_WORDS) {
    if (!words.test(description)) continue;
    if (found !== null) return null;
    found = slug;
  }
  return found;
}

/** Platforms that pay the people who drive or deliver for them. */
const GIG_PLATFORMS: ReadonlySet<string> = new Set([
  "food-dining.food-delivery",
  "auto-transport.ride-share",
]);
/** The words of a platform's payout run rather than of a refund to a card (see decide). */
const PAYOUT_TEXT =
  /\b(?:PAYOUTS?|PAYMENTS|PYMNTS|EDI|DES:|PPD|DIRECT DEP(?:OSIT)?|EARNINGS|INSTANT PAY|FAST PAY)\b/i;

/** Toast's prefix, "TST* " or "TST*", first or after a card purchase's words. */
const RESTAURANT_TILL = /(?:^|\s)TST\s?\*/i;
const RESTAURANTS: CategorySlug = "food-dining.restaurants";

function settleBankCategory<Id>(
  result: Categorization<Id>,
  label: string | null | undefined,
  whose: string,
  direction: Direction,
  lexicons: Lexicons,
  ctx: CategorizeContext<Id>,
): boolean {
  const mapped = mapBankCategory(label, lexicons);
  if (mapped === null) return false;
  // Interest on money out is what the credit cost, as for the bank words (readBankWord): "Interest" is earned on
  // money in. A label that says "charge" is a charge either way (a credit then reverses one, and nets against it).
  const slug = direction === "out" && mapped.slug === INTEREST_INCOME ? FINANCE_CHARGE : mapped.slug;
  return settle(
    result,
    ctx.slugToCategoryId(slug),
    "bank_category",
    "bank_category",
    // A bare code means nothing to most people: say what it is.
    mapped.code === undefined
      ? `${whose} says ${label!.trim()}`
      : `${whose}'s merchant category code ${mapped.code}`,
    mapped.confidence,
  );
}

/**
 * Bank words decide, with one refinement: a deposit that names who paid it ("ELECTRONIC DEPOSIT ACME INC") is
 * income from that payer, while a bare "MOBILE DEPOSIT" or "BRANCH DEPOSIT" stays a transfer.
 */
function settleBankWord<Id>(
  result: Categorization<Id>,
  bankWord: Phrase,
  seller: SellerMatch,
  ctx: CategorizeContext<Id>,
  lexicons: Lexicons,
): boolean {
  const deposit = bankWord.slug === "transfer.transfer" && bankWord.text.includes("deposit");
  // A deposit the holder made in person (at an ATM, a branch, a counter, by phone or cheque) has no payer: what
  // follows is the bank or the branch ("ATM DEPOSIT US BANK MAIN ST"), and the money may be anyone's. Say nothing.
  if (
    deposit &&
    seller.key !== "" &&
    SELF_DEPOSITS.has(bankWord.text) &&
    !isOnlyThePhrase(seller.key, bankWord)
  )
    return false;
  // The payer follows the deposit phrase ("ELECTRONIC DEPOSIT ACME INC", "DEPOSIT FROM ACME"). Words in front of it
  // ("CUSTOMER DEPOSIT", "BROKERAGE CASH DEPOSIT", "RETURNED DEPOSIT …") name a kind of deposit, not who paid: a
  // brokerage's cash moved in, a deposit sent back. Say nothing then rather than call every credit income.
  // A company's name in front is its payer all the same ("ACME INC DEPOSIT", "SMITH CONSULTING LLC DEPOSIT").
  if (
    deposit &&
    seller.key !== "" &&
    !opensText(seller.key, bankWord.text) &&
    !companyInFront(seller.key, bankWord.text)
  )
    return false;
  // A deposit phrase alone ("DEPOSITO EN EFECTIVO", "TERM DEPOSIT") names no payer, though its words make a key.
  // A deposit from a bank ("DEPOSIT FROM CITIZENS BANK NA", "EXTERNAL DEPOSIT KELDORA BANK - MONEYLINK", "EFT DEPOSIT
  // FROM TANGERINE") is the holder's money moved in from another of their accounts: the transfer it says it is. Not a
  // word "transfer" in the payer's name: "STRIPE TRANSFER" is a payout, income.
  const namedDeposit =
    deposit &&
    seller.key !== "" &&
    !isOnlyThePhrase(seller.key, bankWord) &&
    // The key is cut at 32 characters: the name shown is whole.
    !FROM_AN_ACCOUNT.test(seller.displayName.toLowerCase()) &&
    !namesABank(seller.displayName, ctx, lexicons);
  if (namedDeposit) {
    return settle(
      result,
      ctx.slugToCategoryId("income"),
      "dictionary",
      "bank_words",
      `A deposit from ${seller.displayName}`,
      CONFIDENCE.bankWord,
    );
  }
  return settle(
    result,
    ctx.slugToCategoryId(bankWord.slug),
    "dictionary",
    "bank_words",
    `The bank's wording: “${bankWord.text}”`,
    bankWord.confidence,
  );
}

/**
 * Whether a payer's name is a bank's the list knows, printed without the word ("TANGERINE", "SCOTIABANK", "TD CANADA
 * TRUST"): a known name that says nothing of what was bought, whose own name is a bank's. The list's other such names
 * are insurers, universities and towns, whose deposits are claims, refunds and pay. Asked only of a deposit that names
 * its payer, so the second reading costs little.
 */
function namesABank<Id>(name: string, ctx: CategorizeContext<Id>, lexicons: Lexicons): boolean {
  const payer = resolveSellerWith(name, ctx.dictionary, ctx.countries ?? DEFAULT_COUNTRIES, null, lexicons);
  return payer.known !== null && payer.known.slug === null && BANK_NAME.test(payer.known.name);
}

const BANK_NAME = /bank|banc[aeo]|banque|caisse|kasse|\btrust\b|credit union|building society/i;

/**
 * Whether a payment goes to a card issuer with a card's number as its reference ("DIRECT DEBIT PAYMENT TO M&S BANK REF
 * 5XXXXXXXXXXX4417", "D/D TESCO BANK , 5XXXXXXXXXXX2204"): the card's bill. A payee the list files elsewhere is not
 * asked (that answer came first); a card purchase prints its own card masked from the first digit ("XXXXXXXXXXXX4821").
 */
function paysACardBill(description: string, seller: SellerMatch): boolean {
  return (
    (seller.known === null || seller.known.slug === null) &&
    CARD_ISSUER.test(seller.key) &&
    CARD_NUMBER_REFERENCE.test(description)
  );
}

const CARD_ISSUER = /(?:^| )(?:bank|card|cards|mastercard|visa|barclaycard|mbna)(?: |$)/;
// A card's number, its issuer's first digit printed and the middle masked or not: 16 to 19 characters.
const CARD_NUMBER_REFERENCE = /(?:^|[\s,:])[3-6][0-9X]{11,14}\d{4}(?=$|[\s,])/;

/** A payer's words that name a bank or an account, not a company paying the holder (see settleBankWord). */
const FROM_AN_ACCOUNT = /(?:^| )(?:bank|credit union|fcu|savings|checking|chequing)(?: |$)/;

/**
 * Whether the phrase opens the seller's key: the key is the cleaned tokens, so a phrase printed first starts it. A
 * phrase in the channel words in front (the lead) or in a purpose field is not in the key at all, and opens the text too.
 */
function opensText(key: string, phrase: string): boolean {
  if (key.startsWith(phrase) && (key.length === phrase.length || key.charCodeAt(phrase.length) === 32))
    return true;
  return !` ${key} `.includes(` ${phrase} `);
}

/**
 * Whether the key is the phrase's words and nothing else. Not a count of words: a phrase read in the channel words
 * in front is in no key, and the payer after it may have as many words as it.
 */
function isOnlyThePhrase(key: string, phrase: Phrase): boolean {
  return key === phraseWords(phrase).join(" ");
}

/** Whether the words in front of the phrase in the key end in a company's legal form: a payer's name, not a kind. */
function companyInFront(key: string, phrase: string): boolean {
  const at = ` ${key} `.indexOf(` ${phrase} `);
  if (at <= 0) return false;
  const front = key.slice(0, at - 1).split(" ");
  return endsInLegalForm(front, front.length);
}

function isFeeSlug(slug: CategorySlug): boolean {
  return slug.startsWith("fees-charges");
}

/**
 * Categorizes rows in order, reading each distinct description once: a statement repeats the same text
 * (a subscription, a daily coffee) many times. Results for equal rows are the same object, so treat them as
 * read-only.
 */
export function categorizeBatch<Id>(
  rows: ReadonlyArray<CategorizeInput>,
  ctx: CategorizeContext<Id>,
): Categorization<Id>[] {
  // The same text read as money in and as money out may differ (see readBankWord): one memo per direction.
  const seenByDirection: Record<Direction, Map<string, Categorization<Id>>> = {
    in: new Map(),
    out: new Map(),
    unknown: new Map(),
  };
  const out: Categorization<Id>[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const memo = rowKey(row);
    const seen = seenByDirection[directionOf(row.amount)];
    let result = seen.get(memo);
    if (result === undefined) {
      result = categorizeTransaction(row, ctx);
      seen.set(memo, result);
    }
    out[i] = result;
  }
  return out;
}

/** Rows with the same text but a different bank category or check number are different questions. */
export function rowKey(row: CategorizeInput): string {
  return row.bankCategory || row.categoryHint || row.checkNumber
    ? `${row.description}\u0000${row.bankCategory ?? ""}\u0000${row.categoryHint ?? ""}\u0000${row.checkNumber ?? ""}`
    : row.description;
}
