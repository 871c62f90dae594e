// Pass 1 of reading bank text: the description, lower-cased, as words, numbers and codes with what kind each is.
// One pass over char codes, slicing tokens out of the string (speed matters: see clean.ts). No
// `import "server-only"`: shared with the tsx scripts.

import prefixes from "@/server/categorize/data/prefixes.json";

export const MONTH_NAMES: readonly string[] = prefixes.months;
export const MONTHS = new Set(MONTH_NAMES);

// Payment processors in front of the seller, counted only with their star ("SQ *", "TST* ", "PAYPAL *");
// "SP " (Shopify) also without one. CCV (Dutch terminals), ZTL (Zettle) and SPY (SePay) print theirs the same
// way, and so do the Nordic and Swiss mobile wallets a shop is paid through (VIPPS, MobilePay, TWINT), dLocal
// (DLO, and DL), Paddle, and South Africa's PayFast (PF), Yoco, iKhokha (IK, IKH) and Zapper, Checkout.com (CKO), Bank
// of Ireland's BOIPA, Latin America's Mercado Pago (MERCADOPAGO, MERPAGO), Brazil's PagSeguro (PAG), India's
// Razorpay (RAZ, RAZORPAY), France's HiPay (HPY), Thailand's Omise (OMISE, OMISETH), the processors of online
// shops abroad (EBANX, DLOCAL, 2Checkout's 2CO and 2CHECKOUT), Poland's Przelewy24, Malaysia's iPay88, Nigeria's
// Flutterwave and Paystack, Brazil's PagSeguro in full, Mercado Pago's MP and iFood's IFD ("MP*KELDORA",
// "IFD*IFOOD.COM", after a card purchase's words too), Britain's Creditcall (CRV), and the pay-later services Klarna,
// Afterpay and Clearpay ("KLARNA*KELDORA SHOES": the shop follows; "KLARNA" alone is still Klarna), and the
// platforms whose clients' names follow their code: ABC Financial's gyms (ABC), the Active Network's clubs and parks
// (ACT), Nayax's vending machines (NYX), Eventbrite's events (EB) and Booking.com's hotels (BKG), and the
// processors that print their own name in full before a star: Stripe, Adyen, Mollie, PayU, Checkout.com, and USA
// Technologies (Cantaloupe), whose vending machines and laundries print "USA*" ("USA*CANTEEN VENDING"). Without a
// star each is still itself ("STRIPE" is a payout from Stripe). DoorDash, Uber and Lyft are left alone: they are
// the seller, matched as aliases.
export const PROCESSORS = new Set(
  "sq tst in paypal pp sp py ic cke bt par smk wpy levelup fs gpay pos goo iz sumup zettle clover dd ccv ztl spy vipps mobilepay twint dlo ikh ik pf payfast yoco zapper paddle cko boipa klarna afterpay clearpay mercadopago merpago mp ifd dl pag raz hpy omise omiseth razorpay pagseguro ebanx dlocal flutterwave paystack ipay88 przelewy24 2co 2checkout crv abc act nyx eb bkg stripe adyen mollie payu checkout usa dri clv ccbill".split(
    " ",
  ),
);

// Web-address endings, skipped together with any path after them ("AMZN.COM/BILL", "NETFLIX.COM").
const TLDS = [
  "com",
  "net",
  "org",
  "co",
  "io",
  "tv",
  "us",
  "ly",
  "app",
  "ca",
  "uk",
  "ie",
  "de",
  "fr",
  "nl",
  "es",
  "eu",
  // Other European country domains sellers print ("KAUP.EE", "BOKUS.SE")
  "ee",
  "lt",
  "lv",
  "fi",
  "se",
  "dk",
  "no",
  "at",
  "ch",
  "be",
  "it",
  "pl",
  "cz",
  "pt",
  "ru",
  "au",
  "nz",
];

const TLD_SET: ReadonlySet<string> = new Set(TLDS);

/** A web address's ending as a word ("com", "de", "au"). */
export function isTld(word: string): boolean {
  return TLD_SET.has(word);
}

// Char codes, as plain constants so the hot loop compares numbers (a const enum would not inline under
// the per-file transpilers that tsx and Vitest use).
const SPACE = 32;
const HASH = 35;
const AMP = 38;
const APOS = 39;
const STAR = 42;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const COMMA = 44;
const D0 = 48;
const D9 = 57;
const LOW_A = 97;
const LOW_Z = 122;
const LOW_X = 120;
const RIGHT_QUOTE = 0x2019;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

