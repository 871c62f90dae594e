import "server-only";

import { type Cents, MAX_AMOUNT_CENTS, parseCents } from "@/lib/money";
import { currentCurrencyCode } from "@/server/statements/currency-codes";

// Amount cells as banks write them, normalized to the plain decimal that parseCents reads. Every form here
// was seen in a real export: "-6.60", "-$7,971.39", "- $220.00", "+ $1,150.00", "($1,936.76)", "+1,23",
// "-1.001,00", "1'234.50", "1 234,56", "12.50-", "76.77 EUR", "-12,50 €", "45.00 CR", "DR 12.00", "12,50 S".

export type DecimalSeparator = "." | ",";

/** What one cell says: the amount without its sign, the sign if one is written, and a debit/credit mark. */
export type AmountCell = {
  /** Never negative. */
  magnitude: Cents;
  /** "-" also for accounting parentheses and a trailing minus; null when the cell has no sign. */
  sign: "+" | "-" | null;
  /** CR/DR (and the German S/H, Soll/Haben) written beside the number. */
  mark: "credit" | "debit" | null;
  /** An ISO code or an unambiguous symbol (€, £) written in the cell. */
  currency: string | null;
};

// Longer symbols first, so "R$" is not read as "R" and "$". "kr" and "$" name several currencies: no code.
const SYMBOLS: Record<string, string | null> = {
  R$: "BRL",
  US$: "USD",
  A$: "AUD",
  C$: "CAD",
  NZ$: "NZD",
  S$: "SGD",
  HK$: "HKD",
  RM: "MYR",
  Rp: "IDR",
  zł: "PLN",
  Kč: "CZK",
  kr: null,
  $: null,
  "€": "EUR",
  "£": "GBP",
  "¥": null,
  "￥": null,
  // The yen sign as Japanese (Shift_JIS) exports write it: on the byte of the backslash, which decoders read as one.
  "\\": null,
  円: "JPY",
  "₹": "INR",
  "₩": "KRW",
  "₺": "TRY",
  "₽": "RUB",
  "₪": "ILS",
  // The Arabic abbreviations of the dinars and rials, as ICU writes them and as YNAB 4 exports them ("د.ا.4.750":
  // YNAB writes the Jordanian dinar with a bare alif, ICU with a hamza). Their dots end the symbol, so a symbol is
  // taken off before the number's own decimal point is looked for.
  "د.ا.": "JOD",
  "د.أ.": "JOD",
  "د.ك.": "KWD",
  "د.ب.": "BHD",
  "ر.ع.": "OMR",
  "د.ت.": "TND",
  "د.ع.": "IQD",
  "د.ل.": "LYD",
  "د.إ.": "AED",
  "ر.س.": "SAR",
  "ر.ق.": "QAR",
};
const SYMBOL = `(?:${Object.keys(SYMBOLS)
  .map((symbol) => symbol.replace(/[$.\\]/g, "\\$&"))
  .join("|")})`;
const LEADING_SYMBOL = new RegExp(`^${SYMBOL}\\s*`);
const TRAILING_SYMBOL = new RegExp(`\\s*${SYMBOL}$`);
const EDGE_SYMBOL = new RegExp(`^(${SYMBOL})|(${SYMBOL})$`);
const CURRENCY_CODE = /^([A-Z]{3})\s*(?=[\d(+-])|(?<=[\d)])\s*([A-Z]{3})$/;
const PLAIN = /^([-+]?)([\d.,]*)$/;
const CREDIT_MARKS = new Set(["cr", "credit", "h", "c"]);
const DEBIT_MARKS = new Set(["dr", "debit", "db", "s", "d"]);
const TRAILING_MARK = /(?<=[\d)])\s*(cr|dr|db|credit|debit|[shcd])\.?$/i;
const LEADING_MARK = /^(cr|dr)\.?\s+/i;

