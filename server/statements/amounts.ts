import "server-only";

import { type Cents, parseCents } from "@/lib/money";

// Amount cells as banks write them, normalized to the plain decimal that parseCents reads. Every form here
// was seen in a real export: "-6.60", "-$7,971.39", "- $220.00", "+ $1,150.00", "($1,936.76)", "+1,23",
// "-1.001,00", "1'234.50", "12.50-", "76.77 EUR".

export type DecimalSeparator = "." | ",";

const SYMBOLS = "[$€£¥₹]";
const LEADING_SYMBOL = new RegExp(`^([+-]?)\\s*${SYMBOLS}\\s*`);
const TRAILING_SYMBOL = new RegExp(`\\s*${SYMBOLS}$`);
const CURRENCY_CODE = /^[A-Z]{3}\s+|\s+[A-Z]{3}$/g;

// Thousands groups must really be groups of three, so "1,23" in a dot-decimal file is refused instead of
// silently becoming 123.00.
const DOT_DECIMAL = /^(?:\d{1,3}(?:[,' ]\d{3})+|\d*)(?:\.\d*)?$/;
const COMMA_DECIMAL = /^(?:\d{1,3}(?:[.' ]\d{3})+|\d*)(?:,\d*)?$/;

/** Returns integer cents, or null when the text is not an amount in this convention. */
export function parseAmountText(raw: string, decimalSeparator: DecimalSeparator): Cents | null {
  let text = raw.replace(/[\u00a0\u202f]/g, " ").trim();
  if (text === "") return null;
  let negative = false;
  const parenthesized = /^\((.*)\)$/.exec(text);
  if (parenthesized) {
    negative = true;
    text = (parenthesized[1] ?? "").trim();
  }
  text = text.replace(CURRENCY_CODE, "").replace(LEADING_SYMBOL, "$1").replace(TRAILING_SYMBOL, "");
  const leadingSign = /^([+-])\s*(.*)$/.exec(text);
  const trailingSign = leadingSign ? null : /^(.*?)\s*([+-])$/.exec(text);
  if (leadingSign) {
    if (leadingSign[1] === "-") negative = !negative;
    text = leadingSign[2] ?? "";
  } else if (trailingSign) {
    if (trailingSign[2] === "-") negative = !negative;
    text = trailingSign[1] ?? "";
  }
  // "-$5.00" loses its sign above, then "$5.00" still carries the symbol.
  text = text.replace(LEADING_SYMBOL, "$1").trim();
  const shape = decimalSeparator === "." ? DOT_DECIMAL : COMMA_DECIMAL;
  if (!shape.test(text) || !/\d/.test(text)) return null;
  const plain =
    decimalSeparator === "." ? text.replace(/[,' ]/g, "") : text.replace(/[.' ]/g, "").replace(",", ".");
  const cents = parseCents(plain);
  if (cents === null) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/** Guesses the decimal separator from sample cells: "," only when some cell ends in ",dd" and none in ".dd". */
export function sniffDecimalSeparator(cells: string[]): DecimalSeparator {
  const comma = cells.some((cell) => /\d,\d{1,2}\)?(?:\s*[A-Z]{3})?$/.test(cell.trim()));
  const dot = cells.some((cell) => /\d\.\d{1,2}\)?(?:\s*[A-Z]{3})?$/.test(cell.trim()));
  return comma && !dot ? "," : ".";
}
