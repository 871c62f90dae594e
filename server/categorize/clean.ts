// Raw bank text → merchant tokens. No `import "server-only"`: scripts/eval-categorize.ts and
// scripts/bench-categorize.ts import this through tsx, where the marker throws; the module is pure.
//
// Speed matters (the bench target is 500k descriptions a second on one core), so after one anchored regex
// for the leading boilerplate the text is read in a single pass over char codes, slicing tokens out of the
// lower-cased string instead of running a chain of global replaces.

import places from "@/server/categorize/data/us-places.json";

/** Banks cut the seller name at about 32 characters, so keys are cut there too to stay comparable. */
export const MAX_KEY_LENGTH = 32;

// Bank boilerplate and payment-processor prefixes in front of the seller, repeated as often as they stack
// ("POS DEBIT SQ *BLUE BOTTLE"). Processors only count with their star, except `SP ` (Shopify), which banks
// also print without one. DoorDash, Uber and Lyft are left alone: they are the seller, matched as aliases.
const LEAD_PHRASES = [
  "(?:recurring payment |purchase |recurring )?authorized on \\d\\d/\\d\\d",
  "debit card purchase",
  "debit card",
  "debit purchase",
  "dbt crd purchase",
  "dbt purchase",
  "pos debit",
  "pos purchase",
  "pos withdrawal",
  "pos",
  "check ?card(?: purchase)?(?: \\d{4})?",
  "card purchase(?: with pin)?",
  "purchase with pin",
  "visa purchase",
  "visa debit",
  "visa",
  "mc purchase",
  "recurring payment",
  "recurring pmt",
  "recurring debit",
  "ach debit",
  "ach credit",
  "ach pmt",
  "ach withdrawal",
  "ach",
  "preauthorized debit",
  "preauthorized withdrawal",
  "preauthorized",
  "electronic withdrawal",
  "external withdrawal",
  "dda pur",
  "\\d\\d/\\d\\d(?:/\\d{2,4})?",
].join("|");
const PROCESSORS = "sq|tst|paypal|pp|sp|py|ic|cke|bt|par|smk|wpy|levelup|fs|gpay|pos";
const LEAD_RE = new RegExp(
  `^(?:\\s*(?:${LEAD_PHRASES})(?=[\\s*]|$)\\s*|\\s*(?:${PROCESSORS})\\s?\\*+\\s*|\\s*sp\\s+)+`,
);

// Web-address endings, skipped together with any path after them ("AMZN.COM/BILL", "NETFLIX.COM").
const TLDS = ["com", "net", "org", "co", "io", "tv", "us", "ly", "app"];

// Words that only introduce a number ("CARD 1234", "NO 312"), dropped with it. "STORE" is not one of them:
// it is part of names (THE UPS STORE, THE CONTAINER STORE), and known sellers match as prefixes anyway.
const NUMBER_LABELS = new Set(["card", "no", "num", "nbr", "loc", "term"]);

// Trailing bank noise after the seller ("... PPD ID", "WEB ID").
const TRAILING_NOISE = new Set(["id", "ppd", "ccd", "web", "ref", "conf", "tel", "arc", "pos", "xx", "x"]);

const STATES = new Set(places.states);
const CITIES = new Set(places.cities);
const MAX_CITY_TOKENS = 3;

export type CleanedDescription = {
  /** The seller's tokens, processor prefixes, numbers and reference codes removed; may be empty. */
  tokens: string[];
  /** How many leading tokens remain once a trailing "CITY ST" is cut; the key is built from these. */
  keyTokenCount: number;
};

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

function isDigit(c: number): boolean {
  return c >= D0 && c <= D9;
}
function isAlpha(c: number): boolean {
  return c >= LOW_A && c <= LOW_Z;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isAlpha(c);
}

/** Length of a web-address ending at `dot` (".com" → 4), or 0 when the dot is not one. */
function tldLength(s: string, dot: number): number {
  for (const tld of TLDS) {
    const end = dot + 1 + tld.length;
    if (s.startsWith(tld, dot + 1) && (end >= s.length || !isAlnum(s.charCodeAt(end)))) return tld.length + 1;
  }
  return 0;
}

/** True when one or two letters start at `i` (the E of PG&E, the M of H&M0123), so `&` joins initials. */
function shortRunAfter(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && isAlpha(s.charCodeAt(j))) j++;
  return j > i && j - i <= 2;
}

/** "xxxx1234": a masked card or account number. */
function isCardMask(tok: string): boolean {
  let k = 0;
  while (k < tok.length && tok.charCodeAt(k) === LOW_X) k++;
  return k >= 2 && k < tok.length && isDigit(tok.charCodeAt(k));
}

