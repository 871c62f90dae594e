// Raw bank text → merchant tokens. No `import "server-only"`: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import this through tsx, where the marker throws; the module is pure.
//
// Speed matters (the bench target is 500k descriptions a second on one core), so the text is read in one pass
// over char codes, slicing tokens out of the lower-cased string, and everything after works on the tokens.
// Letters of every alphabet are kept ("Großeinkauf Müller", "Пятёрочка"): matching uses a folded copy
// (accents removed, ß → ss), so "MULLER" and "Müller" meet, while the display name keeps what the bank printed.

import places from "@/server/categorize/data/places.json";

/** Banks cut the seller name at about 32 characters, so keys are cut there too to stay comparable. */
export const MAX_KEY_LENGTH = 32;

// What banks and card processors print in front of the seller, as whole-token phrases, removed as often as they
// stack ("POS DEBIT SQ *BLUE BOTTLE"). Token level, so runs of spaces and glued punctuation do not matter.
// Dates after them ("AUTHORIZED ON 10/12") are dropped by the tokenizer already. Words that say what kind of
// payment it is (ATM, transfer, fee, payroll) are not here: the bank words read those.
const LEAD_PHRASES = [
  "purchase authorized on",
  "purchase return authorized on",
  "recurring payment authorized on",
  "recurring purchase authorized on",
  "authorized on",
  "purchase intl authorized on",
  "purchase with cash back",
  "pos",
  "posc",
  "pos debit",
  "pos purchase",
  "pos withdrawal",
  "pos merchandise",
  "pos transaction",
  "point of sale purchase",
  "point of sale",
  "debit card purchase",
  "debit card",
  "debit purchase",
  "debit pos",
  "dbt crd purchase",
  "dbt purchase",
  "checkcard",
  "check card",
  "chkcard",
  "check crd",
  "check crd purchase",
  "chk crd",
  "chk crd purchase",
  "check card purchase",
  "debit card purchase authorized on",
  "automatic withdrawal",
  "automatic payment",
  "direct debit payment to",
  "bill payment via faster payment to",
  "misc payment",
  "miscellaneous payments",
  "chk card",
  "card purchase",
  "card purchase with pin",
  "purchase with pin",
  "pin purchase",
  "visa purchase",
  "visa debit",
  "visa debit purchase",
  "vis",
  "vdp",
  "vdc",
  "vda",
  "mc purchase",
  "mastercard purchase",
  "recurring payment",
  "recurring pmt",
  "recurring debit",
  "recurring card purchase",
  "recurring purchase",
  "ach debit",
  "ach credit",
  "ach pmt",
  "ach withdrawal",
  "ach",
  "preauthorized debit",
  "preauthorized withdrawal",
  "preauthorized payment",
  "preauthorized",
  "pre authorized debit",
  "electronic withdrawal",
  "electronic funds transfer",
  "electronic funds transfer preauthorized debit",
  "eft",
  "electronic payment",
  "electronic pmt web",
  "electronic pmt",
  "external withdrawal",
  "dda pur",
  "dda purchase",
  "aut",
  "mobile purchase",
  "mobile purchase pin based",
  "mobile purchase sig based",
  "purchase",
  "retail purchase",
  "debit memo",
  "bill payment",
  "bill payment to",
  "bill pay",
  "bill pymt",
  "online bill payment",
  "internet bill pay",
  "internet banking internet bill pay",
  "internet banking",
  "online banking payment to",
  "interac purchase",
  "interac",
  "card payment to",
  "card payment",
  "contactless payment",
  "contactless",
  "payment to",
  "direct debit to",
  "direct debit",
  "d d",
  "s o",
  "standing order to",
  "standing order",
  "web pmts",
  "pending",
];

/** Token after token, the phrases that start with it; each phrase as its tokens. */
const LEAD_INDEX: Map<string, string[][]> = new Map();
for (const phrase of LEAD_PHRASES) {
  const tokens = phrase.split(" ");
  LEAD_INDEX.set(tokens[0]!, [...(LEAD_INDEX.get(tokens[0]!) ?? []), tokens]);
}
for (const list of LEAD_INDEX.values()) list.sort((a, b) => b.length - a.length);