// What an ASCII char is to the tokenizer, read from a table: one load per char instead of the digit and letter range
// tests in turn (a tenth of the tokenizer's time). 0: neither, a separator or punctuation.
const LETTER = 1;
const DIGIT = 2;
/** A letter or mark outside ASCII (never in the table: isLetter answers for those). */
const OTHER_LETTER = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = LOW_A; c <= LOW_Z; c++) ASCII_CLASS[c] = LETTER;
for (let c = D0; c <= D9; c++) ASCII_CLASS[c] = DIGIT;

export function isDigit(c: number): boolean {
  return c >= D0 && c <= D9;
}
/** a-z, or any letter or combining mark of another alphabet. */
function isLetter(s: string, i: number, c: number): boolean {
  if (c < 128) return c >= LOW_A && c <= LOW_Z;
  return c !== RIGHT_QUOTE && LETTER_OR_MARK.test(s[i]!);
}

const FOLD_EXTRA: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  þ: "th",
  ı: "i",
  // Japanese small kana read as their full-size letters: a passbook's half-width kana and older terminals print no
  // small letters ("ﾌｱﾐﾘｰﾏｰﾄ" for ファミリーマート, "ﾘﾖｳ" for リョウ), so both spellings meet.
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
};
const COMBINING = /\p{M}/gu;
const FOLD_EXTRA_RE = /[ßæœøłđþıァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ]/g;

/**
 * Whether a UTF-16 code unit is a Han character of the CJK Unified Ideographs block or its Extension A, or a Hangul
 * syllable: characters foldForMatch leaves as they are (Unicode decomposes none of them but Hangul, whose NFC puts it
 * back, and none has a small form).
 */
export function foldsToItselfCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/** Lower-case text without accents, for matching: "müller" → "muller", "großeinkauf" → "grosseinkauf". */
export function foldForMatch(text: string): string {
  // ASCII, Han and Hangul's syllables fold to themselves (nothing to decompose, no small forms): most text is only
  // those, and comes back as it is without the normalizations below.
  let unchanged = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && !foldsToItselfCjk(code)) {
      unchanged = false;
      break;
    }
  }
  if (unchanged) return text;
  const folded = text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(FOLD_EXTRA_RE, (ch) => FOLD_EXTRA[ch]!)
    .normalize("NFC");
  return HIRAGANA.test(folded) ? folded.replace(HIRAGANA_ALL, toKatakana) : folded;
}

// Hiragana read as katakana: a passbook prints a name in katakana alone ("ﾄｲｻﾞﾗｽ"), while the brand writes part of it
// in hiragana ("トイザらス", "でんきのヒラタ"), so both spellings meet.
const HIRAGANA = /[\u3041-\u3096]/;
const HIRAGANA_ALL = /[\u3041-\u3096]/g;
const toKatakana = (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0x60);

/** Length of a web-address ending at `dot` (".com" → 4), or 0 when the dot is not one. */
export function tldLength(s: string, dot: number): number {
  // Every ending listed is two or three ASCII letters: read the run after the dot, then one Set probe (rather than
  // a startsWith per ending, which every "ST." or "N.V." would try in full).
  let end = dot + 1;
  while (end < s.length && end - dot <= 4 && s.charCodeAt(end) >= LOW_A && s.charCodeAt(end) <= LOW_Z) end++;
  const length = end - dot - 1;
  if (length < 2 || length > 3) return 0;
  if (end < s.length && (isLetter(s, end, s.charCodeAt(end)) || isDigit(s.charCodeAt(end)))) return 0;
  return TLD_SET.has(s.slice(dot + 1, end)) ? length + 1 : 0;
}

/** True when one or two letters start at `i` (the E of PG&E, the M of H&M0123), so `&` joins initials. */
function shortRunAfter(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= LOW_A && s.charCodeAt(j) <= LOW_Z) j++;
  return j > i && j - i <= 2;
}

/**
 * "xxxx1234": a masked card or account number; or one group of a card number printed in groups, its digits masked
 * from the end ("04xx" in "5555 04XX XXXX X100").
 */