/** "petro112233" → "petro": two or more letters, then three or more digits; null for anything else. */
function gluedNumberPrefix(tok: string): string | null {
  let k = 0;
  while (k < tok.length && isAlpha(tok.charCodeAt(k))) k++;
  if (k < 2 || tok.length - k < 3) return null;
  for (let m = k; m < tok.length; m++) if (!isDigit(tok.charCodeAt(m))) return null;
  return tok.slice(0, k);
}

function skipUntilSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) > SPACE && s.charCodeAt(j) !== STAR) j++;
  return j;
}

export function cleanDescription(raw: string): CleanedDescription {
  const s = raw.toLowerCase();
  const n = s.length;
  const lead = LEAD_RE.exec(s);
  let i = lead ? lead[0].length : 0;
  const tokens: string[] = [];
  let afterStar = false;

  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isAlnum(c)) {
      if (c === STAR) afterStar = true;
      // "#1234", "#R123": a store or terminal number, whatever it contains.
      else if (c === HASH) i = skipUntilSpace(s, i) - 1;
      i++;
      continue;
    }
    if (s.startsWith("www.", i)) {
      i += 4;
      continue;
    }

    // One token. Apostrophes always join (MCDONALD'S → mcdonalds); `&` joins initials (PG&E, AT&T, H&M) but
    // splits words (BARNES&NOBLE); `-` always splits, since banks glue words with it (MBTA-MTICKET,
    // FRED-MEYER) and CHICK-FIL-A still matches because aliases are cleaned the same way.
    let tok = "";
    let segStart = i;
    let hasDigit = false;
    let hasAlpha = false;
    let isDate = false;
    let j = i;
    for (; j < n; j++) {
      const d = s.charCodeAt(j);
      if (isDigit(d)) hasDigit = true;
      else if (isAlpha(d)) hasAlpha = true;
      else if (d === APOS || d === RIGHT_QUOTE) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else if (d === AMP && j > i && j - i <= 2 && shortRunAfter(s, j + 1)) {
        tok += s.slice(segStart, j);
        segStart = j + 1;
      } else {
        if (d === SLASH && !hasAlpha && j + 1 < n && isDigit(s.charCodeAt(j + 1))) isDate = true;
        break;
      }
    }
    tok += s.slice(segStart, j);
    i = j;

    if (i < n && s.charCodeAt(i) === DOT) {
      const tld = tldLength(s, i);
      if (tld > 0) {
        i += tld;
        // "AMZN.COM/BILL": the path says nothing about the seller.
        if (i < n && s.charCodeAt(i) === SLASH) i = skipUntilSpace(s, i);
      }
    }
    if (isDate) {
      // "01/22" or "01/22/2025": skip the rest of the date as one unit.
      while (i < n && (isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === SLASH)) i++;
      afterStar = false;
      continue;
    }

    const wasAfterStar = afterStar;
    afterStar = false;
    if (hasDigit && !hasAlpha) {
      // A leading short number is part of the name (76, 24 HOUR FITNESS, 99 RANCH); any other is a store,
      // terminal, card or phone number.
      if (tokens.length === 0 && tok.length <= 3) tokens.push(tok);
      else if (tokens.length > 0 && NUMBER_LABELS.has(tokens[tokens.length - 1]!)) tokens.pop();
      continue;
    }
    if (hasDigit) {
      if (wasAfterStar) continue; // *2K4TY7: an order or reference code
      // Letters glued to a store or flight number (MARATHON PETRO112233, AMERICAN AIR0012345678, H&M0123).
      if (isCardMask(tok)) continue; // XXXXXX4821, even at the start
      const letters = gluedNumberPrefix(tok);
      if (letters !== null) tok = letters;
      else if (tokens.length > 0) continue; // XXXX1234, Q35, P2012: card masks and terminal codes
    }
    if (tok === "s" && tokens.length > 0) {
      // TRADER JOE S: the bank replaced the apostrophe with a space.
      tokens[tokens.length - 1] += "s";
      continue;
    }
    if (tokens.length === 0 && tok === "www") continue;
    tokens.push(tok);
  }

  while (tokens.length > 1 && TRAILING_NOISE.has(tokens[tokens.length - 1]!)) tokens.pop();
  return { tokens, keyTokenCount: keyLength(tokens) };
}

/** Tokens left after a trailing "CITY ST" ("SAN FRANCISCO CA"); a city only goes with a state after it. */
function keyLength(tokens: string[]): number {
  let end = tokens.length;
  if (end < 2 || !STATES.has(tokens[end - 1]!)) return end;
  end--;
  for (let size = Math.min(MAX_CITY_TOKENS, end - 1); size >= 1; size--) {
    let city = tokens[end - size]!;
    for (let k = end - size + 1; k < end; k++) city += ` ${tokens[k]}`;
    if (CITIES.has(city)) return end - size;
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