// Thousands groups must really be groups of three (or India's lakh grouping), so "1,23" in a dot-decimal
// file is refused instead of silently becoming 123.00.
const DOT_DECIMAL = /^(?:\d{1,3}(?:[,' ]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d*)(?:\.\d*)?$/;
const COMMA_DECIMAL = /^(?:\d{1,3}(?:[.' ]\d{3})+|\d*)(?:,\d*)?$/;

/** Reads one cell, or returns null when it is not an amount in this convention (blank included). */
export function readAmountCell(raw: string, decimalSeparator: DecimalSeparator): AmountCell | null {
  // A leading apostrophe is a spreadsheet's "keep this as text" mark, not part of the number.
  let text = raw.trim().replace(/^'/, "");
  if (text === "") return null;
  // Most cells are plain ("-12.50", "1.234,56"): read them without the clean-up below.
  const plain = PLAIN.exec(text);
  if (plain)
    return toCell(plain[2] ?? "", plain[1] ? (plain[1] as "+" | "-") : null, null, null, decimalSeparator);
  text = text
    // Right-to-left and left-to-right marks around an Arabic currency symbol are not part of the amount.
    .replace(/[\u200e\u200f\u061c]/g, "")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[\u2019`]/g, "'")
    .trim();
  let negative = false;
  let signed = false;
  let currency: string | null = null;
  let mark: AmountCell["mark"] = null;

  const markMatch = TRAILING_MARK.exec(text) ?? LEADING_MARK.exec(text);
  if (markMatch) {
    const word = (markMatch[1] ?? "").toLowerCase();
    mark = CREDIT_MARKS.has(word) ? "credit" : DEBIT_MARKS.has(word) ? "debit" : null;
    text = (markMatch.index === 0 ? text.slice(markMatch[0].length) : text.slice(0, markMatch.index)).trim();
  }
  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized) {
    negative = signed = true;
    text = (parenthesized[1] ?? "").trim();
  }
  const code = CURRENCY_CODE.exec(text);
  if (code) {
    const written = code[1] ?? code[2];
    currency = written ? currentCurrencyCode(written) : null;
    text = text.replace(CURRENCY_CODE, "").trim();
  }
  // A sign may stand before or after a currency symbol ("-$5.00", "$-5.00", "- $220.00").
  for (let pass = 0; pass < 2; pass++) {
    const symbol = EDGE_SYMBOL.exec(text);
    if (symbol) {
      currency ??= SYMBOLS[symbol[1] ?? symbol[2] ?? ""] ?? null;
      text = text.replace(LEADING_SYMBOL, "").replace(TRAILING_SYMBOL, "").trim();
    }
    const leading = /^([+-])\s*(.*)$/.exec(text);
    const trailing = leading ? null : /^(.*?)\s*([+-])$/.exec(text);
    if (leading || trailing) {
      if (signed) return null; // "--5", "(-5)": not something a bank writes
      signed = true;
      negative = (leading?.[1] ?? trailing?.[2]) === "-";
      text = (leading?.[2] ?? trailing?.[1] ?? "").trim();
    }
  }
  return toCell(text, signed ? (negative ? "-" : "+") : null, mark, currency, decimalSeparator);
}

function toCell(
  text: string,
  sign: AmountCell["sign"],
  mark: AmountCell["mark"],
  currency: string | null,
  decimalSeparator: DecimalSeparator,
): AmountCell | null {
  const shape = decimalSeparator === "." ? DOT_DECIMAL : COMMA_DECIMAL;
  if (!shape.test(text) || !/\d/.test(text)) return null;
  const plain =
    decimalSeparator === "." ? text.replace(/[,' ]/g, "") : text.replace(/[.' ]/g, "").replace(",", ".");
  const magnitude = parseCents(plain);
  if (magnitude === null) return null;
  return { magnitude, sign, mark, currency };
}

/**
 * Signed integer cents as the cell reads on its own: a credit mark is money in, a debit mark money out,
 * otherwise the written sign. Null when the text is not an amount in this convention.
 */
export function parseAmountText(raw: string, decimalSeparator: DecimalSeparator): Cents | null {
  const cell = readAmountCell(raw, decimalSeparator);
  if (!cell) return null;
  const negative = cell.mark ? cell.mark === "debit" : cell.sign === "-";
  return negative && cell.magnitude !== 0 ? -cell.magnitude : cell.magnitude;
}

/**
 * Whether the cell writes a figure below the cent ("4.755", "4,755" in a decimal-comma file, "د.ا.‏4.755"): cents
 * cannot hold it, and rounding it would change the sum. "4.750" is exact and is not. Every amount column is
 * numeric(14,2) and every amount in the code integer cents, so a currency with three decimals (the dinars of
 * Kuwait, Bahrain, Jordan, Iraq, Libya and Tunisia, the Omani rial) is kept only when its thousandths are zero.
 */
export function writesBelowCent(raw: string, separator: DecimalSeparator): boolean {
  const fraction = new RegExp(`\\d\\${separator}(\\d{3,})\\D*$`).exec(raw.trim())?.[1];
  return fraction !== undefined && /[1-9]/.test(fraction.slice(2));
}

/** The sentence that refuses a file for such a figure, naming its line and the figure as written. */
export function belowCentMessage(line: number, field: string, raw: string): string {
  return `Line ${line}: the ${field} "${raw.trim()}" has more than two decimals (a currency such as the Kuwaiti dinar counts thousandths); Tally keeps amounts to the cent and would have to round it, so nothing from the file was imported.`;
}

/** Whether cents fit the numeric(14,2) column every amount is stored in. */
export function fitsAmountColumn(cents: Cents): boolean {
  return Math.abs(cents) <= MAX_AMOUNT_CENTS;
}

/**
 * Guesses the decimal separator from sample cells: "," when some cell ends in ",dd" and none in ".dd"; also
 * "," when the only separators are dots before exactly three digits ("1.234", "12.500": thousands in a
 * decimal-comma file whose amounts happen to be whole).
 */
export function sniffDecimalSeparator(cells: string[]): DecimalSeparator {
  const end = `\\)?(?:\\s*(?:[A-Z]{3}|${SYMBOL}|cr|dr|[shcd]))?[-+]?$`;
  const comma = new RegExp(`\\d,\\d{1,2}${end}`, "i");
  const dot = new RegExp(`\\d\\.\\d{1,2}${end}`, "i");
  const dotThousands = new RegExp(`\\d\\.\\d{3}${end}`, "i");
  const commaThousands = new RegExp(`\\d,\\d{3}${end}`, "i");
  const trimmed = cells.map((cell) => cell.trim());
  const hasComma = trimmed.some((cell) => comma.test(cell));
  const hasDot = trimmed.some((cell) => dot.test(cell));
  if (hasComma && !hasDot) return ",";
  if (hasDot) return ".";
  const dotGroups = trimmed.some((cell) => dotThousands.test(cell));
  const commaGroups = trimmed.some((cell) => commaThousands.test(cell));
  return dotGroups && !commaGroups ? "," : ".";
}