export function isCardMask(tok: string): boolean {
  let k = 0;
  while (k < tok.length && tok.charCodeAt(k) === LOW_X) k++;
  if (k > 0) return k >= 2 && k < tok.length && isDigit(tok.charCodeAt(k));
  while (k < tok.length && isDigit(tok.charCodeAt(k))) k++;
  if (k === 0 || tok.length - k < 2) return false;
  for (let i = k; i < tok.length; i++) if (tok.charCodeAt(i) !== LOW_X) return false;
  return true;
}

/** "xxxx": a group of a card number masked whole. */
export function isMaskedGroup(tok: string): boolean {
  if (tok.length < 4) return false;
  for (let i = 0; i < tok.length; i++) if (tok.charCodeAt(i) !== LOW_X) return false;
  return true;
}

/** Whether the token is made of the letters a-z alone (the tokens are lower-cased and folded). */
export function isLetters(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < LOW_A || c > LOW_Z) return false;
  }
  return true;
}

/** The fewest letters of a brand's name a booking or order code is read as glued to (see gluedLetters). */
const GLUED_CODE_NAME_MIN = 6;

/**
 * Letters glued to a store number, a booking code or a date: "petro112233" → "petro", "easyjet000kx7qz2m" →
 * "easyjet", "pos12oct" → "pos", "atm12oct24" → "atm"; "12oct" → "" (a date alone). null when the token is something
 * else (a code like "q35" or "s586214").
 */
export function gluedLetters(tok: string): string | null {
  let k = 0;
  while (k < tok.length && tok.charCodeAt(k) >= LOW_A && tok.charCodeAt(k) <= LOW_Z) k++;
  let m = k;
  while (m < tok.length && isDigit(tok.charCodeAt(m))) m++;
  if (m === tok.length) return k >= 2 && tok.length - k >= 3 ? tok.slice(0, k) : null;
  // A brand's name with a booking or order code glued on ("EASYJET000KX7QZ2M"): a name of six letters or more, then
  // three digits or more. Shorter letters are a code's own ("AB123CD").
  if (k >= GLUED_CODE_NAME_MIN && m - k >= 3) return tok.slice(0, k);
  // digits then a month, maybe a year: a date glued on (POS12OCT, 12OCT)
  const digits = m - k;
  if (digits < 1 || digits > 2) return null;
  const month = tok.slice(m, m + 3);
  if (!MONTHS.has(month)) return null;
  let e = m + 3;
  while (e < tok.length && isDigit(tok.charCodeAt(e))) e++;
  return e === tok.length ? tok.slice(0, k) : null;
}

/** Exactly two digits at `i` and no third: the cents of an amount with a decimal comma ("23,55", not "1,234"). */
function isCents(s: string, i: number): boolean {
  return (
    i + 1 < s.length &&
    isDigit(s.charCodeAt(i)) &&
    isDigit(s.charCodeAt(i + 1)) &&
    (i + 2 >= s.length || !isDigit(s.charCodeAt(i + 2)))
  );
}

export function digitCount(tok: string): number {
  let n = 0;
  for (let k = 0; k < tok.length; k++) if (isDigit(tok.charCodeAt(k))) n++;
  return n;
}

/** "m/s " or "m/s. " at a token's start, followed by a name. */
function isMessrs(s: string, i: number): boolean {
  if (s.charCodeAt(i + 1) !== SLASH || s.charCodeAt(i + 2) !== LOW_A + 18) return false;
  let j = i + 3;
  if (s.charCodeAt(j) === DOT) j++;
  if (s.charCodeAt(j) !== SPACE) return false;
  while (s.charCodeAt(j) === SPACE) j++;
  return j < s.length && isLetter(s, j, s.charCodeAt(j));
}

/**
 * Whether the text from `start` to `end` (no space in it) is plainly a web address: "www." in front, a host of
 * several parts ("HELP.KELDORA.COM") or a path after the domain ("AMZN.COM/BILL"). One word and its ending
 * ("EAT.DK") may be a name's last word glued to it ("JUST EAT.DK"), and is not counted.
 */