// Payment processors in front of the seller, counted only with their star ("SQ *", "TST* ", "PAYPAL *"); "SP "
// (Shopify) also without one. DoorDash, Uber and Lyft are left alone: they are the seller, matched as aliases.
const PROCESSORS = new Set(
  "sq tst paypal pp sp py ic cke bt par smk wpy levelup fs gpay pos goo iz sumup zettle clover dd".split(" "),
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
];

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
  "id",
  "ending",
  "in",
  "acct",
]);

const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
const MONTHS = new Set(MONTH_NAMES);

// Trailing bank noise after the seller ("... PPD ID", "WEB ID", "ON 12 OCT BCC", "CLP GBR").
const TRAILING_NOISE = new Set([
  ...["id", "ppd", "ccd", "web", "ref", "conf", "tel", "arc", "pos", "xx", "x", "bcc", "clp", "on"],
  ...["gbr", "irl", "can", "usa", "fx", "ending"],
  ...MONTH_NAMES,
]);

const REGIONS = new Set(places.regions);
const CITIES = new Set(places.cities);

export type CleanedDescription = {
  /** The seller's tokens, folded for matching (accents removed); processor prefixes, numbers and codes removed. */
  tokens: string[];
  /** The same tokens as printed (lower case, accents kept), for the display name. */
  display: string[];
  /** How many leading tokens remain once a trailing "CITY ST" is cut; the key is built from these. */
  keyTokenCount: number;
  /** The channel words removed from the front ("purchase", "authorized", "on"), for the bank words to read. */
  lead: readonly string[];
};

const NO_TOKENS: string[] = [];

// Char codes, as plain constants so the hot loop compares numbers (a const enum would not inline under
// the per-file transpilers that tsx and Vitest use).
const SPACE = 32;
const HASH = 35;
const AMP = 38;
const APOS = 39;
const STAR = 42;
const DOT = 46;
const SLASH = 47;
const D0 = 48;
const D9 = 57;
const LOW_A = 97;
const LOW_Z = 122;
const LOW_X = 120;
const RIGHT_QUOTE = 0x2019;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
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
};
const COMBINING = /\p{M}/gu;
const FOLD_EXTRA_RE = /[ßæœøłđþı]/g;

/** Lower-case text without accents, for matching: "müller" → "muller", "großeinkauf" → "grosseinkauf". */
export function foldForMatch(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  return text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(FOLD_EXTRA_RE, (ch) => FOLD_EXTRA[ch]!)
    .normalize("NFC");
}

/** Length of a web-address ending at `dot` (".com" → 4), or 0 when the dot is not one. */
function tldLength(s: string, dot: number): number {
  for (const tld of TLDS) {
    const end = dot + 1 + tld.length;
    if (
      s.startsWith(tld, dot + 1) &&
      (end >= s.length || (!isLetter(s, end, s.charCodeAt(end)) && !isDigit(s.charCodeAt(end))))
    )
      return tld.length + 1;
  }
  return 0;
}

/** True when one or two letters start at `i` (the E of PG&E, the M of H&M0123), so `&` joins initials. */
function shortRunAfter(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= LOW_A && s.charCodeAt(j) <= LOW_Z) j++;
  return j > i && j - i <= 2;
}

/** "xxxx1234": a masked card or account number. */
function isCardMask(tok: string): boolean {
  let k = 0;
  while (k < tok.length && tok.charCodeAt(k) === LOW_X) k++;
  return k >= 2 && k < tok.length && isDigit(tok.charCodeAt(k));
}

/**
 * Letters glued to a store number or a date: "petro112233" → "petro", "pos12oct" → "pos", "atm12oct24" → "atm";
 * "12oct" → "" (a date alone). null when the token is something else (a code like "q35" or "s586214").
 */
function gluedLetters(tok: string): string | null {
  let k = 0;
  while (k < tok.length && tok.charCodeAt(k) >= LOW_A && tok.charCodeAt(k) <= LOW_Z) k++;
  let m = k;
  while (m < tok.length && isDigit(tok.charCodeAt(m))) m++;
  if (m === tok.length) return k >= 2 && tok.length - k >= 3 ? tok.slice(0, k) : null;
  // digits then a month, maybe a year: a date glued on (POS12OCT, 12OCT)
  const digits = m - k;
  if (digits < 1 || digits > 2) return null;
  const month = tok.slice(m, m + 3);
  if (!MONTHS.has(month)) return null;
  let e = m + 3;
  while (e < tok.length && isDigit(tok.charCodeAt(e))) e++;
  return e === tok.length ? tok.slice(0, k) : null;
}

