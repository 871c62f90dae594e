import "server-only";

import { type Cents, parseCents } from "@/lib/money";

// Amounts seen in OFX files: "-6.60", "-30.000", "+00000000000050.0000", "111", "$120", "R$ 5.326,43", "12,34" (the spec
// allows a decimal comma), and "" or " ". Everything is normalised to a plain decimal for parseCents,
// so no float ever touches the value.

/** The amount as a plain decimal ("-1234.56"), or null when the value is blank. */
function plainDecimal(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // A currency's sign with the letters that tell its dollar apart ("R$ 5.326,43" in a Brazilian bank's BALAMT,
  // "US$", "C$") says nothing of the figure.
  let text = raw.replace(/\s+/g, "").replace(/(?:[A-Z]{1,2}(?=\$))?\p{Sc}/gu, "");
  if (text === "") return null;
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma !== -1 && dot !== -1) {
    // Whichever separator comes last is the decimal point; the other groups thousands.
    text = comma > dot ? text.replaceAll(".", "").replace(",", ".") : text.replaceAll(",", "");
  } else if (comma !== -1) {
    text = text.replace(",", ".");
  }
  return text;
}

/** Integer cents, or null when the value is blank or not a number. */
export function parseOfxAmount(raw: string | null | undefined): Cents | null {
  const text = plainDecimal(raw);
  return text === null ? null : parseCents(text);
}

/**
 * Whether the amount has a figure below the cent ("-12.345"; "-30.000" and "-3.77000" do not). Amounts are kept
 * in cents (numeric(14,2)), so such an amount could only be rounded, which would change every sum it is in. An
 * OFX file in a currency with three decimals (CURDEF KWD, BHD, JOD, OMR, TND, IQD, LYD) is read while its
 * thousandths are zeros.
 */
export function ofxAmountBelowCent(raw: string | null | undefined): boolean {
  const fraction = /\.(\d*)$/.exec(plainDecimal(raw) ?? "")?.[1] ?? "";
  return /[1-9]/.test(fraction.slice(2));
}
