import "server-only";

import { type Cents, parseCents } from "@/lib/money";

// CAMT and MT940 write every amount unsigned, with the direction beside it (CdtDbtInd, the C/D mark), in one
// strict form: digits and one decimal mark ("100.00" in XML, "1200,00" or "1200," in MT940). Anything else is
// not that number, so it is refused rather than guessed at. Digits past the cents are accepted only when they
// are zeros ("5.000"): a real fraction of a cent cannot be kept exactly, and rounding it would change the sum.

/** Integer cents for an unsigned amount written with `mark` as its decimal mark, or null if it is not one. */
export function exactUnsignedCents(text: string, mark: "." | ","): Cents | null {
  const pattern = mark === "." ? /^(\d+)(?:\.(\d*))?$/ : /^(\d+)(?:,(\d*))?$/;
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, whole = "", fraction = ""] = match;
  if (/[1-9]/.test(fraction.slice(2))) return null;
  return parseCents(`${whole}.${fraction.slice(0, 2)}`);
}

/** Why such an amount is refused, when the reason is a figure below the cent ("4.755"); null otherwise. */
export function belowCentReason(text: string, mark: "." | ","): string | null {
  const fraction = (mark === "." ? /^\d+\.(\d*)$/ : /^\d+,(\d*)$/).exec(text.trim())?.[1] ?? "";
  return /[1-9]/.test(fraction.slice(2))
    ? `has an amount with more than two decimals: "${text.trim()}" (a currency such as the Kuwaiti dinar counts thousandths); Tally keeps amounts to the cent and would have to round it`
    : null;
}
