import "server-only";

import { type Cents, parseCents } from "@/lib/money";

// Amounts seen in OFX files: "-6.60", "-30.000", "+00000000000050.0000", "111", "$120", "12,34" (the spec
// allows a decimal comma), and "" or " ". Everything is normalised to a plain decimal for parseCents,
// so no float ever touches the value.

/** Integer cents, or null when the value is blank or not a number. */
export function parseOfxAmount(raw: string | null | undefined): Cents | null {
  if (raw == null) return null;
  let text = raw.replace(/\s+/g, "").replace(/[$€£¥]/g, "");
  if (text === "") return null;
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma !== -1 && dot !== -1) {
    // Whichever separator comes last is the decimal point; the other groups thousands.
    text = comma > dot ? text.replaceAll(".", "").replace(",", ".") : text.replaceAll(",", "");
  } else if (comma !== -1) {
    text = text.replace(",", ".");
  }
  return parseCents(text);
}