function isWebAddress(s: string, start: number, end: number): boolean {
  if (s.startsWith("www.", start)) return true;
  let dots = 0;
  for (let dot = s.indexOf(".", start); dot >= 0 && dot < end; dot = s.indexOf(".", dot + 1)) {
    dots++;
    const tld = tldLength(s, dot);
    if (tld > 0 && (dots > 1 || s.charCodeAt(dot + tld) === SLASH)) return true;
  }
  return false;
}

function skipUntilSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) > SPACE && s.charCodeAt(j) !== STAR) j++;
  return j;
}

/**
 * Where a date or time glued to the word at [start, end) begins ("miete04/18": 5, "shop12:34": 4), or -1: the word
 * is two or more letters then one or two digits (a day, a month, an hour), and a dot, slash, hyphen or colon follows
 * with the next part, one, two or four digits (a month, a year, minutes). A code ("Q35", "A4/B") or a version
 * ("V2.1": one letter) is not one.
 */
function gluedDateStart(s: string, start: number, end: number): number {
  if (end + 1 >= s.length) return -1;
  const sep = s.charCodeAt(end);
  if (sep !== DOT && sep !== SLASH && sep !== COLON && sep !== 45 /* - */) return -1;
  let m = end;
  while (m > start && isDigit(s.charCodeAt(m - 1))) m--;
  if (end - m < 1 || end - m > 2 || m - start < 2) return -1;
  for (let k = start; k < m; k++) if (isDigit(s.charCodeAt(k))) return -1;
  let e = end + 1;
  while (e < s.length && isDigit(s.charCodeAt(e))) e++;
  const next = e - end - 1;
  if (next !== 1 && next !== 2 && next !== 4) return -1;
  // The date ends there, or goes on with another part ("19.01.2024"), not into letters ("AB12.5KG").
  return e === s.length || !isLetter(s, e, s.charCodeAt(e)) ? m : -1;
}

// Token kinds, as bits.
export const NUMBER = 1;
export const STARRED = 2;
export const DIGITS_ONLY = 4;
/** A letter outside ASCII: the token needs folding for matching. */
export const NON_ASCII = 8;
/** The token right after a date the tokenizer dropped ("… 03/14 PURCHASE"). */
export const AFTER_DATE = 16;
/** The first word of a web address ("WWW.KELDORA.COM", "HELP.KELDORA.COM", "AMZN.COM/BILL"). */
export const WEB_ADDRESS = 32;
/** The token right after a store's number the tokenizer dropped ("LOVE'S #0412 VAN HORN": "van"). */
export const AFTER_STORE_NUMBER = 64;

/**
 * Pass 1: words, numbers and codes in order, with what kind each is, written from index 0 of `out` and `kinds`;
 * returns how many. `s` is lower-cased already (clean.ts does it once): ASCII_CLASS knows only a–z as letters. Entries past that count are left from earlier calls: the caller reuses both arrays, and
 * emptying them (`length = 0`) would free their storage only to grow it again for the next description.
 */
