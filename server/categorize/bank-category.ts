// The bank's own category for a row (a CSV category column, an OFX SIC/merchant category code) → Tally's. No
// `import "server-only"`: shared with the tsx scripts.

import {
  CONFIDENCE,
  categoryOfCode,
  type Lexicons,
  mccLabelKey,
  normalizeLabel,
} from "@/server/categorize/lexicons";
import type { CategorySlug } from "@/server/categorize/taxonomy";
import { firstNotBefore } from "@/server/categorize/tokenize";

/** `code`: the merchant category code the bank gave ("5411"), when it gave a code rather than a label. */
export type BankCategoryMatch = { slug: CategorySlug; confidence: number; code?: string };

const CODE = /^(?:sic|mcc)?\s*:?\s*(\d{3,4})$/i;
/** A label with a qualifier in brackets after it, ASCII or full-width: the label alone. */
const QUALIFIER_AFTER = /^(.*?\S)\s*[(（][^()（）]*[)）]$/;

/**
 * A label ("Food & Drink", "Merchandise & Supplies-Groceries", "Usual Expenses:Shopping") or a 4-digit
 * merchant category code ("5812", "SIC 5812"); null when Tally does not know it. A label of several parts is
 * tried whole, then by its most specific (last) part. Null too for a label Tally knows to say nothing.
 */
export function mapBankCategory(
  raw: string | null | undefined,
  lexicons: Lexicons,
): BankCategoryMatch | null {
  if (!raw) return null;
  const text = raw.trim();
  if (text === "") return null;
  const code = CODE.exec(text);
  if (code) {
    const slug = categoryOfCode(lexicons.bankCodes, Number(code[1]));
    return slug === null ? null : { slug, confidence: CONFIDENCE.bankCode, code: code[1]! };
  }
  for (const label of labelForms(text)) {
    const slug = lexicons.bankLabels.get(label);
    if (slug !== undefined) return slug === null ? null : { slug, confidence: CONFIDENCE.bankLabel };
  }
  // Tally's own labels first: they name the apps' and banks' categories, which a code's wording may resemble.
  const described = mccDescribed(text, lexicons);
  if (described !== undefined) return described;
  // A path's levels are joined by "-", ":", ">", "|" or a spaced "/" ("Food / Groceries"); an unspaced slash
  // joins two labels of one level ("Kortköp/uttag", a card purchase or withdrawal), which is read whole only.
  const parts = text.split(/\s*[-:>|]\s*|\s+\/\s+/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0 && parts.length > 1; i--) {
    const part = lexicons.bankLabels.get(normalizeLabel(parts[i]!));
    // A narrower part that says nothing ("Merchandise - Mail Order": how it was bought, not what) leaves the broader
    // one unread too: "Merchandise" would call a car part or a software licence bought by mail a shop purchase.
    if (part === null) return null;
    if (part !== undefined) return { slug: part, confidence: CONFIDENCE.bankLabelPart };
  }
  return null;
}

/**
 * Whether a bank's label names a payment to or from a person (WeChat Pay's "转账", "微信红包（单发）"): whole, or
 * without a qualifier in brackets after it, as mapBankCategory reads it.
 */
export function paidBetweenPeopleLabel(raw: string, lexicons: Lexicons): boolean {
  return labelIn(raw, lexicons.betweenPeopleLabels);
}

/**
 * Whether a bank's label is a transfer label it gives a payment to any payee, a person's or the holder's own account
 * (Monzo's "Transfers", Revolut's "TRANSFER"), read as paidBetweenPeopleLabel reads its labels.
 */
export function anyPayeeLabel(raw: string, lexicons: Lexicons): boolean {
  return labelIn(raw, lexicons.anyPayeeLabels);
}

/** Whether a label, trimmed and read in any of its forms (see labelForms), is one of `labels`. */
function labelIn(raw: string, labels: ReadonlySet<string>): boolean {
  const text = raw.trim();
  return text !== "" && labelForms(text).some((label) => labels.has(label));
}

/**
 * A trimmed label's normalized forms, as they are looked up: whole, then without a qualifier in brackets after it,
 * which narrows how, not what (WeChat Pay's "微信红包（单发）", a red packet sent to one person, is its "微信红包").
 */
function labelForms(text: string): string[] {
  const qualified = QUALIFIER_AFTER.exec(text);
  return qualified === null ? [normalizeLabel(text)] : [normalizeLabel(text), normalizeLabel(qualified[1]!)];
}

/** The fewest letters of a cut-short description read as its start: "Service Stat" is, "Service" is not. */
const MCC_PREFIX_MIN = 12;

/**
 * A merchant category code's description as an issuer prints it ("Grocery Stores, Supermarkets", "SERVICE
 * STATIONS"), read as the code: whole, or cut short by a fixed-width field when every description it starts reads
 * as one category. Undefined when it is none; null when it is one whose codes fall in different categories.
 */
function mccDescribed(text: string, lexicons: Lexicons): BankCategoryMatch | null | undefined {
  const key = mccLabelKey(text);
  const whole = lexicons.mccLabels.get(key);
  if (whole !== undefined) return whole === null ? null : { slug: whole, confidence: CONFIDENCE.bankCode };
  if (key.length < MCC_PREFIX_MIN || !key.includes(" ")) return undefined;
  const keys = lexicons.mccLabelKeys;
  let slug: CategorySlug | null | undefined;
  for (let i = firstNotBefore(keys, key); i < keys.length && keys[i]!.startsWith(key); i++) {
    const next = lexicons.mccLabels.get(keys[i]!)!;
    if (slug !== undefined && next !== slug) return undefined;
    slug = next;
  }
  return slug === undefined || slug === null ? undefined : { slug, confidence: CONFIDENCE.bankLabel };
}