function digitCount(tok: string): number {
  let n = 0;
  for (let k = 0; k < tok.length; k++) if (isDigit(tok.charCodeAt(k))) n++;
  return n;
}

function skipUntilSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) > SPACE && s.charCodeAt(j) !== STAR) j++;
  return j;
}

// Token kinds, as bits.
const NUMBER = 1;
const STARRED = 2;
const DIGITS_ONLY = 4;

/** Pass 1: words, numbers and codes in order, with what kind each is. */
function tokenize(s: string, out: string[], kinds: number[]): void {
  const n = s.length;
  let i = 0;
  let afterStar = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    const letter = isLetter(s, i, c);
    if (!letter && !isDigit(c)) {
      if (c === STAR) {
        afterStar = true;
        // "SQ *", "TST*": the word before the star was a processor.
        if (out.length > 0 && PROCESSORS.has(out[out.length - 1]!) && kinds[kinds.length - 1] === 0) {
          out.pop();
          kinds.pop();
        }
      } else if (c === HASH) i = skipUntilSpace(s, i) - 1; // "#1234", "#R123": a store or terminal number
      i++;
      continue;
    }
    if (c === LOW_A + 22 && s.startsWith("www.", i)) {
      i += 4;
      continue;
    }
    // One token. Apostrophes always join (MCDONALD'S → mcdonalds); `&` joins initials (PG&E, AT&T, H&M) but
    // splits words (BARNES&NOBLE); `-` always splits, since banks glue words with it (MBTA-MTICKET).
    let tok = "";
    let segStart = i;
    let hasDigit = false;
    let hasAlpha = false;
    let isDate = false;
    let j = i;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (isDigit(d)) hasDigit = true;
      else if (isLetter(s, j, d)) hasAlpha = true;
      else if (d === APOS || d === RIGHT_QUOTE) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else if (d === AMP && j > i && j - i <= 2 && shortRunAfter(s, j + 1)) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else {
        if ((d === SLASH || d === 45 || d === DOT) && !hasAlpha && j + 1 < n && isDigit(s.charCodeAt(j + 1)))
          isDate = true;
        break;
      }
    }
    tok += s.slice(segStart, j);
    i = j;
    if (i < n && s.charCodeAt(i) === DOT && hasAlpha) {
      const tld = tldLength(s, i);
      if (tld > 0) {
        i += tld;
        if (i < n && s.charCodeAt(i) === SLASH) i = skipUntilSpace(s, i); // "AMZN.COM/BILL": the path says nothing
      }
    }
    if (isDate) {
      // "01/22", "01/22/2025", "12-10", "12.10.24": the rest of the date goes as one unit.
      while (
        i < n &&
        (isDigit(s.charCodeAt(i)) ||
          s.charCodeAt(i) === SLASH ||
          s.charCodeAt(i) === 45 ||
          s.charCodeAt(i) === DOT)
      )
        i++;
      afterStar = false;
      continue;
    }
    out.push(tok);
    kinds.push(
      (hasDigit ? NUMBER : 0) | (afterStar ? STARRED : 0) | (hasDigit && !hasAlpha ? DIGITS_ONLY : 0),
    );
    afterStar = false;
  }
}

