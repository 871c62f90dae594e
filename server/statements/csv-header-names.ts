import "server-only";

import { HEADER_HINTS } from "@/server/statements/csv-header-hints";
import { currencyCode } from "@/server/statements/currency-codes";
import { foldWord } from "@/server/statements/months";

// What a CSV column's name says. The names banks use are in csv-header-hints.ts. They are hints only: detection
// rests on what the columns hold, and a name just breaks ties and tells apart columns whose contents look alike (a
// posting date and a value date, an amount and a balance).

/** "Betrag (EUR)" → "betrag eur", "Withdrawal (-)" → "withdrawal", "Check or Slip #" → "check or slip". */
export function normalizeName(name: string): string {
  // A header written in camel case ("CounterpartyName", Triodos) is its words.
  return foldWord(name.replace(/^\uFEFF/, "").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Role =
  | "postedDate"
  | "transactionDate"
  | "valueDate"
  | "date"
  | "amount"
  | "debit"
  | "credit"
  | "balance"
  | "notAmount"
  | "payee"
  | "description"
  | "memo"
  | "kind"
  | "type"
  | "status"
  | "currency"
  | "category"
  | "id"
  | "account"
  | "accountName"
  | "check"
  | "card"
  | "counterpartyAccount"
  | "address";

// A name written "=name" counts only as the whole header, never inside a longer one.
const HINT_PATTERNS: [Role, RegExp][] = HEADER_HINTS.map(([role, names]) => [
  role,
  new RegExp(`(?:^| )(?:${names.filter((name) => !name.startsWith("=")).join("|")})(?: |$)`),
]);
const EXACT_NAMES: [Role, Set<string>][] = HEADER_HINTS.map(([role, names]) => [
  role,
  new Set(names.map((name) => name.replace(/^=/, ""))),
]);

/** The role a header name suggests, or null. Exact names beat names found inside a longer header. */
export function hintFor(name: string): Role | null {
  const normalized = normalizeName(name);
  if (normalized === "") return null;
  for (const [role, names] of EXACT_NAMES) if (names.has(normalized)) return role;
  for (const [role, pattern] of HINT_PATTERNS) if (pattern.test(normalized)) return role;
  return null;
}

// Phrases only: a bare "carta" or "Karte" is as likely "Conto o carta" (account or card) as a card export.
const CARD =
  /\b(credit card|card number|card member|card no|kreditkarte|kartennummer|carte de credit|carte bancaire|numero de carte|creditcard|tarjeta de credito|carta di credito|numero carta)\b/;

/** Header names or preamble text that say the file is a card's. */
export function mentionsCard(text: string): boolean {
  return CARD.test(normalizeName(text));
}

/** "Betrag (EUR)", "Amount (GBP)", "Umsatz in EUR", "Betrag (€)", RBC's "CAD$": the currency a header names. */
export function currencyInName(name: string): string | null {
  const code = (/(?:\(|\bin\s+|\s)([A-Z]{3})\)?\s*$/.exec(name.trim()) ??
    /^([A-Z]{3})\$$/.exec(name.trim()))?.[1];
  const named = code ? currencyCode(code) : null;
  if (named) return named;
  if (/\(\s*€\s*\)|\bin\s+€|€/.test(name)) return "EUR";
  if (/\(\s*£\s*\)|£/.test(name)) return "GBP";
  return null;
}
