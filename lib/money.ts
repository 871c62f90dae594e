// Money in Tally is an integer number of cents in TypeScript and numeric(14,2) in SQL.
// This file is the only place that converts between the two, so float arithmetic never touches an amount.

export type Cents = number;

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * Parses a plain decimal string ("-12.34", "+00000050.0000", "111", "-3.77000", ".5") into integer cents.
 * Digits past the second decimal place are rounded half away from zero (banks send at most 4 places, and
 * in every sample seen the extra places are zeros). Returns null for anything that is not a plain decimal;
 * callers that accept "$1,234.56" or "1.234,56" normalize first.
 */
export function parseCents(input: string): Cents | null {
  const match = DECIMAL.exec(input.trim());
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  const wholeCents = Number(whole || "0") * 100;
  const firstTwo = Number(fraction.slice(0, 2).padEnd(2, "0"));
  const roundUp = fraction.length > 2 && Number(fraction[2]) >= 5 ? 1 : 0;
  const cents = wholeCents + firstTwo + roundUp;
  if (!Number.isSafeInteger(cents)) return null;
  return sign === "-" && cents !== 0 ? -cents : cents;
}

/**
 * Whether a written amount has a non-zero digit past the cent ("20.005", "4200.0010"): parseCents would round it,
 * and money a person or a program states is refused rather than rounded. Trailing zeros ("4200.000") are exact.
 */
export function hasDigitsBelowCent(written: string): boolean {
  return /\.\d{2}\d*[1-9]/.test(written);
}

/** Integer cents to the API's decimal string with two places: -1234 → "-12.34". */
export function formatDecimal(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  return `${sign}${whole}.${fraction}`;
}

/** A numeric column's string value ("12.30", "-5", "7.1") to cents. Throws: a database value is never malformed. */
export function centsFromNumeric(value: string | number): Cents {
  const cents = parseCents(String(value));
  if (cents === null) throw new Error(`Not a numeric amount: ${String(value)}`);
  return cents;
}

const currencyFormatters = new Map<string, Intl.NumberFormat>();

/** Cents for people: formatMoney(-123456, "USD") → "-$1,234.56". */
export function formatMoney(cents: Cents, currency = "USD", locale = "en-US"): string {
  const key = `${locale}:${currency}`;
  let formatter = currencyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormatters.set(key, formatter);
  }
  // Intl takes a number; dividing an integer by 100 and formatting to 2 places is exact for display.
  return formatter.format(cents / 100);
}

/** The largest amount a numeric(14,2) column holds, in cents. */
export const MAX_AMOUNT_CENTS = 99_999_999_999_999;

const PLAIN_AMOUNT = /^\d+(?:\.\d{1,2})?$/;

/**
 * An amount a person typed or a client sent ("412", "412.5", "412.50" or the number 412.5): zero or more, at most
 * two decimal places, within what the database stores. Returns cents, or a sentence saying what is wrong.
 */
export function parseAmountInput(value: string | number): { cents: Cents } | { problem: string } {
  const text = (typeof value === "number" ? String(value) : value).trim();
  if (text.startsWith("-")) return { problem: "must be zero or more" };
  if (!PLAIN_AMOUNT.test(text)) {
    return /^\d+\.\d{3,}$/.test(text)
      ? { problem: "must have at most two decimal places" }
      : { problem: 'must be an amount like "412.50"' };
  }
  const cents = parseCents(text);
  if (cents === null || cents > MAX_AMOUNT_CENTS) return { problem: "is larger than Tally can store" };
  return { cents };
}

/** Like formatMoney, without ".00" on whole amounts: "$412", "$412.30". For sentences, not for columns. */
export function formatMoneyShort(cents: Cents, currency = "USD", locale = "en-US"): string {
  const text = formatMoney(cents, currency, locale);
  return cents % 100 === 0 ? text.replace(/[.,]00(?=\D*$)/, "") : text;
}

const compactFormatters = new Map<string, Intl.NumberFormat>();

/** Short amounts for chart axes: 123456 cents → "$1.2K". Display only; never parsed back. */
export function formatMoneyCompact(cents: Cents, currency = "USD", locale = "en-US"): string {
  const key = `${locale}:${currency}`;
  let formatter = compactFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      notation: "compact",
      maximumFractionDigits: 1,
    });
    compactFormatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