export function tokenize(s: string, out: string[], kinds: number[]): number {
  const n = s.length;
  let i = 0;
  let count = 0;
  let afterStar = false;
  let afterDate = false;
  let afterStoreNumber = false;
  // Where the run of text (up to a space or star) the last token started in ends, and whether that run is a web
  // address whose first word is still to come.
  let chunkEnd = 0;
  let webFirst = false;
  let nextDot = -1;
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c < 128 ? ASCII_CLASS[c]! : isLetter(s, i, c) ? LETTER : 0) === 0) {
      if (c === STAR) {
        afterStar = true;
        // "SQ *", "TST*", "IPAY88*": the word before the star was a processor.
        if (count > 0 && !(kinds[count - 1]! & STARRED) && PROCESSORS.has(out[count - 1]!)) count--;
      } else if (c === HASH) {
        // "#1234", "#R123": a store or terminal number
        afterStoreNumber = i + 1 < n && isDigit(s.charCodeAt(i + 1));
        i = skipUntilSpace(s, i) - 1;
      }
      i++;
      continue;
    }
    if (i >= chunkEnd) {
      chunkEnd = skipUntilSpace(s, i);
      // Most runs hold no dot: the text's next one, found once, answers them without a scan.
      if (nextDot < i) {
        nextDot = s.indexOf(".", i);
        if (nextDot < 0) nextDot = n;
      }
      webFirst = nextDot < chunkEnd && isWebAddress(s, i, chunkEnd);
    }
    if (c === LOW_A + 22 && s.startsWith("www.", i)) {
      i += 4;
      continue;
    }
    // "M/S SHARMA TRADERS": Messrs, written before a firm's name across South Asia. It names no one (and read as
    // "m s" it was Marks & Spencer).
    if (c === LOW_A + 12 && isMessrs(s, i)) {
      i += s.charCodeAt(i + 3) === DOT ? 4 : 3;
      continue;
    }
    // One token. Apostrophes always join (MCDONALD'S → mcdonalds); `&` joins initials (PG&E, AT&T, H&M) but
    // splits words (BARNES&NOBLE); `-` always splits, since banks glue words with it (MBTA-MTICKET).
    // The pieces before an apostrophe or a joining `&`; most tokens have none and are one slice of the text.
    let tok = "";
    const tokStart = i;
    let segStart = i;
    let hasDigit = false;
    let hasAlpha = false;
    let isDate = false;
    let nonAscii = false;
    let j = i;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      const dClass = d < 128 ? ASCII_CLASS[d]! : isLetter(s, j, d) ? OTHER_LETTER : 0;
      if (dClass === LETTER) hasAlpha = true;
      else if (dClass === DIGIT) hasDigit = true;
      else if (dClass === OTHER_LETTER) {
        hasAlpha = true;
        nonAscii = true;
      } else if (d === APOS || d === RIGHT_QUOTE) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else if (d === AMP && j > i && j - i <= 2 && shortRunAfter(s, j + 1)) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else {
        if (
          (d === SLASH || d === 45 || d === DOT || d === COLON) &&
          !hasAlpha &&
          j + 1 < n &&
          isDigit(s.charCodeAt(j + 1))
        )
          isDate = true;
        // "23,55": an amount with a decimal comma (two digits after it), printed by continental banks
        else if (d === COMMA && !hasAlpha && isCents(s, j + 1)) isDate = true;
        break;
      }
    }
    let tokEnd = j;
    // A reference code of one to three letters, a slash and a long number ("MC/000001234", "OG/000000004": a card's
    // sequence, a mandate), printed between a direct debit's or a card's wrapper and the seller: one code.
    if (j - tokStart <= 3 && hasAlpha && !hasDigit && segStart === tokStart && s.charCodeAt(j) === SLASH) {
      let e = j + 1;
      while (e < n && isDigit(s.charCodeAt(e))) e++;
      if (e - j - 1 >= 5) {
        tokEnd = e;
        j = e;
        hasDigit = true;
        isDate = false;
      }
    }
    // A card line's day, month and time glued as one ("22MAR14:07", St.George's EFTPOS lines): the minutes go with
    // the rest, not as a short number that would open the name.
    if (
      hasAlpha &&
      hasDigit &&
      isDigit(s.charCodeAt(tokStart)) &&
      isDigit(s.charCodeAt(j - 1)) &&
      s.charCodeAt(j) === COLON &&
      isDigit(s.charCodeAt(j + 1)) &&
      isDigit(s.charCodeAt(j + 2))
    ) {
      j += 3;
      tokEnd = j;
    }
    i = j;
    // A date glued to the end of a word ("MCDONALDS19.01.2024", "MIETE04/18", German card and standing-order lines):
    // the word is kept and the date goes, as a date alone would.
    const glued = hasAlpha && hasDigit && segStart === tokStart ? gluedDateStart(s, tokStart, tokEnd) : -1;
    if (glued > 0) {
      out[count] = s.slice(tokStart, glued);
      kinds[count] = nonAscii ? NON_ASCII : 0;
      count++;
      isDate = true;
    }
    if (isDate) {
      // "01/22", "01/22/2025", "12-10", "12.10.24", and a time ("16:52", "21.05.11/12:54"): the rest of the date
      // goes as one unit.
      while (
        i < n &&
        (isDigit(s.charCodeAt(i)) ||
          s.charCodeAt(i) === SLASH ||
          s.charCodeAt(i) === 45 ||
          s.charCodeAt(i) === DOT ||
          s.charCodeAt(i) === COLON ||
          s.charCodeAt(i) === COMMA)
      )
        i++;
      afterStar = false;
      afterDate = true;
      continue;
    }
    if (i < n && s.charCodeAt(i) === DOT && hasAlpha) {
      const tld = tldLength(s, i);
      if (tld > 0) {
        i += tld;
        if (i < n && s.charCodeAt(i) === SLASH) i = skipUntilSpace(s, i); // "AMZN.COM/BILL": the path says nothing
      }
    }
    // A web address after the name, cut by the field's width or not ("RAZ*KELDORA SWEETS HTTPS://WW"): the
    // scheme and all after it say nothing of the seller. Not in front, where the address may be the only name
    // there is.
    if (
      count > 0 &&
      tokEnd - tokStart <= 5 &&
      s.startsWith("://", tokEnd) &&
      isWebScheme(s, tokStart, tokEnd)
    ) {
      i = skipUntilSpace(s, tokEnd);
      afterStar = false;
      continue;
    }
    out[count] = segStart === tokStart ? s.slice(tokStart, tokEnd) : tok + s.slice(segStart, tokEnd);
    kinds[count] =
      (hasDigit ? NUMBER : 0) |
      (afterStar ? STARRED : 0) |
      (hasDigit && !hasAlpha ? DIGITS_ONLY : 0) |
      (nonAscii ? NON_ASCII : 0) |
      (afterDate ? AFTER_DATE : 0) |
      (webFirst ? WEB_ADDRESS : 0) |
      (afterStoreNumber ? AFTER_STORE_NUMBER : 0);
    count++;
    webFirst = false;
    afterStar = false;
    afterDate = false;
    afterStoreNumber = false;
  }
  return count;
}