/** How many tokens at `start` form a lead phrase (0 when none). */
function leadLength(tokens: readonly string[], start: number): number {
  const phrases = LEAD_INDEX.get(tokens[start]!);
  if (phrases === undefined) return 0;
  for (const phrase of phrases) {
    if (start + phrase.length > tokens.length) continue;
    let k = 1;
    while (k < phrase.length && tokens[start + k] === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

export function cleanDescription(raw: string): CleanedDescription {
  const lower = raw.toLowerCase();
  const raws: string[] = [];
  const kinds: number[] = [];
  tokenize(lower, raws, kinds);
  const ascii = isAscii(lower);

  // Glued dates and store numbers first, so "POS12OCT" is the lead word "pos".
  for (let k = 0; k < raws.length; k++) {
    if ((kinds[k]! & (NUMBER | DIGITS_ONLY)) === NUMBER && !(kinds[k]! & STARRED) && !isCardMask(raws[k]!)) {
      const letters = gluedLetters(raws[k]!);
      if (letters !== null) {
        raws[k] = letters;
        kinds[k] = letters === "" ? DIGITS_ONLY | NUMBER : 0;
      }
    }
  }
  // Lead phrases, and the codes and numbers between them ("Mobile Purchase PIN Based D1234", "CHECKCARD 0412").
  let start = 0;
  for (;;) {
    if (start >= raws.length) break;
    const lead = leadLength(raws, start);
    if (lead > 0) {
      start += lead;
      continue;
    }
    const kind = kinds[start]!;
    // A code (D1234, S586214) or a long number; a short number stays, it may be the name (76, 7-ELEVEN), and so
    // does a name with a digit or two in it (H2O, A1).
    if (
      (kind & NUMBER) !== 0 &&
      (raws[start] === "" || (raws[start]!.length > 3 && digitCount(raws[start]!) >= 3))
    ) {
      if (start + 1 < raws.length || raws[start] === "") {
        start++;
        continue;
      }
    }
    if (PROCESSORS.has(raws[start]!) && raws[start] === "sp" && start + 1 < raws.length) {
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
  for (let k = start; k < raws.length; k++) {
    const tok = raws[k]!;
    const kind = kinds[k]!;
    if (tok === "") continue;
    if (kind & DIGITS_ONLY) {
      // A leading short number is part of the name (76, 24 HOUR FITNESS, 99 RANCH); any other is a store,
      // terminal, card or phone number.
      if (display.length === 0 && tok.length <= 3) display.push(tok);
      else if (display.length > 0 && NUMBER_LABELS.has(display[display.length - 1]!)) display.pop();
      continue;
    }
    if (kind & NUMBER) {
      if (kind & STARRED) continue; // *2K4TY7: an order or reference code
      if (isCardMask(tok)) continue; // XXXXXX4821
      if (display.length > 0) {
        if (NUMBER_LABELS.has(display[display.length - 1]!)) display.pop();
        continue; // Q35, P2012, S586214: terminal and reference codes
      }
    }
    if (tok === "s" && display.length > 0) {
      // TRADER JOE S: the bank replaced the apostrophe with a space. After a word already ending in s it is a
      // name cut at 32 characters instead ("STARBUCKS S…"), and the stray letter goes.
      if (!display[display.length - 1]!.endsWith("s")) display[display.length - 1] += "s";
      continue;
    }
    display.push(tok);
  }
  while (display.length > 1 && TRAILING_NOISE.has(display[display.length - 1]!)) display.pop();

  const tokens = ascii ? display : display.map(foldForMatch);
  return { tokens, display, keyTokenCount: keyLength(tokens), lead };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const TAIL_WORDS = new Set([
  "store",
  "stores",
  "shop",
  "shops",
  "inc",
  "ltd",
  "llc",
  "co",
  "corp",
  "plc",
  "limited",
  "online",
  "uk",
  "us",
  "gb",
  "ie",
  "eu",
  "com",
  "www",
]);

/** A token that may follow a name without being part of it: a region, a large city, "STORES", "LTD". */
export function isTailToken(token: string): boolean {
  return TAIL_WORDS.has(token) || REGIONS.has(token) || CITIES.has(token);
}

/** Each large city as its tokens, grouped by its last token: a trailing city is found without building strings. */
const CITIES_BY_LAST = new Map<string, string[][]>();
for (const city of places.cities) {
  const words = city.split(" ");
  const last = words[words.length - 1]!;
  CITIES_BY_LAST.set(last, [...(CITIES_BY_LAST.get(last) ?? []), words]);
}
for (const list of CITIES_BY_LAST.values()) list.sort((a, b) => b.length - a.length);

/** Tokens left after a trailing "CITY ST" ("SAN FRANCISCO CA", "OAKVILLE ON"); a city only goes with a region. */
function keyLength(tokens: string[]): number {
  let end = tokens.length;
  if (end < 2 || !REGIONS.has(tokens[end - 1]!)) return end;
  end--;
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

/** The stable merchant key: the key tokens, single-spaced and cut at the bank's 32 characters. */
export function keyFromTokens(tokens: readonly string[], count: number): string {
  let key = "";
  for (let k = 0; k < count; k++) {
    key += k === 0 ? tokens[k]! : ` ${tokens[k]}`;
    if (key.length >= MAX_KEY_LENGTH) return key.slice(0, MAX_KEY_LENGTH).trimEnd();
  }
  return key;
}
