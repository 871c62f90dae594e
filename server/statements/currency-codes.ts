import "server-only";

// The currency codes statements write. Intl's list is ISO 4217 as it stands today, and some banks still write a
// code ISO retired: Russian banks' exports (Sberbank, VTB, Alfa-Bank's CSV, some OFX CURDEF) say RUR for the
// rouble. RUR was the code of the rouble before the 1998 redenomination, but no file Tally reads holds pre-1998
// amounts: a bank writing RUR today means today's rouble, RUB, and its amounts are read as they stand.

const RETIRED_AS_CURRENT: Record<string, string> = { RUR: "RUB" };

let isoCodes: Set<string> | null = null;

/** The current ISO code a cell or header names ("eur" → "EUR", "RUR" → "RUB"), or null when it names none. */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const current = RETIRED_AS_CURRENT[code] ?? code;
  isoCodes ??= new Set([
    ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []),
    ..."USD EUR GBP CHF JPY CAD AUD NZD SEK NOK DKK PLN CZK HUF BRL MXN INR CNY HKD SGD ZAR RUB".split(" "),
  ]);
  return isoCodes.has(current) ? current : null;
}

/** A currency code such as "EUR", as Intl knows them (plus the common ones, if its data is small). */
export function isCurrencyCode(text: string): boolean {
  return currencyCode(text) !== null;
}

/** A three-letter code as written, with a retired one replaced by the code that stands for it now. */
export function currentCurrencyCode(code: string): string {
  const upper = code.toUpperCase();
  return RETIRED_AS_CURRENT[upper] ?? upper;
}

// ISO 4217's codes for "no currency" (XXX) and for testing (XTS): a file that writes one (Swiss PostFinance's
// camt.053 samples give every amount Ccy="XXX") does not say the account's currency.
const NO_CURRENCY = new Set(["XXX", "XTS"]);

/** The currency a file states with a three-letter code, or null when the code says there is none. */
export function statedCurrencyCode(code: string): string | null {
  const current = currentCurrencyCode(code.trim());
  return NO_CURRENCY.has(current) ? null : current;
}

const minorDigitsCache = new Map<string, number>();

/**
 * How many decimals the currency's amounts are written with, as ICU's currency data says: 2 for most, 0 for JPY,
 * 3 for the dinars of Kuwait, Bahrain, Jordan, Tunisia and Libya and the Omani rial. 2 when the code is unknown.
 */
export function minorDigits(code: string): number {
  const upper = currentCurrencyCode(code);
  let digits = minorDigitsCache.get(upper);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency: upper }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigitsCache.set(upper, digits);
  }
  return digits;
}

// Currencies a column of currencies may name in words (a Uruguayan card's "Moneda": "Pesos", "Dólares"), folded.
// A bare "pesos" names the peso of more countries than one: no code, though it is a currency all the same.
// A Map, not an object: "constructor" or "toString" in a cell is no currency.
const CURRENCY_WORDS = new Map<string, string | null>([
  ["dolares", "USD"],
  ["dolar", "USD"],
  ["dollars", "USD"],
  ["dollar", "USD"],
  ["us dollars", "USD"],
  ["dolares americanos", "USD"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["reais", "BRL"],
  ["libras", "GBP"],
  ["libras esterlinas", "GBP"],
  ["pounds", "GBP"],
  ["pesos uruguayos", "UYU"],
  ["pesos mexicanos", "MXN"],
  ["pesos argentinos", "ARS"],
  ["pesos chilenos", "CLP"],
  ["pesos colombianos", "COP"],
  ["pesos", null],
  ["peso", null],
]);

function foldCurrencyWord(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether a cell names a currency in words ("Dólares", "Pesos"), whether or not that says which one. */
export function isCurrencyWord(text: string): boolean {
  return CURRENCY_WORDS.has(foldCurrencyWord(text));
}

/** The ISO code of a currency a cell names by code or in words, or null ("Pesos": a currency, but whose?). */
export function currencyOfCell(text: string): string | null {
  return currencyCode(text) ?? CURRENCY_WORDS.get(foldCurrencyWord(text)) ?? null;
}