/** Whether the token from `start` to `end` is "http" or "https" (the text is lower case). */
function isWebScheme(s: string, start: number, end: number): boolean {
  const length = end - start;
  return (
    (length === 4 || length === 5) && s.startsWith("http", start) && (length === 4 || s[start + 4] === "s")
  );
}

/**
 * A cheap "certainly not in the set" test for words, tried before a Set or Map probe on the per-token hot path:
 * one byte per slot, set for every slot a word of the set lands on. A clear slot means the word is not in the
 * set; a set slot means "maybe", and the real probe answers. It never changes an answer, only skips probes.
 * The slot reads a word's first two letters, its middle letter, its last two letters and its length, mixed by
 * multiplication. Each "maybe" that is not a member costs a probe of a large Set or Map, itself a few cache misses
 * (the table, then each key it compares), so the mixing earns its few instructions: on the bench's words the
 * business words' filter lets through a quarter as many strangers as one read off the first two letters, the last
 * letter and the length, and the towns' a fifth.
 */
export type WordFilter = Uint8Array;

export function buildWordFilter(words: Iterable<string>, count: number): WordFilter {
  let size = 1024;
  while (size < count * 16) size *= 2;
  const filter = new Uint8Array(size);
  for (const word of words) filter[wordSlot(filter, word)] = 1;
  return filter;
}

/**
 * Deterministic for any string, so a word of the set always finds its slot. Integer arithmetic throughout: a word
 * of fewer than two letters takes its own branch rather than reading a letter it lacks, whose NaN would put every
 * call of this function on floating-point arithmetic. It is asked a dozen times a row. The high bits of the
 * product are the mixed ones: the slot is read from above the lowest ten (filters stay below 2^22 slots).
 */
function wordSlot(filter: WordFilter, word: string): number {
  const length = word.length;
  if (length < 2) return length === 0 ? 0 : word.charCodeAt(0) & (filter.length - 1);
  const head = Math.imul(
    word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(length >> 1),
    0x9e3779b1,
  );
  const tail = word.charCodeAt(length - 2) * 31 + word.charCodeAt(length - 1);
  return (Math.imul(head ^ tail ^ (length << 20), 0x85ebca6b) >>> 10) & (filter.length - 1);
}

/** A copy of `filter` that may contain `words` too (for a few words: the copy keeps the filter's size). */
export function withWords(filter: WordFilter, words: Iterable<string>): WordFilter {
  const copy = filter.slice();
  for (const word of words) copy[wordSlot(copy, word)] = 1;
  return copy;
}

export function mayContain(filter: WordFilter, word: string): boolean {
  return filter[wordSlot(filter, word)] === 1;
}

/** Where the first of the sorted `words` not before `token` stands: the words the token starts follow it. */
export function firstNotBefore(words: readonly string[], token: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < token) low = mid + 1;
    else high = mid;
  }
  return low;
}
