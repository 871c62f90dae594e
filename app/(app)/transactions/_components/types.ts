// Plain shapes passed from the Transactions page's server code to its client components.

export type CategoryOption = { id: string; name: string; group: string };

export type TransactionView = {
  id: string;
  merchant: string;
  categoryId: string | null;
  categoryName: string | null;
  source: "user" | "rule" | "dictionary" | "crowd" | "business_words" | "bank_category" | "history" | null;
  /** The categorizer's own words for why ("Looks like a pub"), when it chose the category. */
  reason: string | null;
  /** Whether the row has a seller that "apply to all from this seller" can key on. */
  hasSeller: boolean;
  dateLabel: string;
};

/** Why a transaction sits in its category, in words. */
export function sourceLabel(
  source: TransactionView["source"],
  categoryName: string | null,
  reason: string | null = null,
): string {
  if (!categoryName) return "Uncategorized";
  if (reason && source !== "user") return reason;
  switch (source) {
    case "user":
      return "Categorized by you";
    case "rule":
      return "Your rule for this seller";
    case "crowd":
      return `Usually ${categoryName} for this seller`;
    case "dictionary":
      return "Known seller";
    default:
      return "Uncategorized";
  }
}
